// The variables conditions can read, from the draft: guide answers (answers.<question>) and smart-form fields
// (data.<path>), with labels and options for the condition builder.
import { obj, arr } from "./doc.js";
import type { ConditionVariable } from "./conditions.js";
import { parsePointer } from "../../../spec/pointer.js";
import { translate, type Lang } from "../../i18n.js";

/** Guide questions as condition variables, labelled in the given language. */
export function answerVariables(doc: Record<string, unknown>, lang: Lang = "zh-CN", only?: (id: string) => boolean): ConditionVariable[] {
  return arr<Record<string, unknown>>(obj(doc.guide).questions)
    .filter((q) => typeof q.id === "string" && (!only || only(q.id as string)))
    .map((q) => ({
      path: `answers.${String(q.id)}`,
      label: translate("ed.cond.var.question", { title: String(q.title ?? q.id) }, lang),
      kind: q.type === "boolean" ? "boolean" : q.type === "multi" ? "multi" : "string",
      options: arr<{ value: string; label: string }>(q.options),
    }));
}

/** A form pointer (/properties/a/properties/b) as a data path (data.a.b); undefined for array items. */
export function pointerToDataPath(pointer: string): string | undefined {
  const parts = parsePointer(pointer);
  const keys: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] !== "properties" || parts[i + 1] === undefined) return undefined;
    keys.push(parts[i + 1]!);
  }
  return keys.length ? `data.${keys.join(".")}` : undefined;
}

/** The schema at a form pointer, or undefined. */
export function schemaAt(schema: unknown, pointer: string): Record<string, unknown> | undefined {
  let at: unknown = schema;
  for (const p of parsePointer(pointer)) {
    at = obj(at)[p];
    if (at === undefined) return undefined;
  }
  return at && typeof at === "object" ? (at as Record<string, unknown>) : undefined;
}

/** Smart-form fields as condition variables, labelled in the given language. */
export function dataVariables(doc: Record<string, unknown>, lang: Lang = "zh-CN"): ConditionVariable[] {
  const form = obj(doc.form);
  const out: ConditionVariable[] = [];
  for (const pointer of Object.keys(obj(form.provenance))) {
    const path = pointerToDataPath(pointer);
    const s = schemaAt(form.schema, pointer);
    if (!path || !s) continue;
    const en = arr<unknown>(s.enum);
    out.push({
      path,
      label: translate("ed.cond.var.field", { title: String(s.title ?? path) }, lang),
      kind: s.type === "boolean" ? "boolean" : s.type === "number" || s.type === "integer" ? "number" : s.type === "array" ? "multi" : "string",
      ...(en.length ? { options: en.map((v) => ({ value: String(v), label: String(v) })) } : {}),
    });
  }
  return out;
}
