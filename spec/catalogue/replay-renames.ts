// An item version that re-keys, renames or moves a source field (/properties/sj → /properties/mobile, 手机 → 移动电话
// in another section) asks the same datum: for the upgrade it is the same source field under a new pointer, not one
// field gone and another new. So every staff decision naming the old pointer — hand merges, splits, re-bindings,
// moves, texts, accepted or rejected suggestions — and the staff's form's provenance follow it to the new pointer,
// and the field stays where staff had it (tryout #22: a re-keyed 手机 whose merge with 联系电话 staff had accepted came
// back as a second 移动电话 field).
import type { Json } from "../common.js";
import type { FieldBinding } from "../binding/bind.js";
import { normalizeLabel } from "../binding/match.js";

type Ref = { item: string; pointer: string };
const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** The one-to-one pairs in which `key` is unique on both sides (a key shared by two removed or two added fields
 *  pairs nothing: which became which cannot be told). */
function uniquePairs(removed: string[], added: string[], key: (side: "old" | "new", pointer: string) => string | undefined): Array<[string, string]> {
  const count = (side: "old" | "new", list: string[]) => {
    const m = new Map<string, string[]>();
    for (const p of list) { const k = key(side, p); if (k !== undefined) (m.get(k) ?? m.set(k, []).get(k)!).push(p); }
    return m;
  };
  const olds = count("old", removed), news = count("new", added);
  const out: Array<[string, string]> = [];
  for (const [k, qs] of olds) { const ps = news.get(k); if (qs.length === 1 && ps?.length === 1) out.push([qs[0]!, ps[0]!]); }
  return out;
}

/** Old pointer → new pointer of the upgraded item's source fields that the new version only re-keyed, renamed or
 *  moved: a removed and an added field bound to the same role and element, else (unbound) with the same label and
 *  type — each pairing unique. `oldBindings` / `newBindings`: the item's bindings in the merge before and after. */
export function renamedFields(removed: string[], added: string[], oldBindings: readonly FieldBinding[], newBindings: readonly FieldBinding[], oldSchema: Json, newSchema: Json): Map<string, string> {
  const bound = (list: readonly FieldBinding[]) => new Map(list.filter((b) => b.role && b.element && !b.table).map((b) => [b.pointer, `${b.role}|${b.element}`]));
  const ob = bound(oldBindings), nb = bound(newBindings);
  const out = new Map(uniquePairs(removed, added, (side, p) => (side === "old" ? ob : nb).get(p)));
  const left = (list: string[], taken: Set<string>) => list.filter((p) => !taken.has(p));
  const label = (schema: Json, bindings: Map<string, string>) => (p: string) => {
    if (bindings.has(p)) return undefined; // a bound field pairs by its binding only
    const leaf = leafAt(schema, p);
    return typeof leaf.title === "string" ? `${normalizeLabel(leaf.title)}|${String(leaf.type)}` : undefined;
  };
  const byOld = label(oldSchema, ob), byNew = label(newSchema, nb);
  for (const [q, p] of uniquePairs(left(removed, new Set(out.keys())), left(added, new Set(out.values())), (side, x) => (side === "old" ? byOld(x) : byNew(x)))) out.set(q, p);
  return out;
}

function leafAt(schema: Json, pointer: string): Json {
  let node: unknown = schema;
  for (const seg of pointer.split("/").slice(1)) node = obj(node)[seg.replace(/~1/g, "/").replace(/~0/g, "~")];
  return obj(node);
}

/** A suggestion id with the renamed fields' new pointers: an id names its fields as item#pointer joined by "~" (see
 *  suggestionId in spec/merge/phases/decide.ts), and only whole names change. */
export function renamedId(id: string, item: string, renames: ReadonlyMap<string, string>): string {
  if (!renames.size) return id;
  return id.replace(/(?<=^|[:~])([^:~#]+)#([^~]+)(?=~|$)/g, (m, it: string, p: string) => (it === item && renames.has(p) ? `${it}#${renames.get(p)!}` : m));
}

/** Rewrites, in the staff's form, every reference to a renamed source field of `item`: the hand edits' refs, the
 *  recorded decisions' suggestion ids, and the provenance of the merged fields. */
export function followRenames(form: Json, item: string, renames: ReadonlyMap<string, string>): void {
  if (!renames.size) return;
  const ref = (r: unknown): unknown => {
    const x = r as Ref;
    return x && x.item === item && renames.has(x.pointer) ? { ...x, pointer: renames.get(x.pointer)! } : r;
  };
  const refs = (v: unknown) => (Array.isArray(v) ? v.map(ref) : v);
  if (Array.isArray(form.edits)) form.edits = form.edits.map((e) => { const x = obj(e); return { ...x, refs: refs(x.refs), ...(x.before !== undefined ? { before: refs(x.before) } : {}) }; });
  if (form.decisions && typeof form.decisions === "object") form.decisions = Object.fromEntries(Object.entries(obj(form.decisions)).map(([k, v]) => [renamedId(k, item, renames), v]));
  if (form.provenance && typeof form.provenance === "object") form.provenance = Object.fromEntries(Object.entries(obj(form.provenance)).map(([k, v]) => [k, refs(v)]));
}
