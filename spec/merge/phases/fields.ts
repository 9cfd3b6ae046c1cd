// Phase 6 of the merge: the final clusters become merged fields — one per (role, element) in its role's section,
// in a deterministic order (role order, then the section's own kind of element first) — or stay with their item:
// unbound fields shared by identical label, fields of a person the dictionary has no word for (the first form's
// section and nesting), a second cluster of an already taken (role, element), local fields, and a source field staff
// split out (it goes back to its item, so the fields it was merged with keep their merged field).
import { isOpenRole, roleKind } from "../../binding/roles-in-text.js";
import { ELEMENTS, ELEMENT_BY_KEY } from "../../dictionary/elements.js";
import { ROLES } from "../../dictionary/roles.js";
import type { UnionFind } from "../helpers.js";
import { isBoundKey, type Node } from "../types.js";

/** A merged field of a role section and its source nodes. */
export interface RoleField { role: string; element: string; nodes: Node[] }

/** What the layout phases place. */
export interface Placed { roleFields: RoleField[]; sharedLabel: Array<{ nodes: Node[] }>; localNodes: Node[] }

const ROLE_ORDER = new Map(ROLES.map((r, i) => [r.key, i]));
const ELEMENT_ORDER = new Map(ELEMENTS.map((e, i) => [e.key, i]));

/** Order of a role's section: dictionary order, then open roles by first appearance (before 申请事项 / 承诺). */
export function roleOrder(openOrder: Map<string, number>, total: number): (role: string) => number {
  const caseAt = ROLE_ORDER.get("case")!;
  return (role) => ROLE_ORDER.get(role) ?? caseAt - 0.5 + (openOrder.get(role) ?? 0) / (2 * (total + 1));
}

/** An organisation inside a person's form (the 原参保单位 of an unemployed person, a child's school) is context of that
 *  form's section, not the one-thing's enterprise: a datum of it that merges with nothing stays in its section with
 *  the section's other fields, instead of leaving alone for an 企业（单位）信息 section (tryout #5: the former
 *  employer's credit code torn out of its section). */
function keepContextWhole(roleFields: RoleField[], localNodes: Node[], personForm: (item: string) => boolean): RoleField[] {
  const parentOf = (n: Node) => `${n.item}#${n.leaf.path.length ? n.leaf.path[n.leaf.path.length - 1]!.pointer : ""}`;
  const stays = new Set(localNodes.filter((n) => n.leaf.path.length).map(parentOf));
  return roleFields.filter((f) => {
    const n = f.nodes[0]!;
    const alone = f.nodes.length === 1 && roleKind(f.role) === "org" && personForm(n.item) && n.leaf.path.length > 0 && stays.has(parentOf(n));
    if (alone) localNodes.push(n);
    return !alone;
  });
}

/** Turns the clusters into merged fields and item-local fields (see the file comment); `personForm` says which
 *  sources are a person's forms (see keepContextWhole). */
export function collectFields(nodes: Node[], uf: UnionFind, split: ReadonlySet<string> = new Set(), personForm: (item: string) => boolean = () => false): Placed {
  const clusters = new Map<number, Node[]>();
  for (const n of nodes) {
    if (!n.key) continue;
    const r = uf.find(n.idx);
    (clusters.get(r) ?? clusters.set(r, []).get(r)!).push(n);
  }
  const isSplit = (n: Node) => split.size > 0 && split.has(`${n.item}#${n.leaf.pointer}`);
  const localNodes: Node[] = nodes.filter((n) => !n.key || (isSplit(n) && clusters.get(uf.find(n.idx))!.length === 1));
  for (const n of localNodes) if (n.key) clusters.delete(uf.find(n.idx));
  const sharedLabel: Array<{ nodes: Node[] }> = [];
  const roleFields: RoleField[] = [];
  const taken = new Set<string>();
  const ordered = [...clusters.values()].sort((x, y) => Number(y.some((n) => n.strong)) - Number(x.some((n) => n.strong)) || x[0]!.idx - y[0]!.idx);
  for (const members of ordered) {
    const bound = members.filter((n) => isBoundKey(n.key!));
    const primary = bound.length ? [...bound].sort((a, b) => b.binding.confidence - a.binding.confidence || a.idx - b.idx)[0]! : undefined;
    const slot = primary ? primary.key!.split("|").slice(0, 2).join("|") : "";
    if (!primary || taken.has(slot)) {
      if (members.length > 1) sharedLabel.push({ nodes: members });
      else localNodes.push(members[0]!);
      continue;
    }
    const [role, element] = primary.key!.split("|") as [string, string];
    // A person named by a word the dictionary does not know keeps the first form's section and nesting.
    if (isOpenRole(role)) {
      if (members.length > 1) sharedLabel.push({ nodes: members });
      else localNodes.push(members[0]!);
      continue;
    }
    taken.add(slot);
    roleFields.push({ role, element, nodes: members });
  }
  const kept = keepContextWhole(roleFields, localNodes, personForm);
  const openOrder = new Map<string, number>();
  for (const f of kept) if (!ROLE_ORDER.has(f.role) && !openOrder.has(f.role)) openOrder.set(f.role, Math.min(...f.nodes.map((n) => n.idx)));
  const order = roleOrder(openOrder, nodes.length);
  // Within a section, the elements of the section's own kind come first (企业: 名称, 代码 …; 人: 姓名, 证件 …).
  const rank = (f: RoleField) => {
    const kind = roleKind(f.role), subject = ELEMENT_BY_KEY.get(f.element)!.subject;
    return (subject === kind ? 0 : subject === "any" ? 1 : 2) * 1000 + ELEMENT_ORDER.get(f.element)!;
  };
  kept.sort((a, b) => (order(a.role) - order(b.role)) || rank(a) - rank(b));
  return { roleFields: kept, sharedLabel, localNodes };
}
