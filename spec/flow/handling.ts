// What a department may do with a task besides deciding it, on every handling node: transfer it to another
// department or person (转办, with a reason), suspend the case for a legal reason with the clock stopped (中止:
// 现场勘验, 专家评审, 听证 …) and lift the suspension (恢复, every deadline later by the suspended working days), and
// extend the limit once with a reason, within the node's rules (延期). Pure, like the rest of the machine: the
// effects (task updates, timers, audit entries, notices) are returned to the host.
import { workingDaysBetween } from "../calendar/index.js";
import { indexFlow, type FlowIndex } from "./graph.js";
import type { TypedNode } from "./nodes/types.js";
import { NODE_TYPES } from "./registry.js";
import { Runtime, type FlowDefinition } from "./runtime.js";
import { say, type Bilingual } from "../bilingual.js";
import { SUSPEND_REASONS, SUSPEND_REASONS_EN, type FlowError, type FlowEvent, type FlowState, type Suspension, type Task, type TaskAction, type Token } from "./state.js";

/** The actions of this file. */
export const HANDLING_ACTIONS = ["transfer", "suspend", "resume", "extend"] as const;
export type HandlingAction = (typeof HANDLING_ACTIONS)[number];
type HandlingEvent = Extract<FlowEvent, { type: HandlingAction }>;

/** Whether an action is one of the handling actions (not a decision of the node type). */
export function isHandlingAction(action: string): action is HandlingAction {
  return (HANDLING_ACTIONS as readonly string[]).includes(action);
}

/** The limits a node's tasks run under (an automatic approval's person has its own). */
function limitsOf(node: TypedNode<Record<string, unknown>>): { statutoryDays?: number; promisedDays?: number; extensionDays?: number } {
  const d = node.type === "auto" ? ((node.data as { manual?: Record<string, unknown> }).manual ?? {}) : node.data;
  return d as { statutoryDays?: number; promisedDays?: number; extensionDays?: number };
}

/** Working days the current visit of a node may still be extended by: the node's allowance, else up to the statutory limit. */
export function extensionAllowance(rt: Runtime, node: TypedNode<Record<string, unknown>>, token: Token): number {
  // not while the clock stands still: held timers would come back at their old due dates
  if (!token.dueAt || token.extendedDays || rt.state.clock.pausedSince) return 0;
  const own = limitsOf(node).extensionDays;
  if (own !== undefined) return own;
  return token.statutoryDueAt ? Math.max(0, workingDaysBetween(token.dueAt, token.statutoryDueAt, rt.def.calendar)) : 0;
}

/** For each open task that may be extended now, the working days it may be extended by (what the workbench offers). */
export function extensionAllowances(def: FlowDefinition, state: FlowState): Record<string, number> {
  const rt = new Runtime(def, indexFlow(def.flow) as FlowIndex, structuredClone(state), state.submittedAt ?? "1970-01-01T00:00:00Z", NODE_TYPES, undefined, undefined);
  const out: Record<string, number> = {};
  if (state.suspension) return out;
  for (const task of Object.values(state.tasks)) {
    const token = task.status === "open" ? rt.token(task.token) : undefined;
    if (!token || (task.kind !== "review" && task.kind !== "manual")) continue;
    const days = extensionAllowance(rt, rt.node(task.node), token);
    if (days > 0) out[task.id] = days;
  }
  return out;
}

/** The handling actions an open task allows now, besides the node's own decisions. */
export function handlingActions(rt: Runtime, node: TypedNode<Record<string, unknown>>, task: Task, token: Token): TaskAction[] {
  const out: TaskAction[] = ["transfer"];
  if (task.kind !== "review" && task.kind !== "manual") return out;
  if (!rt.state.clock.pausedSince && rt.state.status === "running") out.push("suspend");
  if (extensionAllowance(rt, node, token) > 0) out.push("extend");
  return out;
}

/** What a task allows while the case is suspended: only lifting the suspension, on the task that suspended it. */
export function suspendedActions(rt: Runtime, task: Task): TaskAction[] {
  return rt.state.suspension?.task === task.id ? ["resume"] : [];
}

const invalid = (message: Bilingual, pointer: string, problem: Bilingual = message): FlowError => ({ code: "invalid", message, allowed: [], problems: [{ pointer, message: problem }] });

/** Carries out a handling action already checked as allowed and authorised; returns an error to refuse it. */
export function actHandling(rt: Runtime, node: TypedNode<Record<string, unknown>>, token: Token, task: Task, event: HandlingEvent): FlowError | undefined {
  switch (event.type) {
    case "transfer": return transfer(rt, task, event);
    case "suspend": return suspend(rt, node, token, task, event);
    case "resume": return lift(rt, task);
    case "extend": return extend(rt, node, token, task, event);
  }
}

function transfer(rt: Runtime, task: Task, e: Extract<FlowEvent, { type: "transfer" }>): FlowError | undefined {
  const from = { department: task.escalatedTo?.department ?? task.department, assignee: task.escalatedTo?.assignee ?? task.assignee };
  if (from.department === e.to.department && (e.to.assignee ?? undefined) === from.assignee) {
    return invalid(say("转办对象与当前办理人相同", "The task would go to its current handler"), "/to", say("请选择其他部门或人员", "Choose another department or person"));
  }
  if (e.to.assignee && e.to.assignee === e.actor.id) return invalid(say("不能转办给自己", "You cannot transfer a task to yourself"), "/to/assignee");
  task.department = e.to.department;
  if (e.to.assignee) task.assignee = e.to.assignee;
  else delete task.assignee;
  delete task.escalatedTo;
  rt.updateTask(task);
  const id = e.to.assignee ? `${e.to.department}/${e.to.assignee}` : e.to.department;
  const target = { zh: e.toName?.zh ?? id, en: e.toName?.en ?? id };
  rt.log("transferred", say(`「${task.name}」转办至${target.zh}：${e.reason}`, `"${task.name}" transferred to ${target.en}: ${e.reason}`), { node: task.node, task: task.id, details: { from, to: e.to, reason: e.reason } });
  rt.effects.push({ type: "notify_staff", kind: "transfer", department: e.to.department, role: task.role, ...(e.to.assignee ? { assignee: e.to.assignee } : {}), taskId: task.id, message: `「${task.name}」已转办给您：${e.reason}` });
  rt.outbox("task.transferred", { node: task.node, task: task.id, from, to: e.to, reason: e.reason });
  return undefined;
}

function suspend(rt: Runtime, node: TypedNode<Record<string, unknown>>, token: Token, task: Task, e: Extract<FlowEvent, { type: "suspend" }>): FlowError | undefined {
  if (e.reason === "other" && !e.note) return invalid(say("其他法定情形须写明中止事由", "Another statutory ground needs the reason for the suspension written out"), "/note", say("请写明中止的法定事由", "Write the statutory ground for the suspension"));
  const s: Suspension = { id: rt.id("s"), node: node.id, task: task.id, token: token.id, by: e.actor.id, at: rt.now, reason: e.reason, ...(e.note ? { note: e.note } : {}) };
  rt.state.suspension = s;
  const why = `${SUSPEND_REASONS[e.reason]}${e.note ? `（${e.note}）` : ""}`;
  rt.log("suspended", say(`「${task.name}」因${why}中止办理，暂停计时`, `"${task.name}" suspended for ${SUSPEND_REASONS_EN[e.reason]}${e.note ? ` (${e.note})` : ""}; the clock is stopped`), { node: node.id, task: task.id, details: { suspensionId: s.id, reason: e.reason, note: e.note } });
  rt.notifyApplicant("suspended", `您的申请因${why}暂停计时，所需时间不计入办理时限。`, { reason: e.reason, ...(e.note ? { note: e.note } : {}) });
  rt.outbox("case.suspended", { node: node.id, department: task.department, reason: e.reason, note: e.note });
  rt.pause("suspended");
  return undefined;
}

function lift(rt: Runtime, task: Task): FlowError | undefined {
  const s = rt.state.suspension!;
  const days = rt.resume({ logged: false });
  Object.assign(s, { resumedAt: rt.now, resumedBy: rt.actor?.id ?? "system", days });
  rt.state.suspensions = [...(rt.state.suspensions ?? []), s];
  delete rt.state.suspension;
  rt.log("suspension_lifted", say(`「${task.name}」${SUSPEND_REASONS[s.reason]}结束，恢复办理；中止 ${days} 个工作日，办理时限相应顺延`, `"${task.name}" resumed after ${SUSPEND_REASONS_EN[s.reason]}; suspended ${days} working day${days === 1 ? "" : "s"}, the time limit moves by as much`), { node: s.node, task: task.id, details: { suspensionId: s.id, days, dueAt: rt.state.clock.dueAt } });
  rt.notifyApplicant("resumed", `您的申请已恢复办理，办理时限顺延 ${days} 个工作日。`, { days, dueAt: rt.state.clock.dueAt });
  rt.outbox("case.resumed", { node: s.node, department: task.department, reason: s.reason, days });
  return undefined;
}

function extend(rt: Runtime, node: TypedNode<Record<string, unknown>>, token: Token, task: Task, e: Extract<FlowEvent, { type: "extend" }>): FlowError | undefined {
  const allowed = extensionAllowance(rt, node, token);
  if (e.days > allowed) return invalid(say(`本环节最多可延期 ${allowed} 个工作日`, `This step can be extended by at most ${allowed} working days`), "/days", say(`延期不能超过 ${allowed} 个工作日`, `The extension cannot exceed ${allowed} working days`));
  const from = token.dueAt!;
  token.extendedDays = e.days;
  token.dueAt = rt.addDays(from, e.days);
  const beyond = token.statutoryDueAt && token.dueAt > token.statutoryDueAt ? workingDaysBetween(token.statutoryDueAt, token.dueAt, rt.def.calendar) : 0;
  if (beyond > 0) token.statutoryDueAt = token.dueAt;
  token.timers = token.timers.map((id) => rt.postpone(id, e.days));
  for (const t of rt.openTasks(token)) {
    t.dueAt = token.dueAt;
    if (token.statutoryDueAt) t.statutoryDueAt = token.statutoryDueAt;
    rt.updateTask(t);
  }
  const clock = rt.state.clock;
  if (clock.dueAt) {
    clock.dueAt = rt.addDays(clock.dueAt, e.days);
    if (beyond > 0 && clock.statutoryDueAt) clock.statutoryDueAt = rt.addDays(clock.statutoryDueAt, beyond);
    clock.timers = clock.timers.map((id) => {
      const kind = rt.state.timers[id]?.kind;
      return kind === "case_statutory_due" ? rt.postpone(id, beyond) : rt.postpone(id, e.days);
    });
  }
  rt.log("extended", say(`「${task.name}」延期 ${e.days} 个工作日：${e.reason}`, `"${task.name}" extended by ${e.days} working day${e.days === 1 ? "" : "s"}: ${e.reason}`), { node: node.id, task: task.id, details: { days: e.days, reason: e.reason, from, to: token.dueAt, caseDueAt: clock.dueAt } });
  rt.notifyApplicant("extended", `「${task.name}」办理时限延长 ${e.days} 个工作日：${e.reason}`, { days: e.days, reason: e.reason, dueAt: clock.dueAt ?? token.dueAt });
  rt.outbox("node.extended", { node: node.id, department: task.department, days: e.days, reason: e.reason, dueAt: token.dueAt });
  return undefined;
}
