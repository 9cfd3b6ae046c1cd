// The difference between two versions of one catalogue item, in the terms a one-thing's designer reads before an
// upgrade: form fields added / removed / relabelled / changed, materials added / removed / changed, time limits,
// fees, situations and every other element that changed (by its Chinese element name). Works on raw JSON (never
// throws), so an old stored version that no longer parses still shows what changed.
import type { Json } from "../common.js";
import { formFields } from "../diff.js";
import { getAtPointer } from "../pointer.js";
import { ITEM_ELEMENT_LABELS } from "./record.js";

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as unknown[]).map(obj) : []);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const text = (v: unknown, fallback: string) => (typeof v === "string" && v ? v : fallback);

/** One changed value: what it was and what it is (absent = not set). */
export interface ValueChange { key: string; label: string; from?: unknown; to?: unknown }

/** A form field of the item, by its pointer in the item's form schema. */
export interface ItemDiffField { pointer: string; title: string }

/** A material or fee that stayed but changed: which of its elements. */
export interface ChangedPart { id: string; name: string; changes: ValueChange[] }

/** Everything that changed between two versions of an item. */
export interface ItemDiff {
  id: string;
  from: number;
  to: number;
  fields: { added: ItemDiffField[]; removed: ItemDiffField[]; relabelled: Array<{ pointer: string; from: string; to: string }>; changed: ItemDiffField[] };
  materials: { added: Array<{ id: string; name: string }>; removed: Array<{ id: string; name: string }>; changed: ChangedPart[] };
  limits: ValueChange[];
  fees: { changes: ValueChange[]; added: string[]; removed: string[]; changed: ChangedPart[] };
  situations: { added: string[]; removed: string[]; changed: string[] };
  /** Other elements (受理条件, 设定依据, 办理地点 …) whose value changed. */
  elements: ValueChange[];
}

const LIMIT_KEYS = ["anticipate_day", "anticipate_type", "promise_day", "promise_type", "project_type"];
const FEE_KEYS = ["is_charge"];
const OWN_KEYS = new Set(["form", "materials", "charges", "situations", "version", "schemaVersion", "kind", "id", ...LIMIT_KEYS, ...FEE_KEYS]);

const label = (key: string) => ITEM_ELEMENT_LABELS[key] ?? key;

function valueChanges(a: Json, b: Json, keys: Iterable<string>): ValueChange[] {
  const out: ValueChange[] = [];
  for (const key of keys) {
    if (same(a[key], b[key])) continue;
    out.push({ key, label: label(key), ...(a[key] !== undefined ? { from: a[key] } : {}), ...(b[key] !== undefined ? { to: b[key] } : {}) });
  }
  return out;
}

function keyed(list: Json[], key: string): Map<string, Json> {
  const m = new Map<string, Json>();
  for (const x of list) if (typeof x[key] === "string") m.set(x[key] as string, x);
  return m;
}

function partsDiff(a: Json[], b: Json[], key: string, nameKey: string) {
  const ma = keyed(a, key), mb = keyed(b, key);
  const name = (x: Json, id: string) => text(x[nameKey], id);
  const added = [...mb].filter(([k]) => !ma.has(k)).map(([k, x]) => ({ id: k, name: name(x, k) }));
  const removed = [...ma].filter(([k]) => !mb.has(k)).map(([k, x]) => ({ id: k, name: name(x, k) }));
  const changed: ChangedPart[] = [];
  for (const [k, x] of ma) {
    const y = mb.get(k);
    if (!y || same(x, y)) continue;
    changed.push({ id: k, name: name(y, k), changes: valueChanges(x, y, new Set([...Object.keys(x), ...Object.keys(y)])) });
  }
  return { added, removed, changed };
}

function fieldsDiff(a: Json, b: Json): ItemDiff["fields"] {
  const sa = obj(obj(a.form).schema), sb = obj(obj(b.form).schema);
  const fa = formFields(sa), fb = formFields(sb);
  const out: ItemDiff["fields"] = { added: [], removed: [], relabelled: [], changed: [] };
  for (const [p, t] of fb) if (!fa.has(p)) out.added.push({ pointer: p, title: t });
  for (const [p, t] of fa) {
    const t2 = fb.get(p);
    if (t2 === undefined) { out.removed.push({ pointer: p, title: t }); continue; }
    if (t2 !== t) out.relabelled.push({ pointer: p, from: t, to: t2 });
    const { title: _a, ...restA } = obj(getAtPointer(sa, p));
    const { title: _b, ...restB } = obj(getAtPointer(sb, p));
    if (!same(restA, restB)) out.changed.push({ pointer: p, title: t2 });
  }
  return out;
}

/** Compares two versions of one item (previous → next) in the terms of the upgrade banner. */
export function diffItemVersions(prev: unknown, next: unknown): ItemDiff {
  const a = obj(prev), b = obj(next);
  const materials = partsDiff(arr(a.materials), arr(b.materials), "id", "material_name");
  const charges = partsDiff(arr(a.charges), arr(b.charges), "name", "name");
  const sit = partsDiff(arr(a.situations), arr(b.situations), "id", "title");
  const elementKeys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !OWN_KEYS.has(k));
  return {
    id: text(b.id, text(a.id, "")),
    from: typeof a.version === "number" ? a.version : 0,
    to: typeof b.version === "number" ? b.version : 0,
    fields: fieldsDiff(a, b),
    materials,
    limits: valueChanges(a, b, LIMIT_KEYS),
    fees: { changes: valueChanges(a, b, FEE_KEYS), added: charges.added.map((c) => c.name), removed: charges.removed.map((c) => c.name), changed: charges.changed },
    situations: { added: sit.added.map((s) => s.name), removed: sit.removed.map((s) => s.name), changed: sit.changed.map((s) => s.name) },
    elements: valueChanges(a, b, elementKeys),
  };
}

/** Whether two item versions differ in nothing but their version number. */
export function isEmptyItemDiff(d: ItemDiff): boolean {
  const f = d.fields, m = d.materials;
  return !f.added.length && !f.removed.length && !f.relabelled.length && !f.changed.length && !m.added.length && !m.removed.length && !m.changed.length
    && !d.limits.length && !d.fees.changes.length && !d.fees.added.length && !d.fees.removed.length && !d.fees.changed.length
    && !d.situations.added.length && !d.situations.removed.length && !d.situations.changed.length && !d.elements.length;
}

/** Whether the item's form changed (only then does the one-thing's smart form need a re-merge). */
export function formChanged(d: ItemDiff): boolean {
  const f = d.fields;
  return f.added.length + f.removed.length + f.relabelled.length + f.changed.length > 0;
}
