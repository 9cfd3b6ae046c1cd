// The views the API answers with (spec/api.ts), assembled from the stores.
import { sql } from "drizzle-orm";
import type { ApplicationView, CaseHandlingView, TaskView } from "../spec/api.js";
import type { Queryable } from "./db/database.js";
import type { FlowRunner } from "./flow/runner.js";
import { slaOf } from "./flow/calendar.js";
import { maskedCaseData } from "./security/masking.js";
import type { Application } from "./store/applications.js";
import { getPublished } from "./store/bundles.js";
import { timelineOf } from "./store/events.js";
import { applicantTimeline } from "./applicant-timeline.js";
import { tasksOfApplication, type Task } from "./store/tasks.js";
import type { User } from "./store/users.js";
import { fromJson } from "./util.js";

/** A task as the viewer sees it (allowed actions depend on who looks). */
export function taskView(t: Task, bundleTitle: string, applicant: string, allowedActions: string[], now: Date, paused = false, caseNo?: string | null): TaskView {
  const open = t.status === "open";
  // a paused case's task has no running deadline: no SLA colour, and its due date moves when the case resumes
  const sla = open && !paused ? slaOf(t.dueAt, now) : undefined;
  return {
    id: t.id, applicationId: t.applicationId, ...(caseNo ? { caseNo } : {}), bundleTitle, department: t.department, role: t.role, name: t.name,
    status: t.status === "cancelled" ? "done" : t.status, ...(t.outcome ? { outcome: t.outcome } : {}), createdAt: t.createdAt,
    ...(t.dueAt ? { dueAt: t.dueAt } : {}), ...(sla ? { sla } : {}), ...(open && paused ? { paused: true } : {}), applicant, allowedActions,
  };
}

/** The ids of the open tasks whose case clock is stopped (suspended, or waiting for the applicant), from the flow states. */
export async function pausedTaskIds(q: Queryable, tasks: Task[]): Promise<Set<string>> {
  const open = tasks.filter((t) => t.status === "open");
  if (!open.length) return new Set();
  const rows = await q.all<{ state: unknown }>(sql`SELECT state FROM flow_instances WHERE id IN (${sql.join([...new Set(open.map((t) => t.instanceId))].map((id) => sql`${id}`), sql`, `)})`);
  const paused = new Set<string>();
  for (const r of rows) {
    const state = fromJson<{ tasks?: Record<string, { paused?: boolean }> } | null>(r.state);
    for (const [id, task] of Object.entries(state?.tasks ?? {})) if (task?.paused) paused.add(id);
  }
  return paused;
}

async function titleOf(q: Queryable, key: string, version: number): Promise<string> {
  return (await getPublished(q, key, version))?.spec.title ?? key;
}

async function applicantName(q: Queryable, id: string): Promise<string> {
  return (await q.get<{ display_name: string }>(sql`SELECT display_name FROM users WHERE id = ${id}`))?.display_name ?? id;
}

/** The flow's handling view of a case (deadlines, suspension, correction notice), when its engine keeps one. */
async function handlingOf(q: Queryable, a: Application, flow: FlowRunner): Promise<{ handling?: CaseHandlingView }> {
  const handling = await flow.handling(q, a);
  return handling ? { handling } : {};
}

/** An application with its timeline and tasks. */
export async function applicationView(q: Queryable, a: Application, viewer: User, flow: FlowRunner, now: Date): Promise<ApplicationView & { caseActions?: string[] }> {
  const [title, applicant, timeline, tasks] = await Promise.all([
    titleOf(q, a.bundleKey, a.version), applicantName(q, a.applicantId), timelineOf(q, a.id), tasksOfApplication(q, a.id),
  ]);
  const own = viewer.id === a.applicantId;
  return {
    id: a.id, bundleKey: a.bundleKey, bundleTitle: title, version: a.version, status: a.status, submittedAt: a.submittedAt,
    ...(a.caseNo ? { caseNo: a.caseNo } : {}), ...(a.delivery ? { delivery: a.delivery } : {}),
    // Staff see sensitive personal data masked (security/masking.ts); reveal is an explicit, logged action.
    applicant, answers: a.answers, ...(own ? { data: a.data } : await maskedCaseData(q, a)), timeline: own ? applicantTimeline(timeline) : timeline,
    tasks: await (async () => {
      const paused = await pausedTaskIds(q, tasks);
      return Promise.all(tasks.map(async (t) => taskView(t, title, applicant, await flow.allowedActions(q, t, viewer), now, paused.has(t.id), a.caseNo)));
    })(),
    ...(viewer.id === a.applicantId ? { caseActions: await flow.caseActions(q, a) } : {}),
    ...(await handlingOf(q, a, flow)),
  };
}

/** Views of many tasks (an inbox): titles and applicant names looked up once each. */
export async function taskViews(q: Queryable, tasks: Task[], viewer: User, flow: FlowRunner, now: Date): Promise<TaskView[]> {
  if (!tasks.length) return [];
  const apps = await q.all<{ id: string; bundle_key: string; version: number; case_no: string | null; display_name: string }>(sql`SELECT a.id, a.bundle_key, a.version, a.case_no, u.display_name
    FROM applications a JOIN users u ON u.id = a.applicant_id WHERE a.id IN (${sql.join([...new Set(tasks.map((t) => t.applicationId))].map((id) => sql`${id}`), sql`, `)})`);
  const byId = new Map(apps.map((a) => [a.id, a]));
  const out: TaskView[] = [];
  const paused = await pausedTaskIds(q, tasks);
  for (const t of tasks) {
    const a = byId.get(t.applicationId);
    out.push(taskView(t, a ? await titleOf(q, a.bundle_key, Number(a.version)) : "", a?.display_name ?? "", await flow.allowedActions(q, t, viewer), now, paused.has(t.id), a?.case_no));
  }
  return out;
}
