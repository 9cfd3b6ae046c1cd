// Phase 5 of the merge: decide each suggestion (staff decision by id, else not applied unless `applySuggestions`) and apply the
// accepted ones — a group (two people, two sections, an identical table) at once — unless the union would put two
// fields of one form together: a form that asks for both tells them apart. Staff hand merges are applied the same
// way, after the suggestions, and refused with the reason when they would join two fields of one form.
import type { SourceRef } from "../../bundle.js";
import type { UnionFind } from "../helpers.js";
import { ELEMENT_BY_KEY } from "../../dictionary/elements.js";
import { say } from "../../bilingual.js";
import { elementName } from "../messages.js";
import type { Edge, MergeOptions, Node, SuggestedPair } from "../types.js";

/** A suggestion edge (or group) as decided: whether it is applied, its stable id, the fields it names. */
export interface Decided { edge: Edge; applied: boolean; id: string; refs: SourceRef[]; pairs?: SuggestedPair[] }

/** Field by field what a group of edges joins (two people's 姓名 with 姓名, 证件号码 with 证件号码), so that accepting it
 *  by hand never puts all its fields into one. */
function groupPairs(members: Edge[]): SuggestedPair[] {
  return members.map((e) => ({
    a: { item: e.a.item, pointer: e.a.leaf.pointer }, b: { item: e.b.item, pointer: e.b.leaf.pointer },
    label: e.a.binding.element && ELEMENT_BY_KEY.has(e.a.binding.element) ? elementName(e.a.binding.element) : say(e.a.leaf.title || e.a.leaf.key, e.a.leaf.title || e.a.leaf.key),
  }));
}

/** A suggestion's id: its kind and the two fields (or the group) it joins — stable while the forms stay the same. */
export function suggestionId(edge: { kind: string; group?: string; a: Node; b: Node }): string {
  return edge.group ? `${edge.kind}:${edge.group}` : `${edge.kind}:${edge.a.item}#${edge.a.leaf.pointer}~${edge.b.item}#${edge.b.leaf.pointer}`;
}

/** Cluster bookkeeping (members and items per root), kept up to date on every union, small into large. */
export class ClusterSets {
  private members = new Map<number, Node[]>();
  private items = new Map<number, Set<string>>();
  constructor(readonly uf: UnionFind, nodes: Node[]) {
    for (const n of nodes) {
      const r = uf.find(n.idx);
      (this.members.get(r) ?? this.members.set(r, []).get(r)!).push(n);
      (this.items.get(r) ?? this.items.set(r, new Set()).get(r)!).add(n.item);
    }
  }
  /** The current members of every cluster (a copy). */
  snapshot(): Map<number, Node[]> { return new Map([...this.members].map(([r, m]) => [r, [...m]])); }
  /** Joins two clusters by root. */
  join(ra: number, rb: number): void {
    this.uf.union(ra, rb);
    const r = this.uf.find(ra), other = r === ra ? rb : ra;
    const [big, small] = [this.members.get(r)!, this.members.get(other)!].sort((x, y) => y.length - x.length) as [Node[], Node[]];
    for (const n of small) big.push(n);
    this.members.set(r, big);
    this.members.delete(other);
    const [bigItems, smallItems] = [this.items.get(r)!, this.items.get(other)!].sort((x, y) => y.size - x.size) as [Set<string>, Set<string>];
    for (const i of smallItems) bigItems.add(i);
    this.items.set(r, bigItems);
    this.items.delete(other);
  }
  /** Whether two clusters hold fields of one form. */
  shareItem(ra: number, rb: number): boolean {
    const [a, b] = [this.items.get(ra)!, this.items.get(rb)!].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
    for (const i of a) if (b.has(i)) return true;
    return false;
  }
}

/** Decides and applies the suggestion edges (see the file comment). */
export function decideEdges(nodes: Node[], uf: UnionFind, edges: Edge[], opts: MergeOptions, split: ReadonlySet<string>): { decided: Decided[]; sets: ClusterSets } {
  const sets = new ClusterSets(uf, nodes);
  const initialRoot = nodes.map((n) => uf.find(n.idx));
  const initialMembers = sets.snapshot();
  const refsOfRoot = (root: number) => (initialMembers.get(root) ?? []).map((n) => ({ item: n.item, pointer: n.leaf.pointer }));
  const grouped = new Map<string, Edge[]>();
  for (const e of edges) if (e.group) (grouped.get(e.group) ?? grouped.set(e.group, []).get(e.group)!).push(e);
  const isSplit = (n: Node) => split.size > 0 && split.has(`${n.item}#${n.leaf.pointer}`);
  const decidedGroups = new Set<string>();
  const decided: Decided[] = [];
  for (const edge of edges) {
    if (edge.group && decidedGroups.has(edge.group)) continue;
    const members = (edge.group ? grouped.get(edge.group)! : [edge]).filter((e) => !isSplit(e.a) && !isSplit(e.b));
    if (edge.group) decidedGroups.add(edge.group);
    const pairs = members.map((e) => [uf.find(e.a.idx), uf.find(e.b.idx)] as const).filter(([ra, rb]) => ra !== rb);
    if (!pairs.length) continue;
    // Weaker evidence never merges two fields that one form keeps apart.
    if (pairs.some(([ra, rb]) => sets.shareItem(ra, rb))) continue;
    const roots = [...new Set(members.flatMap((e) => [initialRoot[e.a.idx]!, initialRoot[e.b.idx]!]))].sort((x, y) => x - y);
    const id = suggestionId(edge);
    const decision = opts.decisions?.[id];
    const applied = decision ? decision === "accept" : opts.applySuggestions === true;
    const pairs2 = edge.pairs ?? (edge.group ? groupPairs(members) : undefined);
    decided.push({ edge, applied, id, refs: roots.flatMap(refsOfRoot), ...(pairs2 ? { pairs: pairs2 } : {}) });
    if (applied) for (const [ra, rb] of pairs) { const a = uf.find(ra), b = uf.find(rb); if (a !== b) sets.join(a, b); }
  }
  return { decided, sets };
}
