// Merge: N items' forms become one smart form (一表申报). One field per (role, element), merged automatically
// only on strong evidence (same role and same element, both bound with confidence ≥ AUTO_CONFIDENCE); weaker
// evidence becomes a suggestion that staff accept (the default) or leave separate (`auto`). Constraints are
// combined so the merged field accepts only what every source accepts; incompatibilities are conflicts.
// Item-local fields keep their item's section and shape; applicability conditions become field rules.
import type { FieldRule, Prefill, SmartForm, SourceRef } from "../bundle.js";
import type { Condition } from "../conditions.js";
import { AUTO_CONFIDENCE, CANDIDATE_CONFIDENCE, bindForm, type FieldBinding, type FormInput } from "../binding/bind.js";
import type { FormLeaf } from "../binding/inspect.js";
import { normalizeLabel } from "../binding/match.js";
import { ELEMENT_BY_KEY, ELEMENTS } from "../dictionary/elements.js";
import { ROLE_BY_KEY, ROLES } from "../dictionary/roles.js";
import { combineSchemas } from "./constraints.js";
import { addField, ensureSection, leafUi, placeLocal, type Section } from "./layout.js";
import { formStats, type FormStats } from "./stats.js";
import { anyOf, condKey, tableSignatures, UnionFind } from "./helpers.js";

type Json = Record<string, unknown>;

/** One form to merge: an item's form or an imported plain JSON Schema form. */
export interface MergeSource {
  id: string;
  form: FormInput;
  title?: string;
  /** Printed pages of the source form, for statistics. */
  pages?: number;
  /** When the item applies (guide applicability); its fields are hidden and not required otherwise. */
  appliesIf?: Condition;
  /** Position in the bundle; sources are laid out by (order, id), so the result is independent of input order. */
  order?: number;
  audience?: "enterprise" | "person";
}

/** Merge options. */
export interface MergeOptions {
  /** Apply only automatic (strong) merges; list everything weaker in `suggestions` without applying it. */
  auto?: boolean;
  /** Staff decisions by suggestion id (stable across merges of the same forms): accept or reject one suggestion,
   *  overriding the mode's default (apply all, or with `auto` none). */
  decisions?: Record<string, "accept" | "reject">;
  /** Roles the logged-in applicant plays, whose data the profile supplies (default ["applicant"]). */
  profileRoles?: string[];
  /** E-licences (or licence fields, "business_licence.uscc") available to prefill; default: all. */
  licences?: string[];
  audience?: "enterprise" | "person";
}

/** Two or more source fields that mean the same but cannot be combined; they are kept apart. */
export interface MergeConflict { pointer: string; message: string; sources: SourceRef[] }

/** A merge on weaker evidence, for staff to confirm; `applied` says whether this result contains it. */
export interface MergeSuggestion {
  id: string;
  kind: "weak-binding" | "related-role" | "related-element" | "same-label";
  message: string;
  confidence: number;
  pointer: string;
  sources: SourceRef[];
  applied: boolean;
}

/** A problem of one source form, with the item and the pointer inside that item's form schema. */
export interface MergeProblem { item: string; pointer: string; message: string }

/** Everything a merge produces. */
export interface MergeResult {
  form: SmartForm;
  conflicts: MergeConflict[];
  suggestions: MergeSuggestion[];
  warnings: MergeProblem[];
  bindings: Record<string, FieldBinding[]>;
  stats: FormStats;
}

/** Raised when a source cannot be merged at all ($ref cycle, not an object schema, duplicate id ...). */
export class MergeInputError extends Error {
  constructor(readonly problems: MergeProblem[]) {
    super("无法合并表单 (cannot merge):\n" + problems.map((p) => `  ${p.item}#${p.pointer}: ${p.message}`).join("\n"));
  }
}

interface Node {
  idx: number;
  src: number;
  item: string;
  leaf: FormLeaf;
  binding: FieldBinding;
  /** "role|element" for bindings strong enough to merge on, "label|…" for unbound fields, undefined for table columns. */
  key?: string;
  strong: boolean;
}


const ROLE_ORDER = new Map(ROLES.map((r, i) => [r.key, i]));
const ELEMENT_ORDER = new Map(ELEMENTS.map((e, i) => [e.key, i]));
const ID_CARD_LABEL = /身份证号|公民身份号码|身份证号码/;

/** A suggestion's id: its kind and the two fields (or the group) it joins — stable while the forms stay the same. */
function suggestionId(edge: { kind: string; group?: string; a: Node; b: Node }): string {
  return edge.group ? `${edge.kind}:${edge.group}` : `${edge.kind}:${edge.a.item}#${edge.a.leaf.pointer}~${edge.b.item}#${edge.b.leaf.pointer}`;
}


/** Merges several forms into one smart form; see the file comment. Throws MergeInputError on unusable input. */
export function mergeForms(input: MergeSource[], opts: MergeOptions = {}): MergeResult {
  const problems: MergeProblem[] = [];
  const seen = new Set<string>();
  for (const s of input) {
    if (!/^[a-z][a-z0-9_-]{0,63}$/.test(s.id)) problems.push({ item: s.id, pointer: "", message: "来源 id 只能包含小写字母、数字、- 和 _ (invalid source id)" });
    if (seen.has(s.id)) problems.push({ item: s.id, pointer: "", message: `来源 id 重复: ${s.id} (duplicate source id)` });
    seen.add(s.id);
  }
  if (problems.length) throw new MergeInputError(problems);
  const sources = [...input].sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const warnings: MergeProblem[] = [];
  const bindings: Record<string, FieldBinding[]> = {};
  const nodes: Node[] = [];
  sources.forEach((s, src) => {
    const bound = bindForm(s.form, { audience: s.audience ?? opts.audience });
    const tables = tableSignatures(bound.leaves);
    for (const e of bound.errors) problems.push({ item: s.id, pointer: e.pointer, message: e.message });
    for (const w of bound.warnings) warnings.push({ item: s.id, pointer: w.pointer, message: w.message });
    bindings[s.id] = bound.fields;
    bound.leaves.forEach((leaf, i) => {
      const b = bound.fields[i]!;
      const candidate = !b.table && b.role !== undefined && b.element !== undefined && b.confidence >= CANDIDATE_CONFIDENCE;
      const at = () => `${leaf.path.map((p) => p.key).join("/")}/${leaf.key}|${normalizeLabel(leaf.title ?? leaf.key)}|${String(leaf.schema.type)}`;
      // Table columns merge only as whole identical tables (same place, title and columns), never one by one.
      const key = b.table ? `table|${tables.get(b.table)}|${at()}` : candidate ? `${b.role}|${b.element}` : `label|${at()}`;
      nodes.push({ idx: nodes.length, src, item: s.id, leaf, binding: b, key, strong: candidate && b.confidence >= AUTO_CONFIDENCE });
    });
  });
  if (problems.length) throw new MergeInputError(problems);

  const uf = new UnionFind(nodes.length);
  const byKey = new Map<string, { strong: Node[]; weak: Node[] }>();
  for (const n of nodes) {
    if (!n.key) continue;
    const g = byKey.get(n.key) ?? { strong: [], weak: [] };
    (n.strong ? g.strong : g.weak).push(n);
    byKey.set(n.key, g);
  }
  for (const g of byKey.values()) g.strong.forEach((n) => uf.union(g.strong[0]!.idx, n.idx));

  // Two roles some form asks for separately are different people in every form: never suggest merging them.
  const rolesByItem = new Map<string, Set<string>>();
  for (const n of nodes) if (n.strong && n.key && !n.key.startsWith("label|") && !n.key.startsWith("table|")) {
    (rolesByItem.get(n.item) ?? rolesByItem.set(n.item, new Set()).get(n.item)!).add(n.key.split("|")[0]!);
  }
  const rolesSeparated = new Set<string>();
  for (const roles of rolesByItem.values()) for (const a of roles) for (const b of roles) if (a < b) rolesSeparated.add(`${a}~${b}`);

  // Suggestion edges between clusters, on weaker evidence.
  type Edge = { a: Node; b: Node; kind: MergeSuggestion["kind"]; confidence: number; message: string; group?: string };
  const edges: Edge[] = [];
  const label = (key: string) => {
    const [r, e] = key.split("|");
    return `「${ROLE_BY_KEY.get(r!)?.label ?? r}·${ELEMENT_BY_KEY.get(e!)?.label ?? e}」`;
  };
  for (const [key, g] of byKey) {
    if (key.startsWith("label|") || key.startsWith("table|")) {
      for (const n of g.weak.slice(1)) {
        const table = n.binding.table;
        const what = table ? `表格「${n.leaf.path[n.leaf.path.length - 1]?.title ?? table}」` : `「${n.leaf.title ?? n.leaf.key}」`;
        edges.push({
          a: g.weak[0]!, b: n, kind: "same-label", confidence: 0.6,
          message: `${what}在两张表中位置、标题和${table ? "各列" : "类型"}都相同，但不是数据字典中的数据元，可能是同一信息`,
          group: table ? `${g.weak[0]!.item}>${n.item}:${key.split("|")[1]}` : undefined,
        });
      }
      continue;
    }
    // A weakly bound field may join the strong field of its (role, element); failing that, the same field
    // (same place in the form) of another form; failing that, the first weak field of another form.
    const place = (n: Node) => `${n.leaf.path.map((p) => p.key).join("/")}/${n.leaf.key}`;
    g.weak.forEach((n, i) => {
      const message = `${label(key)}: 「${n.leaf.title ?? n.leaf.key}」的识别把握不足 (${n.binding.confidence})，${n.binding.reason}`;
      const targets: Node[] = [];
      if (g.strong[0]) targets.push(g.strong[0]);
      const earlier = g.weak.slice(0, i).filter((m) => m.item !== n.item);
      const samePlace = earlier.find((m) => place(m) === place(n));
      if (samePlace) targets.push(samePlace);
      else if (earlier[0] && !g.strong[0]) targets.push(earlier[0]);
      for (const t of targets) edges.push({ a: t, b: n, kind: "weak-binding", confidence: n.binding.confidence, message });
    });
  }
  for (const [key, g] of byKey) {
    if (key.startsWith("label|") || key.startsWith("table|") || !g.strong.length) continue;
    const [role, element] = key.split("|") as [string, string];
    for (const r2 of ROLE_BY_KEY.get(role)?.related ?? []) {
      const other = byKey.get(`${r2}|${element}`);
      if (r2 > role && other?.strong.length && !rolesSeparated.has(`${role}~${r2}`)) {
        const [l1, l2] = [ROLE_BY_KEY.get(role)!.label, ROLE_BY_KEY.get(r2)!.label];
        edges.push({
          a: g.strong[0]!, b: other.strong[0]!, kind: "related-role", confidence: 0.7, group: `role:${role}~${r2}`,
          message: `「${l1}」与「${l2}」常常是同一人，但并不必然：确认后这两个人的全部信息合并为一组，请确认`,
        });
      }
    }
    for (const e2 of ELEMENT_BY_KEY.get(element)?.related ?? []) {
      const other = byKey.get(`${role}|${e2}`);
      if (e2 > element && other?.strong.length) {
        edges.push({ a: g.strong[0]!, b: other.strong[0]!, kind: "related-element", confidence: 0.7, message: `${label(key)}与${label(`${role}|${e2}`)}可能是同一信息，合并后只接受两者都接受的值` });
      }
    }
  }
  // A suggestion is dropped when one form has both sides as distinct fields: that form tells them apart.
  // Members per cluster root, kept up to date on every union (small into large), so this stays linear-ish.
  const membersOf = new Map<number, Node[]>();
  const itemsOf = new Map<number, Set<string>>();
  for (const n of nodes) {
    const r = uf.find(n.idx);
    (membersOf.get(r) ?? membersOf.set(r, []).get(r)!).push(n);
    (itemsOf.get(r) ?? itemsOf.set(r, new Set()).get(r)!).add(n.item);
  }
  const join = (ra: number, rb: number) => {
    uf.union(ra, rb);
    const r = uf.find(ra), other = r === ra ? rb : ra;
    const [big, small] = [membersOf.get(r)!, membersOf.get(other)!].sort((x, y) => y.length - x.length) as [Node[], Node[]];
    for (const n of small) big.push(n);
    membersOf.set(r, big);
    membersOf.delete(other);
    const [bigItems, smallItems] = [itemsOf.get(r)!, itemsOf.get(other)!].sort((x, y) => y.size - x.size) as [Set<string>, Set<string>];
    for (const i of smallItems) bigItems.add(i);
    itemsOf.set(r, bigItems);
    itemsOf.delete(other);
  };
  const shareItem = (ra: number, rb: number) => {
    const [a, b] = [itemsOf.get(ra)!, itemsOf.get(rb)!].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
    for (const i of a) if (b.has(i)) return true;
    return false;
  };
  const acceptedEdges: Array<{ edge: Edge; applied: boolean; id: string }> = [];
  // A suggestion names the fields of the two clusters it joins as they were on strong evidence alone.
  const initialRoot = nodes.map((n) => uf.find(n.idx));
  const initialMembers = new Map([...membersOf].map(([r, m]) => [r, [...m]]));
  const refsOfRoot = (root: number) => (initialMembers.get(root) ?? []).map((n) => ({ item: n.item, pointer: n.leaf.pointer }));
  const suggestionRefs: SourceRef[][] = [];
  // Edges of one group (a role pair, an identical table) are decided together and shown as one suggestion.
  const grouped = new Map<string, Edge[]>();
  for (const e of edges) if (e.group) (grouped.get(e.group) ?? grouped.set(e.group, []).get(e.group)!).push(e);
  const decided = new Set<string>();
  for (const edge of edges) {
    if (edge.group && decided.has(edge.group)) continue;
    const members = edge.group ? grouped.get(edge.group)! : [edge];
    if (edge.group) decided.add(edge.group);
    const pairs = members.map((e) => [uf.find(e.a.idx), uf.find(e.b.idx)] as const).filter(([ra, rb]) => ra !== rb);
    if (!pairs.length) continue;
    // Weaker evidence never merges two fields that one form keeps apart.
    if (pairs.some(([ra, rb]) => shareItem(ra, rb))) continue;
    const roots = [...new Set(members.flatMap((e) => [initialRoot[e.a.idx]!, initialRoot[e.b.idx]!]))].sort((x, y) => x - y);
    suggestionRefs.push(roots.flatMap(refsOfRoot));
    const id = suggestionId(edge);
    const decision = opts.decisions?.[id];
    const applied = decision ? decision === "accept" : !opts.auto;
    acceptedEdges.push({ edge, applied, id });
    if (applied) for (const [ra, rb] of pairs) { const a = uf.find(ra), b = uf.find(rb); if (a !== b) join(a, b); }
  }

  // Final clusters, laid out in a deterministic order: role sections, then item sections.
  const clusters = new Map<number, Node[]>();
  for (const n of nodes) {
    if (!n.key) continue;
    const r = uf.find(n.idx);
    (clusters.get(r) ?? clusters.set(r, []).get(r)!).push(n);
  }
  const root: Section = { schema: { type: "object", properties: {} }, ui: { "ui:order": [] }, pointer: "" };
  const provenance: Record<string, SourceRef[]> = {};
  const mergedOf = new Map<Node, string>();
  const rules: Record<string, FieldRule> = {};
  const prefill: Record<string, Prefill> = {};
  const conflicts: MergeConflict[] = [];
  const localNodes: Node[] = nodes.filter((n) => !n.key);
  const sharedLabel: Array<{ nodes: Node[] }> = [];
  const roleFields: Array<{ role: string; element: string; nodes: Node[] }> = [];
  const taken = new Set<string>();
  const ordered = [...clusters.values()].sort((x, y) => Number(y.some((n) => n.strong)) - Number(x.some((n) => n.strong)) || x[0]!.idx - y[0]!.idx);
  for (const members of ordered) {
    const bound = members.filter((n) => !n.key!.startsWith("label|") && !n.key!.startsWith("table|"));
    if (!bound.length) {
      if (members.length > 1) sharedLabel.push({ nodes: members });
      else localNodes.push(members[0]!);
      continue;
    }
    const primary = [...bound].sort((a, b) => b.binding.confidence - a.binding.confidence || a.idx - b.idx)[0]!;
    const [role, element] = primary.key!.split("|") as [string, string];
    if (taken.has(primary.key!)) {
      if (members.length > 1) sharedLabel.push({ nodes: members });
      else localNodes.push(members[0]!);
      continue;
    }
    taken.add(primary.key!);
    roleFields.push({ role, element, nodes: members });
  }
  // Within a section, the elements of the section's own kind come first (企业: 名称, 代码 …; 人: 姓名, 证件 …).
  const rank = (f: { role: string; element: string }) => {
    const kind = ROLE_BY_KEY.get(f.role)!.kind, subject = ELEMENT_BY_KEY.get(f.element)!.subject;
    return (subject === kind ? 0 : subject === "any" ? 1 : 2) * 1000 + ELEMENT_ORDER.get(f.element)!;
  };
  roleFields.sort((a, b) => (ROLE_ORDER.get(a.role)! - ROLE_ORDER.get(b.role)!) || rank(a) - rank(b));

  const condOf = (n: Node) => sources[n.src]!.appliesIf;
  const requiredFor = (members: Node[]) => members.filter((n) => n.leaf.required);
  /** Combines constraints; members that cannot be combined are reported and kept as item-local fields. */
  const combine = (members: Node[], pointer: string): { schema: Json; kept: Node[] } => {
    let schema = { ...members[0]!.leaf.schema };
    const kept = [members[0]!];
    for (const n of members.slice(1)) {
      const r = combineSchemas(schema, n.leaf.schema);
      if (r.ok) { schema = r.schema; kept.push(n); continue; }
      conflicts.push({
        pointer,
        message: `「${n.leaf.title ?? n.leaf.key}」(${n.item}#${n.leaf.pointer}) 不能与合并字段合并，已分开保留: ${r.conflict}`,
        sources: [...kept, n].map((k) => ({ item: k.item, pointer: k.leaf.pointer })),
      });
      localNodes.push(n);
    }
    return { schema, kept };
  };
  const applyRules = (pointer: string, kept: Node[], parent: Json, key: string) => {
    const visibleIf = anyOf(kept.map(condOf));
    const requiring = requiredFor(kept);
    const rule: FieldRule = {};
    if (visibleIf !== undefined) rule.visibleIf = visibleIf;
    if (requiring.length) {
      const requiredIf = anyOf(requiring.map(condOf));
      if (requiredIf === undefined || condKey(requiredIf) === condKey(visibleIf)) {
        const req = (parent.required ??= []) as string[];
        if (!req.includes(key)) req.push(key);
      } else rule.requiredIf = requiredIf;
    }
    if (Object.keys(rule).length) rules[pointer] = rule;
  };

  // Role sections.
  const profileRoles = new Set(opts.profileRoles ?? ["applicant"]);
  const licenceAllowed = (key: string) => !opts.licences || opts.licences.some((l) => key === l || key.startsWith(`${l}.`));
  const sectionMembers = new Map<string, Node[]>();
  for (const f of roleFields) {
    const def = ELEMENT_BY_KEY.get(f.element)!;
    const role = ROLE_BY_KEY.get(f.role)!;
    const section = ensureSection(root, f.role, { title: role.label }, false);
    const pointer = `${section.pointer}/properties/${f.element}`;
    const { schema, kept } = combine(f.nodes, pointer);
    schema.title = def.label;
    if (def.format && typeof schema.format !== "string") schema.format = def.format;
    if (f.element === "idNumber" && !schema.format && kept.some((n) => ID_CARD_LABEL.test(n.leaf.title ?? ""))) schema.format = "cn-idcard";
    const ui = kept.map((n) => leafUi(sources[n.src]!.form.uiSchema, n.leaf)).find(Boolean);
    addField(section, f.element, schema, false, ui);
    applyRules(pointer, kept, section.schema, f.element);
    provenance[pointer] = kept.map((n) => ({ item: n.item, pointer: n.leaf.pointer }));
    for (const n of kept) mergedOf.set(n, pointer);
    sectionMembers.set(f.role, [...(sectionMembers.get(f.role) ?? []), ...kept]);
    const p = def.prefill.find((e) => (e.roles.includes(f.role) || (e.roles.includes("applicant") && profileRoles.has(f.role))) && (e.source === "profile" || licenceAllowed(e.key)));
    if (p) prefill[pointer] = { source: p.source, key: p.key, editable: p.editable };
  }
  for (const [role, members] of sectionMembers) {
    sectionRule(`/properties/${role}`, role, members);
    // A field rule that only repeats its section's visibility is noise for staff: drop it.
    const sectionVisible = condKey(rules[`/properties/${role}`]?.visibleIf);
    for (const [p, rule] of Object.entries(rules)) {
      if (p.startsWith(`/properties/${role}/properties/`) && rule.visibleIf !== undefined && condKey(rule.visibleIf) === sectionVisible) {
        delete rule.visibleIf;
        if (!Object.keys(rule).length) delete rules[p];
      }
    }
  }

  // Item sections: local fields, tables, unbound fields shared by identical label, and evicted conflicts.
  const roleKeys = new Set(roleFields.map((f) => f.role));
  const itemKey = (id: string) => (roleKeys.has(id) ? `${id}-item` : id);
  const byItem = new Map<number, Array<{ node: Node; refs: Node[] }>>();
  for (const n of localNodes) (byItem.get(n.src) ?? byItem.set(n.src, []).get(n.src)!).push({ node: n, refs: [n] });
  for (const g of sharedLabel) {
    const { kept } = combine(g.nodes, "");
    const first = kept[0]!;
    (byItem.get(first.src) ?? byItem.set(first.src, []).get(first.src)!).push({ node: first, refs: kept });
  }
  sources.forEach((s, src) => {
    const entries = (byItem.get(src) ?? []).sort((a, b) => a.node.idx - b.node.idx);
    if (!entries.length) return;
    const key = itemKey(s.id);
    const itemPointer = `/properties/${key}`;
    const section = ensureSection(root, key, { title: s.title ?? s.id }, false);
    // The section shows when any item with a field in it applies (fields shared by identical label live in
    // the first item's section); a field that belongs to fewer items gets its own rule.
    const sectionVisible = anyOf(entries.flatMap((e) => e.refs.map(condOf)));
    for (const { node, refs } of entries) {
      let schema = node.leaf.schema;
      for (const r of refs.slice(1)) { const c = combineSchemas(schema, r.leaf.schema); if (c.ok) schema = c.schema; }
      const pointer = placeLocal(section, { ...node.leaf, schema }, false, leafUi(s.form.uiSchema, node.leaf));
      provenance[pointer] = refs.map((r) => ({ item: r.item, pointer: r.leaf.pointer }));
      for (const r of refs) mergedOf.set(r, pointer);
      // A local field bound to a person's role (a table row's ID copy) is fetched from e-licences, never from the profile.
      const b = node.binding;
      if (b.role && b.element && b.confidence >= CANDIDATE_CONFIDENCE) {
        const lp = ELEMENT_BY_KEY.get(b.element)?.prefill.find((e) => e.source === "licence" && e.roles.includes(b.role!) && licenceAllowed(e.key));
        if (lp) prefill[pointer] = { source: lp.source, key: lp.key, editable: lp.editable };
      }
      const parent = parentOf(root.schema, node.leaf, key);
      applyRules(pointer, refs, parent, node.leaf.key);
      const rule = rules[pointer];
      if (rule?.visibleIf !== undefined && condKey(rule.visibleIf) === condKey(sectionVisible)) {
        delete rule.visibleIf;
        if (!Object.keys(rule).length) delete rules[pointer];
      }
    }
    if (sectionVisible !== undefined) rules[itemPointer] = { visibleIf: sectionVisible };
    if (hasRequired(root.schema.properties as Json, key)) ((root.schema.required ??= []) as string[]).push(key);
  });

  function sectionRule(pointer: string, role: string, members: Node[]): void {
    const visibleIf = anyOf(members.map(condOf));
    const requiring = requiredFor(members);
    const rule: FieldRule = {};
    if (visibleIf !== undefined) rule.visibleIf = visibleIf;
    if (requiring.length) {
      const requiredIf = anyOf(requiring.map(condOf));
      if (requiredIf === undefined || condKey(requiredIf) === condKey(visibleIf)) ((root.schema.required ??= []) as string[]).push(role);
      else rule.requiredIf = requiredIf;
    }
    if (Object.keys(rule).length) rules[pointer] = rule;
  }

  const form: SmartForm = { schema: root.schema, uiSchema: root.ui, rules, provenance, prefill };
  const at = (n: Node) => mergedOf.get(n);
  const suggestions: MergeSuggestion[] = acceptedEdges.map(({ edge, applied, id }, i) => ({
    id,
    kind: edge.kind,
    message: edge.message,
    confidence: edge.confidence,
    pointer: (applied ? at(edge.b) : at(edge.a)) ?? at(edge.a) ?? "",
    sources: suggestionRefs[i]!,
    applied,
  }));
  const stats = formStats(sources, form);
  return { form, conflicts, suggestions, warnings, bindings, stats };
}


/** The rebuilt object schema that holds an item-local leaf (its section inside the item section). */
function parentOf(rootSchema: Json, leaf: FormLeaf, itemKey: string): Json {
  let node = (rootSchema.properties as Json)[itemKey] as Json;
  for (const step of leaf.path) {
    node = (node.properties as Json)[step.key] as Json;
    if (step.kind === "array") node = node.items as Json;
  }
  return node;
}

function hasRequired(props: Json, key: string): boolean {
  const node = props[key] as Json;
  return Array.isArray(node.required) && node.required.length > 0;
}
