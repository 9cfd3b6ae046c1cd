// Flow instances and their tasks. Every state change is a conditional UPDATE, so two racing workers never both win.
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { fromJson, iso, newId } from "../util.js";
import { bumpCount, recordClosed } from "./task-counts.js";

/** A stored task. */
export interface Task {
  id: string; instanceId: string; applicationId: string; node: string; activation: number; name: string; department: string;
  role: "clerk" | "reviewer"; assignee: string | null; status: "open" | "done" | "cancelled"; outcome: string | null; comment: string | null;
  createdAt: string; dueAt: string | null; completedAt: string | null; completedBy: string | null; requestId: string | null;
}

/** A task row as stored (for the list queries of task-lists.ts). */
export interface TaskRow { id: string; instance_id: string; application_id: string; node: string; activation: number; name: string; department: string; role: string; assignee: string | null; status: string; outcome: string | null; comment: string | null; created_at: string; due_at: string | null; completed_at: string | null; completed_by: string | null; request_id: string | null }

/** A stored row as a task. */
export const toTask = (r: TaskRow): Task => ({
  id: r.id, instanceId: r.instance_id, applicationId: r.application_id, node: r.node, activation: Number(r.activation), name: r.name,
  department: r.department, role: r.role as Task["role"], assignee: r.assignee, status: r.status as Task["status"], outcome: r.outcome,
  comment: r.comment, createdAt: r.created_at, dueAt: r.due_at, completedAt: r.completed_at, completedBy: r.completed_by, requestId: r.request_id,
});

/** A flow instance: the state of one application's flow, with a revision counter for optimistic concurrency. */
export interface FlowInstance { id: string; applicationId: string; bundleKey: string; definitionVersion: number; engine: string; state: unknown; status: string; rev: number }

/** Creates the flow instance of an application (one per application). */
export async function insertInstance(q: Queryable, i: Omit<FlowInstance, "id" | "rev">, now: Date): Promise<FlowInstance> {
  const id = newId();
  await q.run(sql`INSERT INTO flow_instances (id, application_id, bundle_key, definition_version, engine, state, status, rev, created_at, updated_at)
    VALUES (${id}, ${i.applicationId}, ${i.bundleKey}, ${i.definitionVersion}, ${i.engine}, ${storedState(i.state)}, ${i.status}, 1, ${iso(now)}, ${iso(now)})`);
  return { ...i, id, rev: 1 };
}

// The case's answers and form data live once, in its application row; the flow state is stored without them and
// gets them back when it is loaded, so the two can never disagree (a correction updates the row in the same
// transaction before the machine sees it).
function storedState(state: unknown): string {
  if (!state || typeof state !== "object" || !("data" in state || "answers" in state)) return JSON.stringify(state);
  return JSON.stringify({ ...state, answers: {}, data: {} });
}

/** Loads an instance, its state carrying the case's answers and data from the application row. */
export async function getInstance(q: Queryable, id: string): Promise<FlowInstance | undefined> {
  const r = await q.get<{ id: string; application_id: string; bundle_key: string; definition_version: number; engine: string; state: string; status: string; rev: number; app_answers: string | null; app_data: string | null }>(
    sql`SELECT f.*, a.answers AS app_answers, a.data AS app_data FROM flow_instances f LEFT JOIN applications a ON a.id = f.application_id WHERE f.id = ${id}`,
  );
  if (!r) return undefined;
  const state = fromJson<unknown>(r.state);
  const hydrated = state && typeof state === "object" && "data" in state && r.app_data !== null
    ? { ...state, answers: fromJson(r.app_answers ?? "{}"), data: fromJson(r.app_data) }
    : state;
  return { id: r.id, applicationId: r.application_id, bundleKey: r.bundle_key, definitionVersion: Number(r.definition_version), engine: r.engine, state: hydrated, status: r.status, rev: Number(r.rev) };
}

/** Writes an instance's new state if nobody changed it since `rev` was read; false on a lost race. */
export async function updateInstance(q: Queryable, id: string, rev: number, state: unknown, status: string, now: Date): Promise<boolean> {
  const rows = await q.all(sql`UPDATE flow_instances SET state = ${storedState(state)}, status = ${status}, rev = rev + 1, updated_at = ${iso(now)}
    WHERE id = ${id} AND rev = ${rev} RETURNING id`);
  return rows.length === 1;
}

/** Opens a task; the (instance, node, activation) guard makes a duplicate impossible. Returns undefined if it existed.
 * The task carries its case's one-thing (for indexed inbox filters) and is counted in the task summary. */
export async function insertTask(q: Queryable, t: Pick<Task, "instanceId" | "applicationId" | "node" | "activation" | "name" | "department" | "role"> & { id?: string; dueAt?: Date; assignee?: string }, now: Date): Promise<Task | undefined> {
  const id = t.id ?? newId();
  const rows = await q.all<TaskRow>(sql`INSERT INTO tasks (id, instance_id, application_id, node, activation, name, department, role, assignee, status, created_at, due_at, bundle_key)
    VALUES (${id}, ${t.instanceId}, ${t.applicationId}, ${t.node}, ${t.activation}, ${t.name}, ${t.department}, ${t.role}, ${t.assignee ?? null}, 'open', ${iso(now)}, ${t.dueAt ? iso(t.dueAt) : null},
      (SELECT bundle_key FROM applications WHERE id = ${t.applicationId}))
    ON CONFLICT (instance_id, node, activation) DO NOTHING RETURNING *`);
  if (rows[0]) await bumpCount(q, id, t.department, t.role, "open", 1);
  return rows[0] && toTask(rows[0]);
}

/** Moves a task that just left 'open' from the open count to its new status, and into the day's statistics. */
async function countClosed(q: Queryable, r: TaskRow): Promise<void> {
  await bumpCount(q, r.id, r.department, r.role, "open", -1);
  await bumpCount(q, r.id, r.department, r.role, r.status, 1);
  if (r.status === "done" && r.completed_at) await recordClosed(q, { id: r.id, department: r.department, createdAt: r.created_at, dueAt: r.due_at, completedAt: r.completed_at });
}

/** One task. */
export async function getTask(q: Queryable, id: string): Promise<Task | undefined> {
  const r = await q.get<TaskRow>(sql`SELECT * FROM tasks WHERE id = ${id}`);
  return r && toTask(r);
}

/** Closes an open task with an outcome; undefined when it was no longer open (someone else won). */
export async function closeTask(q: Queryable, id: string, c: { outcome: string; comment: string; by: string; requestId: string | null }, now: Date): Promise<Task | undefined> {
  const rows = await q.all<TaskRow>(sql`UPDATE tasks SET status = 'done', outcome = ${c.outcome}, comment = ${c.comment}, completed_by = ${c.by},
    completed_at = ${iso(now)}, request_id = ${c.requestId} WHERE id = ${id} AND status = 'open' RETURNING *`);
  if (rows[0]) await countClosed(q, rows[0]);
  return rows[0] && toTask(rows[0]);
}

/** Mirrors a flow engine's change of an open task (claimed, escalated, transferred, due date moved). A move to
 * another department or role moves its count too: the update is conditional on the department and role read, so
 * a concurrent move is seen and retried rather than counted twice. */
export async function updateOpenTask(q: Queryable, id: string, t: { assignee?: string | null; department: string; role: string; dueAt?: string | null }): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const old = await q.get<{ department: string; role: string }>(sql`SELECT department, role FROM tasks WHERE id = ${id} AND status = 'open'`);
    if (!old) return;
    const n = await q.run(sql`UPDATE tasks SET assignee = ${t.assignee ?? null}, department = ${t.department}, role = ${t.role}, due_at = ${t.dueAt ?? null}
      WHERE id = ${id} AND status = 'open' AND department = ${old.department} AND role = ${old.role}`);
    if (!n) continue;
    if (old.department !== t.department || old.role !== t.role) {
      await bumpCount(q, id, old.department, old.role, "open", -1);
      await bumpCount(q, id, t.department, t.role, "open", 1);
    }
    return;
  }
  throw new Error(`task ${id} kept changing while being updated`);
}

/** Mirrors a flow engine's closing of a task with its outcome (cancelled ones are marked cancelled). */
export async function finishTask(q: Queryable, id: string, c: { outcome: string; by: string | null; comment: string | null; requestId: string | null }, now: Date): Promise<boolean> {
  const status = c.outcome === "cancelled" ? "cancelled" : "done";
  const rows = await q.all<TaskRow>(sql`UPDATE tasks SET status = ${status}, outcome = ${c.outcome}, completed_by = ${c.by}, completed_at = ${iso(now)},
    comment = ${c.comment}, request_id = ${c.requestId} WHERE id = ${id} AND status = 'open' RETURNING *`);
  if (rows[0]) await countClosed(q, rows[0]);
  return rows.length > 0;
}

/** Cancels every open task of an instance (the flow ended elsewhere). */
export async function cancelOpenTasks(q: Queryable, instanceId: string, now: Date): Promise<number> {
  const rows = await q.all<TaskRow>(sql`UPDATE tasks SET status = 'cancelled', completed_at = ${iso(now)} WHERE instance_id = ${instanceId} AND status = 'open' RETURNING *`);
  for (const r of rows) await countClosed(q, r);
  return rows.length;
}

/** Every task of an application, oldest first. */
export async function tasksOfApplication(q: Queryable, applicationId: string): Promise<Task[]> {
  const rows = await q.all<TaskRow>(sql`SELECT * FROM tasks WHERE application_id = ${applicationId} ORDER BY created_at, id`);
  return rows.map(toTask);
}
