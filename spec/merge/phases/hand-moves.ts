// Staff moves in the merge: a field (or an item's group of fields) dragged in the merge studio to another place of
// its section or into another section is a hand edit ("move") naming the source fields of what was moved, the section
// it went to (a key of the merged form's top level; "" is the top level itself) and the source fields of the row it
// was put before. Every later merge of the bundle finds that row again by its source fields and puts it back there,
// so a re-merge keeps staff's layout. Replayed in order after the texts; a move whose section no longer exists is
// left out and said so.
import { say } from "../../bilingual.js";
import type { SmartForm, SourceRef } from "../../bundle.js";
import { escapePointer, parsePointer } from "../../pointer.js";
import type { MergeConflict, MergeEdit } from "../types.js";
import type { Json } from "../../common.js";

const key = (r: SourceRef) => `${r.item}#${r.pointer}`;
const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** The row (a direct child of a top-level section, or a top-level field) that holds a merged field. */
function rowOf(pointer: string, provenance: Record<string, unknown>): string {
  const segs = parsePointer(pointer);
  const top = `/properties/${escapePointer(segs[1]!)}`;
  if (segs.length <= 2 || top in provenance) return top;
  return `${top}/properties/${escapePointer(segs[3]!)}`;
}

/** The row now holding most of these source fields, if any. */
function rowHolding(refs: readonly SourceRef[], owner: Map<string, string>, provenance: Record<string, unknown>): string | undefined {
  const votes = new Map<string, number>();
  for (const r of refs) { const p = owner.get(key(r)); if (p) { const row = rowOf(p, provenance); votes.set(row, (votes.get(row) ?? 0) + 1); } }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The ordered keys of a schema node under its ui node (ui:order first, the rest in schema order). */
function ordered(schema: Json, ui: Json): string[] {
  const keys = Object.keys(obj(schema.properties));
  const order = (Array.isArray(ui["ui:order"]) ? (ui["ui:order"] as string[]) : []).filter((k) => keys.includes(k));
  return [...order, ...keys.filter((k) => !order.includes(k))];
}

/** Renames every key of a pointer-keyed map under `from` to be under `to` (in place). */
function renameKeys<T>(map: Record<string, T>, from: string, to: string): void {
  for (const k of Object.keys(map)) {
    if (k !== from && !k.startsWith(from + "/")) continue;
    const v = map[k]!;
    delete map[k];
    map[to + k.slice(from.length)] = v;
  }
}

/** Moves one row of a freshly merged form (mutated in place: it is this merge's own) into `sectionKey` before the row
 *  `before` (or at the end); returns the row's new pointer. A key already taken there gets the next free one (name-2).
 *  A field leaving a section that shows or is required only in some situations keeps that rule as its own. */
export function moveRowInPlace(form: SmartForm, row: string, sectionKey: string, before: string | undefined): string {
  const schema = form.schema as Json, ui = (form.uiSchema ??= {}) as Json;
  const segs = parsePointer(row);
  const fromKey = segs.length > 2 ? segs[1]! : "", rowKey = segs[segs.length - 1]!;
  const fromSchema = fromKey ? obj(obj(schema.properties)[fromKey]) : schema;
  const toSchema = sectionKey ? obj(obj(schema.properties)[sectionKey]) : schema;
  const fromUi = fromKey ? (ui[fromKey] = obj(ui[fromKey])) as Json : ui;
  const toUi = sectionKey ? (ui[sectionKey] = obj(ui[sectionKey])) as Json : ui;
  let toKey = rowKey;
  if (fromKey !== sectionKey) {
    const taken = (toSchema.properties ??= {}) as Json;
    for (let i = 2; toKey in taken; i++) toKey = `${rowKey}-${i}`;
    const fromProps = obj(fromSchema.properties);
    taken[toKey] = fromProps[rowKey];
    delete fromProps[rowKey];
    const req = Array.isArray(fromSchema.required) ? (fromSchema.required as string[]) : [];
    if (req.includes(rowKey)) {
      fromSchema.required = req.filter((k) => k !== rowKey);
      if (!(fromSchema.required as string[]).length) delete fromSchema.required;
      toSchema.required = [...(Array.isArray(toSchema.required) ? (toSchema.required as string[]) : []), toKey];
    }
    if (fromUi[rowKey] !== undefined) { toUi[toKey] = fromUi[rowKey]; delete fromUi[rowKey]; }
    fromUi["ui:order"] = ordered(fromSchema, fromUi);
    const to = `${sectionKey ? `/properties/${escapePointer(sectionKey)}` : ""}/properties/${escapePointer(toKey)}`;
    // The section's own situation rule goes with the field (it showed, or was required, only when the section was).
    const sectionRule = fromKey ? form.rules[`/properties/${escapePointer(fromKey)}`] : undefined;
    const targetRule = sectionKey ? form.rules[`/properties/${escapePointer(sectionKey)}`] : undefined;
    renameKeys(form.provenance, row, to);
    renameKeys(form.rules, row, to);
    renameKeys(form.prefill, row, to);
    if (sectionRule && JSON.stringify(sectionRule) !== JSON.stringify(targetRule)) {
      const own = form.rules[to] ?? {};
      const rule = { ...(sectionRule.visibleIf !== undefined ? { visibleIf: sectionRule.visibleIf } : {}), ...(sectionRule.requiredIf !== undefined ? { requiredIf: sectionRule.requiredIf } : {}), ...own };
      if (Object.keys(rule).length) form.rules[to] = rule;
    }
    row = to;
  }
  const order = ordered(toSchema, toUi).filter((k) => k !== toKey);
  const b = before !== undefined && before !== row ? parsePointer(before) : undefined;
  // Only a row of the target section places it; any other (moved away since, or gone) puts it at the end.
  const beforeKey = b && (b.length > 2 ? b[1] : "") === sectionKey ? b[b.length - 1] : undefined;
  const at = beforeKey !== undefined && order.includes(beforeKey) ? order.indexOf(beforeKey) : order.length;
  order.splice(at, 0, toKey);
  toUi["ui:order"] = order;
  return row;
}

/** Whether any move is recorded (the merge then looks up where fields are from the provenance, not the layout). */
export const movesApplied = (edits: readonly MergeEdit[] | undefined): boolean => !!edits?.some((e) => e.kind === "move");

/** Replays the recorded moves on a freshly merged form (see the file comment); returns the moves left out. */
export function applyHandMoves(form: SmartForm, edits: readonly MergeEdit[] | undefined): MergeConflict[] {
  const moves = (edits ?? []).filter((e) => e.kind === "move" && e.section !== undefined);
  const left: MergeConflict[] = [];
  for (const e of moves) {
    const owner = new Map<string, string>();
    for (const [p, refs] of Object.entries(form.provenance)) for (const r of refs) owner.set(key(r), p);
    const row = rowHolding(e.refs, owner, form.provenance);
    const section = e.section!;
    const exists = section === "" || (obj(obj(form.schema.properties)[section]).type === "object" && !(`/properties/${escapePointer(section)}` in form.provenance));
    if (!row) {
      left.push({ pointer: "", sources: [...e.refs], message: say(`移动未应用：移动的字段已不在合并表单中（${e.by}，${e.at}）`, `Move not applied: the moved fields are no longer in the merged form (${e.by}, ${e.at})`) });
      continue;
    }
    if (!exists) {
      left.push({ pointer: row, sources: [...e.refs], message: say(`移动未应用：分组「${section}」已不在合并表单中（${e.by}，${e.at}）`, `Move not applied: the section "${section}" is no longer in the merged form (${e.by}, ${e.at})`) });
      continue;
    }
    const before = e.before?.length ? rowHolding(e.before, owner, form.provenance) : undefined;
    moveRowInPlace(form, row, section, before);
  }
  return left;
}
