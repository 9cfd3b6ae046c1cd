// The server's flow engine: the spec/flow state machine for bundles whose published version has a runnable flow,
// the interim single review for bundles without one. Each case remembers its engine (flow_instances.engine).
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import type { Application } from "../store/applications.js";
import type { Task } from "../store/tasks.js";
import { definitionOf, machineRunner, MACHINE_ENGINE } from "./machine-runner.js";
import type { FlowRunner } from "./runner.js";
import { simpleReview } from "./simple-review.js";
import { notificationTimerHandlers } from "../notifications/timers.js";

// A case's engine never changes once the case exists, so every process may remember it (bounded).
const engines = new Map<string, string>();
const MAX = 50_000;

async function engineOf(q: Queryable, where: { instanceId: string } | { applicationId: string }): Promise<FlowRunner> {
  const key = "instanceId" in where ? `i:${where.instanceId}` : `a:${where.applicationId}`;
  let engine = engines.get(key);
  if (engine === undefined) {
    const row = "instanceId" in where
      ? await q.get<{ engine: string }>(sql`SELECT engine FROM flow_instances WHERE id = ${where.instanceId}`)
      : await q.get<{ engine: string }>(sql`SELECT engine FROM flow_instances WHERE application_id = ${where.applicationId}`);
    if (!row) return simpleReview;
    engine = row.engine;
    if (engines.size >= MAX) engines.delete(engines.keys().next().value!);
    engines.set(key, engine);
  }
  return engine === MACHINE_ENGINE ? machineRunner : simpleReview;
}

const forTask = (q: Queryable, task: Task) => engineOf(q, { instanceId: task.instanceId });
const forApplication = (q: Queryable, app: Application) => engineOf(q, { applicationId: app.id });

/** Dispatches every call to the engine of the case. */
export const flowEngine: FlowRunner = {
  start: (ctx, app, bundle, applicant) => (definitionOf(bundle) ? machineRunner : simpleReview).start(ctx, app, bundle, applicant),
  allowedActions: async (q, task, user) => (await forTask(q, task)).allowedActions(q, task, user),
  complete: async (ctx, task, d, user) => (await forTask(ctx.q, task)).complete(ctx, task, d, user),
  caseActions: async (q, app) => (await forApplication(q, app)).caseActions(q, app),
  caseEvent: async (ctx, app, e, user) => (await forApplication(ctx.q, app)).caseEvent(ctx, app, e, user),
  handling: async (q, app) => (await forApplication(q, app)).handling(q, app),
  timerHandlers: { ...simpleReview.timerHandlers, ...machineRunner.timerHandlers, ...notificationTimerHandlers },
};
