// Reads a plain JSON Schema form into its leaf fields (sections = nested objects, tables = arrays of
// objects), resolving local $refs and reporting bad input — $ref cycles, unsupported keywords, missing
// titles, untyped fields, oversized forms — with the JSON pointer of each problem. Never throws, never loops.
import { say, type Bilingual } from "../bilingual.js";
import { escapePointer as escapeSegment, getAtPointer } from "../pointer.js";
import { isObjectKindField } from "./kind-evidence.js";
import type { Json } from "../common.js";

/** Escapes a pointer segment; most keys need no escaping, so skip the regexes then. */
const escapePointer = (k: string): string => (k.includes("~") || k.includes("/") ? escapeSegment(k) : k);

/** A problem in a form schema; errors stop a merge, warnings are shown to staff. */
export interface FormProblem { pointer: string; message: Bilingual; severity: "error" | "warning" }

/** One container (section or table) on the way from the root to a field. */
export interface PathStep {
  key: string;
  title?: string;
  kind: "object" | "array";
  required: boolean;
  pointer: string;
  /** The container's own keywords (description, minItems, ...) without properties/required/items. */
  extras: Json;
}

/** A leaf field of a form: its schema pointer, key, label, cleaned schema and the sections around it. */
export interface FormLeaf {
  pointer: string;
  key: string;
  title?: string;
  schema: Json;
  required: boolean;
  path: PathStep[];
}

/** The leaves of a form and every problem found while reading it. */
export interface InspectedForm { leaves: FormLeaf[]; problems: FormProblem[] }

/** Keywords a leaf field may carry; anything else is reported and left out of the merged field. */
export const LEAF_KEYWORDS = new Set([
  "type", "title", "description", "enum", "const", "format", "minLength", "maxLength", "pattern", "minimum", "maximum",
  "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "items", "minItems", "maxItems", "uniqueItems", "default",
  "examples", "readOnly", "$comment", "contentMediaType", "contentEncoding",
]);
/** A field kind's annotations (spec/fields): kept on the leaf, so the merged field is of the same kind. */
const KIND_KEYWORDS = new Set(["x-kind", "x-options", "x-constraints", "x-compute"]);
/** Keywords of one field of an object kind (an address, a date range, a signature): its parts stay inside it. */
const KIND_OBJECT_KEYWORDS = new Set([...LEAF_KEYWORDS, "properties", "required", "additionalProperties"]);
const OBJECT_KEYWORDS = new Set(["type", "title", "description", "properties", "required", "additionalProperties", "$schema", "$id", "$comment", "definitions", "$defs", "default", "readOnly", "minProperties"]);
const ARRAY_KEYWORDS = new Set(["type", "title", "description", "items", "minItems", "maxItems", "uniqueItems", "default", "$comment"]);

const OBJECT_EXTRAS = ["title", "description", "additionalProperties", "minProperties"];
const ARRAY_EXTRAS = ["title", "description", "minItems", "maxItems", "uniqueItems"];
function extrasOf(node: Json, keys: string[]): Json {
  const out: Json = {};
  for (const k of keys) if (node[k] !== undefined) out[k] = cloneJson(node[k]);
  return out;
}

/** Copies parsed JSON (far cheaper than structuredClone for the small enums and item schemas of a field). */
export function cloneJson<T>(v: T): T {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(cloneJson) as T;
  const out: Record<string, unknown> = {};
  for (const k in v) out[k] = cloneJson((v as Record<string, unknown>)[k]);
  return out as T;
}

/** Above this many fields a form is refused (a pasted data dump, not a form). */
export const MAX_FIELDS = 20_000;
/** Above this many fields staff are warned that applicants cannot reasonably fill the form. */
export const WARN_FIELDS = 1_000;
const MAX_DEPTH = 32;

const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Walks a form schema; see the file comment for what is reported. */
export function inspectForm(root: unknown): InspectedForm {
  const problems: FormProblem[] = [];
  const leaves: FormLeaf[] = [];
  const err = (pointer: string, message: Bilingual): void => { problems.push({ pointer, message, severity: "error" }); };
  const warn = (pointer: string, message: Bilingual): void => { problems.push({ pointer, message, severity: "warning" }); };
  if (!isObj(root)) {
    err("", say("表单 schema 必须是 JSON 对象", "A form schema must be a JSON object"));
    return { leaves, problems };
  }
  if (root.type !== "object") {
    if (root.type === undefined && isObj(root.properties)) warn("/type", say('根 schema 缺少 "type": "object"，按对象处理', 'The root schema has no "type": "object"; it is read as an object'));
    else {
      err("/type", say('表单 schema 的 type 必须是 "object"', 'The root of a form must be an object schema ("type": "object")'));
      return { leaves, problems };
    }
  }
  let tooMany = false;

  /** Follows local $refs; returns undefined (and reports) on a cycle or an unresolvable reference. */
  const resolve = (node: unknown, pointer: string, stack: string[]): { node: Json; stack: string[] } | undefined => {
    let cur = node;
    let refs = stack;
    while (isObj(cur) && typeof cur.$ref === "string") {
      const ref = cur.$ref;
      if (!ref.startsWith("#")) {
        err(`${pointer}/$ref`, say(`不支持外部引用 "${ref}"，请把定义放进本表单`, `External references such as "${ref}" are not supported: put the definition in this form`));
        return undefined;
      }
      if (refs.includes(ref)) {
        err(`${pointer}/$ref`, say(`$ref 循环引用：${[...refs, ref].join(" → ")}`, `The $ref references form a cycle: ${[...refs, ref].join(" → ")}`));
        return undefined;
      }
      refs = [...refs, ref];
      let target: unknown;
      try { target = getAtPointer(root, decodeURIComponent(ref.slice(1))); } catch { target = undefined; }
      if (target === undefined) {
        err(`${pointer}/$ref`, say(`$ref 指向不存在的定义 "${ref}"`, `The $ref "${ref}" points to no definition`));
        return undefined;
      }
      const siblings = Object.keys(cur).filter((k) => k !== "$ref");
      cur = siblings.length ? { ...(target as Json), ...Object.fromEntries(siblings.map((k) => [k, (cur as Json)[k]])) } : target;
    }
    if (!isObj(cur)) {
      err(pointer, say("字段定义必须是 JSON 对象", "A field schema must be a JSON object"));
      return undefined;
    }
    return { node: cur, stack: refs };
  };

  const unsupported = (node: Json, pointer: string, allowed: Set<string>) => {
    for (const k of Object.keys(node)) {
      if (!allowed.has(k) && k !== "$ref" && !k.startsWith("x-") && !k.startsWith("ui:")) {
        warn(`${pointer}/${escapePointer(k)}`, say(`不支持的关键字 "${k}"，合并时忽略`, `The keyword "${k}" is not supported and is ignored by the merge`));
      }
    }
  };

  const walkObject = (node: Json, pointer: string, path: PathStep[], stack: string[]): void => {
    unsupported(node, pointer, OBJECT_KEYWORDS);
    if (path.length > MAX_DEPTH) return err(pointer, say(`嵌套超过 ${MAX_DEPTH} 层`, `Nested more than ${MAX_DEPTH} levels deep`));
    const props = node.properties;
    if (props === undefined) return;
    if (!isObj(props)) return err(`${pointer}/properties`, say("properties 必须是对象", "properties must be an object"));
    const required = new Set(Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === "string") : []);
    for (const r of required) if (!(r in props)) warn(`${pointer}/required`, say(`required 中的 "${r}" 不是本节的字段`, `required names "${r}", which is not a field of this section`));
    for (const [key, raw] of Object.entries(props)) {
      if (tooMany) return;
      const at = `${pointer}/properties/${escapePointer(key)}`;
      const res = resolve(raw, at, stack);
      if (!res) continue;
      const child = res.node;
      const title = typeof child.title === "string" && child.title.trim() ? child.title.trim() : undefined;
      const type = effectiveType(child, at, warn);
      const isRequired = required.has(key);
      if ((type === "object" || (type === undefined && isObj(child.properties))) && !isObjectKindField(child)) {
        if (!title) warn(at, say(`分组 "${key}" 缺少 title，按键名识别`, `Section "${key}" has no title; its key is used`));
        walkObject(child, at, [...path, { key, title, kind: "object", required: isRequired, pointer: at, extras: extrasOf(child, OBJECT_EXTRAS) }], res.stack);
        continue;
      }
      let leafNode = child;
      if (type === "array") {
        const items = resolve(child.items ?? {}, `${at}/items`, res.stack);
        if (items && (items.node.type === "object" || isObj(items.node.properties))) {
          unsupported(child, at, ARRAY_KEYWORDS);
          if (!title) warn(at, say(`表格 "${key}" 缺少 title，按键名识别`, `Table "${key}" has no title; its key is used`));
          walkObject(items.node, `${at}/items`, [...path, { key, title, kind: "array", required: isRequired, pointer: at, extras: extrasOf(child, ARRAY_EXTRAS) }], items.stack);
          continue;
        }
        if (!items) continue;
        leafNode = { ...child, items: items.node };
      }
      unsupported(child, at, isObjectKindField(child) ? KIND_OBJECT_KEYWORDS : LEAF_KEYWORDS);
      if (!title) warn(at, say(`字段 "${key}" 缺少 title，按键名识别`, `Field "${key}" has no title; its key is used`));
      if (leaves.length >= MAX_FIELDS) {
        tooMany = true;
        err(pointer, say(`表单字段超过 ${MAX_FIELDS} 个，拒绝处理`, `The form has more than ${MAX_FIELDS} fields and is refused`));
        return;
      }
      leaves.push({ pointer: at, key, title, schema: cleanLeaf(leafNode, type), required: isRequired, path });
    }
  };

  walkObject(root, "", [], []);
  if (leaves.length > WARN_FIELDS && !tooMany) warn("", say(`表单有 ${leaves.length} 个字段，超过 ${WARN_FIELDS} 个，申请人难以填写`, `The form has ${leaves.length} fields, more than ${WARN_FIELDS}: hard for an applicant to fill in`));
  if (leaves.length === 0 && !problems.some((p) => p.severity === "error")) warn("", say("表单没有任何字段", "The form has no fields"));
  return { leaves, problems };
}

function effectiveType(node: Json, pointer: string, warn: (p: string, m: Bilingual) => void): string | undefined {
  const t = node.type;
  if (typeof t === "string") return t;
  if (Array.isArray(t)) {
    const nonNull = t.filter((x) => x !== "null");
    if (nonNull.length === 1 && typeof nonNull[0] === "string") return nonNull[0];
    warn(`${pointer}/type`, say(`字段类型 ${JSON.stringify(t)} 有多种，按字符串处理`, `The field has several types ${JSON.stringify(t)}; it is read as a string`));
    return "string";
  }
  if (isObj(node.properties)) return "object";
  if (Array.isArray(node.enum) && node.enum.length) {
    const kinds = new Set(node.enum.map((v) => (Number.isInteger(v) ? "integer" : typeof v)));
    if (kinds.size === 1) return [...kinds][0] === "number" ? "number" : ([...kinds][0] as string);
  }
  if (Array.isArray(node.enum) || node.const !== undefined) return undefined;
  warn(pointer, say("字段缺少 type，按字符串处理", "The field has no type; it is read as a string"));
  return "string";
}

/** The leaf's schema with only the keywords the merge understands (a field kind's own ones too), type explicit. */
function cleanLeaf(node: Json, type: string | undefined): Json {
  const out: Json = {};
  const keep = isObjectKindField(node) ? KIND_OBJECT_KEYWORDS : LEAF_KEYWORDS;
  for (const k in node) {
    if (!keep.has(k) && !KIND_KEYWORDS.has(k)) continue;
    const v = node[k];
    out[k] = cloneJson(v);
  }
  if (type) out.type = type;
  if (isObj(out.items)) {
    const items: Json = {};
    for (const [k, v] of Object.entries(out.items)) if (LEAF_KEYWORDS.has(k) && k !== "title") items[k] = v;
    out.items = items;
  }
  return out;
}
