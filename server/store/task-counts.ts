// The incrementally maintained task summary: counts per department, role and status (task_counts) and closed-task
// statistics per Beijing day and department (closed_stats). Every task write in store/tasks.ts adjusts them in its
// own transaction, so inbox and supervision counts read a handful of rows instead of counting tasks. Counters are
// spread over SHARDS rows (by task id) so concurrent writes in one department do not queue on a single row lock.
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";

/** Counter rows per (department, role, status) and per (day, department). */
export const SHARDS = 4;
const BEIJING_MS = 8 * 3_600_000;

/** The counter shard of a task (stable: a task always moves its own shard's counts). */
export function shardOf(taskId: string): number {
  let h = 0;
  for (let i = 0; i < taskId.length; i++) h = (h * 31 + taskId.charCodeAt(i)) | 0;
  return Math.abs(h) % SHARDS;
}

/** The Beijing calendar day (YYYY-MM-DD) of an instant: statistics are by the office's day, not UTC's. */
export function beijingDay(at: string | Date): string {
  return new Date(new Date(at).getTime() + BEIJING_MS).toISOString().slice(0, 10);
}

/** Adds `delta` to the count of tasks of (department, role, status). */
export async function bumpCount(q: Queryable, taskId: string, department: string, role: string, status: string, delta: number): Promise<void> {
  if (!delta) return;
  await q.run(sql`INSERT INTO task_counts (department, role, status, shard, n) VALUES (${department}, ${role}, ${status}, ${shardOf(taskId)}, ${delta})
    ON CONFLICT (department, role, status, shard) DO UPDATE SET n = task_counts.n + excluded.n`);
}

/** Records one handled task in its day's statistics (late when handled after its promised deadline). */
export async function recordClosed(q: Queryable, t: { id: string; department: string; createdAt: string; dueAt: string | null; completedAt: string }): Promise<void> {
  const late = t.dueAt !== null && t.completedAt > t.dueAt ? 1 : 0;
  const minutes = Math.max(0, Math.round((new Date(t.completedAt).getTime() - new Date(t.createdAt).getTime()) / 60_000));
  await q.run(sql`INSERT INTO closed_stats (day, department, shard, closed, late, handling_minutes)
    VALUES (${beijingDay(t.completedAt)}, ${t.department}, ${shardOf(t.id)}, 1, ${late}, ${minutes})
    ON CONFLICT (day, department, shard) DO UPDATE SET closed = closed_stats.closed + 1, late = closed_stats.late + excluded.late,
      handling_minutes = closed_stats.handling_minutes + excluded.handling_minutes`);
}

/** Task counts of (department, role, status): what the summary holds. */
export interface TaskCount { department: string; role: string; status: string; n: number }

/** Every non-zero count of the summary (a few rows per department: it never reads tasks). */
export async function taskCounts(q: Queryable, department?: string): Promise<TaskCount[]> {
  const rows = await q.all<{ department: string; role: string; status: string; n: number | string }>(department
    ? sql`SELECT department, role, status, SUM(n) AS n FROM task_counts WHERE department = ${department} GROUP BY department, role, status`
    : sql`SELECT department, role, status, SUM(n) AS n FROM task_counts GROUP BY department, role, status`);
  return rows.map((r) => ({ department: r.department, role: r.role, status: r.status, n: Number(r.n) })).filter((r) => r.n !== 0);
}

/** The same counts computed from the tasks themselves (a full scan: for tests, repair and the migration only). */
export async function recomputeTaskCounts(q: Queryable): Promise<TaskCount[]> {
  const rows = await q.all<{ department: string; role: string; status: string; n: number | string }>(
    sql`SELECT department, role, status, COUNT(*) AS n FROM tasks GROUP BY department, role, status`,
  );
  return rows.map((r) => ({ department: r.department, role: r.role, status: r.status, n: Number(r.n) }));
}

/** Handled tasks of a department (or all) over a period of Beijing days. */
export interface ClosedStat { department: string; closed: number; late: number; handlingMinutes: number }

/** Closed-task statistics per department for the days from..to (inclusive, YYYY-MM-DD). */
export async function closedStats(q: Queryable, from: string, to: string): Promise<ClosedStat[]> {
  const rows = await q.all<{ department: string; closed: number | string; late: number | string; m: number | string }>(
    sql`SELECT department, SUM(closed) AS closed, SUM(late) AS late, SUM(handling_minutes) AS m FROM closed_stats
      WHERE day >= ${from} AND day <= ${to} GROUP BY department`,
  );
  return rows.map((r) => ({ department: r.department, closed: Number(r.closed), late: Number(r.late), handlingMinutes: Number(r.m) }));
}

/** The same statistics computed from the tasks (a full scan: for tests only). */
export async function recomputeClosedStats(q: Queryable, from: string, to: string): Promise<ClosedStat[]> {
  const rows = await q.all<{ id: string; department: string; created_at: string; due_at: string | null; completed_at: string }>(
    sql`SELECT id, department, created_at, due_at, completed_at FROM tasks WHERE status = 'done'`,
  );
  const out = new Map<string, ClosedStat>();
  for (const r of rows) {
    const day = beijingDay(r.completed_at);
    if (day < from || day > to) continue;
    const s = out.get(r.department) ?? { department: r.department, closed: 0, late: 0, handlingMinutes: 0 };
    s.closed++;
    if (r.due_at !== null && r.completed_at > r.due_at) s.late++;
    s.handlingMinutes += Math.max(0, Math.round((new Date(r.completed_at).getTime() - new Date(r.created_at).getTime()) / 60_000));
    out.set(r.department, s);
  }
  return [...out.values()];
}
