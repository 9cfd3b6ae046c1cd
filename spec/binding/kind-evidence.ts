// Field kinds (spec/fields/kinds) as binding evidence (issue 16): a field whose kind serves one element (行政区划 →
// 所在地区, 证件号码 → 身份证件号码, 统一社会信用代码, 企业名称) is that element whatever its label; a kind that serves several
// (金额, 地址, 日期) confirms or contradicts the label's element; and kinds that change the value's shape (a region
// code, a structured address, a table, a signature, a date range, a classification code) merge only with the same kind.
import { FIELD_KINDS, KIND_BY_NAME, fieldKindOf } from "../fields/registry.js";
import { CONSTRAINT_REASONS as C, type Reason } from "./reasons.js";
import type { Json } from "../common.js";


/** Kinds whose value is an object (an address, a date range, a signature): one field, not a section of fields. */
const OBJECT_KINDS: ReadonlySet<string> = new Set(FIELD_KINDS.filter((k) => k.newSchema().type === "object").map((k) => k.name));
/** Kinds whose value is not a plain text or number: never the same datum as a plain field. */
const SHAPED_KINDS: ReadonlySet<string> = new Set(["region", "address", "table", "signature", "dateRange", "classification"]);

/** The kind of a field schema (explicit `x-kind`, or implied by its format or shape), or undefined. */
export const kindOf = (schema: Json): string | undefined => fieldKindOf(schema);

/** Whether a schema node is one field of an object kind (read as a leaf, not as a section). */
export function isObjectKindField(node: Json): boolean {
  return typeof node["x-kind"] === "string" && OBJECT_KINDS.has(node["x-kind"]);
}

/** The suffix a field's merge key takes from its kind: shaped kinds merge only among themselves. */
export function kindKeySuffix(schema: Json): string {
  const k = kindOf(schema);
  return k && SHAPED_KINDS.has(k) ? `|~${k}` : "";
}

/** What a field's kind says about its element, given the element its label and constraints gave (if any). */
export function kindEvidence(schema: Json, element: { key: string; weight: number; reason: Reason } | undefined): { key: string; weight: number; reason: Reason } | undefined {
  // Only a kind the designer chose: a kind implied by a format is that format's evidence (./evidence.ts), counted once.
  const name = typeof schema["x-kind"] === "string" ? schema["x-kind"] : undefined;
  const kind = name ? KIND_BY_NAME.get(name) : undefined;
  if (!kind || !kind.elements.length) return element;
  if (element && kind.elements.includes(element.key)) return { ...element, weight: Math.min(1, element.weight + 0.05), reason: C.kindAgrees(element.reason, kind.label) };
  if (kind.elements.length === 1) {
    const key = kind.elements[0]!;
    // Alone the chosen kind names the element firmly; against the label it is not enough to merge without asking.
    return { key, weight: element ? Math.min(element.weight, 0.8) : 0.85, reason: element ? C.kindAgainst(kind.label, element.reason) : C.kindOnly(kind.label) };
  }
  return element ? { ...element, weight: element.weight * 0.5, reason: C.kindContradicts(element.reason, kind.label) } : undefined;
}
