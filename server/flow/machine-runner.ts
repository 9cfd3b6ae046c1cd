// The spec/flow state machine as the server's flow engine: each case's state lives in flow_instances (with a
// revision for optimistic concurrency); every transition's effects — tasks, timers, audit events, outbox
// messages — are carried out in the same transaction that stores the new state, so nothing is half-done and a
// racing second decision finds the revision changed and gets 409.
import { caseActions, createCase, definitionFromBundle, extensionAllowances, FlowDefinitionError, itemsToDecide, taskAllowedActions, transition, type Effect, type FlowDefinition, type FlowError, type FlowEventInput, type FlowState } from "../../spec/flow/index.js";
import type { ApplicationStatus } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { conflict, HttpError } from "../errors.js";
import { countEn, say, type Bilingual } from "../messages.js";
import { randomBytes } from "node:crypto";
import { seqOfId } from "../../spec/flow/ids.js";
import { checkSubmission } from "../submission.js";
import { checkCorrection } from "./correction.js";
import { handlingView } from "./case-view.js";
import { setApplicationContent, setApplicationStatus } from "../store/applications.js";
import { getPublished, type Published } from "../store/bundles.js";
import { appendEvent, SYSTEM_ACTOR } from "../store/events.js";
import { attachmentsOf, getAttachment, promisesOf } from "../store/attachments.js";
import { resultFileKey } from "../materials.js";
import { enqueue } from "../store/outbox.js";
import { finishTask, getInstance, insertInstance, insertTask, updateInstance, updateOpenTask, type FlowInstance } from "../store/tasks.js";
import { cancelTimerByKey, scheduleTimer } from "../store/timers.js";
import { findUser, type User } from "../store/users.js";
import type { FlowContext, FlowRunner } from "./runner.js";
import { sql } from "drizzle-orm";
import { fromJson } from "../util.js";

/** Engine name stored on instances run by the state machine. */
export const MACHINE_ENGINE = "flow";
/** Kind of the timers the machine schedules (payload.timerId is the machine's timer id). */
export const FLOW_TIMER = "flow";

// Published versions never change, so their prepared definitions can be kept by every process.
const definitions = new Map<string, FlowDefinition | null>();

/** Why a published version without a flow cannot take cases (every case runs on the bundle's approval flow). */
export const NO_FLOW = say("这个一件事没有审批流程：请在流程设计中画出审批流程后再发布", "This one-thing has no approval flow: draw one in the flow designer before publishing");

/** Every error that keeps a bundle's flow from running (empty when it is runnable); publish refuses them, and a
 *  bundle without a flow at all, since no case could be started on it. */
export function flowProblems(spec: Published["spec"], version: number, options: { departments?: Iterable<string>; departmentNames?: Record<string, { zh: string; en?: string }> } = {}): Array<{ pointer: string; message: string | Bilingual; nodeId?: string; edgeId?: string }> {
  if (!spec.flow) return [{ pointer: "/flow", message: NO_FLOW }];
  try {
    // publishing also asks that every item is decided by a step (a version published before that rule still runs),
    // and, with the deployment's departments, that no step goes to a department nobody belongs to (tryout 9, #19)
    definitionFromBundle(spec, version, { itemsToDecide: itemsToDecide(spec), ...(options.departments ? { departments: options.departments } : {}), ...(options.departmentNames ? { departmentNames: options.departmentNames } : {}) });
    return [];
  } catch (err) {
    if (!(err instanceof FlowDefinitionError)) return [{ pointer: "/flow", message: String((err as Error).message ?? err) }];
    return err.problems.filter((p) => p.severity === "error").map((p) => ({
      pointer: p.pointer.startsWith("/flow") ? p.pointer : `/flow${p.pointer}`,
      message: p.message, // names its step or line as people see them (spec/flow/names.ts); pointer and ids say which
      ...(p.nodeId ? { nodeId: p.nodeId } : {}),
      ...(p.edgeId ? { edgeId: p.edgeId } : {}),
    }));
  }
}

/** The runnable definition of a published version, or null when it has no flow. A flow that does not compile
 *  throws, loudly: publish refuses such a flow (flowProblems), so this is a broken database or a version skew. */
export function definitionOf(p: Published): FlowDefinition | null {
  const key = `${p.key}@${p.version}`;
  let def = definitions.get(key);
  if (def === undefined) {
    def = p.spec.flow ? definitionFromBundle(p.spec, p.version) : null;
    definitions.set(key, def);
  }
  return def;
}

async function loadCase(q: Queryable, instanceId: string): Promise<{ instance: FlowInstance; def: FlowDefinition }> {
  const instance = await getInstance(q, instanceId);
  if (!instance) throw new HttpError(404, "not_found", say("流程实例不存在", "There is no such case"));
  if (instance.engine !== MACHINE_ENGINE) throw new Error(`case ${instance.id} was started by the retired engine "${instance.engine}"; only "${MACHINE_ENGINE}" cases can run`);
  const published = await getPublished(q, instance.bundleKey, instance.definitionVersion);
  const def = published && definitionOf(published);
  if (!def) throw new Error(`case ${instance.id}: version ${instance.bundleKey}@${instance.definitionVersion} has no runnable flow`);
  return { instance, def };
}

/** Maps a refused event to the API's error: 404 / 403 / 400 with problems / 409 with the allowed actions. */
function refusal(e: FlowError): HttpError {
  if (e.code === "not_found") return new HttpError(404, "not_found", e.message);
  if (e.code === "forbidden") return new HttpError(403, "forbidden", e.message);
  if (e.code === "invalid") return new HttpError(400, "invalid_request", e.message, e.problems ?? []);
  return conflict(e.message, e.allowed);
}

/** The applicant-facing status of a case. */
export function statusOf(state: FlowState): ApplicationStatus {
  switch (state.status) {
    case "waiting_applicant": return state.correction ? "correction_requested" : "in_review";
    case "completed": return "completed";
    case "rejected": return "rejected";
    case "withdrawn": return "withdrawn";
    default: return "in_review";
  }
}

const seqOf = seqOfId;

/** Carries out a transition's effects in the caller's transaction. */
async function applyEffects({ q, now }: FlowContext, instance: FlowInstance, effects: Effect[], decision?: { comment: string; requestId: string | null }): Promise<void> {
  const names = new Map<string, string>();
  const nameOf = async (id: string) => {
    if (id === "system") return SYSTEM_ACTOR.name;
    if (!names.has(id)) names.set(id, (await findUser(q, id))?.displayName ?? id);
    return names.get(id)!;
  };
  const base = { applicationId: instance.applicationId, instanceId: instance.id, bundleKey: instance.bundleKey, definitionVersion: instance.definitionVersion };
  for (const e of effects) {
    switch (e.type) {
      case "create_task": {
        const t = e.task;
        const created = await insertTask(q, {
          id: t.id, instanceId: instance.id, applicationId: instance.applicationId, node: t.node, activation: seqOf(t.id), name: t.name,
          department: t.department, role: t.role, ...(t.dueAt && !t.paused ? { dueAt: new Date(t.dueAt) } : {}), ...(t.assignee ? { assignee: t.assignee } : {}),
        }, now);
        if (!created) throw conflict(say("任务已存在，请刷新", "The task already exists; refresh and try again"), []);
        break;
      }
      case "update_task":
        await updateOpenTask(q, e.task.id, { assignee: e.task.escalatedTo?.assignee ?? e.task.assignee ?? null, department: e.task.escalatedTo?.department ?? e.task.department, role: e.task.escalatedTo?.role ?? e.task.role, dueAt: e.task.paused ? null : e.task.dueAt ?? null });
        break;
      case "close_task":
        await finishTask(q, e.taskId, { outcome: e.outcome, by: e.by ?? null, comment: e.by && decision ? decision.comment : null, requestId: e.by && decision ? decision.requestId : null }, now);
        break;
      case "schedule_timer":
        await scheduleTimer(q, { dedupeKey: e.timer.id, instanceId: instance.id, kind: FLOW_TIMER, payload: { timerId: e.timer.id, kind: e.timer.kind }, dueAt: new Date(e.timer.dueAt) }, now);
        break;
      case "cancel_timer":
        await cancelTimerByKey(q, e.timerId, now);
        break;
      case "append_event": {
        const x = e.entry;
        await appendEvent(q, { ...base, definitionVersion: x.version, actor: { id: x.actor, name: await nameOf(x.actor) }, ...(x.department ? { department: x.department } : {}), kind: x.kind, message: x.messageEn !== undefined ? { zh: x.message, en: x.messageEn } : x.message, data: { seq: x.seq, node: x.node, task: x.task, requestId: x.requestId, ...x.details } }, now);
        break;
      }
      case "outbox":
        await enqueue(q, e.topic, { applicationId: instance.applicationId, bundleKey: instance.bundleKey, version: instance.definitionVersion, ...e.payload }, now);
        break;
      case "notify_applicant":
        await enqueue(q, "notify.applicant", { applicationId: instance.applicationId, kind: e.kind, message: e.message, details: e.details ?? {} }, now);
        break;
      case "notify_staff":
        await enqueue(q, "notify.staff", { applicationId: instance.applicationId, kind: e.kind, department: e.department, role: e.role, assignee: e.assignee, taskId: e.taskId, message: e.message }, now);
        break;
      case "credit_record":
        await enqueue(q, "credit.record", { applicationId: instance.applicationId, subject: e.subject, promiseId: e.promiseId, materials: e.materials, deadline: e.deadline, reason: e.reason }, now);
        break;
    }
  }
}

/** Runs one event on a stored case: transition, store the state if nobody changed it meanwhile, apply effects. */
async function step(ctx: FlowContext, instanceId: string, event: FlowEventInput, decision?: { comment: string; requestId: string | null }): Promise<FlowState> {
  const { instance, def } = await loadCase(ctx.q, instanceId);
  const r = transition(def, instance.state as FlowState, event, ctx.now);
  if (!r.ok) throw refusal(r.error);
  if (!(await updateInstance(ctx.q, instance.id, instance.rev, r.state, r.state.status, ctx.now))) {
    throw conflict(say("案件刚被其他人处理，请刷新后重试", "Someone else has just handled this case; refresh and try again"), []);
  }
  await applyEffects(ctx, instance, r.effects, decision);
  await setApplicationStatus(ctx.q, instance.applicationId, statusOf(r.state), ctx.now);
  return r.state;
}

/** An approval may name only a result file uploaded for this very task of this case (never another case's or material). */
async function checkResultFile(q: Queryable, task: { id: string; applicationId: string }, result: unknown): Promise<void> {
  const fileId = result && typeof result === "object" ? (result as { fileId?: unknown }).fileId : undefined;
  if (fileId === undefined) return;
  const a = typeof fileId === "string" ? await getAttachment(q, fileId) : undefined;
  if (!a || a.applicationId !== task.applicationId || a.material !== resultFileKey(task.id)) {
    throw new HttpError(400, "invalid_request", say(`结果文件不是为本环节上传的，请重新上传：${String(fileId)}`, `The result file was not uploaded for this step; upload it again: ${String(fileId)}`), [{ pointer: "/result/fileId", field: "结果文件", message: say("结果文件不存在或不属于本任务", "The result file does not exist or belongs to another task") }]);
  }
}

/** A transfer (转办) goes to a department of the registry, and to a person only of that department and the task's role;
 * answers the target in words for the audit trail (城市管理局, or 城市管理局 张三), never its ids. */
async function checkTransferTarget(q: Queryable, task: { role: string }, to: unknown): Promise<Bilingual> {
  const t = (to && typeof to === "object" ? to : {}) as { department?: unknown; assignee?: unknown };
  const dept = typeof t.department === "string" ? await q.get<{ name: string; name_en: string }>(sql`SELECT name, name_en FROM departments WHERE id = ${t.department}`) : undefined;
  if (!dept) {
    throw new HttpError(400, "invalid_request", say(`转办的部门不存在：${String(t.department ?? "（未指定）")}`, `The department to transfer to does not exist: ${String(t.department ?? "(none given)")}`), [{ pointer: "/to/department", field: "转办部门", message: say("请选择部门名录中的部门", "Choose a department of the registry") }]);
  }
  if (t.assignee === undefined) {
    // a department with no account in the task's post could never take the task: it would sit there for good
    const staff = await q.all<{ roles: string }>(sql`SELECT roles FROM users WHERE department = ${t.department as string}`);
    if (!staff.some((s) => fromJson<string[]>(s.roles).includes(task.role))) {
      const post = task.role === "clerk" ? say("窗口", "window") : say("审核", "review");
      throw new HttpError(400, "invalid_request", say(`「${dept.name}」没有${post.zh}人员账号，转办后无人能办理：请选择有${post.zh}人员的部门`, `${dept.name_en || dept.name} has no ${post.en} staff account, so nobody could handle the task there: choose a department with ${post.en} staff`), [{ pointer: "/to/department", field: "转办部门", message: say(`「${dept.name}」没有${post.zh}人员`, `${dept.name_en || dept.name} has no ${post.en} staff`) }]);
    }
    return say(dept.name, dept.name_en || dept.name);
  }
  const person = typeof t.assignee === "string" ? await findUser(q, t.assignee) : undefined;
  if (!person || person.department !== t.department || !person.roles.includes(task.role as never)) {
    throw new HttpError(400, "invalid_request", say(`转办的人员不是该部门的${task.role === "clerk" ? "窗口" : "审核"}人员`, `The person is not ${task.role === "clerk" ? "window" : "review"} staff of that department`), [{ pointer: "/to/assignee", field: "转办人员", message: say("请选择该部门相应岗位的人员", "Choose a person of that department in the right role") }]);
  }
  return say(`${dept.name} ${person.displayName}`, `${dept.name_en || dept.name}, ${person.displayName}`);
}

/** The task actions that accept a case: each keeps the applicant's signed 容缺 promises. */
const ACCEPTING = new Set(["accept", "accept_with_deficiency", "notify_promise"]);

/** The materials the applicant promised at submission (容缺受理承诺书) and has not uploaded since, with their working days;
 *  why: the flow keeps them as promises whichever way the clerk accepts the case (a plain 受理 too). */
async function signedPromises(q: Queryable, applicationId: string): Promise<Array<{ material: string; days: number }>> {
  const [promises, files] = await Promise.all([promisesOf(q, applicationId), attachmentsOf(q, applicationId)]);
  return promises.filter((p) => !files.some((f) => f.material === p.material)).map((p) => ({ material: p.material, days: p.deferralDays }));
}

const actorOf = (u: User) => ({ id: u.id, ...(u.department ? { department: u.department } : {}), roles: u.roles });

/** The server's flow engine: every case runs its bundle's flow on the spec/flow state machine. */
export const machineRunner: FlowRunner = {
  async start(ctx, app, bundle, applicant) {
    const def = definitionOf(bundle);
    // Publish refuses a bundle without a flow; a version published before that rule cannot take cases.
    if (!def) throw conflict(say(`「${bundle.spec.title}」第 ${bundle.version} 版没有审批流程，暂不能受理，请联系主办部门`, `Version ${bundle.version} of "${bundle.spec.title}" has no approval flow and cannot take applications: please contact the lead department`), []);
    const r = transition(def, createCase(def, app.id, randomBytes(16).toString("hex")), { type: "submit", actor: { id: applicant.id }, answers: app.answers, data: app.data }, ctx.now);
    if (!r.ok) throw refusal(r.error);
    const instance = await insertInstance(ctx.q, {
      applicationId: app.id, bundleKey: app.bundleKey, definitionVersion: app.version, engine: MACHINE_ENGINE, state: r.state, status: r.state.status,
    }, ctx.now);
    await applyEffects(ctx, instance, r.effects);
    await setApplicationStatus(ctx.q, app.id, statusOf(r.state), ctx.now);
  },

  async allowedActions(q, task, user) {
    if (task.status !== "open" || !user.department) return [];
    const { instance, def } = await loadCase(q, task.instanceId);
    const state = instance.state as FlowState;
    const t = state.tasks[task.id];
    if (!t) return [];
    const dept = t.escalatedTo?.department ?? t.department;
    const role = t.escalatedTo?.role ?? t.role;
    const assignee = t.escalatedTo?.assignee ?? t.assignee;
    if (dept !== user.department || !user.roles.includes(role) || (assignee && assignee !== user.id)) return [];
    return taskAllowedActions(def, state, task.id);
  },

  async complete(ctx, task, d, user) {
    if (d.action === "approve") await checkResultFile(ctx.q, task, d.payload.result);
    // The target's name comes from the registry, never from the request.
    const toName = d.action === "transfer" ? { toName: await checkTransferTarget(ctx.q, task, d.payload.to) } : {};
    // The applicant's signed 容缺 promises come from the server's records, never from the request.
    const signed = ACCEPTING.has(d.action) ? { signed: await signedPromises(ctx.q, task.applicationId) } : {};
    const event = {
      ...d.payload, ...toName, ...signed, type: d.action, taskId: task.id, actor: actorOf(user), ...(d.requestId ? { requestId: d.requestId } : {}),
      ...(d.comment ? { comment: d.comment } : {}), ...(d.action === "reject" && d.payload.reason === undefined ? { reason: d.comment } : {}),
    } as FlowEventInput;
    await step(ctx, task.instanceId, event, { comment: d.comment, requestId: d.requestId });
  },

  async caseActions(q, app) {
    const row = await q.get<{ id: string }>(sql`SELECT id FROM flow_instances WHERE application_id = ${app.id}`);
    if (!row) return [];
    const { instance } = await loadCase(q, row.id);
    return caseActions(instance.state as FlowState).filter((a) => a !== "rate" && a !== "submit");
  },

  async handling(q, app) {
    const row = await q.get<{ id: string }>(sql`SELECT id FROM flow_instances WHERE application_id = ${app.id}`);
    if (!row) return undefined;
    const { instance, def } = await loadCase(q, row.id);
    const state = instance.state as FlowState;
    return handlingView(state, extensionAllowances(def, state), def.calendar);
  },

  async caseEvent(ctx, app, e, user) {
    const row = await ctx.q.get<{ id: string }>(sql`SELECT id FROM flow_instances WHERE application_id = ${app.id}`);
    if (!row) throw conflict(say("该申请没有流程", "This application has no case"), []);
    const p = e.payload as { answers?: Record<string, unknown>; data?: Record<string, unknown> };
    let payload = e.payload;
    let data = app.data;
    if (e.type === "applicant_corrected" && (p.data || p.answers)) {
      const published = await getPublished(ctx.q, app.bundleKey, app.version);
      const answers = p.answers ?? app.answers;
      const checked = checkSubmission(published!.spec, answers, p.data ?? app.data);
      if (!checked.ok) throw new HttpError(400, "invalid_submission", say(`补正内容有 ${checked.problems.length} 处需要修改`, `The correction has ${countEn(checked.problems.length, "problem", "problems")} to fix`), checked.problems);
      await setApplicationContent(ctx.q, app.id, answers, checked.data, ctx.now);
      payload = { ...payload, answers, data: checked.data };
      data = checked.data;
    }
    const correction = e.type === "applicant_corrected" ? ((await getInstance(ctx.q, row.id))?.state as FlowState | undefined)?.correction : undefined;
    if (correction) payload = { ...payload, materials: await checkCorrection(ctx.q, app.id, correction, data) };
    await step(ctx, row.id, { ...payload, type: e.type, actor: { id: user.id }, ...(e.requestId ? { requestId: e.requestId } : {}) } as FlowEventInput);
  },

  timerHandlers: {
    [FLOW_TIMER]: async (ctx, timer) => {
      if (!timer.instanceId) return;
      const { instance, def } = await loadCase(ctx.q, timer.instanceId);
      const r = transition(def, instance.state as FlowState, { type: "timer_fired", timerId: String(timer.payload.timerId) }, ctx.now);
      if (!r.ok) return; // cancelled or already fired in the state: nothing to do
      if (!(await updateInstance(ctx.q, instance.id, instance.rev, r.state, r.state.status, ctx.now))) throw new Error(`case ${instance.id} changed while firing ${timer.id}; retried`);
      await applyEffects(ctx, instance, r.effects);
      await setApplicationStatus(ctx.q, instance.applicationId, statusOf(r.state), ctx.now);
    },
  },
};
