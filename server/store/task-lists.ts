// Paged task lists (inbox, handled tasks, supervision, overdue history) in keyset order on the partial indexes of
// server/db/schema/tables.ts: open work most urgent first (due date, tasks without one last), handled work newest
// first. Every statement here is checked by test/server/explain.test.ts to run on an index, never a table scan.
import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { pageOf, type CursorKey, type Page } from "../paging.js";
import { toTask, type Task, type TaskRow } from "./tasks.js";

/** What narrows a task list; every filter is a column of a partial index or an indexed lookup of the case. */
export interface TaskFilter {
  department?: string;
  /** Only tasks of these roles (the viewer's); an empty list matches nothing. */
  roles?: string[];
  bundleKey?: string;
  /** Part of a case number (readable case_no, any case), a case's id, or part of the applicant's name. */
  search?: string;
  /** Promised deadline at or after this instant (ISO, inclusive) and before this one (exclusive). */
  dueFrom?: string; dueBefore?: string;
  /** Whether tasks without a promised deadline are listed (default: only when no due range is given). */
  includeNoDue?: boolean;
}

/** Sort key of an open task: [0 with a due date | 1 without, due date, created at, id]. */
export const OPEN_KEY_ARITY = 4;
/** Sort key of a handled task: [completed at, id]. */
export const DONE_KEY_ARITY = 2;

function where(f: TaskFilter, status: SQL): SQL {
  const parts: SQL[] = [status];
  if (f.department !== undefined) parts.push(sql`department = ${f.department}`);
  if (f.roles) parts.push(f.roles.length ? sql`role IN (${sql.join(f.roles.map((r) => sql`${r}`), sql`, `)})` : sql`1 = 0`);
  if (f.bundleKey !== undefined) parts.push(sql`bundle_key = ${f.bundleKey}`);
  if (f.search !== undefined) {
    // Any part of the case number in any case (a clerk reads "0004" or "hrss-…" off a phone) or of the applicant's
    // name (a surname), checked per task of the viewer's list through the primary keys, never by scanning cases (#48).
    const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(sql`(application_id = ${f.search} OR EXISTS (SELECT 1 FROM applications a LEFT JOIN users u ON u.id = a.applicant_id
      WHERE a.id = tasks.application_id AND (UPPER(a.case_no) LIKE UPPER(${like}) ESCAPE '\\' OR u.display_name LIKE ${like} ESCAPE '\\')))`);
  }
  return sql.join(parts, sql` AND `);
}

/** One page of open tasks, most urgent first: by promised deadline, then those without one, oldest first. */
export async function openTasksPage(q: Queryable, f: TaskFilter, limit: number, cursor?: CursorKey): Promise<Page<Task>> {
  const base = where(f, sql`status = 'open'`);
  const rows: TaskRow[] = [];
  const phase = cursor ? Number(cursor[0]) : 0;
  if (phase === 0) {
    const range: SQL[] = [sql`due_at IS NOT NULL`];
    if (f.dueFrom) range.push(sql`due_at >= ${f.dueFrom}`);
    if (f.dueBefore) range.push(sql`due_at < ${f.dueBefore}`);
    if (cursor) range.push(sql`(due_at, created_at, id) > (${cursor[1]}, ${cursor[2]}, ${cursor[3]})`);
    rows.push(...await q.all<TaskRow>(sql`SELECT * FROM tasks WHERE ${base} AND ${sql.join(range, sql` AND `)}
      ORDER BY due_at, created_at, id LIMIT ${limit + 1}`));
  }
  // Tasks without a deadline come last, and only when no deadline range is asked for.
  if (rows.length <= limit && (f.includeNoDue ?? (!f.dueFrom && !f.dueBefore))) {
    const after = phase === 1 && cursor ? sql` AND (created_at, id) > (${cursor[2]}, ${cursor[3]})` : sql``;
    rows.push(...await q.all<TaskRow>(sql`SELECT * FROM tasks WHERE ${base} AND due_at IS NULL${after}
      ORDER BY created_at, id LIMIT ${limit + 1 - rows.length}`));
  }
  const page = pageOf(rows, limit, (r) => [r.due_at === null ? 1 : 0, r.due_at, r.created_at, r.id]);
  return { rows: page.rows.map(toTask), ...(page.next ? { next: page.next } : {}) };
}

/** One page of handled tasks (done, not cancelled), the most recently handled first. */
export async function doneTasksPage(q: Queryable, f: TaskFilter, limit: number, cursor?: CursorKey): Promise<Page<Task>> {
  const after = cursor ? sql` AND (completed_at, id) < (${cursor[0]}, ${cursor[1]})` : sql``;
  const rows = await q.all<TaskRow>(sql`SELECT * FROM tasks WHERE ${where(f, sql`status = 'done'`)}${after}
    ORDER BY completed_at DESC, id DESC LIMIT ${limit + 1}`);
  const page = pageOf(rows, limit, (r) => [r.completed_at, r.id]);
  return { rows: page.rows.map(toTask), ...(page.next ? { next: page.next } : {}) };
}

/** One page of the overdue history: tasks handled after their promised deadline, the most recent first. */
export async function lateTasksPage(q: Queryable, department: string | undefined, limit: number, cursor?: CursorKey): Promise<Page<Task>> {
  const dept = department !== undefined ? sql` AND department = ${department}` : sql``;
  const after = cursor ? sql` AND (completed_at, id) < (${cursor[0]}, ${cursor[1]})` : sql``;
  const rows = await q.all<TaskRow>(sql`SELECT * FROM tasks WHERE status = 'done' AND due_at IS NOT NULL AND completed_at > due_at${dept}${after}
    ORDER BY completed_at DESC, id DESC LIMIT ${limit + 1}`);
  const page = pageOf(rows, limit, (r) => [r.completed_at, r.id]);
  return { rows: page.rows.map(toTask), ...(page.next ? { next: page.next } : {}) };
}

/** Open tasks of a department whose promised deadline lies in [from, before): a count over the open-work index. */
export async function countOpenDue(q: Queryable, department: string, from: string | undefined, before: string | undefined): Promise<number> {
  const parts: SQL[] = [sql`status = 'open'`, sql`department = ${department}`, sql`due_at IS NOT NULL`];
  if (from) parts.push(sql`due_at >= ${from}`);
  if (before) parts.push(sql`due_at < ${before}`);
  const r = await q.get<{ n: number | string }>(sql`SELECT COUNT(*) AS n FROM tasks WHERE ${sql.join(parts, sql` AND `)}`);
  return Number(r?.n ?? 0);
}
