// Crash safety: a real server process on a SQLite file runs parallel-review cases whose timers have fallen due; it is
// killed with SIGKILL while its sweeper is firing them and while applicants and reviewers are still sending requests.
// After a restart on the same file nothing acknowledged is lost, retried requests are applied once, no task exists
// twice, every timer fires exactly once (one audit event and one outbox message per firing), every join joins once,
// and every case can be driven to its end. Requests are served while the sweeper works through the backlog.
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { Client } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";

const KEY = "crash-shop";
/** Cases accepted before the crash; all their timers are made due. */
const N = 40;
/** Cases submitted around the crash (some before, some in flight, some after). */
const K = 12;
/** Timers each accepted case has pending: case reminder/due/statutory due, review-samr due, review-urban and review-site reminder + due. */
const TIMERS_PER_CASE = 8;
const FLOW_TIMERS = "kind NOT LIKE 'notification.%'";
const TOPICS = ["node.timeout_approved", "case.overdue", "case.completed"];

const node = (id: string, type: string, data: Record<string, unknown> = {}) => ({ id, type, position: { x: 0, y: 0 }, data: { label: id, ...data } });

/** Acceptance → parallel split into three reviews (two approve themselves when overdue, one only reminds) → join → results.
 *  The urban review decides the sign item, which every case here needs (it answers has_sign; the flow skips it otherwise). */
function crashBundle(): Record<string, unknown> {
  return {
    ...fixtureBundle(KEY, "测试开店（并联审批，断电测试）"),
    flow: {
      schemaVersion: 1,
      caseLimit: { statutoryDays: 20, promisedDays: 5, reminderDays: 1 },
      nodes: [
        node("start", "start"),
        node("acceptance", "acceptance", { department: "samr", role: "clerk", statutoryDays: 5, promisedDays: 1, reminderDays: 0, allowDeficiency: false, allowPromise: false, timeout: { action: "remind" } }),
        node("split", "parallel", { join: "join" }),
        node("review-samr", "review", { department: "samr", role: "reviewer", item: "licence", statutoryDays: 3, promisedDays: 1, reminderDays: 0, timeout: { action: "auto_approve" } }),
        node("review-urban", "review", { department: "urban", role: "reviewer", item: "sign", statutoryDays: 3, promisedDays: 2, reminderDays: 1, timeout: { action: "auto_approve" } }),
        node("review-site", "review", { department: "samr", role: "reviewer", statutoryDays: 3, promisedDays: 2, reminderDays: 1, timeout: { action: "remind" } }),
        node("join", "join"),
        node("results", "results", { department: "samr", role: "clerk", statutoryDays: 1, promisedDays: 1, reminderDays: 0, timeout: { action: "remind" }, delivery: ["online", "window"] }),
        node("end", "end", { outcome: "completed" }),
      ],
      edges: [
        { id: "e-start", source: "start", target: "acceptance" },
        { id: "e-accept", source: "acceptance", target: "split" },
        ...["review-samr", "review-urban", "review-site"].flatMap((r) => [
          { id: `e-split-${r}`, source: "split", target: r },
          { id: `e-${r}-join`, source: r, target: "join" },
        ]),
        { id: "e-join", source: "join", target: "results" },
        { id: "e-results", source: "results", target: "end" },
      ],
    },
  };
}

async function pool<T>(items: T[], concurrency: number, fn: (item: T, i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i]!, i);
    }
  }));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until `ok()` holds; throws with `what` and the last value when it does not within `ms`. */
async function waitFor<T>(what: string, read: () => T, ok: (v: T) => boolean, ms = 30_000, everyMs = 20): Promise<T> {
  const deadline = Date.now() + ms;
  let v = read();
  while (!ok(v)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)}`);
    await sleep(everyMs);
    v = read();
  }
  return v;
}

/** A client of a restarted server that keeps the session (sessions are rows, so they survive the crash). */
function sameSession(c: Client, url: string): Client {
  const n = new Client(url);
  n.cookie = c.cookie;
  return n;
}

type Reply = { status: number; body: any };
/** A request made around the crash: its reply, or undefined when the connection died under it. */
async function attempt(send: () => Promise<Reply>): Promise<Reply | undefined> {
  try {
    return await send();
  } catch (err) {
    if (err instanceof TypeError) return undefined; // fetch failed: connection reset or refused
    throw err;
  }
}

const dir = mkdtempSync(join(tmpdir(), "yijian-sigkill-"));
const servers: TestServer[] = [];
let receiver: Server | undefined;
let db: BetterSqlite3.Database | undefined;
afterAll(async () => {
  db?.close();
  await Promise.all(servers.map((s) => s.stop()));
  await new Promise<void>((r) => (receiver ? receiver.close(() => r()) : r()));
  rmSync(dir, { recursive: true, force: true });
});

describe("SIGKILL while the sweeper fires due timers (SQLite)", () => {
  it("loses nothing, duplicates no task, fires every timer once and joins every case once after a restart", async () => {
    const dbPath = join(dir, "y.db");
    // A webhook receiver: at-least-once delivery, deduplicated by X-Yijian-Delivery.
    const delivered = new Map<string, number>();
    receiver = createServer((req, res) => {
      const id = String(req.headers["x-yijian-delivery"]);
      delivered.set(id, (delivered.get(id) ?? 0) + 1);
      req.resume();
      req.on("end", () => { res.statusCode = 204; res.end(); });
    });
    await new Promise<void>((r) => receiver!.listen(0, "127.0.0.1", () => r()));
    const hookUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;

    const env = { YIJIAN_SWEEP_MS: "50" };
    const first = await startTestServer({ dbPath, env, direct: true });
    servers.push(first);
    db = new BetterSqlite3(dbPath);
    db.pragma("busy_timeout = 10000");
    const all = <T = Record<string, any>>(q: string, ...p: unknown[]) => db!.prepare(q).all(...p) as T[];
    const num = (q: string, ...p: unknown[]) => Number((db!.prepare(q).get(...p) as { n: number }).n);
    const openTask = (appId: string, nodeId: string) => all<{ id: string }>("SELECT id FROM tasks WHERE application_id = ? AND node = ? AND status = 'open'", appId, nodeId);

    const designer = await new Client(first.url).login("designer", "Design#2026");
    const created = await designer.post("/api/bundles", crashBundle());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const admin = await new Client(first.url).login("admin", "Admin#2026");
    const published = await admin.post(`/api/bundles/${KEY}/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect((await admin.post("/api/webhooks", { url: hookUrl, topics: TOPICS })).status).toBe(201);
    let applicant = await new Client(first.url).login("zhangsan", "Apply#2026");
    let clerk = await new Client(first.url).login("clerk-samr", "Clerk#2026");
    let samr = await new Client(first.url).login("reviewer-samr", "Review#2026");
    let urban = await new Client(first.url).login("reviewer-urban", "Review#2026");

    // ---- Before the crash: N cases submitted and accepted; some reviews done by hand. --------------------------
    const submit = (c: Client, rid: string, i: number) => c.post("/api/applications", { bundleKey: KEY, version: 1, answers: { has_sign: true }, data: { ...VALID_DATA, shopName: `断电店${i}`, sign: { signText: `断电店${i}` } }, requestId: rid });
    const ids: string[] = [];
    await pool(Array.from({ length: N }, (_, i) => i), 8, async (i) => {
      const r = await submit(applicant, `sigkill-old-${i}`, i);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      ids[i] = r.body.id;
    });
    await pool(ids, 8, async (id) => {
      const [t] = openTask(id, "acceptance");
      const r = await clerk.post(`/api/tasks/${t!.id}/complete`, { action: "accept" });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    });
    expect(num("SELECT COUNT(*) AS n FROM tasks WHERE status = 'open' AND node LIKE 'review-%'")).toBe(3 * N);
    // The flow's own timers; notification timers (SMS sends, 容缺 reminders) come and go with the sweeper.
    expect(num(`SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND ${FLOW_TIMERS}`)).toBe(TIMERS_PER_CASE * N);
    const SITE_BEFORE = 25, URBAN_BEFORE = 10;
    await pool(ids.slice(0, SITE_BEFORE), 6, async (id) => {
      expect((await samr.post(`/api/tasks/${openTask(id, "review-site")[0]!.id}/complete`, { action: "approve" })).status).toBe(200);
    });
    await pool(ids.slice(0, URBAN_BEFORE), 6, async (id) => {
      expect((await urban.post(`/api/tasks/${openTask(id, "review-urban")[0]!.id}/complete`, { action: "approve" })).status).toBe(200);
    });

    // ---- Time passes: every pending timer of those cases is due. Then requests keep coming and the sweeper fires. --
    const past = new Date(Date.now() - 60_000).toISOString();
    const dueIds = all<{ id: string }>(`SELECT id FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND ${FLOW_TIMERS}`).map((r) => r.id);
    expect(dueIds).toHaveLength(TIMERS_PER_CASE * N - 2 * SITE_BEFORE - 2 * URBAN_BEFORE);
    db.prepare("UPDATE timers SET due_at = ? WHERE fired_at IS NULL AND cancelled_at IS NULL").run(past);

    // Requests around the crash, each with a request id so that a retry is recognised: new submissions, site
    // reviews of cases 25–39 (nothing else decides them) and urban reviews of cases 10–19 (racing their auto-approval).
    type Op = { key: string; kind: "submit" | "site" | "urban"; index: number; taskId?: string; reply?: Reply; sent?: boolean };
    const ops: Op[] = [];
    for (let i = 0; i < K; i++) ops.push({ key: `sigkill-new-${i}`, kind: "submit", index: i });
    for (let i = SITE_BEFORE; i < N; i++) ops.push({ key: `sigkill-site-${i}`, kind: "site", index: i, taskId: openTask(ids[i]!, "review-site")[0]!.id });
    for (let i = URBAN_BEFORE; i < 20; i++) ops.push({ key: `sigkill-urban-${i}`, kind: "urban", index: i, taskId: openTask(ids[i]!, "review-urban")[0]!.id });
    ops.sort((a, b) => (a.index % 7) - (b.index % 7) || a.kind.localeCompare(b.kind)); // interleave the kinds
    const send = (op: Op): Promise<Reply> => op.kind === "submit"
      ? submit(applicant, op.key, 1000 + op.index)
      : (op.kind === "site" ? samr : urban).post(`/api/tasks/${op.taskId}/complete`, { action: "approve", requestId: op.key });

    const isCommitted = (o: Op) => o.kind === "submit"
      ? all("SELECT id FROM applications WHERE request_id = ?", o.key).length === 1
      : all("SELECT id FROM tasks WHERE id = ? AND request_id = ?", o.taskId, o.key).length === 1;
    const fired = () => num(`SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NOT NULL`);
    // Once the sweeper is under way, the requests start; the process is killed part-way through the sweep, just after
    // a request has committed and before its answer is out (its client cannot know, and must retry) — or, failing
    // such a moment, when half the due timers have fired.
    await waitFor("the sweeper to start firing", fired, (n) => n >= dueIds.length * 0.1, 30_000, 1);
    let killed = false;
    const inFlight = pool(ops, 4, async (op) => {
      if (killed) return;
      op.sent = true;
      op.reply = await attempt(() => send(op));
    });
    const uncertain = () => ops.some((o) => o.sent && !o.reply && isCommitted(o));
    await waitFor("the moment to kill", fired, (n) => uncertain() || n >= dueIds.length * 0.5, 30_000, 1);
    await first.kill("SIGKILL");
    killed = true;
    await inFlight;
    const firedAtKill = fired();
    const inClaim = num(`SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND claimed_until IS NOT NULL`);
    const acked = ops.filter((o) => o.reply).length;
    const cutOff = ops.filter((o) => o.sent && !o.reply);
    const committed = cutOff.filter(isCommitted).length;
    process.stderr.write(`SIGKILL after ${firedAtKill}/${dueIds.length} due timers fired (${inClaim} claimed, unfired); requests: ${acked} answered, `
      + `${cutOff.length} cut off (${committed} of them committed), ${ops.length - acked - cutOff.length} not yet sent\n`);
    expect(firedAtKill).toBeGreaterThan(0);
    expect(firedAtKill).toBeLessThan(dueIds.length); // really in the middle of the sweep
    // Requests were served while the sweeper worked through the backlog (it must not hold the API until it is done).
    expect(ops.filter(isCommitted).length).toBeGreaterThan(0);

    // What the dead process left: still no case with two open tasks at one node.
    expect(all("SELECT instance_id, node FROM tasks WHERE status = 'open' GROUP BY instance_id, node HAVING COUNT(*) > 1")).toEqual([]);

    // The dead process's claims are still held (their lease has not lapsed): the restarted owner of the file must
    // release them itself instead of leaving due work waiting for the lease.

    // ---- Restart on the same file and port. -------------------------------------------------------------------
    const second = await startTestServer({ dbPath, env, direct: true, port: first.port });
    servers.push(second);
    applicant = sameSession(applicant, second.url);
    clerk = sameSession(clerk, second.url);
    samr = sameSession(samr, second.url);
    urban = sameSession(urban, second.url);

    // Every request answered before the crash is still in effect.
    for (const op of ops.filter((o) => o.reply)) {
      if (op.kind === "submit") {
        expect(op.reply!.status, JSON.stringify(op.reply!.body)).toBe(201);
        expect(all("SELECT id FROM applications WHERE id = ?", op.reply!.body.id)).toHaveLength(1);
      } else if (op.reply!.status === 200) {
        expect(all("SELECT request_id, outcome FROM tasks WHERE id = ?", op.taskId)).toEqual([{ request_id: op.key, outcome: "approved" }]);
      } else {
        expect(op.kind).toBe("urban");
        expect(op.reply!.status).toBe(409);
      }
    }
    // Requests cut off or never sent are (re)sent now: applied once, whether or not the first try had committed.
    await pool(ops.filter((o) => !o.reply), 4, async (op) => {
      op.reply = await send(op);
    });
    for (const op of ops) {
      const { status, body } = op.reply!;
      if (op.kind === "submit") {
        expect(status, JSON.stringify(body)).toBe(201);
        continue;
      }
      const [task] = all<{ outcome: string; request_id: string | null }>("SELECT outcome, request_id FROM tasks WHERE id = ?", op.taskId);
      if (status === 200) expect(task).toEqual({ outcome: "approved", request_id: op.key });
      else {
        // Only an urban review can lose its race, and only to its own auto-approval.
        expect([op.kind, status, task!.outcome]).toEqual(["urban", 409, "timeout_approved"]);
      }
    }
    const newIds = ops.filter((o) => o.kind === "submit").map((o) => o.reply!.body.id as string);
    expect(new Set(newIds).size).toBe(K);
    expect(all("SELECT request_id FROM applications GROUP BY applicant_id, request_id HAVING COUNT(*) > 1")).toEqual([]);
    expect(num("SELECT COUNT(*) AS n FROM applications")).toBe(N + K);

    // The restarted sweeper fires every timer that was due and not fired (including those the dead process held).
    const dueLeft = () => num("SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= ?", new Date().toISOString());
    await waitFor("every due timer to fire after the restart", dueLeft, (n) => n === 0);
    expect(num(`SELECT COUNT(*) AS n FROM timers WHERE id IN (${dueIds.map(() => "?").join(",")}) AND fired_at IS NULL AND cancelled_at IS NULL`, ...dueIds)).toBe(0);

    // ---- Drive every case to its end by hand (accept, approve what is left, issue results). -----------------------
    const actor: Record<string, [Client, Record<string, unknown>]> = {
      acceptance: [clerk, { action: "accept" }], "review-samr": [samr, { action: "approve" }], "review-site": [samr, { action: "approve" }],
      "review-urban": [urban, { action: "approve" }], results: [clerk, { action: "results_issued", delivery: "online" }],
    };
    for (let round = 0; round < 5; round++) {
      const open = all<{ id: string; node: string }>("SELECT id, node FROM tasks WHERE status = 'open' ORDER BY created_at");
      if (!open.length) break;
      await pool(open, 6, async (t) => {
        const [c, body] = actor[t.node]!;
        const r = await c.post(`/api/tasks/${t.id}/complete`, body);
        expect(r.status, `${t.node}: ${JSON.stringify(r.body)}`).toBe(200);
      });
    }
    const appIds = [...ids, ...newIds];
    expect(all("SELECT status, COUNT(*) AS n FROM applications GROUP BY status")).toEqual([{ status: "completed", n: N + K }]);
    const view = await applicant.get(`/api/applications/${ids[N - 1]}`);
    expect(view.status).toBe(200);
    expect(view.body.status).toBe("completed");

    // ---- Tasks: one per node per case, none open, the stored rows agree with every case's state. ------------------
    expect(all("SELECT instance_id, node, COUNT(*) AS n FROM tasks GROUP BY instance_id, node HAVING COUNT(*) <> 1")).toEqual([]);
    expect(num("SELECT COUNT(*) AS n FROM tasks")).toBe(5 * (N + K));
    expect(num("SELECT COUNT(*) AS n FROM tasks WHERE status = 'open'")).toBe(0);
    const instances = all<{ id: string; application_id: string; state: string; status: string }>("SELECT id, application_id, state, status FROM flow_instances");
    expect(instances.map((i) => i.application_id).sort()).toEqual([...appIds].sort());
    for (const inst of instances) {
      const state = JSON.parse(inst.state) as { status: string; timers: Record<string, unknown>; tasks: Record<string, { status: string }>; joins: Record<string, unknown> };
      expect([inst.status, state.status, Object.keys(state.timers), Object.keys(state.joins)]).toEqual(["completed", "completed", [], []]);
      const rows = Object.fromEntries(all<{ id: string; status: string }>("SELECT id, status FROM tasks WHERE instance_id = ?", inst.id).map((r) => [r.id, r.status]));
      expect(rows).toEqual(Object.fromEntries(Object.entries(state.tasks).map(([id, t]) => [id, t.status])));
    }

    // ---- Timers: none left pending, none both fired and cancelled, each firing logged exactly once. ---------------
    expect(num(`SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL AND ${FLOW_TIMERS}`)).toBe(0);
    // The notifications of the last decisions (result ready, rating invited) are sent by the sweeper shortly after.
    await waitFor("the last notifications to be sent", () => num("SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NULL AND cancelled_at IS NULL"), (n) => n === 0);
    expect(num("SELECT COUNT(*) AS n FROM sms_messages WHERE sent_at IS NULL")).toBe(0);
    expect(num("SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NOT NULL AND cancelled_at IS NOT NULL")).toBe(0);
    const firedBy = (kind: string) => num("SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NOT NULL AND json_extract(payload, '$.kind') = ?", kind);
    const logged = (...kinds: string[]) => num(`SELECT COUNT(*) AS n FROM events WHERE kind IN (${kinds.map(() => "?").join(",")})`, ...kinds);
    expect(firedBy("reminder")).toBe(logged("reminder"));
    expect(firedBy("node_due")).toBe(logged("timeout_approved", "node_overdue", "node_escalated"));
    expect(firedBy("case_reminder")).toBe(logged("case_due_soon"));
    expect(firedBy("case_due")).toBe(logged("case_overdue"));
    expect(firedBy("case_statutory_due")).toBe(logged("case_statutory_overdue"));
    expect(num("SELECT COUNT(*) AS n FROM timers WHERE fired_at IS NOT NULL")).toBeGreaterThan(firedAtKill);
    expect(all(`SELECT application_id, kind, json_extract(data, '$.node') AS node FROM events
      WHERE kind IN ('reminder', 'timeout_approved', 'node_overdue', 'case_due_soon', 'case_overdue', 'case_statutory_overdue')
      GROUP BY 1, 2, 3 HAVING COUNT(*) > 1`)).toEqual([]);
    expect(num("SELECT COUNT(*) AS n FROM tasks WHERE outcome = 'timeout_approved'")).toBe(logged("timeout_approved"));

    // ---- The audit log: every state-machine entry once; each case split once, joined once, completed once. --------
    expect(all("SELECT application_id, json_extract(data, '$.seq') AS seq FROM events WHERE instance_id IS NOT NULL GROUP BY 1, 2 HAVING COUNT(*) > 1")).toEqual([]);
    const perCase = (kind: string, nodeId?: string) => {
      const rows = all<{ application_id: string; n: number }>(
        `SELECT application_id, COUNT(*) AS n FROM events WHERE kind = ?${nodeId ? " AND json_extract(data, '$.node') = ?" : ""} GROUP BY application_id`,
        ...(nodeId ? [kind, nodeId] : [kind]),
      );
      const m = new Map(rows.map((r) => [r.application_id, Number(r.n)]));
      return (id: string) => m.get(id) ?? 0;
    };
    const counts = (kind: string, nodeId?: string, of = appIds) => { const f = perCase(kind, nodeId); return of.map(f); };
    const ones = (of: string[]) => of.map(() => 1);
    for (const kind of ["submitted", "accepted", "parallel_split", "joined", "results_issued", "case_completed"]) expect(counts(kind), kind).toEqual(ones(appIds));
    expect(counts("branch_arrived")).toEqual(appIds.map(() => 2));
    // The cases whose timers were all due: each case timer fired once; review-samr approved itself once; review-urban
    // was decided once (by hand or by its timer); review-site was approved by hand once, after at most one overdue notice.
    for (const kind of ["case_due_soon", "case_overdue", "case_statutory_overdue"]) expect(counts(kind, undefined, ids), kind).toEqual(ones(ids));
    expect(counts("timeout_approved", "review-samr", ids)).toEqual(ones(ids));
    const urbanManual = counts("approved", "review-urban", ids), urbanAuto = counts("timeout_approved", "review-urban", ids);
    expect(ids.map((_, i) => urbanManual[i]! + urbanAuto[i]!)).toEqual(ones(ids));
    expect(urbanAuto.slice(20)).toEqual(ones(ids.slice(20))); // nobody decided them by hand
    expect(counts("approved", "review-site", ids)).toEqual(ones(ids));
    expect(counts("node_overdue", "review-site", ids).slice(0, SITE_BEFORE)).toEqual(ids.slice(0, SITE_BEFORE).map(() => 0));
    expect(Math.max(...counts("node_overdue", "review-site", ids))).toBeLessThanOrEqual(1);

    // ---- Outbox: one message per logged event, each delivered (at least once) despite the crash. ------------------
    const outbox = (topic: string) => num("SELECT COUNT(*) AS n FROM outbox WHERE topic = ?", topic);
    expect(outbox("node.timeout_approved")).toBe(logged("timeout_approved"));
    expect(outbox("case.overdue")).toBe(logged("case_overdue"));
    expect(outbox("case.completed")).toBe(N + K);
    await waitFor("every webhook delivery", () => num("SELECT COUNT(*) AS n FROM outbox WHERE delivered_at IS NULL"), (n) => n === 0);
    const outboxIds = all<{ id: string }>("SELECT id FROM outbox").map((r) => r.id);
    expect(outboxIds.filter((id) => !delivered.has(id))).toEqual([]);
  }, 120_000);
});
