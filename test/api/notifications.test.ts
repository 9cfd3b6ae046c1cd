// Notifications over real HTTP on both dialects: each event of a case (accepted, correction with its list, 容缺
// deadline 3 and 1 working days before, result ready with the pick-up code, rating invited) reaches the applicant's
// inbox in the transaction of the change and sends one SMS through the sender — exactly once, across a restart and
// a crash after the claim, and retried when the sender fails.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS, openTestDb, PG_URL, type TestDb } from "../helpers/db.js";
import { Client, loginAs, supplyPromised } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { deficiencyBundle } from "../fixtures/deficiency.js";
import { startServer, type RunningServer } from "../../server/server.js";
import { openDatabase, type Database } from "../../server/db/database.js";
import { createLogger } from "../../server/log.js";
import { flowEngine } from "../../server/flow/engine.js";
import { Sweeper } from "../../server/workers/sweeper.js";
import { claimDueTimers } from "../../server/store/timers.js";
import { useSmsSender, LogOnlySmsSender, type SmsMessage } from "../../server/notifications/provider.js";
import { promiseReminderTimes } from "../../server/notifications/reminders.js";
import { notifyOnTopic } from "../../server/notifications/dispatch.js";

let offset = 0;
const clock = { now: () => new Date(Date.now() + offset) };
const log = createLogger(true);

describe("容缺 reminder times", () => {
  it("fall at 9:00 Beijing 3 and 1 working days before the deadline's day, skipping weekends and holidays", () => {
    // Deadline Thursday 10 December: Monday 7th and Wednesday 9th; a Monday deadline reaches back over the weekend.
    const r = promiseReminderTimes("2026-12-10T09:30:00.000Z", new Date("2026-11-01T00:00:00Z"));
    expect(r.map((x) => [x.days, x.at.toISOString()])).toEqual([[3, "2026-12-07T01:00:00.000Z"], [1, "2026-12-09T01:00:00.000Z"]]);
    const monday = promiseReminderTimes("2026-12-14T08:00:00.000Z", new Date("2026-11-01T00:00:00Z"));
    expect(monday.map((x) => x.at.toISOString())).toEqual(["2026-12-09T01:00:00.000Z", "2026-12-11T01:00:00.000Z"]);
    expect(promiseReminderTimes("2026-12-10T09:30:00.000Z", new Date("2026-12-08T00:00:00Z")).map((x) => x.days)).toEqual([1]);
  });
});

describe.each(DIALECTS)("notifications on %s", (dialect) => {
  let tdb: TestDb;
  let db2: Database | undefined;
  let server: RunningServer;
  let applicant: Client;
  let clerk: Client;
  const start = async (db: Database) => startServer({ db, clock, log, config: { port: 0, host: "127.0.0.1", workers: false, sweepMs: 50, distDir: "/nonexistent-dist" } });
  const sweeper = (db: Database) => new Sweeper({ db, flow: flowEngine, clock, log, intervalMs: 1000 });
  const inbox = async (c: Client) => (await c.get("/api/notifications")).body as { messages: Array<{ id: string; event: string; title: string; body: string; applicationId: string }>; unread: number };
  const rows = (db: Database, id: string) => db.all<{ event: string; phone: string | null; body: string; status: string | null; provider: string | null }>(sql`SELECT n.event, s.phone, s.body, s.status, s.provider
    FROM notifications n LEFT JOIN sms_messages s ON s.notification_id = n.id WHERE n.application_id = ${id} ORDER BY n.created_at, n.event`);
  const taskOf = async (c: Client, id: string) => (await c.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === id) as { id: string };
  const act = async (c: Client, id: string, action: Record<string, unknown>) => {
    const r = await c.post(`/api/tasks/${(await taskOf(c, id)).id}/complete`, action);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  };
  const submit = async () => {
    const r = await applicant.post("/api/applications", {
      bundleKey: "note-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三" },
      materials: { deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as { id: string; caseNo: string };
  };

  beforeAll(async () => {
    tdb = await openTestDb(dialect);
    server = await start(tdb.db);
    const b = deficiencyBundle("note-shop") as { items: Array<{ materials: Array<Record<string, unknown>> }> };
    b.items[0]!.materials[0]!.deferral_days = 10;
    expect((await (await loginAs(server.url, "designer")).post("/api/bundles", b)).status).toBe(201);
    expect((await (await loginAs(server.url, "admin")).post("/api/bundles/note-shop/publish", {})).status).toBe(201);
    [applicant, clerk] = await Promise.all([loginAs(server.url, "zhangsan"), loginAs(server.url, "clerk-samr")]);
  });
  afterAll(async () => {
    offset = 0;
    await server?.stop();
    if (db2 && db2 !== tdb?.db) await db2.close(); // on PGlite the "second process" is the same database
    await tdb?.dispose();
  });

  it("tells the applicant once of acceptance, in the inbox at once and by one SMS after a restart and a crash", async () => {
    const c = await submit();
    await act(clerk, c.id, { action: "accept" });
    const first = await inbox(applicant);
    const mine = first.messages.filter((m) => m.applicationId === c.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ event: "accepted", title: "申请已受理" });
    expect(mine[0]!.body).toContain(`张三，您申请的「测试开店（流程）」（办件编号 ${c.caseNo}）已于`);
    expect(mine[0]!.body).toMatch(/承诺于\d{4}年\d{1,2}月\d{1,2}日前办结/);
    expect(await rows(tdb.db, c.id)).toEqual([{ event: "accepted", phone: "13800138000", body: expect.stringMatching(/^【一件】张三，您申请的「测试开店（流程）」/), status: "pending", provider: null }]);

    // Restart: the first process stops with the SMS unsent; a crashed sweeper claims its timer and dies before firing.
    await server.stop();
    db2 = dialect === "sqlite" || PG_URL ? await openDatabase({ url: tdb.url, ...(tdb.schema ? { schema: tdb.schema } : {}) }) : tdb.db;
    const claimed = await claimDueTimers(db2, "crashed-process", clock.now(), 60_000, 50);
    expect(claimed.some((t) => t.kind === "notification.sms")).toBe(true);
    server = await start(db2);
    offset += 61_000; // the dead process's lease runs out
    const sent: SmsMessage[] = [];
    const prev = useSmsSender({ name: "recording", send: async (m) => { sent.push(m); return { providerRef: `rec:${m.id}` }; } });
    try {
      await sweeper(db2).sweepOnce();
      await sweeper(db2).sweepOnce();
    } finally {
      useSmsSender(prev);
    }
    expect(sent.filter((m) => m.body.includes(c.caseNo))).toHaveLength(1);
    expect(sent[0]).toMatchObject({ phone: "13800138000" });
    expect(await rows(db2, c.id)).toEqual([{ event: "accepted", phone: "13800138000", body: sent[0]!.body, status: "sent", provider: "recording" }]);
    applicant = await loginAs(server.url, "zhangsan");
    clerk = await loginAs(server.url, "clerk-samr");
    expect((await inbox(applicant)).messages.filter((m) => m.applicationId === c.id)).toHaveLength(1);
    // The same event announced again (a retried transition, a replayed outbox message) tells nobody twice.
    await db2.tx((q) => notifyOnTopic(q, "case.accepted", { applicationId: c.id, how: "accepted" }, clock.now()));
    expect(await rows(db2, c.id)).toHaveLength(1);
  });

  it("lists every deficiency of a correction, retries a failing SMS sender until it succeeds, and marks messages read", async () => {
    const db = db2!;
    const c = await submit();
    await act(clerk, c.id, { action: "return_for_correction", deficiencies: [
      { kind: "field", ref: "/shopName", label: "店铺名称", reason: "与营业执照不一致" },
      { kind: "material", ref: "licence/lease", reason: "合同已过期" },
    ] });
    const msg = (await inbox(applicant)).messages.find((m) => m.applicationId === c.id)!;
    expect(msg).toMatchObject({ event: "correction", title: "请补正申请材料" });
    expect(msg.body).toContain("需要补正以下2项内容：1. 店铺名称（与营业执照不一致）；2. 场地租赁合同（合同已过期）");
    expect(msg.body).toMatch(/。请(于\d{4}年.+前|收到通知后尽快)在“我的办件”中补正/); // tryout 10 #28: never "尽快前"
    let attempts = 0;
    const prev = useSmsSender({ name: "flaky", send: async (m) => { attempts++; if (attempts === 1) throw new Error("gateway down"); return { providerRef: `ok:${m.id}` }; } });
    try {
      await sweeper(db).sweepOnce();
      expect((await rows(db, c.id))[0]!.status).toBe("pending");
      offset += 11_000; // past the first backoff (10 s)
      await sweeper(db).sweepOnce();
      offset += 3_600_000;
      await sweeper(db).sweepOnce();
    } finally {
      useSmsSender(prev);
    }
    expect(attempts).toBe(2);
    expect(await rows(db, c.id)).toEqual([expect.objectContaining({ event: "correction", status: "sent", provider: "flaky" })]);
    const before = (await inbox(applicant)).unread;
    expect((await applicant.post(`/api/notifications/${msg.id}/read`)).status).toBe(200);
    expect((await inbox(applicant)).unread).toBe(before - 1);
    expect((await clerk.post(`/api/notifications/${msg.id}/read`)).status).toBe(404);
  });

  it("reminds of a 容缺 deadline 3 and 1 working days before it, through durable timers", async () => {
    const db = db2!;
    const c = await submit();
    await act(clerk, c.id, { action: "accept_with_deficiency", materials: ["licence/lease"] });
    const timers = await db.all<{ due_at: string; payload: string }>(sql`SELECT due_at, payload FROM timers WHERE kind = 'notification.promise_due' AND payload LIKE ${`%${c.id}%`} ORDER BY due_at`);
    expect(timers.map((t) => JSON.parse(t.payload).days)).toEqual([3, 1]);
    const useLog = useSmsSender(new LogOnlySmsSender());
    try {
      for (const t of timers) {
        offset = new Date(t.due_at).getTime() - Date.now() + 1000;
        await sweeper(db).sweepOnce();
        await sweeper(db).sweepOnce();
      }
    } finally {
      useSmsSender(useLog);
    }
    applicant = await loginAs(server.url, "zhangsan"); // days went by: a fresh session
    const due = (await inbox(applicant)).messages.filter((m) => m.applicationId === c.id && m.event === "promise_due");
    expect(due.map((m) => m.body.match(/还剩(\d)个工作日/)![1]).sort()).toEqual(["1", "3"]);
    expect(due[0]!.body).toContain("场地租赁合同");
    const sms = (await rows(db, c.id)).filter((r) => r.event === "promise_due");
    expect(sms).toHaveLength(2);
    expect(sms.every((s) => s.status === "sent" && s.provider === "log")).toBe(true);
  });

  it("tells of the result with the pick-up code and invites a rating once the case is done", async () => {
    const db = db2!;
    offset = 0;
    [applicant, clerk] = await Promise.all([loginAs(server.url, "zhangsan"), loginAs(server.url, "clerk-samr")]);
    const c = await submit();
    await act(clerk, c.id, { action: "accept" });
    await act(await loginAs(server.url, "reviewer-samr"), c.id, { action: "approve", result: { name: "食品经营许可证", document: "JY1110" } });
    await supplyPromised(applicant, c.id, "licence/lease"); // the one exit waits for the signed 容缺 promise
    await act(clerk, c.id, { action: "results_issued", delivery: "window" });
    const code = (await db.get<{ pickup_code: string }>(sql`SELECT pickup_code FROM result_handovers WHERE application_id = ${c.id}`))!.pickup_code;
    expect(code).toMatch(/^\d{6}$/);
    const events = (await inbox(applicant)).messages.filter((m) => m.applicationId === c.id);
    expect(events.map((m) => m.event).sort()).toEqual(["accepted", "rating_invited", "result_ready"]);
    expect(events.find((m) => m.event === "result_ready")!.body).toContain(`结果：食品经营许可证。请凭取件码 ${code}`);
    expect(events.find((m) => m.event === "rating_invited")!.body).toContain("好差评");
  });

  it("tells a refused applicant the decision, its reason and the remedy — not only \"已办结, please rate\" (tryout 10 #27)", async () => {
    [applicant, clerk] = await Promise.all([loginAs(server.url, "zhangsan"), loginAs(server.url, "clerk-samr")]);
    const c = await submit();
    await act(clerk, c.id, { action: "accept" });
    await act(await loginAs(server.url, "reviewer-samr"), c.id, { action: "reject", reason: "经营场所不符合食品安全要求" });
    const mine = (await inbox(applicant)).messages.filter((m) => m.applicationId === c.id);
    expect(mine.map((m) => m.event).sort()).toEqual(["accepted", "rating_invited", "rejected"]);
    const refusal = mine.find((m) => m.event === "rejected")!;
    expect(refusal.title).toBe("申请未获通过");
    expect(refusal.body).toBe(`张三，您申请的「测试开店（流程）」（办件编号 ${c.caseNo}）经审查决定不予办理，理由：经营场所不符合食品安全要求。您可在“我的办件”查看决定和办理过程；如对决定不服，可以自收到决定之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。`);
    expect(mine.find((m) => m.event === "rating_invited")!.body).not.toContain("已办结");
    expect((await rows(db2!, c.id)).find((r) => r.event === "rejected")!.body).toMatch(/^【一件】张三，您的「测试开店（流程）」.+不予办理，理由：经营场所不符合食品安全要求/);
  });

  it("names in the 出件 message only the result documents issued — no 电子证照 or 结果文书 the case does not have (tryout #16)", async () => {
    [applicant, clerk] = await Promise.all([loginAs(server.url, "zhangsan"), loginAs(server.url, "clerk-samr")]);
    const c = await submit();
    await act(clerk, c.id, { action: "accept" });
    await act(await loginAs(server.url, "reviewer-samr"), c.id, { action: "approve", result: { name: "食品经营许可证", document: "JY1111" } });
    await supplyPromised(applicant, c.id, "licence/lease"); // the one exit waits for the signed 容缺 promise
    await act(clerk, c.id, { action: "results_issued", delivery: "online" });
    const ready = (await inbox(applicant)).messages.find((m) => m.applicationId === c.id && m.event === "result_ready")!;
    expect(ready.body).toBe(`张三，您申请的「测试开店（流程）」（办件编号 ${c.caseNo}）已办结，结果：食品经营许可证。可在“我的办件”查看和下载以上结果文书。`);
    expect((await rows(db2!, c.id)).find((r) => r.event === "result_ready")!.body).not.toMatch(/电子证照|办理结果文书/);
    // a results step that hands out no document: the message says so instead of inventing one
    const none = await submit();
    await db2!.tx((q) => notifyOnTopic(q, "results.issued", { applicationId: none.id, delivery: "online", results: [] }, clock.now()));
    const empty = (await inbox(applicant)).messages.find((m) => m.applicationId === none.id && m.event === "result_ready")!;
    expect(empty.body).toBe(`张三，您申请的「测试开店（流程）」（办件编号 ${none.caseNo}）已办结，结果：本次办理不出具结果文书。可在“我的办件”查看办理详情。`);
  });
});
