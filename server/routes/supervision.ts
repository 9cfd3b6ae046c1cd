// Electronic supervision (全程电子监察): supervisors and admins see every department's open tasks with their
// promised and statutory deadlines, most overdue first, one page at a time, and a per-department summary; they may
// read any case. The summary's open counts come from the maintained task summary (store/task-counts.ts) and its
// due-soon / overdue counts from range counts on the open-work index (sla-ranges.ts), so the cost follows the
// departments and the open work, never the history. Deadline states come from flow/calendar slaOf, as in the inbox.
import type { Context } from "hono";
import type { SlaState, SupervisionDepartmentSummary, SupervisionItem, SupervisionView } from "../../spec/api.js";
import { CN_CALENDAR, workingDaysBetween } from "../../spec/calendar/index.js";
import type { Database } from "../db/database.js";
import { notFound, THE } from "../errors.js";
import { slaOf } from "../flow/calendar.js";
import { encodeCursor, notOneOf, pageParams, QueryProblems, SLA_STATE, type CursorKey } from "../paging.js";
import { say } from "../messages.js";
import { dueSoonEnd, slaRange } from "../sla-ranges.js";
import { getApplication } from "../store/applications.js";
import { getPublished } from "../store/bundles.js";
import { departmentList, flowDeadlines, supervisedTasks } from "../store/supervision.js";
import { taskCounts } from "../store/task-counts.js";
import { countOpenDue, openTasksPage, OPEN_KEY_ARITY } from "../store/task-lists.js";
import { iso } from "../util.js";
import { applicationView } from "../views.js";
import { must, param, route, type AppEnv, type Deps, type RouteDef } from "./route.js";
import { supervisionReportRoutes } from "./supervision-reports.js";
import { auditAccess } from "../security/access-audit.js";

/** Who supervises: the supervision office and admins. */
export const SUPERVISORS: ["admin", "supervisor"] = ["admin", "supervisor"];
const SLA_STATES: SlaState[] = ["on_time", "due_soon", "overdue"];
/** Rows of one page of the supervision list (?limit= up to 50). */
export const SUPERVISION_PAGE = 50;

/** Whole working days a deadline has passed by at `now` (0 before it, and within its first working day). */
export function overdueWorkingDays(dueAt: string | null | undefined, now: Date): number {
  if (!dueAt || new Date(dueAt).getTime() >= now.getTime()) return 0;
  return Math.max(0, workingDaysBetween(dueAt, now, CN_CALENDAR));
}

/** The department filter (?department=), checked against the registry. */
export async function departmentParam(c: Context<AppEnv>, db: Database, problems: QueryProblems) {
  const depts = await departmentList(db);
  const department = c.req.query("department") || undefined;
  if (department && !depts.some((x) => x.id === department)) problems.add("department", say(`没有部门「${department}」`, `There is no department "${department}"`));
  return { depts, department };
}

/** Open, due-soon and overdue counts per department, most overdue first, and their totals. */
async function departmentSummary(db: Database, depts: Array<{ id: string; name: string; nameEn: string }>, now: Date) {
  const open = new Map<string, number>();
  for (const n of await taskCounts(db)) if (n.status === "open") open.set(n.department, (open.get(n.department) ?? 0) + n.n);
  const nowIso = iso(now);
  const soon = iso(dueSoonEnd(now));
  const countsOf = async (id: string) => {
    const n = open.get(id) ?? 0;
    if (!n) return { open: 0, dueSoon: 0, overdue: 0 };
    return { open: n, dueSoon: await countOpenDue(db, id, nowIso, soon), overdue: await countOpenDue(db, id, undefined, nowIso) };
  };
  const known = new Set(depts.map((x) => x.id));
  const summary: SupervisionDepartmentSummary[] = [];
  for (const x of depts) summary.push({ department: x.id, name: x.name, nameEn: x.nameEn, ...(await countsOf(x.id)) });
  for (const id of open.keys()) if (!known.has(id)) summary.push({ department: id, name: id, ...(await countsOf(id)) });
  summary.sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || b.open - a.open || a.department.localeCompare(b.department));
  const totals = summary.reduce((s, x) => ({ open: s.open + x.open, dueSoon: s.dueSoon + x.dueSoon, overdue: s.overdue + x.overdue }), { open: 0, dueSoon: 0, overdue: 0 });
  return { summary, totals };
}

/** How many open tasks match the filters, from the summary's counts (no counting of rows). */
function matchingTotal(summary: SupervisionDepartmentSummary[], department: string | undefined, sla: SlaState | undefined): number {
  return summary.filter((s) => !department || s.department === department).reduce((n, s) => n + (
    sla === "overdue" ? s.overdue : sla === "due_soon" ? s.dueSoon : sla === "on_time" ? s.open - s.overdue - s.dueSoon : s.open), 0);
}

/** One page of open tasks as supervision items, with their cases' statutory and case deadlines. */
export async function supervisionItems(db: Database, filter: { department?: string; sla?: SlaState }, limit: number, cursor: CursorKey | undefined, now: Date) {
  const range = filter.sla ? slaRange(filter.sla, now) : undefined;
  const page = await openTasksPage(db, {
    ...(filter.department ? { department: filter.department } : {}),
    ...(range?.from ? { dueFrom: range.from } : {}), ...(range?.before ? { dueBefore: range.before } : {}), ...(range ? { includeNoDue: range.includeNoDue } : {}),
  }, limit, cursor);
  const rows = new Map((await supervisedTasks(db, page.rows.map((t) => t.id))).map((r) => [r.id, r]));
  const deadlines = await flowDeadlines(db, [...rows.values()].map((r) => r.instanceId));
  const items: SupervisionItem[] = [];
  for (const t of page.rows) {
    const r = rows.get(t.id);
    if (!r) continue; // closed between the two reads
    const title = (await getPublished(db, r.bundleKey, r.version))?.spec.title ?? r.bundleKey;
    const flow = deadlines.get(r.instanceId);
    const statutoryDueAt = flow?.tasks[r.id]?.statutoryDueAt;
    const clock = flow?.clock;
    const taskSla = slaOf(r.dueAt, now);
    const statutorySla = statutoryDueAt ? slaOf(statutoryDueAt, now) : undefined;
    const caseSla = clock?.dueAt ? slaOf(clock.dueAt, now) : undefined;
    items.push({
      taskId: r.id, applicationId: r.applicationId, ...(r.caseNo ? { caseNo: r.caseNo } : {}), bundleKey: r.bundleKey, bundleTitle: title, applicant: r.applicant,
      applicationStatus: r.applicationStatus, submittedAt: r.submittedAt, department: r.department, role: r.role, node: r.node, taskName: r.name,
      ...(r.assignee ? { assignee: r.assignee } : {}), createdAt: r.createdAt,
      ...(r.dueAt ? { dueAt: r.dueAt } : {}), ...(taskSla ? { sla: taskSla } : {}), overdueWorkingDays: overdueWorkingDays(r.dueAt, now),
      ...(statutoryDueAt ? { statutoryDueAt } : {}), ...(statutorySla ? { statutorySla } : {}),
      ...(clock?.dueAt ? { caseDueAt: clock.dueAt } : {}), ...(clock?.statutoryDueAt ? { caseStatutoryDueAt: clock.statutoryDueAt } : {}),
      ...(caseSla ? { caseSla } : {}), casePaused: !!clock?.pausedSince,
    });
  }
  return { items, ...(page.next ? { next: page.next } : {}) };
}

/** The supervision filters (?department, ?sla), checked; 400 names every bad one. */
export async function supervisionFilter(c: Context<AppEnv>, db: Database, problems: QueryProblems) {
  const { depts, department } = await departmentParam(c, db, problems);
  const slaParam = c.req.query("sla") || undefined;
  if (slaParam && !(SLA_STATES as string[]).includes(slaParam)) problems.add("sla", notOneOf(SLA_STATE, SLA_STATES, slaParam));
  return { depts, department, sla: slaParam as SlaState | undefined };
}

/** Routes of /api/supervision. */
export function supervisionRoutes(d: Deps): RouteDef[] {
  return [
    route("GET", "/api/supervision", SUPERVISORS, async (c) => {
      const now = d.clock.now();
      const problems = new QueryProblems();
      const { depts, department, sla } = await supervisionFilter(c, d.db, problems);
      const { limit, cursor } = pageParams(c, OPEN_KEY_ARITY, problems, SUPERVISION_PAGE);
      problems.throwIfAny();
      const { summary, totals } = await departmentSummary(d.db, depts, now);
      const { items, next } = await supervisionItems(d.db, { department, sla }, limit, cursor, now);
      const view: SupervisionView = {
        generatedAt: now.toISOString(), filters: { ...(department ? { department } : {}), ...(sla ? { sla } : {}) },
        summary, totals, items, total: matchingTotal(summary, department, sla), truncated: !!next, ...(next ? { nextCursor: encodeCursor(next) } : {}),
      };
      return c.json(view);
    }),
    route("GET", "/api/supervision/cases/:id", SUPERVISORS, async (c, u) => {
      const app = await getApplication(d.db, param(c, "id"));
      if (!app) throw notFound(THE.application);
      await auditAccess(d, c, must(u), app.id, "view_case");
      return c.json(await applicationView(d.db, app, must(u), d.flow, d.clock.now()));
    }),
    ...supervisionReportRoutes(d),
  ];
}
