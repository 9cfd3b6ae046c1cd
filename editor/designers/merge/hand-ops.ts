// Staff hands in the merge studio, as pure edits of the bundle's smart form: a hand merge of two merged fields
// (constraints combined, refused with the reason on a conflict or when both hold fields of one form), a split of
// one source field back out of its merged field, a re-binding of a source field's role or element. Every action is
// recorded in form.edits with who and when, and replayed by every later merge (spec/merge's `hand` option).
import { mergeForms, MergeInputError, type MergeEdit, type MergeOptions, type MergeSource } from "../../../spec/merge/index.js";
import type { DictionaryExtension } from "../../../spec/dictionary/extensions.js";
import { arr, obj, type Json } from "../common/doc.js";
import { mergeFields } from "./ops.js";

type Ref = { item: string; pointer: string };

/** The hand edits recorded in a smart form. */
export function editsOf(form: Json): MergeEdit[] {
  return arr<MergeEdit>(form.edits);
}

/** A new edit by this user, now. */
export function newEdit(kind: MergeEdit["kind"], refs: Ref[], by: string, extra: { role?: string; element?: string } = {}): MergeEdit {
  return { kind, refs, by, at: new Date().toISOString(), ...extra };
}

const refsAt = (form: Json, pointer: string): Ref[] => arr<Ref>(obj(form.provenance)[pointer]);

/** Merges two merged fields by hand; the form keeps a record of it. */
export function handMerge(form: Json, a: string, b: string, by: string): { form: Json; pointer: string } | { error: string } {
  const ra = refsAt(form, a), rb = refsAt(form, b);
  if (!ra.length || !rb.length) return { error: "请选择两个合并后的字段 (pick two merged fields)" };
  const items = new Set(ra.map((r) => r.item));
  const same = rb.find((r) => items.has(r.item));
  if (same) return { error: `无法合并：两个字段都包含「${same.item}」表单中的字段，同一张表中的两个字段是两项不同的信息` };
  const r = mergeFields(form, [...ra, ...rb]);
  if ("error" in r) return r;
  return { form: { ...r.form, edits: [...editsOf(form), newEdit("merge", [ra[0]!, rb[0]!], by)] }, pointer: r.pointer };
}

/** Rebuilds the smart form from the items with every recorded edit replayed, keeping rules of fields that remain. */
export function replay(sources: MergeSource[], form: Json, edits: MergeEdit[], opts: MergeOptions & { extensions?: readonly DictionaryExtension[] }): { form: Json } | { error: string } {
  try {
    const r = mergeForms(sources, { ...opts, hand: edits });
    const keepRules = Object.fromEntries(Object.entries(obj(form.rules)).filter(([p]) => p in r.form.provenance));
    return { form: { ...r.form, rules: { ...r.form.rules, ...keepRules }, edits } };
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
