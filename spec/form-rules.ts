// Field rules of the smart form: which fields are visible and required for this applicant's situation.
// The browser renders the effective schema; the server validates against the very same effective schema.
import type { SmartForm } from "./bundle.js";
import { evaluateCondition, type ConditionContext } from "./conditions.js";
import { parsePointer, escapePointer } from "./pointer.js";

type JsonObject = Record<string, unknown>;

/** The form as it applies to one situation: hidden fields removed, conditional requirements applied. */
export interface EffectiveForm {
  schema: JsonObject;
  hidden: string[];
}

/** Applies every rule of the smart form for the given answers and data (pure; the input is not modified). */
export function effectiveForm(form: Pick<SmartForm, "schema" | "rules">, context: ConditionContext): EffectiveForm {
  const schema = structuredClone(form.schema) as JsonObject;
  const hidden: string[] = [];
  // Deepest pointers first, so removing a section does not disturb rules on its children.
  const pointers = Object.keys(form.rules).sort((a, b) => b.length - a.length);
  for (const pointer of pointers) {
    const rule = form.rules[pointer]!;
    const located = locateProperty(schema, pointer);
    if (!located) continue;
    const { parent, key } = located;
    const required = new Set<string>(Array.isArray(parent.required) ? (parent.required as string[]) : []);
    if (!evaluateCondition(rule.visibleIf, context)) {
      delete (parent.properties as JsonObject)[key];
      required.delete(key);
      hidden.push(pointer);
    } else if (rule.requiredIf !== undefined) {
      if (evaluateCondition(rule.requiredIf, context)) required.add(key);
      else required.delete(key);
    }
    if (required.size) parent.required = [...required];
    else delete parent.required;
  }
  return { schema, hidden };
}

/**
 * The outcome of every rule for a context (hidden / visible / required / optional), as a compact key. The effective
 * form depends on nothing else, so a renderer recomputes it only when this key changes — typing in a field that a
 * rule reads costs one condition evaluation per rule, not a new schema.
 */
export function ruleOutcomeKey(form: Pick<SmartForm, "rules">, context: ConditionContext): string {
  let key = "";
  for (const rule of Object.values(form.rules)) {
    if (!evaluateCondition(rule.visibleIf, context)) key += "h";
    else if (rule.requiredIf === undefined) key += "v";
    else key += evaluateCondition(rule.requiredIf, context) ? "r" : "o";
  }
  return key;
}

/** Finds the object schema that owns the property a pointer like /properties/a/properties/b designates. */
export function locateProperty(schema: JsonObject, pointer: string): { parent: JsonObject; key: string } | undefined {
  const segs = parsePointer(pointer);
  if (segs.length < 2 || segs[segs.length - 2] !== "properties") return undefined;
  let node: unknown = schema;
  for (const seg of segs.slice(0, -2)) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as JsonObject)[seg];
  }
  if (!node || typeof node !== "object") return undefined;
  const parent = node as JsonObject;
  const key = segs[segs.length - 1]!;
  const props = parent.properties as JsonObject | undefined;
  return props && key in props ? { parent, key } : undefined;
}

/** Maps a schema pointer (/properties/a/properties/b) to the data pointer it governs (/a/b). */
export function dataPointerOf(schemaPointer: string): string {
  const segs = parsePointer(schemaPointer);
  const out: string[] = [];
  for (let i = 0; i < segs.length; i++) {
    if (segs[i] === "properties") out.push(segs[++i]!);
    else if (segs[i] === "items") out.push("*");
  }
  return out.map((s) => "/" + escapePointer(s)).join("");
}

/** Removes from the data every value of a hidden field, so nothing the applicant did not need is stored. */
export function pruneHidden(data: JsonObject, hidden: string[]): JsonObject {
  const out = structuredClone(data);
  for (const sp of hidden) {
    const segs = parsePointer(dataPointerOf(sp));
    if (segs.includes("*")) continue;
    let node: unknown = out;
    for (const seg of segs.slice(0, -1)) node = node && typeof node === "object" ? (node as JsonObject)[seg] : undefined;
    if (node && typeof node === "object") delete (node as JsonObject)[segs[segs.length - 1]!];
  }
  return out;
}
