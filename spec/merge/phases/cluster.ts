// Phase 3 of the merge: fields with the same strong (role, element) binding form one cluster — except a licence's
// own data, which stays with its item — and the roles each form asks for separately are noted, so that weaker
// evidence never merges two people one form tells apart.
import type { ExtensionIndex } from "../../dictionary/extensions.js";
import { UnionFind } from "../helpers.js";
import { isBoundKey, type Node } from "../types.js";

/** The nodes of one key, split by strength. */
export interface KeyGroup { strong: Node[]; weak: Node[] }

/** Strong clusters: a union-find over the nodes, and the nodes by key. */
export interface Clusters { uf: UnionFind; byKey: Map<string, KeyGroup>; rolesSeparated: Set<string> }

/** Groups nodes by key and unions the strong ones (see the file comment). */
export function clusterStrong(nodes: Node[], ext: ExtensionIndex, split: ReadonlySet<string>): Clusters {
  const uf = new UnionFind(nodes.length);
  const byKey = new Map<string, KeyGroup>();
  for (const n of nodes) {
    if (!n.key) continue;
    const g = byKey.get(n.key) ?? { strong: [], weak: [] };
    (n.strong ? g.strong : g.weak).push(n);
    byKey.set(n.key, g);
  }
  for (const g of byKey.values()) {
    const isSplit = (n: Node) => split.size > 0 && split.has(ref(n));
    const first = g.strong.find((n) => !isSplit(n));
    if (!first) continue;
    for (const n of g.strong) {
      if (n === first || isSplit(n) || (ext.hasNever && ext.never(ref(first), ref(n)))) continue;
      if ((n.own || first.own) && n.item !== first.item) continue;
      uf.union(first.idx, n.idx);
    }
  }
  const rolesByItem = new Map<string, Set<string>>();
  for (const n of nodes) if (n.strong && n.key && isBoundKey(n.key)) {
    (rolesByItem.get(n.item) ?? rolesByItem.set(n.item, new Set()).get(n.item)!).add(n.key.slice(0, n.key.indexOf("|")));
  }
  const rolesSeparated = new Set<string>();
  for (const roles of rolesByItem.values()) for (const a of roles) for (const b of roles) if (a < b) rolesSeparated.add(`${a}~${b}`);
  return { uf, byKey, rolesSeparated };
}

/** "item#pointer" of a node: how staff decisions (splits, never pairs) name a source field. */
export const ref = (n: Node): string => `${n.item}#${n.leaf.pointer}`;
