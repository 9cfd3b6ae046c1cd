// Phase 4 of the merge: suggestion edges on weaker evidence — a weakly bound field and the strong field of its
// (role, element); identical unbound fields or tables of two forms; roles the dictionary calls related
// (法定代表人 ~ 单位负责人); elements it calls related (联系电话 ~ 移动电话). Section suggestions come from
// align-parties. Every edge carries a readable message.
import { ELEMENT_BY_KEY } from "../../dictionary/elements.js";
import { SUGGESTION_MESSAGES as S } from "../messages.js";
import { ROLE_BY_KEY } from "../../dictionary/roles.js";
import type { ExtensionIndex } from "../../dictionary/extensions.js";
import { isBoundKey, type Edge, type Node } from "../types.js";
import type { Clusters } from "./cluster.js";

const place = (n: Node) => `${n.leaf.path.map((p) => p.key).join("/")}/${n.leaf.key}`;

/** Identical unbound fields (or whole identical tables) of two forms. */
function sameLabelEdges(key: string, weak: Node[]): Edge[] {
  return weak.slice(1).map((n) => {
    const table = n.binding.table;
    const what = table ? n.leaf.path[n.leaf.path.length - 1]?.title ?? table : n.leaf.title ?? n.leaf.key;
    return {
      a: weak[0]!, b: n, kind: "same-label" as const, confidence: 0.6,
      message: S.sameLabel(what, !!table),
      group: table ? `${weak[0]!.item}>${n.item}:${key.split("|")[1]}` : undefined,
    };
  });
}

/** A weakly bound field may join the strong field of its (role, element); failing that, the same field (same place
 *  in the form) of another form; failing that, the first weak field of another form. */
function weakEdges(key: string, g: { strong: Node[]; weak: Node[] }): Edge[] {
  const edges: Edge[] = [];
  g.weak.forEach((n, i) => {
    if (n.own) return;
    const message = S.weakBinding(key, n.leaf.title ?? n.leaf.key, n.binding.confidence, n.binding.reason);
    const targets: Node[] = [];
    if (g.strong[0]) targets.push(g.strong[0]);
    const earlier = g.weak.slice(0, i).filter((m) => m.item !== n.item);
    const samePlace = earlier.find((m) => place(m) === place(n));
    if (samePlace) targets.push(samePlace);
    else if (earlier[0] && !g.strong[0]) targets.push(earlier[0]);
    for (const t of targets) edges.push({ a: t, b: n, kind: "weak-binding", confidence: n.binding.confidence, message, learn: { a: key, b: `label:${n.leaf.title ?? n.leaf.key}` } });
  });
  return edges;
}

/** Related roles (all fields of the two people at once) and related elements of one role. */
function relatedEdges(key: string, g: { strong: Node[] }, c: Clusters, ext: ExtensionIndex): Edge[] {
  const edges: Edge[] = [];
  const [role, element] = key.split("|") as [string, string];
  for (const r2 of ROLE_BY_KEY.get(role)?.related ?? []) {
    const other = c.byKey.get(`${r2}|${element}`);
    if (r2 > role && other?.strong.length && !c.rolesSeparated.has(`${role}~${r2}`) && !ext.never(role, r2)) {
      edges.push({
        a: g.strong[0]!, b: other.strong[0]!, kind: "related-role", confidence: 0.7, group: `role:${role}~${r2}`, learn: { a: role, b: r2 },
        message: S.relatedRole(role, r2),
      });
    }
  }
  for (const e2 of ELEMENT_BY_KEY.get(element)?.related ?? []) {
    const other = c.byKey.get(`${role}|${e2}`);
    if (e2 > element && other?.strong.length && !ext.never(key, `${role}|${e2}`)) {
      edges.push({ a: g.strong[0]!, b: other.strong[0]!, kind: "related-element", confidence: 0.7, learn: { a: key, b: `${role}|${e2}` }, message: S.relatedElement(key, `${role}|${e2}`) });
    }
  }
  return edges;
}

/** Every field-level suggestion edge between strong clusters (see the file comment). */
export function suggestionEdges(c: Clusters, ext: ExtensionIndex): Edge[] {
  const edges: Edge[] = [];
  for (const [key, g] of c.byKey) edges.push(...(isBoundKey(key) ? weakEdges(key, g) : sameLabelEdges(key, g.weak)));
  for (const [key, g] of c.byKey) if (isBoundKey(key) && g.strong.length) edges.push(...relatedEdges(key, g, c, ext));
  return edges.filter((e) => !ext.never(`${e.a.item}#${e.a.leaf.pointer}`, `${e.b.item}#${e.b.leaf.pointer}`));
}
