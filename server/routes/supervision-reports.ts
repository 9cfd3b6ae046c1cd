// Supervision reports: the overdue history (steps handled after their promised deadline, newest first, paged on the
// partial index of late tasks), closed-step statistics per department over a period (from the per-day summary),
// and a CSV export of any of them and of the open list (every row, read page by page in the same keyset order).
import type { Context } from "hono";
import type { ClosedStatsRow, ClosedStatsView, OverdueHistoryItem, OverdueHistoryView, SlaState } from "../../spec/api.js";
import { CN_CALENDAR, workingDaysBetween } from "../../spec/calendar/index.js";
import type { Database } from "../db/database.js";
import { beijingDayStart, encodeCursor, notADate, notOneOf, pageParams, QueryProblems, type CursorKey } from "../paging.js";
import { say } from "../messages.js";
import { getPublished } from "../store/bundles.js";
import { caseRefs, departmentList, userNames } from "../store/supervision.js";
import { beijingDay, closedStats } from "../store/task-counts.js";
import { DONE_KEY_ARITY, lateTasksPage } from "../store/task-lists.js";
import { toCsv, beijingText } from "../csv.js";
import { contentDisposition } from "../files/download.js";
import { route, type AppEnv, type Deps, type RouteDef } from "./route.js";
import { departmentParam, SUPERVISORS, supervisionFilter, supervisionItems } from "./supervision.js";

/** The default statistics period: the last 30 Beijing days, today included. */
const DEFAULT_DAYS = 30;
/** Rows read per page while exporting (the export holds every row). */
const EXPORT_PAGE = 500;

/** One page of the overdue history. */
async function overduePage(db: Database, department: string | undefined, limit: number, cursor?: CursorKey): Promise<{ items: OverdueHistoryItem[]; next?: CursorKey }> {
  const page = await lateTasksPage(db, department, limit, cursor);
  const cases = await caseRefs(db, page.rows.map((t) => t.applicationId));
  const names = await userNames(db, page.rows.flatMap((t) => (t.completedBy ? [t.completedBy] : [])));
  const items: OverdueHistoryItem[] = [];
  for (const t of page.rows) {
    const ref = cases.get(t.applicationId);
    const title = ref ? (await getPublished(db, ref.bundleKey, ref.version))?.spec.title ?? ref.bundleKey : "";
    items.push({
      taskId: t.id, applicationId: t.applicationId, ...(ref?.caseNo ? { caseNo: ref.caseNo } : {}), bundleTitle: title, department: t.department,
      taskName: t.name, node: t.node, createdAt: t.createdAt, dueAt: t.dueAt!, completedAt: t.completedAt!,
      ...(t.completedBy ? { completedBy: names.get(t.completedBy) ?? t.completedBy } : {}), ...(t.outcome ? { outcome: t.outcome } : {}),
      overdueWorkingDays: Math.max(0, workingDaysBetween(t.dueAt!, t.completedAt!, CN_CALENDAR)),
    });
  }
  return { items, ...(page.next ? { next: page.next } : {}) };
}

/** The statistics period (?from, ?to as Beijing days; default the last 30 days), checked. */
function periodParams(c: Context<AppEnv>, now: Date, problems: QueryProblems): { from: string; to: string } {
  const to = c.req.query("to") || beijingDay(now);
  const from = c.req.query("from") || beijingDay(new Date(Date.parse(beijingDayStart(to) ?? now.toISOString()) - (DEFAULT_DAYS - 1) * 86_400_000));
  if (!beijingDayStart(from)) problems.add("from", notADate(from));
  if (!beijingDayStart(to)) problems.add("to", notADate(to));
  if (beijingDayStart(from) && beijingDayStart(to) && from > to) problems.add("to", say("结束日期不能早于开始日期", "The end date (to) cannot be before the start date (from)"));
  return { from, to };
}

/** Closed-step statistics per department for a period, departments in registry order, and totals. */
async function statsView(db: Database, from: string, to: string): Promise<ClosedStatsView> {
  const depts = await departmentList(db);
  const byDept = new Map((await closedStats(db, from, to)).map((s) => [s.department, s]));
  const row = (closed: number, late: number, minutes: number) => ({
    closed, late, onTimeRate: closed ? (closed - late) / closed : null, avgHandlingHours: closed ? Math.round((minutes / closed / 60) * 10) / 10 : null,
  });
  const rows: ClosedStatsRow[] = depts.map((x) => {
    const s = byDept.get(x.id);
    return { department: x.id, name: x.name, nameEn: x.nameEn, ...row(s?.closed ?? 0, s?.late ?? 0, s?.handlingMinutes ?? 0) };
  });
  for (const [id, s] of byDept) if (!depts.some((x) => x.id === id)) rows.push({ department: id, name: id, ...row(s.closed, s.late, s.handlingMinutes) });
  const sum = [...byDept.values()].reduce((a, s) => ({ closed: a.closed + s.closed, late: a.late + s.late, m: a.m + s.handlingMinutes }), { closed: 0, late: 0, m: 0 });
  return { from, to, rows, totals: row(sum.closed, sum.late, sum.m) };
}

const SLA_ZH: Record<SlaState, string> = { on_time: "正常", due_soon: "即将到期", overdue: "已超期" };
const pct = (x: number | null) => (x === null ? "" : `${(x * 100).toFixed(1)}%`);

/** Every row of one kind of report as CSV lines (header first), read page by page. */
async function exportRows(d: Deps, c: Context<AppEnv>, kind: string, problems: QueryProblems): Promise<{ name: string; rows: Array<Array<string | number>> }> {
  const now = d.clock.now();
  const deptName = new Map((await departmentList(d.db)).map((x) => [x.id, x.name]));
  const dn = (id: string) => deptName.get(id) ?? id;
  if (kind === "stats") {
    const { from, to } = periodParams(c, now, problems);
    problems.throwIfAny();
    const v = await statsView(d.db, from, to);
    return { name: `办结统计_${from}_${to}`, rows: [["部门", "办结环节数", "超期办结数", "按时办结率", "平均办理时长(小时)"],
      ...v.rows.map((r) => [r.name, r.closed, r.late, pct(r.onTimeRate), r.avgHandlingHours ?? ""]),
      ["合计", v.totals.closed, v.totals.late, pct(v.totals.onTimeRate), v.totals.avgHandlingHours ?? ""]] };
  }
  if (kind === "overdue") {
    const { department } = await departmentParam(c, d.db, problems);
    problems.throwIfAny();
    const rows: Array<Array<string | number>> = [["办件编号", "一件事", "部门", "环节", "承诺期限", "办结时间", "超期工作日", "办理人"]];
    for (let cursor: CursorKey | undefined, first = true; first || cursor; first = false) {
      const page = await overduePage(d.db, department, EXPORT_PAGE, cursor);
      for (const i of page.items) rows.push([i.caseNo ?? i.applicationId, i.bundleTitle, dn(i.department), i.taskName, beijingText(i.dueAt), beijingText(i.completedAt), i.overdueWorkingDays, i.completedBy ?? ""]);
      cursor = page.next;
    }
    return { name: "超期办结记录", rows };
  }
  const { department, sla } = await supervisionFilter(c, d.db, problems);
  problems.throwIfAny();
  const rows: Array<Array<string | number>> = [["办件编号", "一件事", "申请人", "部门", "环节", "收件时间", "承诺期限", "时效", "超期工作日", "法定期限"]];
  for (let cursor: CursorKey | undefined, first = true; first || cursor; first = false) {
    const page = await supervisionItems(d.db, { department, sla }, EXPORT_PAGE, cursor, now);
    for (const i of page.items) {
      rows.push([i.caseNo ?? i.applicationId, i.bundleTitle, i.applicant, dn(i.department), i.taskName, beijingText(i.createdAt), i.dueAt ? beijingText(i.dueAt) : "",
        i.sla ? SLA_ZH[i.sla] : "", i.overdueWorkingDays, i.statutoryDueAt ? beijingText(i.statutoryDueAt) : ""]);
    }
    cursor = page.next;
  }
  return { name: "在办环节", rows };
}

/** Routes of the supervision reports. */
export function supervisionReportRoutes(d: Deps): RouteDef[] {
  return [
    route("GET", "/api/supervision/overdue", SUPERVISORS, async (c) => {
      const problems = new QueryProblems();
      const { department } = await departmentParam(c, d.db, problems);
      const { limit, cursor } = pageParams(c, DONE_KEY_ARITY, problems);
      problems.throwIfAny();
      const { items, next } = await overduePage(d.db, department, limit, cursor);
      const view: OverdueHistoryView = { items, ...(next ? { nextCursor: encodeCursor(next) } : {}), filters: department ? { department } : {} };
      return c.json(view);
    }),
    route("GET", "/api/supervision/stats", SUPERVISORS, async (c) => {
      const problems = new QueryProblems();
      const { from, to } = periodParams(c, d.clock.now(), problems);
      problems.throwIfAny();
      return c.json(await statsView(d.db, from, to));
    }),
    route("GET", "/api/supervision/export", SUPERVISORS, async (c) => {
      const problems = new QueryProblems();
      const kind = c.req.query("kind") || "open";
      if (!["open", "overdue", "stats"].includes(kind)) problems.add("kind", notOneOf(say("导出类型", "export kind"), ["open", "overdue", "stats"], kind));
      problems.throwIfAny();
      const { name, rows } = await exportRows(d, c, kind, problems);
      return c.body(toCsv(rows), 200, {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition(`${name}_${beijingDay(d.clock.now())}.csv`, "export.csv"),
      });
    }),
  ];
}
