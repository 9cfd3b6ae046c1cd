// Staff decisions on the merge's suggestions, as pure edits of the bundle's smart form: where a suggestion stands in
// the form as it is now (a group suggestion — two sections, two related roles, a table — is merged when each of its
// field pairs is one field, never when all its fields are one), accepting one (field by field, all or nothing, and
// refused with the reason in the interface language), and reconsidering a decision (a template author's or one's own)
// so the suggestion waits for staff again.
import type { MergeOptions, MergeSource, MergeSuggestion } from "../../../spec/merge/index.js";
import { recordDecision } from "../../../spec/catalogue/replay.js";
import { obj, type Json } from "../common/doc.js";
import { msgIn } from "../common/lang.js";
import { getLang, translate } from "../../i18n.js";
import { mergeFields, sourceOwners } from "./ops.js";
import { editsOf, newEdit, replay } from "./hand-ops.js";

type Ref = { item: string; pointer: string };
const key = (r: Ref) => `${r.item}#${r.pointer}`;

/** The fields a suggestion would make one: each pair of a group suggestion, or all the sources of a single one. */
function groupsOf(s: MergeSuggestion): Array<{ refs: Ref[]; label?: { zh: string; en: string } }> {
  return s.pairs ? s.pairs.map((p) => ({ refs: [p.a, p.b], label: p.label })) : [{ refs: s.sources }];
}

/** Whether the form already holds what the suggestion proposes (every pair of a group in one field each). */
export function suggestionMerged(form: Json, s: MergeSuggestion): boolean {
  const own = sourceOwners(form);
  return groupsOf(s).every(({ refs }) => {
    const at = new Set(refs.map((r) => own.get(key(r))));
    return at.size === 1 && !at.has(undefined);
  });
}

/** Accepts a suggestion on the form as staff see it: merges field by field (姓名 with 姓名), records each merge as a hand
 *  merge and the decision by the suggestion's id, so a re-merge keeps it. All or nothing: a pair that cannot be merged
 *  (its fields would hold two fields of one form, or their constraints conflict) refuses the whole suggestion, with
 *  the reason; so does a suggestion the form already holds. `itemName` names a form by its item id. */
export function acceptSuggestion(form: Json, s: MergeSuggestion, by: string, itemName: (id: string) => string): { form: Json; pointer: string } | { error: string } {
  const lang = getLang();
  let next = form, pointer = "";
  const edits = [...editsOf(form)];
  const refused: string[] = [];
  for (const { refs, label } of groupsOf(s)) {
    const own = sourceOwners(next);
    const owners = [...new Set(refs.map((r) => own.get(key(r))))];
    const named = (reason: string) => (label ? translate("ed.merge.err.pairRefused", { label: msgIn(lang, label), reason }) : reason);
    if (owners.includes(undefined)) { refused.push(named(translate("ed.merge.err.notInForm"))); continue; }
    if (owners.length === 1) { pointer ||= owners[0]!; continue; }
    // Two merged fields that hold fields of one form are two different pieces of information (as in a hand merge).
    const held = owners.map((p) => new Set(((obj(next.provenance)[p!] ?? []) as Ref[]).map((r) => r.item)));
    const same = [...held[0]!].find((item) => held.slice(1).some((h) => h.has(item)));
    if (same) { refused.push(named(translate("ed.merge.err.sameForm", { item: itemName(same) }))); continue; }
    // The merged field holding most source fields keeps its place (法定代表人·姓名, not the one form's 企业负责人·姓名).
    const size = (r: Ref) => ((obj(next.provenance)[own.get(key(r))!] ?? []) as Ref[]).length;
    const r = mergeFields(next, [...refs].sort((x, y) => size(y) - size(x)));
    if ("error" in r) { refused.push(named(r.error)); continue; }
    // Recorded as a hand merge of one field of each merged field it joined.
    edits.push(newEdit("merge", [...new Map(refs.map((x) => [own.get(key(x)), x])).values()], by));
    next = r.form;
    pointer ||= r.pointer;
  }
  if (refused.length) return { error: translate("ed.merge.err.notAccepted", { reasons: refused.join(lang === "en" ? "; " : "；") }) };
  if (next === form) return { error: translate("ed.merge.err.alreadyOne") };
  return { form: recordDecision({ ...next, edits }, s.id, "accept"), pointer };
}

/** Whether staff (or the template's authors) decided this suggestion: a recorded decision, or hand merges of its fields. */
export function isDecided(form: Json, s: MergeSuggestion): boolean {
  return s.id in obj(form.decisions) || editsOf(form).some((e) => ownMerge(s, e));
}

const ownMerge = (s: MergeSuggestion, e: { kind: string; refs: Ref[] }) => {
  const mine = new Set(s.sources.map(key));
  return e.kind === "merge" && e.refs.length > 1 && e.refs.every((r) => mine.has(key(r)));
};

/** Withdraws the decision on a suggestion: its recorded decision and the hand merges of its own fields go, and the form
 *  is merged again with every other decision and edit, so the suggestion waits for staff (unless `applySuggestions`). */
export function reconsiderSuggestion(sources: MergeSource[], form: Json, s: MergeSuggestion, opts: MergeOptions): { form: Json } | { error: string } {
  const decisions = { ...obj(form.decisions) } as Record<string, "accept" | "reject">;
  delete decisions[s.id];
  const edits = editsOf(form).filter((e) => !ownMerge(s, e));
  const base = { ...form, decisions, edits };
  if (!Object.keys(decisions).length) delete (base as Json).decisions;
  const out = replay(sources, base, edits, { ...opts, decisions });
  return out;
}
