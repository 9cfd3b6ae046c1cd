// The thin journey on both dialects: a designer creates a one-thing, an admin publishes it, the applicant submits
// (invalid data refused with every field error, nothing stored), the lead department's reviewer sees it and decides,
// the applicant sees the outcome. Also: idempotent submission, racing completions, version pinning.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";

describe.each(DIALECTS)("journey on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let reviewer: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    const designer = await loginAs(api.url, "designer");
    expect((await designer.post("/api/bundles", fixtureBundle())).status).toBe(201);
    const admin = await loginAs(api.url, "admin");
    expect((await admin.post("/api/bundles/test-shop/publish", { changeSummary: "首次发布" })).body.version).toBe(1);
    applicant = await loginAs(api.url, "zhangsan");
    reviewer = await loginAs(api.url, "reviewer-samr");
  });
  afterAll(() => api?.stop());

  it("lists the published one-thing in the catalog", async () => {
    const cat = await new Client(api.url).get("/api/catalog");
    expect(cat.body.bundles).toContainEqual(expect.objectContaining({ key: "test-shop", version: 1, itemCount: 2, lead: "samr", audience: "person" }));
    const exact = await new Client(api.url).get("/api/catalog/test-shop/versions/1");
    expect(exact.body.spec.title).toBe("测试开店");
    expect((await new Client(api.url).get("/api/catalog/test-shop/versions/9")).status).toBe(404);
  });

  it("refuses invalid data with every field error and stores nothing", async () => {
    const before = await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM applications`);
    const r = await applicant.post("/api/applications", {
      bundleKey: "test-shop", version: 1, answers: { has_sign: true }, data: { shopName: "X", mobile: "123", sign: {} },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("invalid_submission");
    const byPointer = Object.fromEntries(r.body.error.details.map((d: { pointer: string; field: string }) => [d.pointer, d.field]));
    expect(byPointer).toEqual({ "/data/shopName": "店铺名称", "/data/mobile": "联系电话", "/data/area": "经营面积", "/data/sign/signText": "招牌 / 招牌文字" });
    const after = await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM applications`);
    expect(after!.n).toBe(before!.n);
  });

  it("refuses answers outside the guide's questions", async () => {
    const r = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: { has_sign: "maybe", other: 1 }, data: VALID_DATA });
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((d: { pointer: string }) => d.pointer).sort()).toEqual(["/answers/has_sign", "/answers/other"]);
  });

  it("runs submit → inbox → approve → applicant sees the case completed", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: { has_sign: false }, data: { ...VALID_DATA, sign: { signText: "hidden" } } });
    expect(sub.status).toBe(201);
    expect(sub.body).toMatchObject({ bundleKey: "test-shop", version: 1, status: "in_review", bundleTitle: "测试开店", applicant: "张三" });
    expect(sub.body.data).toEqual(VALID_DATA); // the hidden section was pruned
    const id = sub.body.id as string;

    const inbox = await reviewer.get("/api/tasks/inbox");
    const task = inbox.body.tasks.find((t: { applicationId: string }) => t.applicationId === id);
    expect(task).toMatchObject({ department: "samr", role: "reviewer", status: "open", applicant: "张三", allowedActions: ["claim", "approve", "reject", "return_for_correction", "transfer", "suspend", "extend"] });
    expect(Date.parse(task.dueAt)).toBeGreaterThan(Date.now());

    const other = await loginAs(api.url, "reviewer-psb");
    expect((await other.get("/api/tasks/inbox")).body.tasks.some((t: { applicationId: string }) => t.applicationId === id)).toBe(false);
    expect((await other.post(`/api/tasks/${task.id}/complete`, { action: "approve" })).status).toBe(404);
    expect((await other.get(`/api/applications/${id}`)).status).toBe(404);
    expect((await reviewer.get(`/api/applications/${id}`)).status).toBe(200);

    const done = await reviewer.post(`/api/tasks/${task.id}/complete`, { action: "approve", comment: "材料齐全", requestId: "req-approve-1" });
    expect(done.status).toBe(200);
    expect(done.body.task).toMatchObject({ status: "done", outcome: "approved", allowedActions: [] });
    expect(done.body.application.status).toBe("completed");
    const replay = await reviewer.post(`/api/tasks/${task.id}/complete`, { action: "approve", comment: "材料齐全", requestId: "req-approve-1" });
    expect(replay.status).toBe(200);

    const mine = await applicant.get(`/api/applications/${id}`);
    expect(mine.body.status).toBe("completed");
    // The applicant's timeline says what was done with the case, not the engine's bookkeeping (task_created).
    expect(mine.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(["submitted", "approved", "case_completed"]);
    expect((await applicant.get("/api/applications")).body.applications[0].id).toBe(id);
    expect((await reviewer.get("/api/tasks/inbox?status=done")).body.tasks.some((t: { id: string }) => t.id === task.id)).toBe(true);
  });

  it("lets exactly one of two racing reviewers complete a task; the loser gets 409", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA });
    const taskId = sub.body.tasks[0].id as string;
    const second = await loginAs(api.url, "reviewer-samr");
    const results = await Promise.all([
      reviewer.post(`/api/tasks/${taskId}/complete`, { action: "approve" }),
      second.post(`/api/tasks/${taskId}/complete`, { action: "reject", comment: "不符合条件" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.error).toMatchObject({ code: "conflict", details: { allowedActions: [] } });
    const events = await api.tdb.db.all<{ kind: string }>(sql`SELECT kind FROM events WHERE application_id = ${sub.body.id} AND kind IN ('approved', 'rejected')`);
    expect(events).toHaveLength(1);
  });

  it("requires a reason to reject", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA });
    const r = await reviewer.post(`/api/tasks/${sub.body.tasks[0].id}/complete`, { action: "reject", comment: " " });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].pointer).toBe("/reason");
    const ok = await reviewer.post(`/api/tasks/${sub.body.tasks[0].id}/complete`, { action: "reject", comment: "经营场所不符合要求" });
    expect(ok.body.application.status).toBe("rejected");
  });

  it("stores one application per request id however often it is retried", async () => {
    const body = { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA, requestId: "idem-12345678" };
    const all = await Promise.all([applicant.post("/api/applications", body), applicant.post("/api/applications", body), applicant.post("/api/applications", body)]);
    expect(all.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(all.map((r) => r.body.id)).size).toBe(1);
    const n = await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM tasks WHERE application_id = ${all[0]!.body.id}`);
    expect(n!.n).toBe(1);
  });

  it("pins an open case to the version it was filled on, and starts new ones on the current version only (tryout 10 #49)", async () => {
    const designer = await loginAs(api.url, "designer");
    const open = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(open.status).toBe(201);
    const v2 = fixtureBundle() as { form: { schema: { required: string[]; properties: Record<string, unknown> } } };
    v2.form.schema.properties.staff = { type: "integer", title: "从业人数" };
    v2.form.schema.required.push("staff");
    expect((await designer.saveDraft("test-shop", v2)).status).toBe(200);
    const admin = await loginAs(api.url, "admin");
    expect((await admin.post("/api/bundles/test-shop/publish", { changeSummary: "增加从业人数" })).body.version).toBe(2);
    const stale = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "version_superseded", message: "该一件事已更新到版本 2，请刷新后按新版本填写", details: { version: 1, currentVersion: 2 } });
    const en = await applicant.req("POST", "/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA }, { "accept-language": "en" });
    expect(en.body.error.message).toBe("This one-thing has been updated to version 2: reload and fill in the new version");
    expect((await applicant.get(`/api/applications/${open.body.id}`)).body.version).toBe(1);
    const onV2 = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 2, answers: {}, data: VALID_DATA });
    expect(onV2.status).toBe(400);
    expect(onV2.body.error.details.map((d: { pointer: string }) => d.pointer)).toEqual(["/data/staff"]);
    expect((await applicant.post("/api/applications", { bundleKey: "test-shop", version: 2, answers: {}, data: { ...VALID_DATA, staff: 3 } })).status).toBe(201);
    expect((await new Client(api.url).get("/api/catalog/test-shop")).body.version).toBe(2);
    const versions = await designer.get("/api/bundles/test-shop/versions");
    expect(versions.body.versions.map((v: { version: number; changeSummary: string }) => [v.version, v.changeSummary])).toEqual([[2, "增加从业人数"], [1, "首次发布"]]);
  });

  it("saves and resumes an applicant's form draft, removed on submission", async () => {
    const draft = { version: 2, answers: { has_sign: true }, data: { shopName: "半成品" } };
    expect((await applicant.put("/api/drafts/test-shop", draft)).status).toBe(200);
    const other = await loginAs(api.url, "zhangsan"); // another device
    expect((await other.get("/api/drafts/test-shop")).body).toMatchObject(draft);
    expect((await other.post("/api/applications", { bundleKey: "test-shop", version: 2, answers: {}, data: { ...VALID_DATA, staff: 2 } })).status).toBe(201);
    expect((await applicant.get("/api/drafts/test-shop")).status).toBe(404);
  });
});
