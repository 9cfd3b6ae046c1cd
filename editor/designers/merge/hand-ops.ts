// Staff hands in the merge studio, as pure edits of the bundle's smart form: a hand merge of two merged fields
// (constraints combined, refused with the reason on a conflict or when both hold fields of one form), a split of
// one source field back out of its merged field, a re-binding of a source field's role or element, a label or help
// text typed on a merged field. Every action is recorded in form.edits with who and when, and replayed by every later
// merge (spec/merge's `hand` option).
import { mergeForms, MergeInputError, type MergeEdit, type MergeOptions, type MergeSource } from "../../../spec/merge/index.js";
import type { DictionaryExtension } from "../../../spec/dictionary/extensions.js";
import { arr, obj, type Json } from "../common/doc.js";
import { mergeFields, setSchemaText, sourceOwners } from "./ops.js";
import { schemaAt } from "../common/variables.js";
import { escapePointer } from "../../../spec/pointer.js";
import { translate } from "../../i18n.js";

type Ref = { item: string; pointer: string };

/** The hand edits recorded in a smart form. */
export function editsOf(form: Json): MergeEdit[] {
  return arr<MergeEdit>(form.edits);
}

/** A new edit by this user, now. */
export function newEdit(kind: MergeEdit["kind"], refs: Ref[], by: string, extra: Partial<Pick<MergeEdit, "role" | "element" | "field" | "text" | "group" | "section" | "before">> = {}): MergeEdit {
  return { kind, refs, by, at: new Date().toISOString(), ...extra };
}

const refsKey = (refs: Ref[]) => refs.map((r) => `${r.item}#${r.pointer}`).sort().join("|");

/** Sets the label or help text of a merged field (or group row, `leaves` its merged fields) and records it as a text
 *  edit, so a re-merge puts it back; typing on in the same text by the same person updates that one record. */
export function editText(form: Json, row: { pointer: string; leaves: string[]; container: boolean }, field: "title" | "description", text: string, by: string): Json {
  const refs = row.leaves.flatMap((l) => refsAt(form, l));
  const next = setSchemaText(form, row.pointer, field, text);
  if (!refs.length) return next;
  const edits = editsOf(form), last = edits[edits.length - 1];
  const same = last?.kind === "text" && last.field === field && last.by === by && refsKey(last.refs) === refsKey(refs);
  const edit = newEdit("text", refs, by, { field, text, ...(row.container ? { group: true } : {}) });
  return { ...next, edits: [...(same ? edits.slice(0, -1) : edits), edit] };
}

const refsAt = (form: Json, pointer: string): Ref[] => arr<Ref>(obj(form.provenance)[pointer]);
/** The source fields of a row: of the field itself, or of every field of a group row. */
const rowRefs = (form: Json, row: string): Ref[] => Object.entries(obj(form.provenance)).filter(([p]) => p === row || p.startsWith(row + "/")).flatMap(([, r]) => arr<Ref>(r));

/** Records a move of the row `from` (already made in `moved`) into the section at `toSection` before the row keyed
 *  `beforeKey`, so a re-merge puts it back (spec/merge's hand moves); moving the same row on by the same person
 *  updates that one record. */
export function recordMove(form: Json, moved: Json, from: string, toSection: string, beforeKey: string | undefined, by: string): Json {
  const refs = rowRefs(form, from);
  if (!refs.length) return moved;
  const section = toSection ? toSection.split("/").pop()!.replace(/~1/g, "/").replace(/~0/g, "~") : "";
  const beforeRow = beforeKey !== undefined ? `${toSection}/properties/${escapePointer(beforeKey)}` : undefined;
  const before = beforeRow ? rowRefs(form, beforeRow) : [];
  const edits = editsOf(form), last = edits[edits.length - 1];
  const same = last?.kind === "move" && last.by === by && refsKey(last.refs) === refsKey(refs);
  const edit = newEdit("move", refs, by, { section, ...(before.length ? { before } : {}) });
  return { ...moved, edits: [...(same ? edits.slice(0, -1) : edits), edit] };
}

/** Merges two merged fields by hand; the form keeps a record of it. A refusal names the form by `itemName`. */
export function handMerge(form: Json, a: string, b: string, by: string, itemName: (id: string) => string): { form: Json; pointer: string } | { error: string } {
  const ra = refsAt(form, a), rb = refsAt(form, b);
  if (!ra.length || !rb.length) return { error: translate("ed.merge.err.pickTwo") };
  const items = new Set(ra.map((r) => r.item));
  const same = rb.find((r) => items.has(r.item));
  if (same) return { error: translate("ed.merge.err.sameForm", { item: itemName(same.item) }) };
  const r = mergeFields(form, [...ra, ...rb]);
  if ("error" in r) return r;
  return { form: { ...r.form, edits: [...editsOf(form), newEdit("merge", [ra[0]!, rb[0]!], by)] }, pointer: r.pointer };
}

type Texts = { title?: string; description?: string };
const TEXT_KEYS = ["title", "description"] as const;
const textAt = (form: Json, pointer: string, k: (typeof TEXT_KEYS)[number]) => {
  const v = schemaAt(form.schema, pointer)?.[k];
  return typeof v === "string" ? v : undefined;
};

/** Labels and help texts staff typed: the merged fields of `form` whose texts differ from a machine merge of the same
 *  sources and edits, with the source fields they hold (how the texts find their field again after a re-merge). */
function handTexts(sources: MergeSource[], form: Json, opts: MergeOptions): Array<{ refs: Ref[]; texts: Texts }> {
  const base = mergeForms(sources, { ...opts, hand: editsOf(form) }).form as unknown as Json;
  const baseOwner = sourceOwners(base);
  const out: Array<{ refs: Ref[]; texts: Texts }> = [];
  for (const [p, refs] of Object.entries(obj(form.provenance))) {
    const list = arr<Ref>(refs), bp = list[0] ? baseOwner.get(`${list[0].item}#${list[0].pointer}`) : undefined;
    const texts: Texts = {};
    for (const k of TEXT_KEYS) if (textAt(form, p, k) !== (bp ? textAt(base, bp, k) : undefined) && textAt(form, p, k) !== undefined) texts[k] = textAt(form, p, k);
    if (Object.keys(texts).length) out.push({ refs: list, texts });
  }
  return out;
}

/** Puts staff texts back on the field that now holds most of their source fields (a field just split off keeps its own). */
function restoreTexts(form: Json, kept: Array<{ refs: Ref[]; texts: Texts }>, newlySplit: Set<string>): Json {
  const owner = sourceOwners(form);
  let out = form;
  for (const { refs, texts } of kept) {
    const votes = new Map<string, number>();
    for (const r of refs) { const k = `${r.item}#${r.pointer}`, p = owner.get(k); if (p && !newlySplit.has(k)) votes.set(p, (votes.get(p) ?? 0) + 1); }
    const target = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!target) continue;
    for (const k of TEXT_KEYS) if (texts[k] !== undefined) out = setSchemaText(out, target, k, texts[k]!);
  }
  return out;
}

/** Rebuilds the smart form from the items with every recorded edit replayed, keeping rules of fields that remain, the
 *  labels and help texts staff typed, and the recorded decisions on suggestions (`form.decisions`; the caller passes
 *  them in `opts.decisions` to apply them). */
export function replay(sources: MergeSource[], form: Json, edits: MergeEdit[], opts: MergeOptions & { extensions?: readonly DictionaryExtension[] }): { form: Json } | { error: string } {
  try {
    const kept = handTexts(sources, form, opts);
    const before = editsOf(form).length;
    const newlySplit = new Set(edits.slice(before).filter((e) => e.kind === "split").flatMap((e) => e.refs.map((r) => `${r.item}#${r.pointer}`)));
    const r = mergeForms(sources, { ...opts, hand: edits });
    const keepRules = Object.fromEntries(Object.entries(obj(form.rules)).filter(([p]) => p in r.form.provenance));
    // The decisions on suggestions (staff's, or the template authors') stay with the form for the next merge.
    const decisions = Object.keys(obj(form.decisions)).length ? { decisions: form.decisions } : {};
    const next = { ...(r.form as unknown as Json), rules: { ...r.form.rules, ...keepRules }, edits, ...decisions };
    return { form: restoreTexts(next, kept, newlySplit) };
  } catch (e) {
    return { error: e instanceof MergeInputError ? e.message : String(e) };
  }
}

/** Takes one source field out of its merged field (it goes back to its item's section). */
export function splitSource(sources: MergeSource[], form: Json, ref: Ref, by: string, opts: MergeOptions): { form: Json } | { error: string } {
  return replay(sources, form, [...editsOf(form), newEdit("split", [ref], by)], opts);
}

/** Gives one source field another role and/or element. */
export function rebindSource(sources: MergeSource[], form: Json, ref: Ref, change: { role?: string; element?: string }, by: string, opts: MergeOptions): { form: Json } | { error: string } {
  return replay(sources, form, [...editsOf(form), newEdit("rebind", [ref], by, change)], opts);
}

/** The dictionary extension a decision on a suggestion teaches: an unknown word is the known role; a rejection keeps the pair apart. */
export function learnt(learn: { a: string; b: string } | undefined, decision: "accept" | "reject"): DictionaryExtension | undefined {
  if (!learn) return undefined;
  if (decision === "reject") return { kind: "never-merge", a: learn.a, b: learn.b };
  const [open, known] = learn.a.startsWith("?") ? [learn.a, learn.b] : [learn.b, learn.a];
  if (open.startsWith("?") && !known.startsWith("?") && !known.includes("|")) return { kind: "role-synonym", role: known, text: open.slice(1) };
  const label = learn.b.startsWith("label:") ? learn.b.slice(6) : undefined;
  if (label && learn.a.includes("|")) return { kind: "element-synonym", element: learn.a.split("|")[1]!, text: label };
  return undefined;
}
