// The department inbox (GET /api/tasks/inbox): one page of the viewer's open or handled tasks, searchable by case
// number or applicant and filterable by one-thing, deadline state and due dates, every filter on an index; the
// counts come from the task summary, never from counting tasks.
import type { Context } from "hono";
import type { InboxView, SlaState } from "../../spec/api.js";
import { beijingDayEnd, beijingDayStart, encodeCursor, notADate, notOneOf, pageParams, QueryProblems, SLA_STATE } from "../paging.js";
import { say } from "../messages.js";
import { slaRange } from "../sla-ranges.js";
import { doneTasksPage, DONE_KEY_ARITY, openTasksPage, OPEN_KEY_ARITY, type TaskFilter } from "../store/task-lists.js";
import { taskCounts } from "../store/task-counts.js";
import type { User } from "../store/users.js";
import { taskViews } from "../views.js";
import { must, type AppEnv, type Deps } from "./route.js";

const INBOX_SLA: SlaState[] = ["overdue", "due_soon"];

/** The latest of two ISO instants (either may be absent). */
const later = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : a ?? b);
/** The earliest of two ISO instants (either may be absent). */
const earlier = (a?: string, b?: string) => (a && b ? (a < b ? a : b) : a ?? b);

/** Reads and checks the inbox's query parameters into a task filter (400 naming every bad one). */
function inboxFilter(c: Context<AppEnv>, user: User, now: Date): { done: boolean; filter: TaskFilter; limit: number; cursor?: ReturnType<typeof pageParams>["cursor"] } {
  const problems = new QueryProblems();
  const status = c.req.query("status") || "open";
  if (status !== "open" && status !== "done") problems.add("status", notOneOf(say("状态", "status"), ["open", "done"], status));
  const done = status === "done";
  const { limit, cursor } = pageParams(c, done ? DONE_KEY_ARITY : OPEN_KEY_ARITY, problems);
  const filter: TaskFilter = { department: user.department!, roles: user.roles.filter((r) => r === "clerk" || r === "reviewer") };
  const search = c.req.query("q")?.trim();
  if (search) {
    if (search.length > 100) problems.add("q", say("搜索内容最多 100 个字", "The search text has at most 100 characters"));
    else filter.search = search;
  }
  const bundle = c.req.query("bundle");
  if (bundle) filter.bundleKey = bundle;
  const sla = c.req.query("sla");
  const dueFrom = c.req.query("dueFrom");
  const dueTo = c.req.query("dueTo");
  if (done && (sla || dueFrom || dueTo)) problems.add(sla ? "sla" : dueFrom ? "dueFrom" : "dueTo", say("时效和到期日筛选只适用于待办", "The deadline filters apply to open tasks only"));
  if (sla && !(INBOX_SLA as string[]).includes(sla)) problems.add("sla", notOneOf(SLA_STATE, INBOX_SLA, sla));
  const from = dueFrom ? beijingDayStart(dueFrom) : undefined;
  const to = dueTo ? beijingDayEnd(dueTo) : undefined;
  if (dueFrom && !from) problems.add("dueFrom", notADate(dueFrom));
  if (dueTo && !to) problems.add("dueTo", notADate(dueTo));
  if (from && to && from >= to) problems.add("dueTo", say("截止日期不能早于起始日期", "The end of the due range (dueTo) cannot be before its start (dueFrom)"));
  problems.throwIfAny();
  if (!done) {
    const range = sla ? slaRange(sla as SlaState, now) : undefined;
    const f = later(from, range?.from);
    const b = earlier(to, range?.before);
    if (f) filter.dueFrom = f;
    if (b) filter.dueBefore = b;
  }
  return { done, filter, limit, ...(cursor ? { cursor } : {}) };
}

/** GET /api/tasks/inbox: one page of the viewer's tasks with the summary's counts. */
export async function inboxHandler(d: Deps, c: Context<AppEnv>, u: User | undefined): Promise<Response> {
  const user = must(u);
  if (!user.department) return c.json({ tasks: [], counts: { open: 0, done: 0 } } satisfies InboxView);
  const now = d.clock.now();
  const { done, filter, limit, cursor } = inboxFilter(c, user, now);
  const page = done ? await doneTasksPage(d.db, filter, limit, cursor) : await openTasksPage(d.db, filter, limit, cursor);
  const counts = { open: 0, done: 0 };
  for (const n of await taskCounts(d.db, user.department)) {
    if (!filter.roles!.includes(n.role)) continue;
    if (n.status === "open") counts.open += n.n;
    if (n.status === "done") counts.done += n.n;
  }
  const view: InboxView = { tasks: await taskViews(d.db, page.rows, user, d.flow, now), ...(page.next ? { nextCursor: encodeCursor(page.next) } : {}), counts };
  return c.json(view);
}
