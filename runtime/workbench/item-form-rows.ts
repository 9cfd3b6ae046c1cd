// An item's own form filled with a case's data, as rows to read: the form's sections (its objects, by their titles),
// its tables row by row, and each field with the form's own label and the value in the form's own wording (a choice
// by its title where the form gives one). Read-only, so a definition list reads better than disabled inputs —
// at 360 px too — and two forms on one page never share an element id.
import type { Json } from "../../spec/common.js";
import { fieldKindOf } from "../../spec/fields/registry.js";
import { toPointer } from "../../spec/pointer.js";

/** How a field's value is a date, so it is read as one (2026年12月8日, not 2026-12-08, #44). */
export type DateKind = "date" | "dateTime" | "dateRange";

/** One row: a field with its value, or a section / table row heading its own rows. */
export type FormRow =
  | { kind: "field"; pointer: string; label: string; value: unknown; choiceTitle?: string; date?: DateKind }
  | { kind: "group"; pointer: string; label: string; rows: FormRow[] };

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** The title a choice's value has in the schema (oneOf/anyOf const + title, or enumNames), if any. */
function choiceTitle(schema: Json, value: unknown): string | undefined {
  for (const k of ["oneOf", "anyOf"]) {
    const hit = (Array.isArray(schema[k]) ? (schema[k] as Json[]) : []).find((o) => obj(o).const === value);
    if (hit && typeof hit.title === "string") return hit.title;
  }
  const names = schema.enumNames, values = schema.enum;
  if (Array.isArray(names) && Array.isArray(values)) {
    const i = values.indexOf(value);
    if (i >= 0 && typeof names[i] === "string") return names[i] as string;
  }
  return undefined;
}

/** The date kind of a field's schema (format date / date-time, x-kind date, a 起止日期 range), if any. */
function dateKindOf(schema: Json): DateKind | undefined {
  const kind = fieldKindOf(schema);
  if (kind === "dateRange") return "dateRange";
  if (kind === "date" || schema.format === "date") return "date";
  return schema.format === "date-time" ? "dateTime" : undefined;
}

/** The properties of an object schema in the order the layout asks for (ui:order), else as written. */
function ordered(schema: Json, ui: Json): string[] {
  const keys = Object.keys(obj(schema.properties));
  const order = Array.isArray(ui["ui:order"]) ? (ui["ui:order"] as string[]) : [];
  if (!order.length) return keys;
  const rest = keys.filter((k) => !order.includes(k));
  return order.flatMap((k) => (k === "*" ? rest : keys.includes(k) ? [k] : []));
}

/** The rows of a form (schema, layout) for the data, every field of the form listed, filled or not. */
export function formRows(schema: unknown, uiSchema: unknown, data: unknown, rowLabel: (n: number) => string, path: Array<string | number> = [], depth = 0): FormRow[] {
  const s = obj(schema), ui = obj(uiSchema), d = obj(data);
  if (depth > 16) return [];
  return ordered(s, ui).flatMap((key): FormRow[] => {
    const sub = obj(obj(s.properties)[key]);
    const subUi = obj(ui[key]);
    if (subUi["ui:widget"] === "hidden") return [];
    const at = [...path, key];
    const label = typeof sub.title === "string" && sub.title ? sub.title : key;
    const value = d[key];
    const date = dateKindOf(sub);
    if (date) return [{ kind: "field", pointer: toPointer(at), label, value, date }];
    if (sub.type === "object" || sub.properties) return [{ kind: "group", pointer: toPointer(at), label, rows: formRows(sub, subUi, value, rowLabel, at, depth + 1) }];
    const items = obj(sub.items);
    if (sub.type === "array" && (items.type === "object" || items.properties)) {
      const rows = Array.isArray(value) ? value : [];
      return [{ kind: "group", pointer: toPointer(at), label, rows: rows.map((row, i) => ({ kind: "group" as const, pointer: toPointer([...at, i]), label: rowLabel(i + 1), rows: formRows(items, obj(subUi.items), row, rowLabel, [...at, i], depth + 1) })) }];
    }
    const title = Array.isArray(value) ? undefined : choiceTitle(sub.type === "array" ? items : sub, value);
    return [{ kind: "field", pointer: toPointer(at), label, value, ...(title ? { choiceTitle: title } : {}) }];
  });
}
