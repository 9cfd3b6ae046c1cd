// Electronic supervision (全程电子监察): supervisors and admins see every department's open tasks with their
// promised and statutory deadlines, most overdue first, and a per-department summary; they may read any case.
// Deadline states come from the inbox's own computation (flow/calendar slaOf), so both views always agree.
import type { ProblemDetail, SlaState, SupervisionDepartmentSummary, SupervisionItem, SupervisionView } from "../../spec/api.js";
import { CN_CALENDAR, workingDaysBetween } from "../../spec/calendar/index.js";
import { badRequest, notFound } from "../errors.js";
import { slaOf } from "../flow/calendar.js";
import { getApplication } from "../store/applications.js";
import { getPublished } from "../store/bundles.js";
import { departmentList, flowDeadlines, openTaskDues, supervisedTasks, type OpenTaskDue } from "../store/supervision.js";
import { applicationView } from "../views.js";
import { must, param, route, type Deps, type RouteDef } from "./route.js";

/** Who supervises: the supervision office and admins. */
const SUPERVISORS: ["admin", "supervisor"] = ["admin", "supervisor"];
const SLA_STATES: SlaState[] = ["on_time", "due_soon", "overdue"];
/** At most this many tasks are listed (the most overdue); the summary always counts all. */
export const SUPERVISION_LIMIT = 500;

/** Whole working days a deadline has passed by (0 before it, and within its first working day). */
export function overdueWorkingDays(dueAt: string | null | undefined, now: Date): number {
  if (!dueAt || new Date(dueAt).getTime() >= now.getTime()) return 0;
  return Math.max(0, workingDaysBetween(dueAt, now, CN_CALENDAR));
}

/** Most overdue first: earliest promised deadline, tasks without one last, then oldest. */
function byDeadline(a: OpenTaskDue, b: OpenTaskDue): number {
  if (a.dueAt !== b.dueAt) return a.dueAt === null ? 1 : b.dueAt === null ? -1 : a.dueAt.localeCompare(b.dueAt);
  return a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Routes of /api/supervision. */
export function supervisionRoutes(d: Deps): RouteDef[] {
  return [
    route("GET", "/api/supervision", SUPERVISORS, async (c) => {
      const now = d.clock.now();
      const department = c.req.query("department") || undefined;
      const slaParam = c.req.query("sla") || undefined;
      const depts = await departmentList(d.db);
      const problems: ProblemDetail[] = [];
      if (department && !depts.some((x) => x.id === department)) problems.push({ pointer: "/department", field: "department", message: `没有部门「${department}」 (unknown department)` });
      if (slaParam && !(SLA_STATES as string[]).includes(slaParam)) problems.push({ pointer: "/sla", field: "sla", message: `时效状态应为 ${SLA_STATES.join(" / ")} (unknown SLA state "${slaParam}")` });
      if (problems.length) throw badRequest("invalid_request", "查询条件不合法 (invalid query parameters)", problems);
      const sla = slaParam as SlaState | undefined;

      const open = await openTaskDues(d.db);
      const stateOf = new Map(open.map((t) => [t.id, slaOf(t.dueAt, now)]));
      const counts = new Map<string, { open: number; dueSoon: number; overdue: number }>();
      for (const t of open) {
        const n = counts.get(t.department) ?? { open: 0, dueSoon: 0, overdue: 0 };
        const s = stateOf.get(t.id);
        n.open++;
        if (s === "due_soon") n.dueSoon++;
        if (s === "overdue") n.overdue++;
        counts.set(t.department, n);
      }
      const known = new Set(depts.map((x) => x.id));
      const summary: SupervisionDepartmentSummary[] = [
        ...depts.map((x) => ({ department: x.id, name: x.name, nameEn: x.nameEn, ...(counts.get(x.id) ?? { open: 0, dueSoon: 0, overdue: 0 }) })),
        ...[...counts.entries()].filter(([id]) => !known.has(id)).map(([id, n]) => ({ department: id, name: id, ...n })),
      ].sort((a, b) => b.overdue - a.overdue || b.dueSoon - a.dueSoon || b.open - a.open || a.department.localeCompare(b.department));
      const totals = summary.reduce((s, x) => ({ open: s.open + x.open, dueSoon: s.dueSoon + x.dueSoon, overdue: s.overdue + x.overdue }), { open: 0, dueSoon: 0, overdue: 0 });

      const matching = open
        .filter((t) => (!department || t.department === department) && (!sla || (stateOf.get(t.id) ?? "on_time") === sla))
        .sort(byDeadline);
      const listed = matching.slice(0, SUPERVISION_LIMIT);
      const rows = new Map((await supervisedTasks(d.db, listed.map((t) => t.id))).map((r) => [r.id, r]));
      const deadlines = await flowDeadlines(d.db, [...rows.values()].filter((r) => r.engine !== "simple-review").map((r) => r.instanceId));
      const titles = new Map<string, string>();
      const items: SupervisionItem[] = [];
      for (const t of listed) {
        const r = rows.get(t.id);
        if (!r) continue; // closed between the two reads
        const key = `${r.bundleKey}@${r.version}`;
        if (!titles.has(key)) titles.set(key, (await getPublished(d.db, r.bundleKey, r.version))?.spec.title ?? r.bundleKey);
        const flow = deadlines.get(r.instanceId);
        const statutoryDueAt = flow?.tasks[r.id]?.statutoryDueAt;
        const clock = flow?.clock;
        const taskSla = slaOf(r.dueAt, now);
        const statutorySla = statutoryDueAt ? slaOf(statutoryDueAt, now) : undefined;
        const caseSla = clock?.dueAt ? slaOf(clock.dueAt, now) : undefined;
        items.push({
          taskId: r.id, applicationId: r.applicationId, bundleKey: r.bundleKey, bundleTitle: titles.get(key)!, applicant: r.applicant,
          applicationStatus: r.applicationStatus, submittedAt: r.submittedAt, department: r.department, role: r.role, node: r.node, taskName: r.name,
          ...(r.assignee ? { assignee: r.assignee } : {}), createdAt: r.createdAt,
          ...(r.dueAt ? { dueAt: r.dueAt } : {}), ...(taskSla ? { sla: taskSla } : {}), overdueWorkingDays: overdueWorkingDays(r.dueAt, now),
          ...(statutoryDueAt ? { statutoryDueAt } : {}), ...(statutorySla ? { statutorySla } : {}),
          ...(clock?.dueAt ? { caseDueAt: clock.dueAt } : {}), ...(clock?.statutoryDueAt ? { caseStatutoryDueAt: clock.statutoryDueAt } : {}),
          ...(caseSla ? { caseSla } : {}), casePaused: !!clock?.pausedSince,
        });
      }
      const view: SupervisionView = {
        generatedAt: now.toISOString(), filters: { ...(department ? { department } : {}), ...(sla ? { sla } : {}) },
        summary, totals, items, total: matching.length, truncated: matching.length > listed.length,
      };
      return c.json(view);
    }),
    route("GET", "/api/supervision/cases/:id", SUPERVISORS, async (c, u) => {
      const app = await getApplication(d.db, param(c, "id"));
      if (!app) throw notFound("该申请");
      return c.json(await applicationView(d.db, app, must(u), d.flow, d.clock.now()));
    }),
  ];
}
