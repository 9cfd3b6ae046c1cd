// The flow state machine: transition(def, state, event, now) → { state, effects } or a typed error. Pure and
// deterministic — no clock, no randomness: instants come from `now`, ids from a counter in the state — so the
// server runs cases with it and the editor simulates with the very same code, and replaying a case's event
// log reproduces its state exactly.
//
// EVENTS (FlowEventSchema in state.ts; every one but timer_fired carries { actor, requestId? })
//   submit                 { answers, data }                 applicant submits: the token starts at `start`
//   claim                  { taskId }                        a user of the task's department role takes the task
//   approve                { taskId, comment?, result? }     review / manual decision; result = { document, name? }
//   reject                 { taskId, reason }                review, manual, or front desk (不予受理)
//   return_for_correction  { taskId, deficiencies[] }        one complete correction notice; the clock pauses
//   accept                 { taskId }                        front desk accepts (一窗受理); the case clock starts
//   accept_with_deficiency { taskId, materials[], deadline?|days? }   容缺受理 on the applicant's promise
//   notify_promise         { taskId, conditions? }           告知承诺: accepted on promise, verified afterwards
//   results_issued         { taskId, delivery }              the lead's exit issues every result together
//   applicant_corrected    { data?, answers?, materials[] }  the correction arrives; the clock resumes
//   materials_supplied     { materials[] }                   promised materials arrive
//   withdraw               { reason? }                       撤回 by the applicant before any department decided
//   timer_fired            { timerId }                       a scheduled timer is due (host's timer runner)
//   rate                   { score 1..5, comment }           好差评, once, after the case ends
//   transfer               { taskId, to: { department, assignee? }, reason }   转办 (handling.ts)
//   suspend                { taskId, reason, note? }         中止 for a legal reason: the clock stops, tasks wait
//   resume                 { taskId }                        the suspension is lifted: deadlines move by its working days
//   extend                 { taskId, days, reason }          延期, once per visit, within the node's allowance
//
// EFFECTS (Effect in state.ts), to carry out in one transaction with storing the returned state:
//   create_task { task } · update_task { task } · close_task { taskId, outcome, by? }
//   schedule_timer { timer: { id, kind, dueAt, node?, token?, promise? } } · cancel_timer { timerId }
//     timer kinds: reminder, node_due, case_reminder, case_due, case_statutory_due, promise_deadline,
//     correction_deadline (the applicant's deadlines keep running while the case is paused).
//     Each timer id is scheduled once; fire it at most once (timer_fired), never after its cancel_timer.
//   append_event { entry: LogEntry }            the audit log: who, when, what, node/task, definition version
//   outbox { topic, payload }                   审管联动 webhooks; topics: case.submitted, case.accepted,
//     case.correction_requested, case.corrected, promise.to_verify, promise.fulfilled, credit.recorded,
//     node.approved, node.overdue, node.timeout_approved, case.due_soon, case.overdue, case.statutory_overdue,
//     results.issued, case.completed, case.rejected, case.rated
//   notify_applicant { kind, message, details? } · notify_staff { kind, department, role, assignee?, taskId? }
//   credit_record { subject, promiseId, materials, deadline?, reason }   a broken 容缺 promise
//
// ERRORS: { code, message, allowed } — not_found (404: unknown task/timer), forbidden (403: another
// department, role or person), invalid (400: bad payload, with problems), not_allowed / conflict (409: the
// state does not allow it; `allowed` lists what it does allow).
import { roleWords } from "../account-roles.js";
import { beijingDateTime } from "../beijing-time.js";
import { beijingDateTimeEn, enOf, say, zhOf, type Bilingual } from "../bilingual.js";
import { toPointer } from "../pointer.js";
import { indexFlow, type FlowIndex } from "./graph.js";
import { actHandling, handlingActions, isHandlingAction, suspendedActions } from "./handling.js";
import { NODE_TYPES } from "./registry.js";
import { sameMaterial } from "./nodes/promises.js";
import { Runtime, type FlowDefinition } from "./runtime.js";
import { eventIssueMessage, FlowEventSchema, TASK_ACTION_NAMES, TASK_ACTIONS, type Actor, type FlowError, type FlowEvent, type FlowEventInput, type FlowState, type Task, type TaskAction, type TransitionResult } from "./state.js";

export type { FlowDefinition } from "./runtime.js";

/** A new case, before submission; `idKey` (random, from the host) makes its task and timer ids unguessable. */
export function createCase(def: FlowDefinition, caseId: string, idKey?: string): FlowState {
  return {
    caseId, ...(idKey ? { idKey } : {}), version: def.version, status: "created", answers: {}, data: {}, seq: 0, events: 0,
    tokens: [], joins: {}, tasks: {}, timers: {},
    clock: { timers: [], pausedDays: 0, pauses: [], suspended: [] },
    corrections: [], correctionsByNode: {}, promises: [], results: [], path: [],
  };
}

const fail = (code: FlowError["code"], message: FlowError["message"], allowed: string[] = [], problems?: FlowError["problems"]): TransitionResult => ({
  ok: false, error: { code, message, allowed, ...(problems ? { problems } : {}) },
});

function pendingMaterialPromises(state: FlowState) {
  return state.promises.filter((p) => p.kind === "materials" && p.status === "pending");
}

/** The case-level (non-task) actions the state allows: submit, applicant_corrected, materials_supplied, rate. */
export function caseActions(state: FlowState): string[] {
  const out: string[] = [];
  if (state.status === "created") out.push("submit");
  if (state.status === "waiting_applicant" && state.correction) out.push("applicant_corrected");
  if ((state.status === "running" || state.status === "waiting_applicant") && pendingMaterialPromises(state).length) out.push("materials_supplied");
  if ((state.status === "completed" || state.status === "rejected") && !state.rating) out.push("rate");
  if (withdrawable(state)) out.push("withdraw");
  return out;
}

/** Whether the applicant may still withdraw (撤回): the case runs and no department has decided anything yet. */
export function withdrawable(state: FlowState): boolean {
  return state.status === "running" && Object.values(state.tasks).every((t) => t.status !== "done");
}

function runtimeFor(def: FlowDefinition, state: FlowState, now: string, actor?: Actor, requestId?: string): Runtime {
  return new Runtime(def, indexFlow(def.flow) as FlowIndex, state, now, NODE_TYPES, actor, requestId);
}

/** "当前状态不允许「恢复办理」，可以：签收、转办" — the action and the choices in words. */
function actionNotAllowed(action: TaskAction, allowed: readonly TaskAction[]): Bilingual {
  const name = TASK_ACTION_NAMES[action] ?? say(action, action);
  const zh = allowed.map((a) => zhOf(TASK_ACTION_NAMES[a])).join("、");
  const en = allowed.map((a) => enOf(TASK_ACTION_NAMES[a]) ?? a).join(", ");
  return allowed.length
    ? say(`当前状态不允许「${zhOf(name)}」，可以：${zh}`, `"${enOf(name) ?? action}" is not allowed now; allowed: ${en}`)
    : say(`当前状态不允许「${zhOf(name)}」`, `"${enOf(name) ?? action}" is not allowed now`);
}

function taskActionsIn(rt: Runtime, task: Task): TaskAction[] {
  if (task.status !== "open" || (rt.state.status !== "running" && rt.state.status !== "waiting_applicant")) return [];
  const token = rt.token(task.token);
  if (!token) return [];
  if (rt.state.suspension) return suspendedActions(rt, task);
  const node = rt.node(task.node);
  const own = [...(rt.typeOf(node).taskActions?.(rt, node, task, token) ?? []), ...handlingActions(rt, node, task, token)];
  return task.assignee ? own : ["claim", ...own];
}

/** The actions a task allows now (what the inbox shows and what a 409 lists); for an actor, only what they may do. */
export function taskAllowedActions(def: FlowDefinition, state: FlowState, taskId: string, actor?: Actor): string[] {
  const task = state.tasks[taskId];
  if (!task) return [];
  const actions = taskActionsIn(runtimeFor(def, structuredClone(state), state.submittedAt ?? "1970-01-01T00:00:00Z"), task);
  if (!actor) return actions;
  return actions.filter((a) => !authorise(task, actor, a));
}

/** Everything allowed now: case-level actions and, per open task (of the actor's department when given), its actions. */
export function allowedActions(def: FlowDefinition, state: FlowState, actor?: Actor): { case: string[]; tasks: Record<string, string[]> } {
  const tasks: Record<string, string[]> = {};
  for (const t of Object.values(state.tasks)) {
    if (t.status !== "open") continue;
    if (actor?.department && t.department !== actor.department && t.escalatedTo?.department !== actor.department) continue;
    tasks[t.id] = taskAllowedActions(def, state, t.id, actor);
  }
  return { case: caseActions(state), tasks };
}

function authorise(task: Task, actor: Actor, action: string): FlowError | undefined {
  const inDept = actor.department === task.department || (task.escalatedTo && actor.department === task.escalatedTo.department);
  if (!inDept) return { code: "forbidden", message: say(`任务「${task.name}」由其他部门办理，您无权办理`, `The task "${task.name}" is handled by another department; you may not handle it`), allowed: [] };
  if (actor.roles && !actor.roles.includes(task.role) && !(task.escalatedTo && actor.roles.includes(task.escalatedTo.role))) {
    return { code: "forbidden", message: say(`任务「${task.name}」仅限${roleWords(task.role).zh}办理`, `Only ${roleWords(task.role).en} can handle the task "${task.name}"`), allowed: [] };
  }
  if (task.assignee && task.assignee !== actor.id && task.escalatedTo?.assignee !== actor.id) {
    return action === "claim"
      ? { code: "conflict", message: say("任务已被其他人签收", "The task has already been claimed by someone else"), allowed: [] }
      : { code: "forbidden", message: say("该任务由其他人办理", "Someone else is handling this task"), allowed: [] };
  }
  return undefined;
}

/** Applies one event to a case: the new state and the effects to carry out, or why the event is refused. */
export function transition(def: FlowDefinition, state: FlowState, input: FlowEventInput | FlowEvent, now: Date | string): TransitionResult {
  const parsed = FlowEventSchema.safeParse(input);
  if (!parsed.success) {
    return fail("invalid", say("事件格式不正确", "The event is not well formed"), [], parsed.error.issues.map((i) => ({ pointer: toPointer(i.path as (string | number)[]), message: eventIssueMessage(i, input) })));
  }
  const event = parsed.data;
  const at = new Date(now);
  if (Number.isNaN(at.getTime())) throw new RangeError(`invalid now: ${String(now)}`);
  const draft = structuredClone(state);
  const actor = "actor" in event ? event.actor : undefined;
  const rt = runtimeFor(def, draft, at.toISOString(), actor, event.requestId);
  const refused = apply(rt, event);
  if (refused) return { ok: false, error: refused };
  draft.events += 1;
  return { ok: true, state: draft, effects: rt.effects };
}

function apply(rt: Runtime, event: FlowEvent): FlowError | undefined {
  const s = rt.state;
  const notAllowed = (message: FlowError["message"], allowed = caseActions(s)): FlowError => ({ code: "not_allowed", message, allowed });
  const applicantOnly = (actor: Actor): FlowError | undefined =>
    s.applicant && actor.id !== s.applicant ? { code: "forbidden", message: say("只有申请人本人可以这样做", "Only the applicant can do this"), allowed: [] } : undefined;

  if ((TASK_ACTIONS as readonly string[]).includes(event.type)) {
    const e = event as Extract<FlowEvent, { taskId: string }>;
    const task = s.tasks[e.taskId];
    if (!task) return { code: "not_found", message: say(`任务不存在: ${e.taskId}`, `There is no task ${e.taskId}`), allowed: [] };
    const allowed = taskActionsIn(rt, task);
    if (task.status !== "open") return notAllowed(say(`任务 ${task.id} 已办结`, `Task ${task.id} is already closed (${task.outcome ?? task.status})`), []);
    const denied = authorise(task, e.actor, e.type);
    if (denied) return denied;
    if (!allowed.includes(e.type as TaskAction)) return notAllowed(actionNotAllowed(e.type as TaskAction, allowed), allowed);
    const token = rt.token(task.token)!;
    const node = rt.node(task.node);
    if (e.type === "claim") {
      task.assignee = e.actor.id;
      rt.updateTask(task);
      rt.log("claimed", say(`${e.actor.id} 签收「${task.name}」`, `${e.actor.id} claimed "${task.name}"`), { node: task.node, task: task.id });
      return undefined;
    }
    if (isHandlingAction(e.type)) return actHandling(rt, node, token, task, e as Parameters<typeof actHandling>[4]);
    return rt.typeOf(node).act?.(rt, node, token, task, e) ?? undefined;
  }

  switch (event.type) {
    case "submit": {
      if (s.status !== "created") return notAllowed(say("案件已提交", "The case has already been submitted"));
      const start = rt.def.flow.nodes.find((n) => n.type === "start")!;
      s.status = "running";
      s.applicant = event.actor.id;
      s.answers = event.answers;
      s.data = event.data;
      s.submittedAt = rt.now;
      rt.log("submitted", say("申请人提交申请", "The applicant submitted the application"), { actor: event.actor.id });
      rt.outbox("case.submitted", { applicant: event.actor.id });
      if (!rt.def.flow.nodes.some((n) => n.type === "acceptance")) rt.startCaseClock();
      rt.enter(rt.spawn(start.id, []), start.id);
      return undefined;
    }
    case "applicant_corrected": {
      const c = s.correction;
      if (!c || s.status !== "waiting_applicant") return notAllowed(say("案件没有待补正的内容", "The case has no correction pending"));
      const denied = applicantOnly(event.actor);
      if (denied) return denied;
      if (event.data) s.data = event.data;
      if (event.answers) s.answers = { ...s.answers, ...event.answers };
      c.resolvedAt = rt.now;
      if (c.timer) rt.cancelTimer(c.timer);
      s.corrections.push(c);
      delete s.correction;
      rt.log("corrected", say(`申请人已补正${event.materials.length ? `，补交材料：${rt.materialNames(event.materials)}` : ""}`, `The applicant made the corrections${event.materials.length ? `, supplying ${rt.materialNames(event.materials, true)}` : ""}`), { node: c.node, details: { correctionId: c.id, materials: event.materials } });
      rt.outbox("case.corrected", { correctionId: c.id, node: c.node });
      // a promised (容缺) material the notice asked for and the applicant supplied keeps the promise: its timer ends
      fulfilPromises(rt, s, event.materials);
      rt.resume();
      const token = rt.token(c.token);
      const old = s.tasks[c.task];
      if (token && old) rt.createTask(token, { kind: old.kind, name: old.name, department: old.department, role: old.role, ...(old.assignee ? { assignee: old.assignee } : {}), round: old.round + 1 });
      return undefined;
    }
    case "materials_supplied": {
      const pending = pendingMaterialPromises(s);
      if (!pending.length) return notAllowed(say("没有待补交的容缺材料", "No promised materials are pending"));
      const denied = applicantOnly(event.actor);
      if (denied) return denied;
      const expected = pending.flatMap((p) => p.materials);
      const unknown = event.materials.filter((m) => !expected.some((x) => sameMaterial(x, m)));
      if (unknown.length) {
        return { code: "invalid", message: say(`不在容缺承诺中的材料: ${unknown.join("、")}`, `Materials not in the promise: ${unknown.join(", ")}`), allowed: caseActions(s), problems: unknown.map((m) => ({ pointer: `/materials/${event.materials.indexOf(m)}`, message: say(`未承诺的材料: ${m}`, `Material not promised: ${m}`) })) };
      }
      fulfilPromises(rt, s, event.materials);
      rt.log("materials_supplied", say(`申请人补交容缺材料：${rt.materialNames(event.materials)}`, `The applicant supplied the promised materials: ${rt.materialNames(event.materials, true)}`), { details: { materials: event.materials } });
      if (s.status === "waiting_applicant" && s.clock.pauseReason === "promised_materials" && !pendingMaterialPromises(s).length) {
        rt.resume();
        for (const token of [...s.tokens]) {
          const node = rt.node(token.node);
          rt.typeOf(node).resume?.(rt, node, token);
        }
      }
      return undefined;
    }
    case "withdraw": {
      if (!withdrawable(s)) return notAllowed(say("申请已受理或已办结，不能撤回", "The application has been accepted or completed and can no longer be withdrawn"));
      const denied = applicantOnly(event.actor);
      if (denied) return denied;
      rt.terminate("withdrawn", event.reason || undefined);
      return undefined;
    }
    case "timer_fired":
      return fireTimer(rt, event.timerId);
    case "rate": {
      if ((s.status !== "completed" && s.status !== "rejected") || s.rating) return notAllowed(s.rating ? say("已评价，每件事只能评价一次", "Already rated: each case can be rated once") : say("办结后才能评价", "A case can be rated once it is completed"));
      const denied = applicantOnly(event.actor);
      if (denied) return denied;
      s.rating = { score: event.score, comment: event.comment, at: rt.now, by: event.actor.id };
      rt.log("rated", say(`好差评：${event.score} 分${event.comment ? `，${event.comment}` : ""}`, `Service rating: ${event.score} of 5${event.comment ? `, ${event.comment}` : ""}`));
      rt.outbox("case.rated", { score: event.score, comment: event.comment });
      return undefined;
    }
    default:
      return notAllowed(say(`未知事件 ${(event as { type: string }).type}`, `Unknown event ${(event as { type: string }).type}`));
  }
}

function fireTimer(rt: Runtime, timerId: string): FlowError | undefined {
  const s = rt.state;
  const timer = s.timers[timerId];
  if (!timer) return { code: "conflict", message: say(`计时器 ${timerId} 已触发或已取消`, `Timer ${timerId} has already fired or been cancelled`), allowed: [] };
  delete s.timers[timerId];
  const token = timer.token ? rt.token(timer.token) : undefined;
  switch (timer.kind) {
    case "reminder": {
      if (!token) return undefined;
      const node = rt.node(token.node);
      for (const task of rt.openTasks(token)) {
        rt.effects.push({ type: "notify_staff", kind: "reminder", department: task.department, role: task.role, ...(task.assignee ? { assignee: task.assignee } : {}), taskId: task.id, message: `「${task.name}」将于 ${task.dueAt ? beijingDateTime(task.dueAt) : ""} 到期，请及时办理` });
      }
      rt.log("reminder", say(`「${rt.name(node).zh}」临近承诺时限，已提醒`, `"${rt.name(node).en}" is close to its promised time limit; reminder sent`), { node: node.id, actor: "system" });
      return undefined;
    }
    case "node_due": {
      if (!token) return undefined;
      const node = rt.node(token.node);
      rt.typeOf(node).timeout?.(rt, node, token);
      return undefined;
    }
    case "case_reminder":
      rt.log("case_due_soon", say(`案件将于 ${s.clock.dueAt ? beijingDateTime(s.clock.dueAt) : ""} 到达承诺时限`, `The case reaches its promised time limit on ${s.clock.dueAt ? beijingDateTimeEn(s.clock.dueAt) : ""}`), { actor: "system" });
      rt.outbox("case.due_soon", { dueAt: s.clock.dueAt });
      return undefined;
    case "case_due":
      s.clock.overdue = true;
      rt.log("case_overdue", say("案件超过承诺办结时限", "The case passed its promised time limit"), { actor: "system" });
      rt.outbox("case.overdue", { dueAt: s.clock.dueAt });
      return undefined;
    case "case_statutory_due":
      s.clock.statutoryOverdue = true;
      rt.log("case_statutory_overdue", say("案件超过法定办结时限", "The case passed its statutory time limit"), { actor: "system" });
      rt.outbox("case.statutory_overdue", { dueAt: s.clock.statutoryDueAt });
      return undefined;
    case "promise_deadline":
      promiseBroken(rt, timer.promise!);
      return undefined;
    case "correction_deadline": {
      const c = s.correction;
      if (!c || c.id !== timer.correction) return undefined;
      rt.log("correction_expired", say("申请人逾期未补正，视为撤回申请", "The applicant did not correct in time: the application counts as withdrawn"), { node: c.node, actor: "system" });
      rt.terminate("rejected", "逾期未补正，视为撤回申请", c.node);
      return undefined;
    }
  }
}

/** A 容缺 promise passed its deadline unfulfilled: credit record, then the flow's promise_broken branch or the end. */
function promiseBroken(rt: Runtime, promiseId: string): void {
  const s = rt.state;
  const p = s.promises.find((x) => x.id === promiseId);
  if (!p || p.status !== "pending") return;
  p.status = "broken";
  const missing = p.materials.filter((m) => !p.supplied.includes(m));
  rt.effects.push({ type: "credit_record", subject: s.applicant ?? "", promiseId: p.id, materials: missing, ...(p.deadline ? { deadline: p.deadline } : {}), reason: "容缺受理承诺逾期未补交材料" });
  rt.log("promise_broken", say(`容缺承诺逾期未履行，未补交：${rt.materialNames(missing)}，已记入信用记录`, `The promise to supply materials was broken (${rt.materialNames(missing, true)} not supplied); recorded in the credit record`), { node: p.node, actor: "system" });
  rt.outbox("credit.recorded", { promiseId: p.id, materials: missing, deadline: p.deadline, subject: s.applicant });
  rt.notifyApplicant("promise_broken", `您未在承诺期限内补交：${rt.materialNames(missing)}，已记入信用记录。`, { materials: missing });
  const edge = rt.edgeFor(p.node, "promise_broken");
  if (!edge) {
    rt.terminate("rejected", "容缺承诺逾期未履行，终止办理", p.node);
    return;
  }
  for (const token of [...s.tokens]) rt.drop(token);
  s.joins = {};
  if (s.correction?.timer) rt.cancelTimer(s.correction.timer);
  delete s.correction;
  delete s.suspension;
  if (s.clock.pausedSince) rt.resume();
  const token = rt.spawn(p.node, []);
  rt.leave(token, "promise_broken");
}

/** Replays a case's accepted events from the start; the result equals the stored state (audit, migration). */
export function replay(def: FlowDefinition, caseId: string, log: Array<{ event: FlowEventInput | FlowEvent; at: string }>, idKey?: string): FlowState {
  let state = createCase(def, caseId, idKey);
  log.forEach(({ event, at }, i) => {
    const r = transition(def, state, event, at);
    if (!r.ok) throw new Error(`replay failed at event ${i} (${event.type}): ${zhOf(r.error.message)}`);
    state = r.state;
  });
  return state;
}

/** Marks promised materials supplied; a promise with every material supplied is fulfilled and its deadline timer ends. */
function fulfilPromises(rt: Runtime, s: FlowState, materials: readonly string[]): void {
  for (const p of pendingMaterialPromises(s)) {
    // a material is named "item/material" or by its id alone: what is recorded supplied is the promise's own name for it
    for (const m of p.materials) if (materials.some((x) => sameMaterial(x, m)) && !p.supplied.includes(m)) p.supplied.push(m);
    if (p.materials.every((m) => p.supplied.includes(m))) {
      p.status = "fulfilled";
      if (p.timer) rt.cancelTimer(p.timer);
      rt.outbox("promise.fulfilled", { promiseId: p.id, materials: p.materials });
    }
  }
}
