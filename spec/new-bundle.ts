// Starting a one-thing: the key rules (shown live in the editor, enforced by the server with the same words),
// a blank draft with what the designer chose, or a copy of another one-thing's draft under a new key and title.
import { CATEGORIES } from "./bundle.js";
import { SCHEMA_VERSION } from "./common.js";

const KEY_PATTERN = /^[a-z][a-z0-9_-]{0,63}$/;

/** What is wrong with a proposed one-thing key (标识), or undefined when it is usable; `taken` maps used keys to titles. */
export function bundleKeyProblem(key: string, taken: ReadonlyMap<string, string> = new Map()): string | undefined {
  if (!key.trim()) return "请填写标识：它出现在办事地址中，发布后不能修改 (key required)";
  if (key.length > 64) return `标识最多 64 个字符，现在是 ${key.length} 个 (key too long)`;
  if (/[A-Z]/.test(key)) return `标识不能有大写字母，请改为「${key.toLowerCase()}」 (lower-case only)`;
  if (!/^[a-z]/.test(key)) return "标识必须以小写字母开头，例如 kaiguan-yingye (must start with a letter)";
  if (!KEY_PATTERN.test(key)) {
    const bad = [...new Set([...key].filter((ch) => !/[a-z0-9_-]/.test(ch)))].map((ch) => (ch === " " ? "空格" : `「${ch}」`)).join("、");
    return `标识只能用小写字母、数字、- 和 _，不能有 ${bad} (letters, digits, - and _ only)`;
  }
  const owner = taken.get(key);
  if (owner !== undefined) return `标识「${key}」已被「${owner}」使用，请换一个 (key taken)`;
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
