// Behaviour and checks shared by the handling node types (acceptance, review, auto, results): assignee and
// time-limit checks, the one-time correction notice, and what a node's timeout does.
import type { Runtime } from "../runtime.js";
import type { FlowProblem, Timeout } from "../schema.js";
import type { Correction, FlowEvent, Task, Token } from "../state.js";
import type { CheckContext, TypedNode } from "./types.js";
import { say } from "../../bilingual.js";

/** The department of a handling node must be in the registry. */
export function checkDepartment(node: { id: string; data: { department?: string; label?: string | undefined } }, cx: CheckContext, at = "/data/department", dept = node.data.department): FlowProblem[] {
  if (!cx.departments || !dept || cx.departments.has(dept)) return [];
  return [{ severity: "error", nodeId: node.id, pointer: cx.pointer + at, message: say(`节点「${cx.name.zh}」的办理部门「${dept}」不在部门名录中，任务无法分派：请在该节点的「办理部门」中选择一个部门`, `The department "${dept}" of node "${cx.name.en}" is not in the department registry, so its tasks cannot be assigned: choose a department under "Department" on that node`) }];
}

/** Limits must be present on a handling node, and the promised limit must not exceed the statutory one. */
export function checkLimits(node: { id: string; data: { promisedDays?: number; statutoryDays?: number; reminderDays?: number } }, cx: CheckContext, at = "/data"): FlowProblem[] {
  const out: FlowProblem[] = [];
  const { promisedDays: p, statutoryDays: s, reminderDays: r } = node.data;
  if (s === undefined) out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}${at}/statutoryDays`, message: say(`节点「${cx.name.zh}」缺少法定时限 statutoryDays`, `Node "${cx.name.en}" has no statutory time limit (statutoryDays)`) });
  if (p === undefined) out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}${at}/promisedDays`, message: say(`节点「${cx.name.zh}」缺少承诺时限 promisedDays`, `Node "${cx.name.en}" has no promised time limit (promisedDays)`) });
  if (p !== undefined && s !== undefined && p > s) {
    out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}${at}/promisedDays`, message: say(`节点「${cx.name.zh}」承诺时限 ${p} 个工作日超过法定时限 ${s} 个工作日`, `The promised limit of node "${cx.name.en}" (${p} working days) exceeds its statutory limit (${s} working days)`) });
  }
  if (p !== undefined && r !== undefined && r > 0 && r >= p && p > 0) {
    out.push({ severity: "warning", nodeId: node.id, pointer: `${cx.pointer}${at}/reminderDays`, message: say(`节点「${cx.name.zh}」提前提醒 ${r} 天不小于承诺时限 ${p} 天，不会发出提醒`, `The reminder of node "${cx.name.en}" (${r} days ahead) is not shorter than its promised limit (${p} days), so it never fires`) });
  }
  return out;
}

/** Timeout policy checks; `autoApprove` false where counting as approved makes no sense (acceptance, exit). */
export function checkTimeout(node: { id: string; data: { timeout: Timeout } }, cx: CheckContext, autoApprove: boolean, at = "/data"): FlowProblem[] {
  const t = node.data.timeout;
  const out: FlowProblem[] = [];
  if (t.action === "auto_approve" && !autoApprove) {
    out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}${at}/timeout/action`, message: say(`节点「${cx.name.zh}」不能超时默认通过：受理与出件必须由人办理`, `Node "${cx.name.en}" cannot be approved by default on timeout: acceptance and issuing results must be done by a person`) });
  }
  if (t.action === "escalate" && !t.escalateTo) {
    out.push({ severity: "warning", nodeId: node.id, pointer: `${cx.pointer}${at}/timeout`, message: say(`节点「${cx.name.zh}」超时升级未指定对象，将升级给本部门审核岗`, `Node "${cx.name.en}" names no one to escalate to on timeout; it escalates to its own department's reviewer`) });
  }
  if (t.escalateTo) out.push(...checkDepartment({ id: node.id, data: { label: (node.data as { label?: string }).label } }, cx, `${at}/timeout/escalateTo/department`, t.escalateTo.department));
  return out;
}

/** Whether the node may still send a correction notice: none pending in the case, and under its limit. */
export function canReturn(rt: Runtime, node: TypedNode<{ maxCorrections: number }>): boolean {
  return !rt.state.correction && (rt.state.correctionsByNode[node.id] ?? 0) < node.data.maxCorrections;
}

/** Sends the one complete correction notice (一次性告知补正) and stops the clock until the applicant answers. */
export function returnForCorrection(rt: Runtime, node: TypedNode<{ correctionDays?: number }>, token: Token, task: Task, event: Extract<FlowEvent, { type: "return_for_correction" }>): void {
  rt.closeTask(task, "returned", event.actor.id);
  const correction: Correction = { id: rt.id("c"), node: node.id, task: task.id, token: token.id, by: event.actor.id, at: rt.now, deficiencies: event.deficiencies };
  if (node.data.correctionDays) {
    correction.deadline = rt.addDays(rt.now, node.data.correctionDays);
    correction.timer = rt.schedule("correction_deadline", correction.deadline, { correction: correction.id, node: node.id }).id;
  }
  rt.state.correction = correction;
  rt.state.correctionsByNode[node.id] = (rt.state.correctionsByNode[node.id] ?? 0) + 1;
  const list = event.deficiencies.map((d, i) => `${i + 1}. ${d.label ?? d.ref}：${d.reason}`).join("；");
  const listEn = event.deficiencies.map((d, i) => `${i + 1}. "${d.label ?? d.ref}": ${d.reason}`).join("; ");
  rt.log("correction_requested", say(`一次性告知补正 ${event.deficiencies.length} 项：${list}`, `Correction notice, ${event.deficiencies.length} item${event.deficiencies.length === 1 ? "" : "s"} at once: ${listEn}`), { node: node.id, task: task.id, details: { deficiencies: event.deficiencies } });
  rt.notifyApplicant("correction", `请一次性补正以下 ${event.deficiencies.length} 项：${list}${correction.deadline ? `（补正期限 ${correction.deadline}）` : ""}`, { correctionId: correction.id, deficiencies: event.deficiencies, ...(correction.deadline ? { deadline: correction.deadline } : {}) });
  rt.outbox("case.correction_requested", { node: node.id, department: task.department, deficiencies: event.deficiencies });
  rt.pause("correction");
}

/** A node's promised limit passed: remind, escalate, or count as approved and move on (超时默认). */
export function handleTimeout(rt: Runtime, node: TypedNode<{ department: string; timeout: Timeout }>, token: Token): void {
  token.overdue = true;
  const name = rt.name(node);
  const tasks = rt.openTasks(token);
  const t = node.data.timeout;
  if (t.action === "auto_approve") {
    for (const task of tasks) rt.closeTask(task, "timeout_approved");
    rt.log("timeout_approved", say(`「${name.zh}」超过承诺时限，按超时默认通过处理，责任由 ${node.data.department} 承担`, `"${name.en}" passed its promised time limit and is approved by default; ${node.data.department} is responsible`), { node: node.id, actor: "system" });
    rt.outbox("node.timeout_approved", { node: node.id, department: node.data.department });
    rt.decide(token, "approve");
    return;
  }
  if (t.action === "escalate") {
    const to = t.escalateTo ?? { department: node.data.department, role: "reviewer" as const };
    for (const task of tasks) {
      task.escalatedTo = { department: to.department, role: to.role, ...(to.assignee ? { assignee: to.assignee } : {}) };
      rt.updateTask(task);
      rt.effects.push({ type: "notify_staff", kind: "escalation", department: to.department, role: to.role, ...(to.assignee ? { assignee: to.assignee } : {}), taskId: task.id, message: `「${name.zh}」已超过承诺时限，升级督办` });
    }
    rt.log("node_escalated", say(`「${name.zh}」超过承诺时限，已升级督办`, `"${name.en}" passed its promised time limit and was escalated`), { node: node.id, actor: "system" });
    rt.outbox("node.overdue", { node: node.id, department: node.data.department, action: "escalate" });
    return;
  }
  for (const task of tasks) {
    rt.effects.push({ type: "notify_staff", kind: "overdue", department: task.department, role: task.role, ...(task.assignee ? { assignee: task.assignee } : {}), taskId: task.id, message: `「${name.zh}」已超过承诺时限，请尽快办理` });
  }
  rt.log("node_overdue", say(`「${name.zh}」超过承诺时限`, `"${name.en}" passed its promised time limit`), { node: node.id, actor: "system" });
  rt.outbox("node.overdue", { node: node.id, department: node.data.department, action: "remind" });
}

/** Records a department's result document for the one exit (一口出件). */
export function collectResult(rt: Runtime, node: TypedNode<{ department: string; result?: { name: string } }>, document: string, by: string, name?: string, fileId?: string): void {
  if (!node.data.result) return;
  rt.state.results = rt.state.results.filter((r) => r.node !== node.id);
  rt.state.results.push({ node: node.id, department: node.data.department, name: name ?? node.data.result.name, document, at: rt.now, by, ...(fileId ? { fileId } : {}) });
}
