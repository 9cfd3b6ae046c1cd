// What the server asks of a flow engine. Routes and workers call only this interface (flow/engine.ts, the spec/flow
// state machine in flow/machine-runner.ts), so tests may wrap it and the routes never see the machine's internals.
import type { CaseHandlingView } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import type { Published } from "../store/bundles.js";
import type { Application } from "../store/applications.js";
import type { Task } from "../store/tasks.js";
import type { Timer } from "../store/timers.js";
import type { User } from "../store/users.js";

/** Everything a flow step may touch: the open transaction and the time of the step. */
export interface FlowContext { q: Queryable; now: Date }

/** A staff decision on a task: the action, its comment, and the action's own fields (reason, deficiencies, …). */
export interface TaskDecision { action: string; comment: string; requestId: string | null; payload: Record<string, unknown> }

/** An applicant's event on their case (correction, promised materials). */
export interface CaseEvent { type: string; requestId: string | null; payload: Record<string, unknown> }

/** A flow engine. Every method runs inside the caller's transaction: its writes commit or roll back with the request. */
export interface FlowRunner {
  /** Starts the flow of a just-stored application: opens the first tasks, schedules deadlines, sets the status. */
  start(ctx: FlowContext, app: Application, bundle: Published, applicant: User): Promise<void>;
  /** The actions `user` may take on a task now (empty when none). */
  allowedActions(q: Queryable, task: Task, user: User): Promise<string[]>;
  /** Carries out a decision on a task; throws HttpError (400/403/404, 409 with allowed actions) when refused. */
  complete(ctx: FlowContext, task: Task, decision: TaskDecision, user: User): Promise<void>;
  /** Applies an applicant's event to their case; throws HttpError when the state does not allow it. */
  caseEvent(ctx: FlowContext, app: Application, event: CaseEvent, user: User): Promise<void>;
  /** The case-level actions the applicant may take now (e.g. applicant_corrected). */
  caseActions(q: Queryable, app: Application): Promise<string[]>;
  /** Where the case stands in its flow (deadlines, suspension, correction notice); undefined for engines without one. */
  handling(q: Queryable, app: Application): Promise<CaseHandlingView | undefined>;
  /** Handlers of the timers this engine schedules, by kind. */
  timerHandlers: Record<string, (ctx: FlowContext, timer: Timer) => Promise<void>>;
}
