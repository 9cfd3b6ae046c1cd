// Starting a one-thing: the key rules (shown live in the editor, enforced by the server with the same words),
// a blank draft with what the designer chose, or a copy of another one-thing's draft under a new key and title.
import { CATEGORIES } from "./bundle.js";
import { SCHEMA_VERSION } from "./common.js";
import { suggestKey } from "./key-suggestion.js";

const KEY_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

/** What is wrong with a proposed key, in both languages (the editor shows the one chosen; the server answers in the request's). */
export interface KeyProblem { zh: string; en: string }

/** What is wrong with a proposed one-thing key (标识), or undefined when it is usable; `taken` maps used keys to titles. */
export function bundleKeyIssue(key: string, taken: ReadonlyMap<string, string> = new Map()): KeyProblem | undefined {
  if (!key.trim()) return { zh: "请填写标识：它出现在办事地址中，发布后不能修改", en: "Enter a key: it is part of the service address and cannot change once published" };
  if (key.length > 64) return { zh: `标识最多 64 个字符，现在是 ${key.length} 个`, en: `A key has at most 64 characters; this one has ${key.length}` };
  const suggested = suggestKey(key);
  const use = suggested ? { zh: `，请改为「${suggested}」`, en: `: use "${suggested}"` } : { zh: "", en: "" };
  if (/[A-Z]/.test(key) && key.toLowerCase() === suggested) return { zh: `标识不能有大写字母${use.zh}`, en: `No capital letters in a key${use.en}` };
  if (/^[\x00-\x7f]/.test(key) && !/^[a-zA-Z]/.test(key)) return { zh: "标识必须以小写字母开头，例如 kaiguan-yingye", en: "A key starts with a lower-case letter, e.g. kaiguan-yingye" };
  if (!KEY_PATTERN.test(key)) {
    const chars = [...new Set([...key].map((ch) => (/[A-Z]/.test(ch) ? "A" : ch)).filter((ch) => !/[a-z0-9_-]/.test(ch)))];
    const zh = chars.map((ch) => (ch === " " ? "空格" : ch === "A" ? "大写字母" : `「${ch}」`)).join("、");
    const en = chars.map((ch) => (ch === " " ? "spaces" : ch === "A" ? "capitals" : `"${ch}"`)).join(", ");
    return { zh: `标识只能用小写字母、数字、- 和 _，不能有 ${zh}${use.zh}`, en: `A key uses lower-case letters, digits, - and _ only, not ${en}${use.en}` };
  }
  const owner = taken.get(key);
  if (owner !== undefined) return { zh: `标识「${key}」已被「${owner}」使用，请换一个`, en: `The key "${key}" is used by "${owner}": choose another` };
  return undefined;
}

/** What the designer chooses for a blank one-thing. */
export interface BlankBundleInput { key: string; title: string; category?: string; audience?: "person" | "enterprise"; lead: string }

/** A blank draft: no items, guide, form fields or flow yet — the designers fill them in. */
export function blankBundle(input: BlankBundleInput): Record<string, unknown> {
  const category = (CATEGORIES as readonly string[]).includes(input.category ?? "") ? input.category : "其他";
  return {
    schemaVersion: SCHEMA_VERSION, kind: "bundle", key: input.key, title: input.title.trim(), category, summary: "",
    audience: input.audience ?? "person", lead: input.lead, cooperating: [], items: [],
    guide: { questions: [], applicability: {} },
    form: { schema: { type: "object", properties: {} }, uiSchema: {}, rules: {}, provenance: {}, prefill: {} },
  };
}

/** A copy of another one-thing's draft under a new key and title (everything else as designed there). */
export function copyBundle(source: Record<string, unknown>, key: string, title: string): Record<string, unknown> {
  return { ...structuredClone(source), key, title: title.trim() };
}
