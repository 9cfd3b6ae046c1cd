// Brings a form schema to the shape the kind checks run on, once per schema object: inferred kinds written as
// `x-kind` (their format dropped, since the kind's check says exactly what is wrong), sibling links of identity
// fields and titles of date bounds resolved from the parent object, computed fields marked read-only.
import { identityLinks } from "./kinds/identity.js";
import { fieldKindOf, KIND_BY_NAME } from "./registry.js";
import { elementTitles } from "./siblings.js";
import { optionsOf, type Json } from "./types.js";

/** A date of birth is never after today, whatever form it is on (a newborn's included). */
const BIRTH_TITLES = elementTitles("birthDate");

const cache = new WeakMap<object, Json>();

function titleOf(parent: Json, key: unknown): string | undefined {
  if (typeof key !== "string") return undefined;
  const s = (parent.properties as Record<string, Json> | undefined)?.[key];
  return typeof s?.title === "string" ? s.title : key;
}

function normaliseProperty(s: Json, parent: Json, key: string): Json {
  let out = normaliseNode(s);
  const kind = fieldKindOf(out);
  if (kind && out["x-kind"] !== kind) {
    out = { ...out, "x-kind": kind };
    if (KIND_BY_NAME.get(kind)?.replacesFormat === out.format) delete out.format;
  }
  if (!kind && out.format === "date" && typeof out.title === "string" && BIRTH_TITLES.has(out.title)) {
    out = { ...out, "x-kind": "date", "x-options": { notFuture: true, ...optionsOf(out) } };
  }
  if (kind === "identity") {
    const links = identityLinks(out, parent, key);
    const o = optionsOf(out);
    out = { ...out, "x-options": { ...o, ...(links.type ? { typeField: links.type } : {}), ...(links.sex ? { sexField: links.sex } : {}), ...(links.birthDate ? { birthDateField: links.birthDate } : {}) } };
  }
  if (kind === "date") {
    const o = optionsOf(out);
    out = { ...out, "x-options": { ...o, ...(o.after ? { afterTitle: titleOf(parent, o.after) } : {}), ...(o.before ? { beforeTitle: titleOf(parent, o.before) } : {}) } };
  }
  if (out["x-compute"] !== undefined && out.readOnly !== true) out = { ...out, readOnly: true };
  return out;
}

function normaliseNode(s: Json): Json {
  let out = s;
  if (s.properties && typeof s.properties === "object") {
    const props = s.properties as Record<string, Json>;
    const next: Record<string, Json> = {};
    let changed = false;
    for (const [k, p] of Object.entries(props)) {
      next[k] = p && typeof p === "object" ? normaliseProperty(p, s, k) : p;
      changed ||= next[k] !== p;
    }
    if (changed) out = { ...out, properties: next };
  }
  if (s.items && typeof s.items === "object" && !Array.isArray(s.items)) {
    const items = normaliseNode(s.items as Json);
    if (items !== s.items) out = { ...out, items };
  }
  return out;
}

/** The normalised schema (the same object when nothing changes); cached per input object. */
export function normaliseKinds<T extends object>(schema: T): T {
  let hit = cache.get(schema);
  if (!hit) cache.set(schema, (hit = normaliseNode(schema as Json)));
  return hit as T;
}
