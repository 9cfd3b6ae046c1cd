// What people call a flow node or edge in a message: a person never sees "节点 review_3", they see the card on the
// canvas — its own label, else its type and department (「部门审批（市场监督管理局）」); the id only when nothing else
// is known (a node whose type is unknown). Problems keep the id and pointer in their machine fields.
import type { Bilingual } from "../bilingual.js";

/** A department's name in both languages (the English one may be missing: the Chinese is then used). */
export type DepartmentName = { zh: string; en?: string };

/** Department names by department id, for naming steps without a label. */
export type DepartmentNames = ReadonlyMap<string, DepartmentName>;

/** What naming needs of a node type: its palette label in both languages. */
export interface NodeTypeLabel { label: string; labelEn: string }

/** The name of a node as people see it: its label, else its type (with its department when it has one), the id last;
 *  why: every problem and audit message names the step the way the canvas and the workbench show it. */
export function nodeName(node: { id: string; data?: unknown }, type: NodeTypeLabel | undefined, departments?: DepartmentNames): Bilingual {
  const data = (node.data && typeof node.data === "object" ? node.data : {}) as { label?: unknown; department?: unknown };
  const label = typeof data.label === "string" ? data.label.trim() : "";
  if (label) return { zh: label, en: label };
  if (!type) return { zh: node.id, en: node.id };
  const dept = typeof data.department === "string" && data.department ? departments?.get(data.department) : undefined;
  return dept
    ? { zh: `${type.label}（${dept.zh}）`, en: `${type.labelEn} (${dept.en ?? dept.zh})` }
    : { zh: type.label, en: type.labelEn };
}

/** The name of an edge as people see it: 「from → to」 by the names of its ends, with its label when it has one (a branch
 *  label such as 通过 alone would not say which line); the id when an end does not exist. */
export function edgeName(edge: { id: string; label?: string | undefined; data?: { label?: string | undefined } | undefined }, from: Bilingual | undefined, to: Bilingual | undefined): Bilingual {
  if (!from || !to) return { zh: edge.id, en: edge.id };
  const label = (edge.data?.label ?? edge.label ?? "").trim();
  return label
    ? { zh: `${from.zh} → ${to.zh}（${label}）`, en: `${from.en} → ${to.en} (${label})` }
    : { zh: `${from.zh} → ${to.zh}`, en: `${from.en} → ${to.en}` };
}

/** Department names from what a caller has: a map or record of names (plain Chinese or both languages). */
export function departmentNames(...sources: Array<Iterable<readonly [string, string | DepartmentName | undefined]> | undefined>): DepartmentNames {
  const out = new Map<string, DepartmentName>();
  for (const source of sources) {
    for (const [id, name] of source ?? []) {
      if (!name || out.has(id)) continue;
      out.set(id, typeof name === "string" ? { zh: name } : name);
    }
  }
  return out;
}

/** A department as people read it: its name in each language when known, else its id. */
export function departmentName(names: DepartmentNames | undefined, id: string): Bilingual {
  const n = names?.get(id);
  return n ? { zh: n.zh, en: n.en ?? n.zh } : { zh: id, en: id };
}

/** Names for the nodes and edges of a flow as written, before it parses (a node whose data is wrong is still named by its
 *  label or type); why: schema problems of a draft name the step the same way the rules do. */
export function flowNamesAsWritten(rawNodes: readonly unknown[], types: ReadonlyMap<string, NodeTypeLabel>, departments?: DepartmentNames): {
  node(id: string): Bilingual;
  edge(raw: unknown, id: string): Bilingual;
} {
  const byId = new Map<string, { id: string; type?: unknown; data?: unknown }>();
  for (const n of rawNodes) {
    const id = (n as { id?: unknown } | null)?.id;
    if (typeof id === "string" && !byId.has(id)) byId.set(id, n as { id: string });
  }
  const node = (id: string): Bilingual => {
    const n = byId.get(id);
    return n ? nodeName(n, typeof n.type === "string" ? types.get(n.type) : undefined, departments) : { zh: id, en: id };
  };
  const edge = (raw: unknown, id: string): Bilingual => {
    const { source, target, label, data } = (raw ?? {}) as { source?: unknown; target?: unknown; label?: unknown; data?: { label?: unknown } };
    if (typeof source !== "string" || typeof target !== "string") return { zh: id, en: id };
    const l = typeof data?.label === "string" ? data.label : typeof label === "string" ? label : undefined;
    return edgeName({ id, ...(l !== undefined ? { data: { label: l } } : {}) }, node(source), node(target));
  };
  return { node, edge };
}
