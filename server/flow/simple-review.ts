// The interim flow (until the spec/flow state machine is wired in): on submit, one review task for a reviewer of
// the bundle's lead department, due within the longest promised limit of its items, with a due-soon reminder and an
// overdue timer; approve or reject ends the case. Isolated behind FlowRunner so routes do not change when replaced.
import { conflict, HttpError } from "../errors.js";
import { appendEvent, SYSTEM_ACTOR } from "../store/events.js";
import { enqueue } from "../store/outbox.js";
import { setApplicationStatus } from "../store/applications.js";
import { cancelTimers, scheduleTimer } from "../store/timers.js";
import { cancelOpenTasks, closeTask, getInstance, getTask, insertInstance, insertTask, tasksOfApplication, updateInstance } from "../store/tasks.js";
import { addWorkingDays } from "./calendar.js";
import type { FlowRunner } from "./runner.js";
import { say, type Bilingual } from "../messages.js";

const NODE = "review";
const ACTIONS = ["approve", "reject"] as const;
const DAY = 86_400_000;

function allowed(task: import("../store/tasks.js").Task, user: import("../store/users.js").User): string[] {
  if (task.status !== "open" || !user.roles.includes(task.role) || user.department !== task.department) return [];
  return [...ACTIONS];
}

/** The interim single-review flow. */
export const simpleReview: FlowRunner = {
  async start({ q, now }, app, bundle, applicant) {
    const spec = bundle.spec;
    const promised = Math.max(1, ...spec.items.map((i) => i.promise_day));
    const dueAt = addWorkingDays(now, promised);
    const instance = await insertInstance(q, {
      applicationId: app.id, bundleKey: app.bundleKey, definitionVersion: app.version, engine: "simple-review",
      state: { phase: "review" }, status: "running",
    }, now);
    const task = await insertTask(q, {
      instanceId: instance.id, applicationId: app.id, node: NODE, activation: 1, name: `${spec.title} — 审核`,
      department: spec.lead, role: "reviewer", dueAt,
    }, now);
    if (!task) throw new Error(`review task of application ${app.id} already exists`);
    await setApplicationStatus(q, app.id, "in_review", now);
    const base = { applicationId: app.id, instanceId: instance.id, bundleKey: app.bundleKey, definitionVersion: app.version };
    await appendEvent(q, { ...base, actor: { id: applicant.id, name: applicant.displayName }, kind: "submitted", message: say(`提交申请「${spec.title}」(版本 ${app.version})`, `Submitted "${spec.title}" (version ${app.version})`) }, now);
    await appendEvent(q, { ...base, actor: SYSTEM_ACTOR, department: spec.lead, kind: "task_created", message: say(`待审核，承诺 ${promised} 个工作日内办结`, `Waiting for review; promised within ${promised} working day${promised === 1 ? "" : "s"}`), data: { taskId: task.id, dueAt: dueAt.toISOString() } }, now);
    const soon = new Date(Math.max(now.getTime(), dueAt.getTime() - DAY));
    await scheduleTimer(q, { dedupeKey: `${task.id}:due_soon`, instanceId: instance.id, kind: "task_due_soon", payload: { taskId: task.id }, dueAt: soon }, now);
    await scheduleTimer(q, { dedupeKey: `${task.id}:overdue`, instanceId: instance.id, kind: "task_overdue", payload: { taskId: task.id }, dueAt }, now);
    await enqueue(q, "application.submitted", { applicationId: app.id, bundleKey: app.bundleKey, version: app.version, taskId: task.id, department: spec.lead }, now);
  },

  async allowedActions(_q, task, user) {
    return allowed(task, user);
  },

  async caseActions(q, app) {
    // Withdrawal (撤回) while the review task is still open and undecided.
    const open = (await tasksOfApplication(q, app.id)).some((t) => t.status === "open");
    return app.status === "in_review" && open ? ["withdraw"] : [];
  },

  async handling() {
    return undefined;
  },

  async caseEvent({ q, now }, app, event, user) {
    const open = (await tasksOfApplication(q, app.id)).find((t) => t.status === "open");
    if (event.type !== "withdraw" || app.status !== "in_review" || !open) throw conflict(`该申请当前不接受 ${event.type} (not allowed now)`, []);
    await cancelOpenTasks(q, open.instanceId, now);
    await cancelTimers(q, open.instanceId, now);
    const current = await getInstance(q, open.instanceId);
    if (!current || !(await updateInstance(q, current.id, current.rev, { phase: "done", outcome: "withdrawn" }, "withdrawn", now))) throw conflict("流程状态已变化，请刷新 (flow changed meanwhile)", []);
    await setApplicationStatus(q, app.id, "withdrawn", now);
    const reason = typeof event.payload.reason === "string" ? event.payload.reason.trim() : "";
    await appendEvent(q, { applicationId: app.id, instanceId: current.id, bundleKey: app.bundleKey, definitionVersion: app.version, actor: { id: user.id, name: user.displayName }, kind: "case_withdrawn", message: say(`申请人撤回申请${reason ? `：${reason}` : ""}`, `The applicant withdrew the application${reason ? `: ${reason}` : ""}`) }, now);
  },

  async complete({ q, now }, task, { action, comment, requestId }, user) {
    if (!(ACTIONS as readonly string[]).includes(action)) {
      throw new HttpError(400, "invalid_request", `未知的操作: ${action}`, [{ pointer: "/action", message: `allowed: ${ACTIONS.join(", ")}` }]);
    }
    if (action === "reject" && !comment.trim()) {
      throw new HttpError(400, "invalid_request", "不予批准必须说明理由 (a rejection needs a reason)", [{ pointer: "/comment", message: "必填 (required)" }]);
    }
    const closed = await closeTask(q, task.id, { outcome: action, comment, by: user.id, requestId }, now);
    if (!closed) {
      const current = await getTask(q, task.id);
      throw conflict("该任务已被处理 (task already completed)", current ? allowed(current, user) : []);
    }
    const instance = await getInstance(q, task.instanceId);
    if (!instance || !(await updateInstance(q, instance.id, instance.rev, { phase: "done", outcome: action }, "completed", now))) {
      throw conflict("流程状态已变化，请刷新 (flow changed meanwhile)", []);
    }
    const status = action === "approve" ? "approved" : "rejected";
    await setApplicationStatus(q, task.applicationId, status, now);
    await cancelTimers(q, instance.id, now);
    await appendEvent(q, {
      applicationId: task.applicationId, instanceId: instance.id, bundleKey: instance.bundleKey, definitionVersion: instance.definitionVersion,
      actor: { id: user.id, name: user.displayName }, department: task.department, kind: action === "approve" ? "approved" : "rejected",
      message: action === "approve" ? say(`审核通过${comment ? `：${comment}` : ""}`, `Approved${comment ? `: ${comment}` : ""}`) : say(`不予批准：${comment}`, `Not approved: ${comment}`), data: { taskId: task.id },
    }, now);
    await enqueue(q, "application.status_changed", { applicationId: task.applicationId, status, taskId: task.id }, now);
  },

  timerHandlers: {
    task_due_soon: (ctx, timer) => slaEvent(ctx, String(timer.payload.taskId), "sla_due_soon", say("即将到期，请尽快办理", "is due soon: please handle it")),
    task_overdue: (ctx, timer) => slaEvent(ctx, String(timer.payload.taskId), "sla_overdue", say("已超过承诺办结时限", "passed its promised time limit")),
  },
};

async function slaEvent({ q, now }: { q: import("../db/database.js").Queryable; now: Date }, taskId: string, kind: string, message: Bilingual): Promise<void> {
  const task = await getTask(q, taskId);
  if (!task || task.status !== "open") return;
  const instance = await getInstance(q, task.instanceId);
  await appendEvent(q, {
    applicationId: task.applicationId, instanceId: task.instanceId, bundleKey: instance?.bundleKey, definitionVersion: instance?.definitionVersion,
    actor: SYSTEM_ACTOR, department: task.department, kind, message: say(`「${task.name}」${message.zh}`, `"${task.name}" ${message.en}`), data: { taskId, dueAt: task.dueAt },
  }, now);
  await enqueue(q, `task.${kind}`, { taskId, applicationId: task.applicationId, department: task.department, dueAt: task.dueAt }, now);
}
