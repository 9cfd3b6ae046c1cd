// Rules on what a flow refers to outside itself: each node type's own checks (department, limits, countersign…),
// the bundle's items, their published limits and the step that decides each, pre-assigned persons and the
// departments taking part.
import { walk } from "../graph.js";
import { NODE_TYPES } from "../registry.js";
import type { CheckContext, TypedNode } from "../nodes/types.js";
import type { FlowProblem } from "../schema.js";
import type { ItemToDecide, RuleContext } from "./context.js";
import { say } from "../../bilingual.js";
import { departmentName } from "../names.js";

/** Each node type's own checks, on nodes whose data parsed. */
export function nodeTypeChecks({ flow, ix, options, nodePtr, unparsed, name, edgeName }: RuleContext): FlowProblem[] {
  const out: FlowProblem[] = [];
  const departments = options.departments ? new Set(options.departments) : undefined;
  for (const n of flow.nodes) {
    const type = NODE_TYPES.get(n.type);
    if (!type?.check || unparsed.has(n.id)) continue;
    const cx: CheckContext = { index: ix, pointer: nodePtr(n.id), name: name(n.id), nameOf: name, edgeNameOf: edgeName, ...(departments ? { departments } : {}), ...(options.lead ? { lead: options.lead } : {}) };
    out.push(...type.check(n as TypedNode<never>, cx));
  }
  return out;
}

/** A node's `data.item` names one of the bundle's items. */
export function itemRefs({ flow, options, nodePtr, name }: RuleContext): FlowProblem[] {
  if (!options.items) return [];
  const items = new Set(options.items);
  const out: FlowProblem[] = [];
  for (const n of flow.nodes) {
    const item = (n.data as { item?: unknown }).item;
    if (typeof item === "string" && !items.has(item)) out.push({ severity: "error", nodeId: n.id, pointer: `${nodePtr(n.id)}/data/item`, message: say(`节点「${name(n.id).zh}」引用的事项 "${item}" 不在本件事的事项中`, `The item "${item}" that node "${name(n.id).en}" refers to is not an item of this one-thing`) });
  }
  return out;
}

/** A node deciding an item promises no more than the item's published limits. */
export function itemLimits({ flow, options, nodePtr, name }: RuleContext): FlowProblem[] {
  if (!options.itemLimits) return [];
  const names = new Map([...options.itemsToDecide ?? []].map((i) => [i.id, i.name]));
  const itemName = (id: unknown) => names.get(String(id)) ?? String(id);
  const out: FlowProblem[] = [];
  for (const n of flow.nodes) {
    const d = n.data as { item?: unknown; promisedDays?: number; statutoryDays?: number };
    const lim = typeof d.item === "string" ? options.itemLimits[d.item] : undefined;
    if (!lim) continue;
    if (d.promisedDays !== undefined && d.promisedDays > lim.promisedDays) {
      out.push({ severity: "warning", nodeId: n.id, pointer: `${nodePtr(n.id)}/data/promisedDays`, message: say(`节点「${name(n.id).zh}」承诺时限 ${d.promisedDays} 天超过事项「${itemName(d.item)}」公布的承诺时限 ${lim.promisedDays} 天`, `Node "${name(n.id).en}" promises ${d.promisedDays} days, more than the ${lim.promisedDays} days item "${itemName(d.item)}" publishes`) });
    }
    if (d.statutoryDays !== undefined && d.statutoryDays > lim.statutoryDays) {
      out.push({ severity: "warning", nodeId: n.id, pointer: `${nodePtr(n.id)}/data/statutoryDays`, message: say(`节点「${name(n.id).zh}」法定时限 ${d.statutoryDays} 天超过事项「${itemName(d.item)}」的法定时限 ${lim.statutoryDays} 天`, `Node "${name(n.id).en}" has a statutory limit of ${d.statutoryDays} days, more than the ${lim.statutoryDays} days of item "${itemName(d.item)}"`) });
    }
  }
  return out;
}

type PersonRefs = { department?: string; assignee?: string; countersign?: { signers?: string[] }; timeout?: { escalateTo?: { department: string; assignee?: string } }; manual?: { department: string; assignee?: string } };

/** The persons a node names (assignee, signers, escalation and manual-fallback assignees) with the department each must be in. */
export function personRefs(d: PersonRefs): Array<{ user: string; dept?: string; at: string }> {
  const refs: Array<{ user: string; dept?: string; at: string }> = [];
  if (d.assignee) refs.push({ user: d.assignee, ...(d.department ? { dept: d.department } : {}), at: "/data/assignee" });
  const signers = d.countersign?.signers;
  (Array.isArray(signers) ? signers : []).forEach((u, i) => refs.push({ user: u, ...(d.department ? { dept: d.department } : {}), at: `/data/countersign/signers/${i}` }));
  if (d.timeout?.escalateTo?.assignee) refs.push({ user: d.timeout.escalateTo.assignee, dept: d.timeout.escalateTo.department, at: "/data/timeout/escalateTo/assignee" });
  if (d.manual?.assignee) refs.push({ user: d.manual.assignee, dept: d.manual.department, at: "/data/manual/assignee" });
  return refs;
}

/** Pre-assigned persons exist and belong to the department of their task. */
export function assignees({ flow, options, nodePtr, name, departments }: RuleContext): FlowProblem[] {
  if (!options.users) return [];
  const users = new Map([...options.users].map((u) => [u.id, u.department]));
  const deptName = (id: string) => departmentName(departments, id);
  const out: FlowProblem[] = [];
  for (const n of flow.nodes) {
    for (const r of personRefs(n.data as PersonRefs)) {
      if (!users.has(r.user)) out.push({ severity: "error", nodeId: n.id, pointer: `${nodePtr(n.id)}${r.at}`, message: say(`节点「${name(n.id).zh}」指定的经办人 ${r.user} 不存在，任务无法分派`, `The handler ${r.user} named by node "${name(n.id).en}" does not exist, so its tasks cannot be assigned`) });
      else if (r.dept && users.get(r.user) !== r.dept) out.push({ severity: "error", nodeId: n.id, pointer: `${nodePtr(n.id)}${r.at}`, message: say(`节点「${name(n.id).zh}」指定的经办人 ${r.user} 不属于部门「${deptName(r.dept).zh}」`, `The handler ${r.user} named by node "${name(n.id).en}" does not belong to the department "${deptName(r.dept).en}"`) });
    }
  }
  return out;
}

/** Tasks go to the bundle's lead or cooperating departments. */
export function participants({ flow, options, nodePtr, name, departments }: RuleContext): FlowProblem[] {
  if (!options.participants) return [];
  const part = new Set(options.participants);
  const deptName = (id: string) => departmentName(departments, id);
  const out: FlowProblem[] = [];
  for (const n of flow.nodes) {
    const dept = (n.data as { department?: unknown }).department;
    if (typeof dept === "string" && dept && n.type !== "auto" && !part.has(dept)) {
      out.push({ severity: "warning", nodeId: n.id, pointer: `${nodePtr(n.id)}/data/department`, message: say(`节点「${name(n.id).zh}」的部门「${deptName(dept).zh}」不是本件事的牵头或配合部门`, `The department "${deptName(dept).en}" of node "${name(n.id).en}" is neither the lead nor a cooperating department of this one-thing`) });
    }
  }
  return out;
}

type DecidingData = { item?: unknown; department?: unknown; manual?: { department?: unknown } };

/** Whether a node decides the item: a review or automatic approval of that item, or of its department for no item in particular
 *  (the caller asks it of the steps a case passes on its way to approval). */
function decides(n: { type: string; data: Record<string, unknown> }, item: ItemToDecide): boolean {
  if (n.type !== "review" && n.type !== "auto") return false;
  const d = n.data as DecidingData;
  if (typeof d.item === "string") return d.item === item.id;
  return d.department === item.department || d.manual?.department === item.department;
}

/** Every item is decided by a step of its department: otherwise the case reaches the one exit without that department
 *  ever seeing it. The message says which item, why no step counts (none of its department, or only ones deciding
 *  other items) and what to do in the designer (the words of its palette and its node fields). */
export function undecidedItems({ flow, ix, options }: RuleContext): FlowProblem[] {
  if (!options.itemsToDecide) return [];
  const out: FlowProblem[] = [];
  const review = NODE_TYPES.get("review");
  // only a step on the way a case goes when it is approved counts: not one entered only after a rejection or a broken
  // 容缺 promise (a revocation review of the lead decides no item of the lead's)
  const onTheWay = walk(ix, flow.nodes.filter((n) => n.type === "start").map((n) => n.id), false, () => false,
    (e) => e.data?.outcome !== "reject" && e.data?.outcome !== "promise_broken");
  const steps = flow.nodes.filter((n) => onTheWay.has(n.id));
  for (const item of options.itemsToDecide) {
    if (steps.some((n) => decides(n, item))) continue;
    const dept = item.departmentName ?? item.department;
    const elsewhere = flow.nodes.some((n) => (n.type === "review" || n.type === "auto") && (n.data as DecidingData).department === item.department);
    out.push({
      severity: "error", itemId: item.id, pointer: "/nodes",
      message: say(
        `事项「${item.name}」没有审批环节：${elsewhere ? `${dept}的审批节点都不审批此事项` : `流程中没有${dept}的审批节点`}，办件会在${dept}从未办理此事项的情况下办结。请从节点面板拖入“${review?.label ?? "部门审批"}”节点，办理部门选${dept}，“对应事项”选「${item.name}」，并把它接入流程`,
        `No step decides the item "${item.name}": ${elsewhere ? `none of the reviews by ${dept} decides it` : `the flow has no review by ${dept}`}, so a case would be closed without ${dept} ever handling this item. Drag a "${review?.labelEn ?? "Department review"}" node from the palette, set its department to ${dept} and "Item decided" to "${item.name}", and connect it into the flow`,
      ),
    });
  }
  return out;
}
