// Two server processes on one PostgreSQL database (started at the same time: one migrates and seeds, the other
// waits) serve interleaved requests for 1,000 applications: no submission is lost, no task duplicated, racing
// completions have one winner, and every due timer fires exactly once although both processes sweep.
// Needs a real PostgreSQL server (DATABASE_URL): separate processes cannot share an embedded PGlite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { freshPgSchema, PG_URL } from "../helpers/db.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { Client } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";

const N = 1000;
const DEADLINE_EVENTS = "('case_overdue', 'node_overdue', 'case_statutory_overdue')";
if (!PG_URL) process.stderr.write("multi-process test skipped: set DATABASE_URL=postgres://… to run it against a real PostgreSQL server\n");

async function pool<T>(items: T[], concurrency: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  }));
}

describe.skipIf(!PG_URL)("two server processes on one PostgreSQL database", () => {
  let servers: TestServer[] = [];
  let schema: Awaited<ReturnType<typeof freshPgSchema>>;
  let db: pg.Client;
  const q = async <T = Record<string, unknown>>(text: string, values: unknown[] = []) => (await db.query(text, values)).rows as T[];

  beforeAll(async () => {
    schema = await freshPgSchema();
    servers = await Promise.all([0, 1].map(() => startTestServer({ databaseUrl: PG_URL, pgSchema: schema.schema, env: { YIJIAN_SWEEP_MS: "100" } })));
    db = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema.schema}` });
    await db.connect();
  }, 120_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db?.end();
    await schema?.drop();
  });

  it("loses no submission, duplicates no task, and fires every timer exactly once", async () => {
    const [a, b] = servers as [TestServer, TestServer];
    expect(Number((await q<{ n: string }>("SELECT COUNT(*) AS n FROM users WHERE username = 'zhangsan'"))[0]!.n)).toBe(1);
    await (await new Client(a.url).login("designer", "Design#2026")).post("/api/bundles", fixtureBundle());
    expect((await (await new Client(b.url).login("admin", "Admin#2026")).post("/api/bundles/test-shop/publish", {})).status).toBe(201);
    const applicants = await Promise.all([a, b].map((s) => new Client(s.url).login("zhangsan", "Apply#2026")));
    const reviewers = await Promise.all([a, b].map((s) => new Client(s.url).login("reviewer-samr", "Review#2026")));

    const ids: string[] = [];
    await pool(Array.from({ length: N }, (_, i) => i), 24, async (i) => {
      const body = { bundleKey: "test-shop", version: 1, answers: {}, data: { ...VALID_DATA, shopName: `店铺${i}` }, requestId: `mp-${i}-request` };
      const r = await applicants[i % 2]!.post("/api/applications", body);
      expect(r.status).toBe(201);
      if (i % 10 === 0) expect((await applicants[(i + 1) % 2]!.post("/api/applications", body)).body.id).toBe(r.body.id); // retried on the other process
      ids[i] = r.body.id;
    });
    expect(new Set(ids).size).toBe(N);
    expect(Number((await q<{ n: string }>("SELECT COUNT(*) AS n FROM applications"))[0]!.n)).toBe(N);
    expect(await q("SELECT application_id FROM tasks GROUP BY application_id HAVING COUNT(*) <> 1")).toEqual([]);
    expect(Number((await q<{ n: string }>("SELECT COUNT(*) AS n FROM tasks"))[0]!.n)).toBe(N);

    // Every 4th task is completed by both processes at once: exactly one winner each.
    const tasks = await q<{ id: string; application_id: string }>("SELECT id, application_id FROM tasks ORDER BY id");
    const contested = tasks.filter((_, i) => i % 4 === 0);
    await pool(contested, 12, async (t) => {
      const rs = await Promise.all(reviewers.map((r) => r.post(`/api/tasks/${t.id}/complete`, { action: "approve" })));
      expect(rs.map((r) => r.status).sort()).toEqual([200, 409]);
    });
    expect(Number((await q<{ n: string }>("SELECT COUNT(*) AS n FROM events WHERE kind = 'approved'"))[0]!.n)).toBe(contested.length);

    // Time passes: every pending timer becomes due; both processes sweep.
    // each open case's three deadlines: the review's, the case's promised and its statutory limit
    const pending = Number((await q<{ n: string }>("SELECT COUNT(*) AS n FROM timers WHERE kind = 'flow' AND fired_at IS NULL AND cancelled_at IS NULL"))[0]!.n);
    expect(pending).toBe(3 * (N - contested.length));
    await q("UPDATE timers SET due_at = $1 WHERE fired_at IS NULL AND cancelled_at IS NULL", [new Date(Date.now() - 1000).toISOString()]);
    const deadline = Date.now() + 180_000; // 2,250 state-machine transitions on a shared machine
    while (Date.now() < deadline) {
      const left = Number((await q<{ n: string }>("SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL"))[0]!.n);
      if (left === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(Number((await q<{ n: string }>("SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL"))[0]!.n)).toBe(0);
    const sla = await q<{ n: string }>(`SELECT COUNT(*) AS n FROM events WHERE kind IN ${DEADLINE_EVENTS}`);
    expect(Number(sla[0]!.n)).toBe(pending);
    expect(await q(`SELECT application_id, kind FROM events WHERE kind IN ${DEADLINE_EVENTS} GROUP BY application_id, kind HAVING COUNT(*) > 1`)).toEqual([]);
    const byOwner = await q<{ owner: string; n: string }>("SELECT split_part(claimed_by, ':', 2) AS owner, COUNT(*) AS n FROM timers WHERE fired_at IS NOT NULL GROUP BY 1");
    process.stderr.write(`timers fired per process: ${byOwner.map((r) => `pid ${r.owner}: ${r.n}`).join(", ")}\n`);
    expect(new Set(byOwner.map((r) => r.owner)).size).toBeLessThanOrEqual(2);
  }, 480_000);

  it("runs state-machine cases across both processes: one winner per decision, every timer once", async () => {
    const [a, b] = servers as [TestServer, TestServer];
    expect((await (await new Client(a.url).login("designer", "Design#2026")).post("/api/bundles", flowBundle())).status).toBe(201);
    expect((await (await new Client(b.url).login("admin", "Admin#2026")).post("/api/bundles/flow-shop/publish", {})).status).toBe(201);
    const applicants = await Promise.all([a, b].map((s) => new Client(s.url).login("zhangsan", "Apply#2026")));
    const clerks = await Promise.all([a, b].map((s) => new Client(s.url).login("clerk-samr", "Clerk#2026")));
    const M = 200;
    const ids: string[] = [];
    await pool(Array.from({ length: M }, (_, i) => i), 16, async (i) => {
      const r = await applicants[i % 2]!.post("/api/applications", { bundleKey: "flow-shop", version: 1, answers: {}, data: VALID_DATA });
      expect(r.status).toBe(201);
      ids[i] = r.body.id;
    });
    const tasks = await q<{ id: string }>("SELECT t.id FROM tasks t JOIN flow_instances i ON i.id = t.instance_id WHERE i.bundle_key = 'flow-shop' AND t.status = 'open'");
    expect(tasks).toHaveLength(M);
    await pool(tasks, 12, async (t) => {
      const rs = await Promise.all(clerks.map((c) => c.post(`/api/tasks/${t.id}/complete`, { action: "accept" })));
      expect(rs.map((r) => r.status).sort()).toEqual([200, 409]);
    });
    expect(Number((await q<{ n: string }>("SELECT COUNT(*) AS n FROM tasks t JOIN flow_instances i ON i.id = t.instance_id WHERE i.bundle_key = 'flow-shop' AND t.status = 'open' AND t.role = 'reviewer'"))[0]!.n)).toBe(M);
    await q("UPDATE timers SET due_at = $1 WHERE fired_at IS NULL AND cancelled_at IS NULL AND kind = 'flow'", [new Date(Date.now() - 1000).toISOString()]);
    const due = () => q<{ n: string }>("SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= $1", [new Date().toISOString()]);
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && Number((await due())[0]!.n) > 0) await new Promise((r) => setTimeout(r, 200));
    expect(Number((await due())[0]!.n)).toBe(0);
    // Every state-machine log entry is applied once: (case, seq) never repeats, and each case went overdue once.
    expect(await q("SELECT application_id, data::json->>'seq' AS seq FROM events WHERE instance_id IN (SELECT id FROM flow_instances WHERE bundle_key = 'flow-shop') GROUP BY 1, 2 HAVING COUNT(*) > 1")).toEqual([]);
    const overdue = await q<{ n: string }>("SELECT COUNT(*) AS n FROM events WHERE kind = 'case_overdue' AND bundle_key = 'flow-shop'");
    expect(Number(overdue[0]!.n)).toBe(M);
  }, 300_000);
});