// Upgrading one pinned item of a one-thing to a newer catalogue version, with every earlier staff decision kept.
// A three-way merge: the merge of the old items and the merge of the new items are computed with the same options
// and every recorded decision (hand merges, splits, re-bindings in form.edits, accept/reject in form.decisions);
// only what changed between those two machine merges is applied to the staff's form. So whatever staff did by hand
// (hand merges, moved fields, relabelled texts, rules, prefill) stays exactly as it was; a source field that is new
// joins the merged field the new merge puts it in, or comes in as a new field in its section; a source field that
// is gone leaves; a changed source field takes the new keywords except where staff had edited them. Suggestions
// the new merge makes about new or changed fields and that have no decision yet are what staff must decide.
import type { Json } from "../common.js";
import type { Condition } from "../conditions.js";
import { getAtPointer } from "../pointer.js";
import { formFields } from "../diff.js";
import { cloneJson } from "../binding/inspect.js";
import { ROLES } from "../dictionary/roles.js";
import { mergeForms, type MergeOptions, type MergeResult, type MergeSource, type MergeSuggestion } from "../merge/index.js";
import { ensureContainer, insertField, isRequired, owners, refKey, removeField, splitPointer } from "./form-surgery.js";
import { followRenames, renamedFields, renamedId } from "./replay-renames.js";

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as unknown[]).map(obj) : []);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A merged field the upgrade touched, by its pointer in the one-thing's smart form. */
export interface UpgradeField { pointer: string; title: string }

/** What the upgrade did and what is left for staff. */
export interface UpgradeReport {
  item: string;
  from: number;
  to: number;
  /** Whether the item's form changed at all (otherwise the smart form is untouched). */
  remerged: boolean;
  /** Earlier staff decisions replayed: hand edits, suggestion decisions, texts and places kept. */
  replayed: { edits: number; decisions: number; texts: UpgradeField[]; moved: UpgradeField[] };
  /** New source fields that joined an existing merged field. */
  joined: UpgradeField[];
  /** New merged fields placed in their section. */
  added: UpgradeField[];
  /** Merged fields taken out because their only source fields are gone. */
  removed: UpgradeField[];
  /** Merged fields whose keywords follow the changed source field (staff's own edits kept). */
  changed: UpgradeField[];
  /** New suggestions about new or changed fields with no decision yet: the only things staff must decide. */
  needsDecision: MergeSuggestion[];
}

/** The merge inputs of a one-thing's items (order, guide applicability, audience), as the merge studio builds them. */
export function bundleSources(doc: Json, items: Json[] = arr(doc.items)): MergeSource[] {
  const applicability = obj(obj(doc.guide).applicability);
  return items.map((it, i) => ({
    id: String(it.id), form: obj(it.form) as unknown as MergeSource["form"], title: String(it.task_name ?? it.id), pages: typeof it.pages === "number" ? it.pages : 1, order: i,
    ...(applicability[String(it.id)] !== undefined ? { appliesIf: applicability[String(it.id)] as Condition } : {}),
    ...(doc.audience === "person" || doc.audience === "enterprise" ? { audience: doc.audience } : {}),
  }));
}

/** The merge options a smart form records: its hand edits, its suggestion decisions, and (as the merge studio reads
 *  them) the roles the profile prefills and the licences in use. */
export function recordedOptions(form: Json, extra: MergeOptions = {}): MergeOptions {
  const pre = Object.entries(obj(form.prefill)).map(([p, v]) => ({ p, v: obj(v) }));
  const roles = [...new Set(pre.filter((x) => x.v.source === "profile").map((x) => x.p.split("/")[2] ?? ""))].filter((r) => ROLES.some((x) => x.key === r));
  const licences = [...new Set(pre.filter((x) => x.v.source === "licence").map((x) => String(x.v.key)))];
  return {
    ...(roles.length ? { profileRoles: roles } : {}), ...(licences.length ? { licences } : {}), ...extra,
    hand: arr(form.edits) as unknown as MergeOptions["hand"], decisions: obj(form.decisions) as MergeOptions["decisions"],
  };
}

/** The smart form with a staff decision on a suggestion recorded (form.decisions), so every later merge and item upgrade replays it. */
export function recordDecision<F extends Json>(form: F, suggestionId: string, decision: "accept" | "reject"): F {
  return { ...form, decisions: { ...obj(form.decisions), [suggestionId]: decision } };
}

const titleOf = (form: Json, pointer: string): string => {
  const t = obj(getAtPointer(form.schema, pointer)).title;
  return typeof t === "string" ? t : splitPointer(pointer).key;
};

interface Ctx { item: string; form: Json; oldBase: MergeResult; newBase: MergeResult; report: UpgradeReport }

function leafChanges(oldItem: Json, newItem: Json): { added: string[]; removed: string[]; changed: string[] } {
  const sa = obj(obj(oldItem.form).schema), sb = obj(obj(newItem.form).schema);
  const a = [...formFields(sa).keys()], b = [...formFields(sb).keys()];
  const inA = new Set(a), inB = new Set(b);
  return {
    added: b.filter((p) => !inA.has(p)),
    removed: a.filter((p) => !inB.has(p)),
    changed: a.filter((p) => inB.has(p) && !same(getAtPointer(sa, p), getAtPointer(sb, p))),
  };
}

function dropSources(c: Ctx, pointers: string[]): void {
  const own = owners(c.form.provenance);
  for (const p of pointers) {
    const at = own.get(refKey({ item: c.item, pointer: p }));
    if (!at) continue;
    const prov = obj(c.form.provenance);
    const left = arr(prov[at]).filter((r) => !(r.item === c.item && r.pointer === p));
    if (left.length) { prov[at] = left; continue; }
    c.report.removed.push({ pointer: at, title: titleOf(c.form, at) });
    removeField(c.form, at);
  }
}

/** Where a new merged field goes in the staff's form: beside a field of its new section that staff already have. */
function placeOf(c: Ctx, newPointer: string): string {
  const { parent } = splitPointer(newPointer);
  const staff = owners(c.form.provenance);
  for (const [p, refs] of Object.entries(obj(c.newBase.form.provenance))) {
    if (p === newPointer || splitPointer(p).parent !== parent) continue;
    for (const r of arr(refs)) {
      const held = staff.get(refKey(r as { item: string; pointer: string }));
      if (held) return splitPointer(held).parent;
    }
  }
  ensureContainer(c.form, c.newBase.form as unknown as Json, parent);
  return parent;
}

function addSources(c: Ctx, pointers: string[]): void {
  const fresh = new Set(pointers.map((p) => refKey({ item: c.item, pointer: p })));
  const newOwners = owners(c.newBase.form.provenance);
  for (const p of pointers) {
    const at = newOwners.get(refKey({ item: c.item, pointer: p }));
    if (!at) continue;
    const ref = { item: c.item, pointer: p };
    const staff = owners(c.form.provenance);
    const partners = arr(obj(c.newBase.form.provenance)[at]).filter((r) => !fresh.has(refKey(r as { item: string; pointer: string })));
    const held = partners.map((r) => staff.get(refKey(r as { item: string; pointer: string }))).find((x) => x !== undefined);
    const prov = obj(c.form.provenance);
    c.form.provenance = prov;
    if (held) {
      prov[held] = [...arr(prov[held]), ref];
      c.report.joined.push({ pointer: held, title: titleOf(c.form, held) });
      continue;
    }
    const container = placeOf(c, at);
    const model = c.newBase.form as unknown as Json;
    const pointer = insertField(c.form, container, splitPointer(at).key, cloneJson(getAtPointer(model.schema, at)), isRequired(model.schema, at));
    prov[pointer] = [ref];
    for (const part of ["rules", "prefill"]) {
      const v = obj(model[part])[at];
      if (v !== undefined) c.form[part] = { ...obj(c.form[part]), [pointer]: cloneJson(v) };
    }
    c.report.added.push({ pointer, title: titleOf(c.form, pointer) });
  }
}

/** A changed source field (old pointer, new pointer: the same unless the version re-keyed it): each keyword staff left
 *  as the old merge made it follows the new merge. */
function changeSources(c: Ctx, pointers: Array<readonly [string, string]>): void {
  const staff = owners(c.form.provenance), oldOwn = owners(c.oldBase.form.provenance), newOwn = owners(c.newBase.form.provenance);
  const done = new Set<string>();
  for (const [q, p] of pointers) {
    const k = refKey({ item: c.item, pointer: p });
    const at = staff.get(k), was = oldOwn.get(refKey({ item: c.item, pointer: q })), now = newOwn.get(k);
    if (!at || !was || !now || done.has(at)) continue;
    done.add(at);
    const mine = obj(getAtPointer(c.form.schema, at));
    const before = obj(getAtPointer(c.oldBase.form.schema, was)), after = obj(getAtPointer(c.newBase.form.schema, now));
    let touched = false;
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (same(before[key], after[key]) || !same(mine[key], before[key])) continue;
      if (after[key] === undefined) delete mine[key]; else mine[key] = cloneJson(after[key]);
      touched = true;
    }
    if (touched) c.report.changed.push({ pointer: at, title: titleOf(c.form, at) });
  }
}

/** What staff did by hand that the upgrade kept: texts that differ from the machine merge, fields not where it put them. */
function keptByHand(form: Json, base: MergeResult, was: (key: string) => string = (k) => k): { texts: UpgradeField[]; moved: UpgradeField[] } {
  const baseOwners = owners(base.form.provenance);
  const texts: UpgradeField[] = [], moved: UpgradeField[] = [];
  for (const [p, refs] of Object.entries(obj(form.provenance))) {
    const first = arr(refs)[0];
    const b = first && baseOwners.get(was(refKey(first as { item: string; pointer: string })));
    if (!b) continue;
    const title = titleOf(form, p);
    if (title !== titleOf(base.form as unknown as Json, b)) texts.push({ pointer: p, title });
    if (splitPointer(b).parent !== splitPointer(p).parent) moved.push({ pointer: p, title });
  }
  return { texts, moved };
}

/** Upgrades the pinned item `next.id` of a one-thing document to `next`; see the file comment. Throws MergeInputError on an unmergeable form. */
export function upgradeItem(doc: Json, next: Json, extra: MergeOptions = {}): { doc: Json; report: UpgradeReport } {
  const items = arr(doc.items);
  const index = items.findIndex((it) => it.id === next.id);
  if (index < 0) throw new Error(`Item "${String(next.id)}" is not in the one-thing`);
  const prev = items[index]!;
  const form = cloneJson(obj(doc.form));
  const nextItems = items.map((it, i) => (i === index ? cloneJson(next) : it));
  const report: UpgradeReport = {
    item: String(next.id), from: Number(prev.version ?? 0), to: Number(next.version ?? 0), remerged: !same(prev.form, next.form),
    replayed: { edits: arr(form.edits).length, decisions: Object.keys(obj(form.decisions)).length, texts: [], moved: [] },
    joined: [], added: [], removed: [], changed: [], needsDecision: [],
  };
  if (report.remerged) {
    const opts = recordedOptions(form, extra);
    const oldBase = mergeForms(bundleSources(doc, items), opts);
    const probe = mergeForms(bundleSources(doc, nextItems), opts);
    const leaves = leafChanges(prev, next);
    // A field the version re-keyed or moved is the same source field: staff's decisions follow it (replay-renames.ts).
    const renames = renamedFields(leaves.removed, leaves.added, oldBase.bindings[report.item] ?? [], probe.bindings[report.item] ?? [], obj(obj(prev.form).schema), obj(obj(next.form).schema));
    followRenames(form, report.item, renames);
    const newBase = renames.size ? mergeForms(bundleSources(doc, nextItems), recordedOptions(form, extra)) : probe;
    const c: Ctx = { item: report.item, form, oldBase, newBase, report };
    const renamedTo = new Set(renames.values());
    dropSources(c, leaves.removed.filter((p) => !renames.has(p)));
    addSources(c, leaves.added.filter((p) => !renamedTo.has(p)));
    changeSources(c, [...leaves.changed.map((p) => [p, p] as const), ...renames]);
    const back = new Map([...renames].map(([q, p]) => [refKey({ item: report.item, pointer: p }), refKey({ item: report.item, pointer: q })]));
    Object.assign(report.replayed, keptByHand(form, oldBase, (k) => back.get(k) ?? k));
    const touched = new Set([...leaves.added, ...leaves.changed].map((p) => refKey({ item: report.item, pointer: p })));
    const known = new Set(oldBase.suggestions.map((s) => renamedId(s.id, report.item, renames)));
    const decided = obj(form.decisions);
    // A suggestion whose fields the staff's form already holds in one merged field (a hand merge) asks nothing.
    const held = owners(form.provenance);
    const settled = (s: MergeSuggestion) => new Set(s.sources.map((r) => held.get(refKey(r)))).size === 1 && held.has(refKey(s.sources[0]!));
    report.needsDecision = newBase.suggestions.filter((s) => !known.has(s.id) && decided[s.id] === undefined && s.sources.some((r) => touched.has(refKey(r))) && !settled(s));
  } else {
    Object.assign(report.replayed, keptByHand(form, mergeForms(bundleSources(doc, items), recordedOptions(form, extra))));
  }
  return { doc: { ...doc, items: nextItems, form }, report };
}
