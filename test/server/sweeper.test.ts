// Timers and outbox on both dialects: due timers fire exactly once (even with two sweepers racing), a failing
// handler is retried, deliveries are signed with HMAC-SHA256 and retried with backoff until the receiver accepts.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";
import { Sweeper } from "../../server/workers/sweeper.js";
import { flowEngine } from "../../server/flow/engine.js";
import { scheduleTimer } from "../../server/store/timers.js";
import type { FlowRunner } from "../../server/flow/runner.js";

const DAY = 86_400_000;
const silent = { info() {}, warn() {}, error() {} };
const DEADLINE_EVENTS = sql`('case_overdue', 'node_overdue', 'case_statutory_overdue')`;

describe.each(DIALECTS)("sweeper on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset) };
  const sweeper = (flow: FlowRunner = flowEngine) => new Sweeper({ db: api.tdb.db, flow, clock, log: silent, intervalMs: 1000, batch: 7, webhookAllow: ["127.0.0.1"] });
  const count = async (q: ReturnType<typeof sql>) => Number((await api.tdb.db.get<{ n: number }>(q))!.n);

  beforeAll(async () => {
    api = await startApi(dialect, { clock });
    await (await loginAs(api.url, "designer")).post("/api/bundles", fixtureBundle());
    await (await loginAs(api.url, "admin")).post("/api/bundles/test-shop/publish", {});
    applicant = await loginAs(api.url, "zhangsan");
  });
  afterAll(() => api?.stop());

  it("fires every due timer exactly once, even with two sweepers at the same time", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) ids.push((await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA })).body.id);
    const reviewer = await loginAs(api.url, "reviewer-samr");
    const first = (await applicant.get(`/api/applications/${ids[0]}`)).body.tasks[0].id;
    await reviewer.post(`/api/tasks/${first}/complete`, { action: "approve" }); // its timers are cancelled
    expect(await sweeper().sweepOnce()).toMatchObject({ fired: 1 }); // only the SMS telling the applicant it is done
    expect(await count(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM timers WHERE fired_at IS NOT NULL AND kind = 'notification.sms'`)).toBe(1);
    offset = 60 * DAY; // past every deadline whatever the date the suite runs on (20 working days over New Year and Spring Festival)
    const [a, b] = [sweeper(), sweeper()];
    const results = await Promise.all([a.sweepOnce(), b.sweepOnce()]);
    // 11 open cases × 3 deadlines: the review's, the case's promised and its statutory limit
    expect(results[0].fired + results[1].fired).toBe(33);
    expect(await count(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL`)).toBe(0);
    expect(await count(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM events WHERE kind IN ${DEADLINE_EVENTS}`)).toBe(33);
    expect(await count(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM (SELECT application_id, kind FROM events WHERE kind IN ${DEADLINE_EVENTS} GROUP BY application_id, kind HAVING COUNT(*) > 1) d`)).toBe(0);
    expect((await sweeper().sweepOnce()).fired).toBe(0);
    const staff = await loginAs(api.url, "reviewer-samr"); // the old sessions expired 60 days ago
    const view = await staff.get(`/api/applications/${ids[1]}`);
    const kinds = view.body.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe("submitted");
    // (deadlines due at the same minute fire in either order)
    expect([...kinds].sort()).toEqual(["case_overdue", "case_statutory_overdue", "node_overdue", "submitted"]);
    expect(view.body.tasks[0].sla).toBe("overdue");
    applicant = await loginAs(api.url, "zhangsan"); // the applicant's timeline leaves out the departments' clock
    expect((await applicant.get(`/api/applications/${ids[1]}`)).body.timeline.map((e: { kind: string }) => e.kind)).toEqual(["submitted"]);
  });

  it("retries a timer whose handler fails, without marking it fired", async () => {
    let fail = true;
    const flaky: FlowRunner = { ...flowEngine, timerHandlers: { flaky: async () => { if (fail) throw new Error("transient"); } } };
    await api.tdb.db.tx((q) => scheduleTimer(q, { dedupeKey: "flaky-1", kind: "flaky", dueAt: clock.now() }, clock.now()));
    expect((await sweeper(flaky).sweepOnce()).fired).toBe(0);
    const row = await api.tdb.db.get<{ attempts: number; last_error: string; fired_at: string | null; due_at: string }>(sql`SELECT * FROM timers WHERE dedupe_key = 'flaky-1'`);
    expect(row).toMatchObject({ attempts: 1, fired_at: null });
    expect(row!.last_error).toMatch(/transient/);
    fail = false;
    offset += DAY;
    expect((await sweeper(flaky).sweepOnce()).fired).toBe(1);
  });

  describe("outbox", () => {
    let receiver: Server;
    let received: Array<{ headers: IncomingMessage["headers"]; body: string }> = [];
    let accept = false;
    let hookUrl = "";
    beforeAll(async () => {
      receiver = createServer((req, res) => {
        let body = "";
        req.on("data", (c) => (body += c));
        req.on("end", () => {
          received.push({ headers: req.headers, body });
          res.statusCode = accept ? 204 : 503;
          res.end();
        });
      });
      await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", () => r()));
      hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
    });
    afterAll(() => new Promise<void>((r) => receiver.close(() => r())));

    it("delivers signed messages, retrying with backoff until accepted", async () => {
      const admin = await loginAs(api.url, "admin");
      applicant = await loginAs(api.url, "zhangsan");
      const sub = (await admin.post("/api/webhooks", { url: hookUrl, topics: ["case.submitted"], secret: "s3cret-s3cret-s3cret" })).body;
      const app = (await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA })).body;
      received = [];
      accept = false;
      await sweeper().sweepOnce();
      expect(received).toHaveLength(1);
      const row = await api.tdb.db.get<{ attempts: number; next_attempt_at: string; delivered_at: string | null }>(sql`SELECT * FROM outbox WHERE subscription_id = ${sub.id}`);
      expect(row).toMatchObject({ attempts: 1, delivered_at: null });
      expect(Date.parse(row!.next_attempt_at)).toBeGreaterThan(clock.now().getTime());
      await sweeper().sweepOnce(); // not due yet: nothing sent
      expect(received).toHaveLength(1);
      accept = true;
      offset += 60_000;
      await sweeper().sweepOnce();
      expect(received).toHaveLength(2);
      const { headers, body } = received[1]!;
      const expected = "sha256=" + createHmac("sha256", "s3cret-s3cret-s3cret").update(`${headers["x-yijian-timestamp"]}.${body}`).digest("hex");
      expect(headers["x-yijian-signature"]).toBe(expected);
      expect(JSON.parse(body)).toMatchObject({ topic: "case.submitted", payload: { applicationId: app.id, bundleKey: "test-shop", version: 1 } });
      expect(await count(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM outbox WHERE delivered_at IS NOT NULL`)).toBe(1);
      await sweeper().sweepOnce();
      expect(received).toHaveLength(2);
    });
  });
});
