// Read-only queries of the electronic-supervision view (全程电子监察): the cases of a page of tasks, and the flow
// states that hold statutory and case deadlines. The pages and counts themselves come from store/task-lists.ts and
// store/task-counts.ts (indexes and the maintained summary), never from reading every open task.
import { sql } from "drizzle-orm";
import type { ApplicationStatus } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { fromJson } from "../util.js";

/** An open task joined with its case, for the list. */
export interface SupervisedTask {
  id: string; instanceId: string; applicationId: string; caseNo: string | null; node: string; name: string; department: string; role: "clerk" | "reviewer";
  assignee: string | null; createdAt: string; dueAt: string | null; bundleKey: string; version: number; applicationStatus: ApplicationStatus;
  submittedAt: string; applicant: string;
}

/** The open tasks with these ids, with their application and applicant. */
export async function supervisedTasks(q: Queryable, ids: string[]): Promise<SupervisedTask[]> {
  if (!ids.length) return [];
  const out: SupervisedTask[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await q.all<{
      id: string; instance_id: string; application_id: string; case_no: string | null; node: string; name: string; department: string; role: string; assignee: string | null;
      created_at: string; due_at: string | null; bundle_key: string; version: number; app_status: string; submitted_at: string; applicant: string;
    }>(sql`SELECT t.id, t.instance_id, t.application_id, t.node, t.name, t.department, t.role, t.assignee, t.created_at, t.due_at,
        a.case_no, a.bundle_key, a.version, a.status AS app_status, a.submitted_at, u.display_name AS applicant
      FROM tasks t JOIN applications a ON a.id = t.application_id JOIN users u ON u.id = a.applicant_id
      WHERE t.status = 'open' AND t.id IN (${sql.join(chunk.map((id) => sql`${id}`), sql`, `)})`);
    for (const r of rows) {
      out.push({
        id: r.id, instanceId: r.instance_id, applicationId: r.application_id, caseNo: r.case_no, node: r.node, name: r.name, department: r.department,
        role: r.role as SupervisedTask["role"], assignee: r.assignee, createdAt: r.created_at, dueAt: r.due_at, bundleKey: r.bundle_key,
        version: Number(r.version), applicationStatus: r.app_status as ApplicationStatus, submittedAt: r.submitted_at, applicant: r.applicant,
      });
    }
  }
  return out;
}

/** The deadlines a state-machine flow keeps beyond the task row: per task statutory, and the case clock. */
export interface FlowDeadlines {
  tasks: Record<string, { statutoryDueAt?: string }>;
  clock: { dueAt?: string; statutoryDueAt?: string; pausedSince?: string };
}

/** The deadline parts of the flow states of these instances (state-machine flows only; others have none). */
export async function flowDeadlines(q: Queryable, instanceIds: string[]): Promise<Map<string, FlowDeadlines>> {
  const out = new Map<string, FlowDeadlines>();
  const ids = [...new Set(instanceIds)];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await q.all<{ id: string; state: string }>(
      sql`SELECT id, state FROM flow_instances WHERE id IN (${sql.join(chunk.map((id) => sql`${id}`), sql`, `)})`,
    );
    for (const r of rows) {
      const state = fromJson<Partial<FlowDeadlines> | null>(r.state);
      if (!state || typeof state !== "object" || !state.clock) continue;
      const tasks: FlowDeadlines["tasks"] = {};
      for (const [id, t] of Object.entries(state.tasks ?? {})) if (t?.statutoryDueAt) tasks[id] = { statutoryDueAt: t.statutoryDueAt };
      const { dueAt, statutoryDueAt, pausedSince } = state.clock;
      out.set(r.id, { tasks, clock: { ...(dueAt ? { dueAt } : {}), ...(statutoryDueAt ? { statutoryDueAt } : {}), ...(pausedSince ? { pausedSince } : {}) } });
    }
  }
  return out;
}

/** The department registry, in its order. */
export async function departmentList(q: Queryable): Promise<Array<{ id: string; name: string; nameEn: string }>> {
  const rows = await q.all<{ id: string; name: string; name_en: string }>(sql`SELECT id, name, name_en FROM departments ORDER BY id`);
  return rows.map((r) => ({ id: r.id, name: r.name, nameEn: r.name_en }));
}

/** What a list row shows of a task's case: the one-thing, its version and the readable case number. */
export interface CaseRef { bundleKey: string; version: number; caseNo: string | null }

/** The cases of these applications (one indexed lookup per page of rows). */
export async function caseRefs(q: Queryable, applicationIds: string[]): Promise<Map<string, CaseRef>> {
  const ids = [...new Set(applicationIds)];
  if (!ids.length) return new Map();
  const rows = await q.all<{ id: string; bundle_key: string; version: number; case_no: string | null }>(
    sql`SELECT id, bundle_key, version, case_no FROM applications WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
  );
  return new Map(rows.map((r) => [r.id, { bundleKey: r.bundle_key, version: Number(r.version), caseNo: r.case_no }]));
}

/** Display names of these users (who handled a step). */
export async function userNames(q: Queryable, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await q.all<{ id: string; display_name: string }>(
    sql`SELECT id, display_name FROM users WHERE id IN (${sql.join(unique.map((id) => sql`${id}`), sql`, `)})`,
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
