// Business-logic holes closed (issue 13): a person cannot send a timer or other system event through a task, no
// action is taken on a closed task, a 容缺 deadline stays within the material's working days, a correction cannot
// change a locked prefilled field nor add unknown fields, and another department's or applicant's case is simply
// not found. Each refusal leaves the case exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { deficiencyBundle } from "../fixtures/deficiency.js";
import { addWorkingDays } from "../../server/flow/calendar.js";

describe.each(DIALECTS)("business-logic guards on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  const caseState = async (id: string) => (await api.tdb.db.get<{ state: string; rev: number }>(sql`SELECT state, rev FROM flow_instances WHERE application_id = ${id}`))!;
  const openTasks = (id: string) => api.tdb.db.all<{ id: string; node: string }>(sql`SELECT id, node FROM tasks WHERE application_id = ${id} AND status = 'open' ORDER BY created_at`);
  const submit = async (deferred = true) => {
    const r = await applicant.post("/api/applications", {
      bundleKey: "sec-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三" },
      ...(deferred ? { materials: { deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] } } : {}),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as string;
  };

  beforeAll(async () => {
    api = await startApi(dialect);
    const created = await (await loginAs(api.url, "designer")).post("/api/bundles", deficiencyBundle());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect([200, 201]).toContain((await (await loginAs(api.url, "admin")).post("/api/bundles/sec-shop/publish", {})).status);
    applicant = await loginAs(api.url, "zhangsan");
    clerk = await loginAs(api.url, "clerk-samr");
  });
  afterAll(() => api?.stop());

  it("never accepts a timer or other system event from a person, nor any action on a closed task", async () => {
    const id = await submit(true);
    const [acc] = await openTasks(id);
    expect((await clerk.post(`/api/tasks/${acc!.id}/complete`, { action: "accept_with_deficiency", materials: ["licence/lease"] })).status).toBe(200);
    const timer = (await api.tdb.db.get<{ dedupe_key: string }>(sql`SELECT t.dedupe_key FROM timers t JOIN flow_instances i ON i.id = t.instance_id
      WHERE i.application_id = ${id} AND t.payload LIKE ${"%promise_deadline%"}`))!;
    const before = await caseState(id);
    for (const action of ["timer_fired", "submit", "applicant_corrected", "materials_supplied", "rate"]) {
      const r = await clerk.post(`/api/tasks/${acc!.id}/complete`, { action, timerId: timer.dedupe_key });
      expect(r.status, action).toBe(400);
      expect(r.body.error.details[0].pointer).toBe("/action");
    }
    // The acceptance task is closed: even a real task action on it is refused.
    const closed = await clerk.post(`/api/tasks/${acc!.id}/complete`, { action: "accept" });
    expect(closed.status).toBe(409);
    const after = await caseState(id);
    expect(after.rev).toBe(before.rev);
    expect(JSON.parse(after.state).promises[0].status).toBe("pending");
    expect(await api.tdb.db.all(sql`SELECT id FROM outbox WHERE topic = 'credit.record'`)).toEqual([]);
  });

  it("keeps a 容缺 deadline in working days within the material's rules", async () => {
    const id = await submit(true);
    const [acc] = await openTasks(id);
    const before = await caseState(id);
    const soon = await clerk.post(`/api/tasks/${acc!.id}/complete`, { action: "accept_with_deficiency", materials: ["licence/lease"], deadline: new Date(Date.now() + 4000).toISOString() });
    expect(soon.status).toBe(400);
    expect(soon.body.error.details[0].pointer).toBe("/deadline");
    const long = await clerk.post(`/api/tasks/${acc!.id}/complete`, { action: "accept_with_deficiency", materials: ["licence/lease"], days: 30 });
    expect(long.status).toBe(400);
    expect(long.body.error.details[0].pointer).toBe("/days");
    expect((await caseState(id)).rev).toBe(before.rev);
    const t0 = Date.now();
    const ok = await clerk.post(`/api/tasks/${acc!.id}/complete`, { action: "accept_with_deficiency", materials: ["licence/lease"], days: 2 });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const deadline = Date.parse(JSON.parse((await caseState(id)).state).promises[0].deadline);
    expect(deadline).toBeGreaterThanOrEqual(addWorkingDays(new Date(t0), 2).getTime() - 5000);
    expect(deadline).toBeLessThanOrEqual(addWorkingDays(new Date(), 2).getTime() + 5000);
  });

  it("refuses a correction that changes a locked prefilled field or adds unknown fields, storing nothing", async () => {
    const id = await submit();
    const [acc] = await openTasks(id);
    expect((await clerk.post(`/api/tasks/${acc!.id}/complete`, { action: "return_for_correction", deficiencies: [{ kind: "field", ref: "/area", reason: "面积不符" }] })).status).toBe(200);
    const stored = async () => (await api.tdb.db.get<{ data: string }>(sql`SELECT data FROM applications WHERE id = ${id}`))!.data;
    const before = await stored();
    const locked = await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected", data: { ...VALID_DATA, area: 60, applicantName: "李四" } });
    expect(locked.status).toBe(400);
    expect(locked.body.error.details[0].pointer).toBe("/data/applicantName");
    const unknown = await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected", data: { ...VALID_DATA, area: 60, junk: "x".repeat(1000) } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].pointer).toBe("/data/junk");
    const untyped = await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected", answers: "x".repeat(100_000) });
    expect(untyped.status).toBe(400);
    expect(JSON.stringify(untyped.body).length).toBeLessThan(4000);
    const extra = await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected", data: VALID_DATA, bogus: 1 });
    expect(extra.status).toBe(400);
    expect(await stored()).toBe(before);
    const fixed = await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected", data: { ...VALID_DATA, area: 60, applicantName: "张三" } });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
  });

  it("answers 404 for another applicant's case and another department's task, as for a missing one", async () => {
    const id = await submit();
    const [acc] = await openTasks(id);
    const other = await loginAs(api.url, "qiye");
    const missing = await other.get(`/api/applications/nope-${id}`);
    const foreign = await other.get(`/api/applications/${id}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(missing.body);
    const taxClerk = await loginAs(api.url, "clerk-tax");
    expect((await taxClerk.get(`/api/applications/${id}`)).status).toBe(404);
    const t = await taxClerk.post(`/api/tasks/${acc!.id}/complete`, { action: "accept" });
    expect(t.status).toBe(404);
    expect((await taxClerk.post(`/api/tasks/${acc!.id}x/complete`, { action: "accept" })).body).toEqual(t.body);
  });
});
