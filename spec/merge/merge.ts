// Merge: N items' forms become one smart form (一表申报). One field per (role, element), merged automatically
// only on strong evidence (same role and same element, both bound with confidence ≥ AUTO_CONFIDENCE, or the one
// person each form asks about); weaker evidence becomes a suggestion, applied only when staff accept it (`decisions`)
// or when the caller asks for every suggestion (`applySuggestions`). Constraints are combined so the merged field accepts only what every source accepts;
// incompatibilities are conflicts. Item-local fields keep their item's section and shape; applicability
// conditions become field rules. The work is done in named phases (./phases), each small and tested.
import type { Prefill, SmartForm } from "../bundle.js";
import { indexExtensions } from "../dictionary/extensions.js";
import type { Section } from "./layout.js";
import { formStats } from "./stats.js";
import { alignSubjects, confirmSharedRoles, employerOfSubject, partyViews, sectionEdges, separatedRoles } from "./phases/align-parties.js";
import { applyHandEdits, handOverrides, handSplits } from "./phases/hand.js";
import { applyHandTexts } from "./phases/hand-texts.js";
import { applyHandMoves, movesApplied } from "./phases/hand-moves.js";
import { checkSourceIds, bindSources, sortSources } from "./phases/bind-sources.js";
import { clusterStrong } from "./phases/cluster.js";
import { decideEdges } from "./phases/decide.js";
import { collectFields } from "./phases/fields.js";
import { buildItemSections } from "./phases/item-sections.js";
import { buildRoleSections } from "./phases/role-sections.js";
import { makeRules } from "./phases/rules.js";
import { suggestionEdges } from "./phases/suggest.js";
import type { MergeOptions, MergeResult, MergeSource, MergeSuggestion, Node } from "./types.js";

export * from "./types.js";

/** Merges several forms into one smart form; see the file comment. Throws MergeInputError on unusable input. */
export function mergeForms(input: MergeSource[], opts: MergeOptions = {}): MergeResult {
  checkSourceIds(input);
  const ext = indexExtensions(opts.extensions ?? []);
  const split = handSplits(opts.hand);
  const bound = bindSources(sortSources(input), { ...opts, overrides: handOverrides(opts.hand, opts.overrides) }, ext);
  const { sources, nodes } = bound;
  // Parties: the one person each form asks about takes one role; similar sections of two forms are suggestions.
  const views = partyViews(bound);
  const apart = separatedRoles(views);
  alignSubjects(bound, views, apart, ext);
  confirmSharedRoles(views);
  employerOfSubject(bound, views);
  // Nodes are made source by source, in order: each source's bindings are one run of them.
  const bySource = new Map<string, Node[]>(sources.map((s) => [s.id, []]));
  for (const n of nodes) bySource.get(n.item)!.push(n);
  for (const s of sources) bound.bindings[s.id] = bySource.get(s.id)!.map((n) => n.binding);
  const clusters = clusterStrong(nodes, ext, split);
  const edges = [...sectionEdges(views, new Set([...apart, ...clusters.rolesSeparated]), ext), ...suggestionEdges(clusters, ext)];
  const { decided, sets } = decideEdges(nodes, clusters.uf, edges, opts, split);
  const handConflicts = applyHandEdits(nodes, sets, opts.hand, sources);
  const placed = collectFields(nodes, clusters.uf, split, (item) => bound.audiences.get(item) === "person");

  const root: Section = { schema: { type: "object", properties: {} }, ui: { "ui:order": [] }, pointer: "" };
  const prefill: Record<string, Prefill> = {};
  const r = makeRules(sources);
  const { sectionMembers } = buildRoleSections(root, placed.roleFields, sources, opts, r, prefill);
  for (const [key, members] of sectionMembers) {
    r.sectionRule(root.schema, `/properties/${key}`, key, members);
    r.dropRepeated(`/properties/${key}`);
  }
  buildItemSections(root, sources, placed.localNodes, placed.sharedLabel, new Set(sectionMembers.keys()), opts, r, prefill);

  const form: SmartForm = applyHandTexts({ schema: root.schema, uiSchema: root.ui, rules: r.rules, provenance: r.provenance, prefill }, opts.hand);
  const movesLeft = applyHandMoves(form, opts.hand);
  // Where each source field is now (a staff move may have put it in another section since it was laid out).
  const owner = movesApplied(opts.hand) ? new Map(Object.entries(form.provenance).flatMap(([p, refs]) => refs.map((x) => [`${x.item}#${x.pointer}`, p] as const))) : undefined;
  const at = (n: (typeof nodes)[number]) => (owner ? owner.get(`${n.item}#${n.leaf.pointer}`) : r.mergedOf.get(n));
  const suggestions: MergeSuggestion[] = decided.map(({ edge, applied, id, refs, pairs }) => ({
    id, kind: edge.kind, message: edge.message, confidence: edge.confidence,
    pointer: (applied ? at(edge.b) : at(edge.a)) ?? at(edge.a) ?? "",
    sources: refs, applied,
    ...(pairs ? { pairs } : {}),
    ...(edge.learn ? { learn: edge.learn } : {}),
  }));
  return { form, conflicts: [...r.conflicts, ...handConflicts, ...movesLeft], suggestions, warnings: bound.warnings, bindings: bound.bindings, stats: formStats(sources, form, nodes.length) };
}
