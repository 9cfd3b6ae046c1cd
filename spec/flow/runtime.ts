// The working context of one transition: a draft of the state, the effects gathered so far, and the
// operations node types use (tokens, tasks, timers, the case clock, terminating the case). Pure: time is the
// `now` passed in, ids come from the state's counter, so the same inputs always give the same outputs.
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from "../calendar/index.js";
import { evaluateCondition, type Condition, type ConditionContext } from "../conditions.js";
import { unmetParts, type VariableLabels } from "../condition-explain.js";
import type { FlowIndex } from "./graph.js";
import type { NodeRegistry, NodeType, TypedNode } from "./nodes/types.js";
import type { CaseLimit, EdgeOutcome, FlowEdge, RawFlowNode, TaskRole } from "./schema.js";
import type { Actor, Effect, FlowState, LogEntry, Task, Timer, Token } from "./state.js";
import { enOf, say, zhOf, type Bilingual } from "../bilingual.js";
import { caseObjectId } from "./ids.js";
import { nodeName } from "./names.js";

/** A flow ready to run: the spec, its definition version and the working calendar its limits count in. */
export interface FlowDefinition {
  key?: string;
  version: number;
  flow: { nodes: RawFlowNode[]; edges: FlowEdge[]; caseLimit?: CaseLimit };
  calendar: WorkingCalendar;
  /**
   * Materials that may be supplied after acceptance (容缺后补), by material id and by "item/material", with
   * the working days allowed; when given, 容缺受理 is refused for any other material.
   */
  deferrable?: Record<string, { days?: number; name?: string }>;
  /** Names of every material of the bundle by "item/material", for the audit trail (补交材料, 补正). */
  materialNames?: Record<string, string>;
  /** What people call the variables the flow's rules read ("data.father.idType" → "父亲 / 证件类型"), so that a
   *  rule that did not hold can say which check failed. */
  variableLabels?: VariableLabels;
  /** When each item of the bundle applies (the guide's applicability), by item id with the item's name: a step that
   *  decides an item (node.data.item) which does not apply to the case is skipped, with the reason in the audit. */
  itemApplicability?: Record<string, { name: string; when: Condition }>;
}

const MAX_STEPS = 10_000;

/** One transition's context; created by the machine, used by node types. */
export class Runtime {
  readonly effects: Effect[] = [];
  private steps = 0;
  /** The officer's reason while a refusal travels down its reject edge, so the end node it reaches ends the case
   *  with that reason rather than with its own name. */
  refusalReason: string | undefined;

  constructor(
    readonly def: FlowDefinition,
    readonly index: FlowIndex,
    readonly state: FlowState,
    readonly now: string,
    readonly registry: NodeRegistry,
    readonly actor: Actor | undefined,
    readonly requestId: string | undefined,
  ) {}

  /** A new id, unique within the case and derived only from the state's counter. */
  id(prefix: string): string {
    this.state.seq += 1;
    return caseObjectId(this.state.caseId, prefix, this.state.seq, this.state.idKey);
  }

  /** The condition context of the case: guide answers and form data. */
  context(): ConditionContext {
    return { answers: this.state.answers, data: this.state.data };
  }

  /** A node of the flow by id (the flow is validated, so a missing one is a bug). */
  node(id: string): TypedNode<Record<string, unknown>> {
    const n = this.index.nodes.get(id);
    if (!n) throw new Error(`flow has no node ${id}`);
    return n as TypedNode<Record<string, unknown>>;
  }

  /** The node type that implements a node. */
  typeOf(node: RawFlowNode): NodeType {
    const t = this.registry.get(node.type);
    if (!t) throw new Error(`unknown node type ${node.type}`);
    return t;
  }

  /** The label people see for a node: its own, else its type's (the Chinese of name()). */
  label(node: RawFlowNode): string {
    return this.name(node).zh;
  }

  /** What people call a node, in both languages: its label, else its type's (spec/flow/names.ts). */
  name(node: RawFlowNode): Bilingual {
    return nodeName(node, this.typeOf(node));
  }

  /** The names people see for material ids (容缺 materials carry their item's name; others stay as given). */
  materialNames(ids: readonly string[], english = false): string {
    const names = ids.map((id) => this.def.deferrable?.[id]?.name ?? this.def.materialNames?.[id] ?? id);
    return english ? names.map((n) => `"${n}"`).join(", ") : names.join("、");
  }

  /** The parts of a condition that do not hold for this case, in words (see spec/condition-explain.ts). */
  unmet(condition: Condition | undefined): Bilingual[] {
    return unmetParts(condition, this.context(), this.def.variableLabels);
  }

  /** Appends an audit entry (who, when, what, which definition version). */
  log(kind: string, message: string | Bilingual, extra: Partial<Pick<LogEntry, "node" | "task" | "details" | "actor" | "department">> = {}): void {
    const en = enOf(message);
    const entry: LogEntry = {
      seq: this.state.seq + 1,
      at: this.now,
      actor: extra.actor ?? this.actor?.id ?? "system",
      kind,
      message: zhOf(message),
      ...(en !== undefined ? { messageEn: en } : {}),
      version: this.def.version,
      ...(this.actor?.department && !extra.actor ? { department: this.actor.department } : {}),
      ...(this.requestId ? { requestId: this.requestId } : {}),
      ...extra,
    };
    this.state.seq += 1;
    this.effects.push({ type: "append_event", entry });
  }

  /** Queues a message for supervision subscribers (审管联动), delivered by the host through signed webhooks. */
  outbox(topic: string, payload: Record<string, unknown> = {}): void {
    this.effects.push({ type: "outbox", topic, payload: { caseId: this.state.caseId, version: this.def.version, at: this.now, ...payload } });
  }

  /** Tells the applicant something (SMS, portal message); the host chooses the channel. */
  notifyApplicant(kind: string, message: string, details?: Record<string, unknown>): void {
    this.effects.push({ type: "notify_applicant", kind, message, ...(details ? { details } : {}) });
  }

  // ---- tokens -------------------------------------------------------------------------------------------

  /** Creates a token at a node without entering it. */
  spawn(nodeId: string, frames: Token["frames"]): Token {
    const token: Token = { id: this.id("k"), node: nodeId, frames, enteredAt: this.now, timers: [] };
    this.state.tokens.push(token);
    return token;
  }

  /** A live token by id. */
  token(id: string): Token | undefined {
    return this.state.tokens.find((t) => t.id === id);
  }

  /** Moves a token onto a node and runs the node's behaviour. */
  enter(token: Token, nodeId: string): void {
    if (++this.steps > MAX_STEPS) throw new Error("flow does not settle (a cycle without a waiting node)");
    const node = this.node(nodeId);
    token.node = nodeId;
    token.enteredAt = this.now;
    token.timers = [];
    delete token.dueAt;
    delete token.statutoryDueAt;
    delete token.countersign;
    delete token.overdue;
    this.state.path.push(nodeId);
    if (this.skipsItemNotApplying(node, token)) return;
    this.typeOf(node).enter(this, node, token);
  }

  /** A step deciding an item that does not apply to this case (the guide's answers) is not worked: it is passed along
   *  its normal way on, and the audit says why in words. False when the step is worked as usual. */
  private skipsItemNotApplying(node: TypedNode<Record<string, unknown>>, token: Token): boolean {
    const item = node.data.item;
    const rule = typeof item === "string" ? this.def.itemApplicability?.[item] : undefined;
    if (!rule || evaluateCondition(rule.when, this.context())) return false;
    const edge = this.edgeFor(node.id);
    if (!edge) return false;
    const why = this.unmet(rule.when);
    const name = this.name(node);
    this.log("step_skipped", say(
      `「${name.zh}」已跳过：事项「${rule.name}」不适用于本案${why.length ? `（${why.map((w) => w.zh).join("；")}）` : ""}，无需办理`,
      `"${name.en}" skipped: the item "${rule.name}" does not apply to this case${why.length ? ` (${why.map((w) => w.en).join("; ")})` : ""}, so there is nothing to decide`,
    ), { node: node.id, actor: "system", details: { item, reason: "item_not_applicable", unmet: why } });
    this.enter(token, edge.target);
    return true;
  }

  /** Drops a token: its timers are cancelled and its open tasks closed as cancelled. */
  drop(token: Token, taskOutcome = "cancelled"): void {
    for (const t of token.timers) this.cancelTimer(t);
    token.timers = [];
    for (const task of this.openTasks(token)) this.closeTask(task, taskOutcome);
    this.state.tokens = this.state.tokens.filter((t) => t !== token);
  }

  /** The outgoing edge for an outcome: the edge labelled with it, else (for approve/promise) the normal edge. */
  edgeFor(nodeId: string, outcome?: EdgeOutcome): FlowEdge | undefined {
    const edges = this.index.out.get(nodeId) ?? [];
    if (outcome) {
      const exact = edges.find((e) => e.data?.outcome === outcome);
      if (exact) return exact;
      if (outcome === "reject" || outcome === "promise_broken") return undefined;
    }
    return edges.find((e) => !e.data?.outcome || e.data.outcome === "approve");
  }

  /** Leaves a node along the edge for an outcome; returns false when the node has no such edge. */
  leave(token: Token, outcome?: EdgeOutcome): boolean {
    const edge = this.edgeFor(token.node, outcome);
    if (!edge) return false;
    for (const t of token.timers) this.cancelTimer(t);
    token.timers = [];
    this.enter(token, edge.target);
    return true;
  }

  /** A handling node decided: approve goes on, reject follows the reject edge or ends the case as rejected. */
  decide(token: Token, outcome: "approve" | "reject", reason?: string): void {
    if (outcome === "approve") {
      this.leave(token);
      return;
    }
    this.refusalReason = reason;
    try {
      if (!this.leave(token, "reject")) this.terminate("rejected", reason ?? "不予许可", token.node);
    } finally {
      this.refusalReason = undefined;
    }
  }

  // ---- tasks --------------------------------------------------------------------------------------------

  /** The open tasks of a token (countersign may have several). */
  openTasks(token: Token): Task[] {
    return Object.values(this.state.tasks).filter((t) => t.token === token.id && t.status === "open");
  }

  /** Opens a task for a department role (or a person) at the token's node, due when the node is due. */
  createTask(token: Token, spec: { kind: Task["kind"]; name: string; department: string; role: TaskRole; assignee?: string; round?: number }): Task {
    const task: Task = {
      id: this.id("t"),
      node: token.node,
      token: token.id,
      kind: spec.kind,
      name: spec.name,
      department: spec.department,
      role: spec.role,
      ...(spec.assignee ? { assignee: spec.assignee } : {}),
      status: "open",
      createdAt: this.now,
      ...(token.dueAt ? { dueAt: token.dueAt } : {}),
      ...(token.statutoryDueAt ? { statutoryDueAt: token.statutoryDueAt } : {}),
      ...(this.state.clock.pausedSince ? { paused: true } : {}),
      round: spec.round ?? 1,
    };
    this.state.tasks[task.id] = task;
    this.effects.push({ type: "create_task", task: { ...task } });
    return task;
  }

  /** Closes a task with its outcome (approved, rejected, returned, issued, timeout_approved, cancelled). */
  closeTask(task: Task, outcome: string, by?: string): void {
    task.status = outcome === "cancelled" ? "cancelled" : "done";
    task.outcome = outcome;
    this.effects.push({ type: "close_task", taskId: task.id, outcome, ...(by ? { by } : {}) });
  }

  /** Reports a changed open task (claimed, escalated, due date moved). */
  updateTask(task: Task): void {
    this.effects.push({ type: "update_task", task: { ...task } });
  }

  // ---- timers and clocks --------------------------------------------------------------------------------

  /** Schedules a timer under a fresh id; the host fires it once as timer_fired. */
  schedule(kind: Timer["kind"], dueAt: Date | string, refs: Pick<Timer, "node" | "token" | "promise" | "correction"> = {}): Timer {
    const timer: Timer = { id: this.id("m"), kind, dueAt: new Date(dueAt).toISOString(), ...refs };
    this.state.timers[timer.id] = timer;
    this.effects.push({ type: "schedule_timer", timer: { ...timer } });
    return timer;
  }

  /** Cancels a timer if it is still scheduled or held back. */
  cancelTimer(id: string): void {
    if (this.state.timers[id]) {
      delete this.state.timers[id];
      this.effects.push({ type: "cancel_timer", timerId: id });
    }
    this.state.clock.suspended = this.state.clock.suspended.filter((t) => t.id !== id);
  }

  /** A working-day deadline in the definition's calendar. */
  addDays(from: Date | string, days: number): string {
    return addWorkingDays(from, days, this.def.calendar).toISOString();
  }

  /** Starts a node's clock: due dates on the token and timers for the reminder and the promised limit. */
  startNodeClock(token: Token, limits: { promisedDays?: number; statutoryDays?: number; reminderDays?: number }): void {
    if (limits.promisedDays === undefined) return;
    token.dueAt = this.addDays(this.now, limits.promisedDays);
    if (limits.statutoryDays !== undefined) token.statutoryDueAt = this.addDays(this.now, limits.statutoryDays);
    const remind = limits.reminderDays ?? 0;
    if (remind > 0 && limits.promisedDays > remind) {
      token.timers.push(this.schedule("reminder", this.addDays(this.now, limits.promisedDays - remind), { node: token.node, token: token.id }).id);
    }
    token.timers.push(this.schedule("node_due", token.dueAt, { node: token.node, token: token.id }).id);
    if (this.state.clock.pausedSince) this.suspendAll();
  }

  /** Starts the case clock (at acceptance): promised and statutory due dates and their timers. */
  startCaseClock(): void {
    const clock = this.state.clock;
    if (clock.startedAt) return;
    clock.startedAt = this.now;
    const limit = this.def.flow.caseLimit;
    if (!limit) return;
    clock.dueAt = this.addDays(this.now, limit.promisedDays);
    clock.statutoryDueAt = this.addDays(this.now, limit.statutoryDays);
    if (limit.reminderDays > 0 && limit.promisedDays > limit.reminderDays) {
      clock.timers.push(this.schedule("case_reminder", this.addDays(this.now, limit.promisedDays - limit.reminderDays)).id);
    }
    clock.timers.push(this.schedule("case_due", clock.dueAt).id);
    clock.timers.push(this.schedule("case_statutory_due", clock.statutoryDueAt).id);
  }

  /** Holds back every running timer except the applicant's own deadlines (they keep running). */
  private suspendAll(): void {
    for (const timer of Object.values(this.state.timers)) {
      if (timer.kind === "promise_deadline" || timer.kind === "correction_deadline") continue;
      delete this.state.timers[timer.id];
      this.effects.push({ type: "cancel_timer", timerId: timer.id });
      this.state.clock.suspended.push({ ...timer, heldSince: this.now });
    }
  }

  /**
   * The clock stops: the case waits for the applicant (一次性告知补正, promised materials), or it is suspended for a
   * legal reason (中止: the case stays running but nothing is due meanwhile).
   */
  pause(reason: "correction" | "promised_materials" | "suspended"): void {
    const clock = this.state.clock;
    if (reason !== "suspended") this.state.status = "waiting_applicant";
    if (!clock.pausedSince) clock.pausedSince = this.now;
    clock.pauseReason = reason;
    this.suspendAll();
    for (const task of Object.values(this.state.tasks)) {
      if (task.status !== "open" || task.paused) continue;
      task.paused = true;
      this.updateTask(task);
    }
  }

  /**
   * The applicant answered: the clock resumes and every due date moves on by the working days it was held —
   * the whole pause, or for a node that started during the pause, the part since it started. `logged: false` when
   * the caller's own entry already says so (lifting a suspension: "…结束，恢复办理；中止 N 个工作日"), so the audit
   * trail does not tell one resumption twice.
   */
  resume(o: { logged?: boolean } = {}): number {
    const clock = this.state.clock;
    if (!clock.pausedSince) return 0;
    const pausedSince = clock.pausedSince;
    const heldDays = (since: string): number => Math.max(0, workingDaysBetween(since > pausedSince ? since : pausedSince, this.now, this.def.calendar));
    const days = heldDays(pausedSince);
    clock.pauses.push({ from: clock.pausedSince, to: this.now, reason: clock.pauseReason ?? "correction", days });
    clock.pausedDays += days;
    delete clock.pausedSince;
    delete clock.pauseReason;
    this.state.status = "running";
    const shift = (iso: string | undefined, by = days): string | undefined => (iso && by > 0 ? this.addDays(iso, by) : iso);
    clock.dueAt = shift(clock.dueAt);
    clock.statutoryDueAt = shift(clock.statutoryDueAt);
    const renamed = new Map<string, string>();
    for (const old of clock.suspended) {
      const timer = this.schedule(old.kind, shift(old.dueAt, heldDays(old.heldSince ?? pausedSince))!, { ...(old.node ? { node: old.node } : {}), ...(old.token ? { token: old.token } : {}) });
      renamed.set(old.id, timer.id);
    }
    clock.suspended = [];
    const rename = (ids: string[]): string[] => ids.map((id) => renamed.get(id) ?? id);
    clock.timers = rename(clock.timers);
    for (const token of this.state.tokens) {
      const by = heldDays(token.enteredAt);
      token.timers = rename(token.timers);
      token.dueAt = shift(token.dueAt, by);
      token.statutoryDueAt = shift(token.statutoryDueAt, by);
      for (const task of this.openTasks(token)) {
        const wasPaused = task.paused;
        delete task.paused;
        if (by > 0 && task.dueAt) {
          task.dueAt = shift(task.dueAt, by);
          task.statutoryDueAt = shift(task.statutoryDueAt, by);
        } else if (!wasPaused) continue;
        this.updateTask(task);
      }
    }
    if (o.logged !== false) this.log("clock_resumed", say(`计时恢复，暂停 ${days} 个工作日`, `Clock resumed after ${days} working day${days === 1 ? "" : "s"} paused`), { details: { pausedDays: days } });
    return days;
  }

  /** Moves a scheduled timer later by working days (延期): cancelled and scheduled again under a new id. */
  postpone(timerId: string, days: number): string {
    const old = this.state.timers[timerId];
    if (!old || days <= 0) return timerId;
    this.cancelTimer(timerId);
    const refs = { ...(old.node ? { node: old.node } : {}), ...(old.token ? { token: old.token } : {}), ...(old.promise ? { promise: old.promise } : {}), ...(old.correction ? { correction: old.correction } : {}) };
    return this.schedule(old.kind, this.addDays(old.dueAt, days), refs).id;
  }

  // ---- ending -------------------------------------------------------------------------------------------

  /** Ends the case: every token, task and timer goes; supervision and the applicant are told. */
  terminate(status: "completed" | "rejected" | "withdrawn", reason: string | undefined, node?: string): void {
    for (const token of [...this.state.tokens]) this.drop(token);
    for (const id of [...this.state.clock.timers]) this.cancelTimer(id);
    for (const t of Object.values(this.state.timers)) this.cancelTimer(t.id);
    for (const p of this.state.promises) if (p.timer) this.cancelTimer(p.timer);
    if (this.state.correction?.timer) this.cancelTimer(this.state.correction.timer);
    this.state.clock.timers = [];
    this.state.clock.suspended = [];
    delete this.state.suspension;
    if (this.state.clock.pausedSince) {
      const days = Math.max(0, workingDaysBetween(this.state.clock.pausedSince, this.now, this.def.calendar));
      this.state.clock.pauses.push({ from: this.state.clock.pausedSince, to: this.now, reason: this.state.clock.pauseReason ?? "correction", days });
      this.state.clock.pausedDays += days;
      delete this.state.clock.pausedSince;
      delete this.state.clock.pauseReason;
    }
    this.state.status = status;
    this.state.outcome = { status, ...(reason ? { reason } : {}), at: this.now, ...(node ? { node } : {}) };
    const elapsed = this.state.clock.startedAt
      ? Math.max(0, workingDaysBetween(this.state.clock.startedAt, this.now, this.def.calendar) - this.state.clock.pausedDays)
      : 0;
    const summary = { status, reason, elapsedWorkingDays: elapsed, pausedWorkingDays: this.state.clock.pausedDays, results: this.state.results };
    if (status === "withdrawn") {
      this.log("case_withdrawn", say(`申请人撤回申请${reason ? `：${reason}` : ""}`, `The applicant withdrew the application${reason ? `: ${reason}` : ""}`), { details: { reason: reason ?? "" } });
      this.outbox("case.withdrawn", summary);
    } else if (status === "completed") {
      this.log("case_completed", say("办结", "Case completed"), { ...(node ? { node } : {}), details: { elapsedWorkingDays: elapsed } });
      this.outbox("case.completed", summary);
      this.notifyApplicant("completed", "您的事项已办结，欢迎对本次服务进行评价。");
    } else {
      this.log("case_rejected", say(`不予办理：${reason ?? ""}`, `Not granted: ${reason ?? ""}`), { ...(node ? { node } : {}) });
      this.outbox("case.rejected", summary);
      this.notifyApplicant("rejected", `您的申请未获通过：${reason ?? ""}`, { reason });
    }
  }
}
