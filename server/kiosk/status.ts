// Case-status lookup at the terminal (办件进度查询) without logging in: anyone holding the case number sees only what
// is safe to show to whoever stands at the screen — the one-thing, the status, when it was submitted and last moved,
// and which departments are handling it now with their deadline. No names, no form data, no materials, no comments.
import { sql } from "drizzle-orm";
import type { ApplicationStatus } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { getApplicationByCaseNo } from "../store/applications.js";
import { getPublished } from "../store/bundles.js";
import { tasksOfApplication } from "../store/tasks.js";

/** What the terminal shows of a case. */
export interface CaseStatusView {
  caseNo: string; bundleTitle: string; status: ApplicationStatus; submittedAt: string; updatedAt: string;
  /** Open steps: the department (its Chinese and English names), the step's name, its deadline. */
  current: Array<{ department: string; departmentEn: string; step: string; dueAt: string | null }>;
}

/** The safe view of a case by its number, or undefined when there is none. */
export async function caseStatus(q: Queryable, caseNo: string): Promise<CaseStatusView | undefined> {
  const app = await getApplicationByCaseNo(q, caseNo);
  if (!app || !app.caseNo) return undefined;
  const [title, tasks, depts] = await Promise.all([
    getPublished(q, app.bundleKey, app.version),
    tasksOfApplication(q, app.id),
    q.all<{ id: string; name: string; name_en: string }>(sql`SELECT id, name, name_en FROM departments`),
  ]);
  const dept = new Map(depts.map((d) => [d.id, d]));
  return {
    caseNo: app.caseNo, bundleTitle: title?.spec.title ?? app.bundleKey, status: app.status, submittedAt: app.submittedAt, updatedAt: app.updatedAt,
    current: tasks.filter((t) => t.status === "open").map((t) => ({ department: dept.get(t.department)?.name ?? t.department, departmentEn: dept.get(t.department)?.name_en ?? t.department, step: t.name, dueAt: t.dueAt })),
  };
}
