// The incrementally maintained task summary (task_counts, closed_stats) always equals a full recompute from the
// tasks: for any sequence of task writes the flow engines make — open, close with an outcome, finish or cancel,
// move to another department or role, cancel every open task of a case — in transactions, some rolled back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { cancelOpenTasks, closeTask, finishTask, insertInstance, insertTask, updateOpenTask } from "../../server/store/tasks.js";
import { closedStats, recomputeClosedStats, recomputeTaskCounts, taskCounts, type ClosedStat, type TaskCount } from "../../server/store/task-counts.js";
import { DIALECTS, openTestDb, type TestDb } from "../helpers/db.js";

const DEPTS = ["samr", "urban", "tax"];
const ROLES = ["clerk", "reviewer"] as const;
const T0 = Date.parse("2026-03-02T01:00:00.000Z");

type Op =
  | { kind: "open"; instance: number; dept: number; role: number; dueHours: number | null }
  | { kind: "close"; task: number; hours: number }
  | { kind: "finish"; task: number; hours: number; cancelled: boolean }
  | { kind: "move"; task: number; dept: number; role: number }
  | { kind: "cancelCase"; instance: number; hours: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("open" as const), instance: fc.nat(3), dept: fc.nat(2), role: fc.nat(1), dueHours: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }) }),
  fc.record({ kind: fc.constant("close" as const), task: fc.nat(30), hours: fc.integer({ min: 0, max: 500 }) }),
  fc.record({ kind: fc.constant("finish" as const), task: fc.nat(30), hours: fc.integer({ min: 0, max: 500 }), cancelled: fc.boolean() }),
  fc.record({ kind: fc.constant("move" as const), task: fc.nat(30), dept: fc.nat(2), role: fc.nat(1) }),
  fc.record({ kind: fc.constant("cancelCase" as const), instance: fc.nat(3), hours: fc.integer({ min: 0, max: 500 }) }),
);

const sortCounts = (xs: TaskCount[]) => [...xs].sort((a, b) => `${a.department}/${a.role}/${a.status}`.localeCompare(`${b.department}/${b.role}/${b.status}`));
const sortStats = (xs: ClosedStat[]) => [...xs].sort((a, b) => a.department.localeCompare(b.department));

describe.each(DIALECTS)("task summary on %s", (dialect) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb(dialect);
  }, 60_000);
  afterAll(() => t?.dispose());

  it("equals a full recompute after any sequence of task writes (some rolled back)", async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(op, fc.boolean()), { minLength: 1, maxLength: 25 }), async (ops) => {
      run++;
      await t.db.run(sql`DELETE FROM tasks`);
      await t.db.run(sql`DELETE FROM task_counts`);
      await t.db.run(sql`DELETE FROM closed_stats`);
      await t.db.run(sql`DELETE FROM flow_instances`);
      const instances: string[] = [];
      for (let i = 0; i < 4; i++) {
        instances.push((await insertInstance(t.db, { applicationId: `app-${run}-${i}`, bundleKey: "b", definitionVersion: 1, engine: "flow", state: {}, status: "running" }, new Date(T0))).id);
      }
      const tasks: string[] = [];
      let activation = 0;
      for (const [o, rollBack] of ops) {
        const at = (h: number) => new Date(T0 + h * 3_600_000);
        await t.db.tx(async (q) => {
          if (o.kind === "open") {
            const created = await insertTask(q, {
              instanceId: instances[o.instance]!, applicationId: `app-${run}-${o.instance}`, node: "n", activation: ++activation, name: "环节",
              department: DEPTS[o.dept]!, role: ROLES[o.role]!, ...(o.dueHours !== null ? { dueAt: at(o.dueHours) } : {}),
            }, new Date(T0));
            if (created && !rollBack) tasks.push(created.id);
          } else if (o.kind === "close" && tasks.length) {
            await closeTask(q, tasks[o.task % tasks.length]!, { outcome: "approve", comment: "", by: "u", requestId: null }, at(o.hours));
          } else if (o.kind === "finish" && tasks.length) {
            await finishTask(q, tasks[o.task % tasks.length]!, { outcome: o.cancelled ? "cancelled" : "approve", by: "u", comment: null, requestId: null }, at(o.hours));
          } else if (o.kind === "move" && tasks.length) {
            await updateOpenTask(q, tasks[o.task % tasks.length]!, { department: DEPTS[o.dept]!, role: ROLES[o.role]!, dueAt: null });
          } else if (o.kind === "cancelCase") {
            await cancelOpenTasks(q, instances[o.instance]!, at(o.hours));
          }
          if (rollBack) throw new Error("rolled back");
        }).catch((err: Error) => {
          if (err.message !== "rolled back") throw err;
        });
      }
      expect(sortCounts(await taskCounts(t.db))).toEqual(sortCounts(await recomputeTaskCounts(t.db)));
      expect(sortStats(await closedStats(t.db, "2026-01-01", "2026-12-31"))).toEqual(sortStats(await recomputeClosedStats(t.db, "2026-01-01", "2026-12-31")));
    }), { numRuns: dialect === "sqlite" ? 60 : 25 });
  }, 240_000);
});
