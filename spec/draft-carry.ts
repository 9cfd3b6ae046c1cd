// Carrying an applicant's saved draft onto a newer published version of its one-thing (tryout #33): a draft is
// kept per version, and a new version must not make it vanish. What the new form still asks (the same key path, a
// value of the type and choices it accepts) is carried over; the rest is reported by its label in the old form, so
// the applicant is told exactly what did not come along.
import type { Json } from "./common.js";
import { escapePointer } from "./pointer.js";

/** A value of the draft the new form no longer takes: its data pointer and its label path in the old form. */
export interface DroppedValue { pointer: string; label: string }

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const isObj = (v: unknown): v is Json => !!v && typeof v === "object" && !Array.isArray(v);

/** Whether a scalar value fits a schema's type and choices. */
function fits(schema: Json, v: unknown): boolean {
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : typeof schema.type === "string" ? [schema.type] : [];
  const typeOk = !types.length || types.some((t) => (t === "integer" ? Number.isInteger(v) : t === "number" ? typeof v === "number" : t === "null" ? v === null : typeof v === t));
  const choices = Array.isArray(schema.enum) ? schema.enum : Array.isArray(schema.oneOf) && schema.oneOf.every((o) => isObj(o) && "const" in o) ? schema.oneOf.map((o) => (o as Json).const) : undefined;
  return typeOk && (!choices || choices.some((c) => JSON.stringify(c) === JSON.stringify(v)));
}

function carry(value: unknown, next: Json | undefined, old: Json, pointer: string, label: string, dropped: DroppedValue[]): unknown {
  const drop = () => { dropped.push({ pointer, label }); return undefined; };
  if (!next) return drop();
  if (isObj(value)) {
    if (next.type !== "object" && !next.properties) return drop();
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      const oldChild = obj(obj(old.properties)[k]);
      const title = typeof oldChild.title === "string" && oldChild.title.trim() ? oldChild.title.trim() : k;
      const kept = carry(v, isObj(obj(next.properties)[k]) ? obj(obj(next.properties)[k]) : undefined, oldChild, `${pointer}/${escapePointer(k)}`, label ? `${label} / ${title}` : title, dropped);
      if (kept !== undefined) out[k] = kept;
    }
    return out;
  }
  if (Array.isArray(value)) {
    if (next.type !== "array") return drop();
    const items = obj(next.items);
    if (items.type === "object" || items.properties) return value.map((row, i) => carry(row, items, obj(old.items), `${pointer}/${i}`, label, dropped) ?? {});
    const kept = value.filter((v) => fits(items, v));
    if (kept.length < value.length) dropped.push({ pointer, label });
    return kept;
  }
  return fits(next, value) ? value : drop();
}

/** The draft's data as the new form takes it, and what it dropped (labelled from the old form); pure. */
export function carryDraft(data: Json, oldSchema: Json, newSchema: Json): { data: Json; dropped: DroppedValue[] } {
  const dropped: DroppedValue[] = [];
  const out = carry(data, newSchema, oldSchema, "", "", dropped);
  // a table's rows dropped column by column are reported once per column
  const seen = new Set<string>();
  return { data: isObj(out) ? out : {}, dropped: dropped.filter((d) => !seen.has(d.label) && !!seen.add(d.label)) };
}
