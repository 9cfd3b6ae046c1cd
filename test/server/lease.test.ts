// Workers on PostgreSQL (issue 13): a lease heartbeat keeps a slow timer's claim while its process works, so a
// short lease is safe (another process never takes over live work, a killed one's claims are free within the
// lease); and a timer firing and a task completion on the same case take their row locks in one order — the case,
// then the timer — so racing them does not deadlock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { PG_URL } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { flowBundle } from "../fixtures/flow.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { Sweeper } from "../../server/workers/sweeper.js";
import { flowEngine } from "../../server/flow/engine.js";
import { scheduleTimer } from "../../server/store/timers.js";
import type { FlowRunner } from "../../server/flow/runner.js";

const DAY = 86_400_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!PG_URL)("sweeper leases and lock order on PostgreSQL", () => {
  let api: ApiServer;
  const clock = { now: () => new Date() };
  const errors: string[] = [];
  const log = { info() {}, warn() {}, error: (m: string, e?: unknown) => errors.push(`${m} ${String((e as Error)?.message ?? e)} ${String(((e as Error)?.cause as Error)?.message ?? "")}`) };
  beforeAll(async () => { api = await startApi("pg", { clock }); });
  afterAll(() => api?.stop());

  it("renews the lease of claimed timers while a slow handler runs, so no other process takes them", async () => {
    let calls = 0;
    const slow: FlowRunner = { ...flowEngine, timerHandlers: { slow: async () => { calls++; await sleep(700); } } };
    for (const k of ["a", "b", "c"]) await scheduleTimer(api.tdb.db, { dedupeKey: `slow-${k}`, kind: "slow", dueAt: new Date(Date.now() - 1000) }, new Date());
    const first = new Sweeper({ db: api.tdb.db, flow: slow, clock, log, intervalMs: 1000, leaseMs: 300 });
    const second = new Sweeper({ db: api.tdb.db, flow: slow, clock, log, intervalMs: 1000, leaseMs: 300 });
    const running = first.sweepOnce();
    await sleep(900); // three leases' worth: without renewal the claims of b and c would have lapsed
    expect((await second.sweepOnce()).fired, JSON.stringify(await api.tdb.db.all(sql`SELECT dedupe_key, kind, claimed_by FROM timers WHERE fired_at IS NOT NULL`))).toBe(0);
    expect((await running).fired).toBe(3);
    expect(calls).toBe(3);
    const fired = await api.tdb.db.all<{ n: number }>(sql`SELECT COUNT(*) AS n FROM timers WHERE dedupe_key LIKE 'slow-%' AND fired_at IS NOT NULL`);
    expect(Number(fired[0]!.n)).toBe(3);
  });

  it("fires due timers while staff complete the same cases' tasks, without a deadlock", async () => {
    const designer = await loginAs(api.url, "designer");
    expect((await designer.post("/api/bundles", flowBundle("lock-shop"))).status).toBe(201);
    await (await loginAs(api.url, "admin")).post("/api/bundles/lock-shop/publish", {});
    const applicant = await loginAs(api.url, "zhangsan");
    const clerk = await loginAs(api.url, "clerk-samr");
    const reviewers: Client[] = await Promise.all([1, 2, 3].map(() => loginAs(api.url, "reviewer-samr")));
    const reviews: string[] = [];
    for (let i = 0; i < 12; i++) {
      const sub = await applicant.post("/api/applications", { bundleKey: "lock-shop", version: 1, answers: {}, data: VALID_DATA });
      expect(sub.status, JSON.stringify(sub.body)).toBe(201);
      const acc = await api.tdb.db.get<{ id: string }>(sql`SELECT id FROM tasks WHERE application_id = ${sub.body.id} AND status = 'open'`);
      expect((await clerk.post(`/api/tasks/${acc!.id}/complete`, { action: "accept" })).status).toBe(200);
      reviews.push((await api.tdb.db.get<{ id: string }>(sql`SELECT id FROM tasks WHERE application_id = ${sub.body.id} AND status = 'open'`))!.id);
    }
    // The sweepers' clock is a month ahead: every reminder and deadline of those cases is due for them.
    const later = { now: () => new Date(Date.now() + 30 * DAY) };
    errors.length = 0;
    const sweepers = [1, 2].map(() => new Sweeper({ db: api.tdb.db, flow: flowEngine, clock: later, log, intervalMs: 1000, batch: 3 }));
    const [decisions] = await Promise.all([
      Promise.all(reviews.map((id, i) => reviewers[i % 3]!.post(`/api/tasks/${id}/complete`, { action: "approve", result: { document: `JY${i}` } }))),
      ...sweepers.map((s) => s.sweepOnce()),
    ]);
    expect(decisions.map((d) => d.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
    expect(errors.filter((e) => /deadlock/i.test(e))).toEqual([]);
    // Whatever the sweepers did not fire in the race, they fire now; nothing is left failing.
    await sweepers[0]!.sweepOnce();
    expect(errors.filter((e) => /deadlock/i.test(e))).toEqual([]);
  }, 120_000);
});
