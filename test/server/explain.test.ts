// No statement on a request path or in the sweeper scans a table that grows with cases. The real store functions
// run against a real database through a recorder that keeps every statement they send; each is then explained on
// the same database. SQLite fails on `SCAN <table>` of a growing table (and, for the paged lists, on a temp B-tree
// sort: a page must be read in index order); PostgreSQL fails on `Seq Scan` of a growing table with sequential scans
// disabled (so the plan shows whether any index can serve the statement, whatever the table size is now).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SQL } from "drizzle-orm";
import { sql } from "drizzle-orm";
import type { Queryable } from "../../server/db/database.js";
import { getApplication, insertApplication, applicationsPageOf, listFormDrafts } from "../../server/store/applications.js";
import { cancelOpenTasks, closeTask, finishTask, getInstance, getTask, insertInstance, insertTask, tasksOfApplication, updateOpenTask } from "../../server/store/tasks.js";
import { countOpenDue, doneTasksPage, lateTasksPage, openTasksPage } from "../../server/store/task-lists.js";
import { closedStats, taskCounts } from "../../server/store/task-counts.js";
import { caseRefs, flowDeadlines, supervisedTasks, userNames } from "../../server/store/supervision.js";
import { cancelTimerByKey, cancelTimers, claimDueTimers, markFired, scheduleTimer } from "../../server/store/timers.js";
import { appendEvent, timelineOf } from "../../server/store/events.js";
import { claimDeliveries } from "../../server/store/outbox.js";
import { DIALECTS, openTestDb, type TestDb } from "../helpers/db.js";

/** Tables whose size does not grow with cases: registries, published definitions, and the task summary (a few
 * rows per department, role and status). */
const SMALL = new Set(["departments", "bundles", "bundle_versions", "webhook_subscriptions", "licences", "task_counts"]);
const NOW = new Date("2026-03-02T02:00:00.000Z");
const LATER = "2026-03-20T02:00:00.000Z";

interface Recorded { label: string; query: SQL; paged: boolean }

/** A Queryable that runs every statement on `q` and remembers it under the current label. */
function recorder(q: Queryable, out: Recorded[], current: () => { label: string; paged: boolean }): Queryable {
  const keep = (query: SQL) => out.push({ ...current(), query });
  return {
    all: (query) => (keep(query), q.all(query)),
    get: (query) => (keep(query), q.get(query)),
    run: (query) => (keep(query), q.run(query)),
  };
}

describe.each(DIALECTS)("hot-path query plans on %s", (dialect) => {
  let t: TestDb;
  const statements: Recorded[] = [];
  let label = { label: "", paged: false };

  beforeAll(async () => {
    t = await openTestDb(dialect);
    const q = recorder(t.db, statements, () => label);
    const as = async (name: string, paged: boolean, fn: () => Promise<unknown>) => {
      label = { label: name, paged };
      await fn();
    };
    const applicant = (await t.db.get<{ id: string }>(sql`SELECT id FROM users LIMIT 1`))?.id ?? "nobody";
    let appId = "";
    let instanceId = "";
    let taskId = "";
    await as("submit", false, async () => {
      const app = await insertApplication(q, { bundleKey: "b", version: 1, applicantId: applicant, answers: {}, data: {}, status: "submitted", requestId: null, caseNo: "X-1", delivery: null } as never, NOW);
      appId = app.id;
      instanceId = (await insertInstance(q, { applicationId: app.id, bundleKey: "b", definitionVersion: 1, engine: "flow", state: {}, status: "running" }, NOW)).id;
      taskId = (await insertTask(q, { instanceId, applicationId: app.id, node: "review", activation: 1, name: "审核", department: "samr", role: "reviewer", dueAt: new Date(LATER) }, NOW))!.id;
      await insertTask(q, { instanceId, applicationId: app.id, node: "accept", activation: 1, name: "受理", department: "samr", role: "clerk" }, NOW);
      await scheduleTimer(q, { dedupeKey: `${taskId}:overdue`, instanceId, kind: "task_overdue", dueAt: new Date(LATER) }, NOW);
      await appendEvent(q, { applicationId: app.id, instanceId, actor: { id: "system", name: "系统" }, kind: "submitted", message: "x" }, NOW);
    });
    const filter = { department: "samr", roles: ["reviewer"] };
    await as("inbox, open", true, () => openTasksPage(q, filter, 50));
    await as("inbox, open, next page", true, () => openTasksPage(q, filter, 50, [0, LATER, NOW.toISOString(), "z"]));
    await as("inbox, open, tasks without a deadline", true, () => openTasksPage(q, filter, 50, [1, null, NOW.toISOString(), "z"]));
    await as("inbox, open, one-thing", true, () => openTasksPage(q, { ...filter, bundleKey: "b" }, 50));
    await as("inbox, open, due range", true, () => openTasksPage(q, { ...filter, dueFrom: NOW.toISOString(), dueBefore: LATER }, 50));
    await as("inbox, search", false, () => openTasksPage(q, { ...filter, search: "张三" }, 50));
    await as("inbox, done", true, () => doneTasksPage(q, filter, 50, ["2026-03-03T00:00:00.000Z", "z"]));
    await as("inbox, done, one-thing", true, () => doneTasksPage(q, { ...filter, bundleKey: "b" }, 50));
    await as("supervision, all", true, () => openTasksPage(q, {}, 50));
    await as("supervision, overdue", true, () => openTasksPage(q, { dueBefore: NOW.toISOString(), includeNoDue: false }, 50));
    await as("supervision, one department", true, () => openTasksPage(q, { department: "samr" }, 50));
    await as("supervision, counts", false, async () => {
      await taskCounts(q);
      await countOpenDue(q, "samr", NOW.toISOString(), LATER);
      await countOpenDue(q, "samr", undefined, NOW.toISOString());
    });
    await as("supervision, rows of a page", false, async () => {
      await supervisedTasks(q, [taskId]);
      await flowDeadlines(q, [instanceId]);
      await caseRefs(q, [appId]);
      await userNames(q, [applicant]);
    });
    await as("overdue history", true, () => lateTasksPage(q, undefined, 50));
    await as("overdue history, one department", true, () => lateTasksPage(q, "samr", 50, [LATER, "z"]));
    await as("closed statistics", false, () => closedStats(q, "2026-02-01", "2026-03-02"));
    await as("applicant's list", true, () => applicationsPageOf(q, applicant, 20, [LATER, "z"]));
    await as("case page", false, async () => {
      await getApplication(q, appId);
      await tasksOfApplication(q, appId);
      await timelineOf(q, appId);
      await getInstance(q, instanceId);
      await q.get(sql`SELECT id FROM flow_instances WHERE application_id = ${appId}`);
      await listFormDrafts(q, applicant);
    });
    await as("complete a task", false, async () => {
      await getTask(q, taskId);
      await updateOpenTask(q, taskId, { department: "urban", role: "reviewer", dueAt: LATER });
      await closeTask(q, taskId, { outcome: "approve", comment: "", by: applicant, requestId: null }, NOW);
      await finishTask(q, taskId, { outcome: "approve", by: applicant, comment: null, requestId: null }, NOW);
      await cancelTimers(q, instanceId, NOW);
      await cancelTimers(q, instanceId, NOW, ["task_overdue"]);
      await cancelTimerByKey(q, `${taskId}:overdue`, NOW);
      await cancelOpenTasks(q, instanceId, NOW);
    });
    label = { label: "sweeper", paged: false };
    await claimDueTimers(t.db, "me", NOW, 1000, 10);
    await markFired(q, "none", "me", NOW);
    await claimDeliveries(t.db, "me", NOW, 1000, 10);
  }, 60_000);
  afterAll(() => t?.dispose());

  /** Every line of a statement's plan. */
  async function plan(query: SQL): Promise<string[]> {
    if (dialect === "sqlite") return (await t.db.all<{ detail: string }>(sql`EXPLAIN QUERY PLAN ${query}`)).map((r) => r.detail);
    return t.db.tx(async (q) => {
      await q.run(sql`SET LOCAL enable_seqscan = off`);
      return (await q.all<{ "QUERY PLAN": string }>(sql`EXPLAIN ${query}`)).map((r) => r["QUERY PLAN"]);
    });
  }

  it("records the statements of every hot path", () => {
    expect(new Set(statements.map((s) => s.label)).size).toBeGreaterThanOrEqual(20);
    expect(statements.length).toBeGreaterThan(40);
  });

  it("never scans a table that grows with cases", async () => {
    const bad: string[] = [];
    for (const s of statements) {
      const lines = await plan(s.query);
      for (const line of lines) {
        const m = dialect === "sqlite" ? /^SCAN (\w+)/.exec(line) : /Seq Scan on (\w+)/.exec(line);
        const table = m?.[1];
        // A page read in the order of an index stops after its LIMIT rows: that walk is not a scan of the table.
        const orderedWalk = s.paged && /^SCAN \w+ USING (COVERING )?INDEX /.test(line);
        if (table && !SMALL.has(table) && !orderedWalk && !/^(CONSTANT|SUBQUERY)/.test(table)) bad.push(`${s.label}: ${line}`);
        if (dialect === "sqlite" && s.paged && /USE TEMP B-TREE FOR ORDER BY/.test(line)) bad.push(`${s.label}: ${line}`);
      }
    }
    expect(bad).toEqual([]);
  }, 60_000);
});
