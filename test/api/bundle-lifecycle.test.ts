// 新建一件事 and the end of a one-thing's life, on both dialects: blank and copied drafts with key checks that name
// the problem, delete of never-published drafts only, archive of published ones (out of the catalogue, no new
// case, open cases keep running and are counted per version), restore, and the open-case counts before publishing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";

describe.each(DIALECTS)("bundle lifecycle on %s", (dialect) => {
  let api: ApiServer;
  let designer: Client;
  let admin: Client;
  let applicant: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    designer = await loginAs(api.url, "designer");
    admin = await loginAs(api.url, "admin");
    applicant = await loginAs(api.url, "zhangsan");
    expect((await designer.post("/api/bundles", fixtureBundle())).status).toBe(201);
  });
  afterAll(() => api?.stop());

  it("creates a blank one-thing with no item yet, and refuses to publish it until it has one", async () => {
    const r = await designer.post("/api/bundles", { key: "kaiguan-yingye", title: "开馆营业一件事", category: "开店", audience: "enterprise", lead: "samr" });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ key: "kaiguan-yingye", title: "开馆营业一件事", category: "开店", latestVersion: null, archivedAt: null, draftUpdatedBy: "designer", draftUpdatedByName: "事项设计员" });
    const draft = await designer.get("/api/bundles/kaiguan-yingye/draft");
    expect(draft.body.spec).toMatchObject({ key: "kaiguan-yingye", audience: "enterprise", lead: "samr", items: [], guide: { questions: [] } });
    // the draft saves while it has no item (the designer fills it in step by step) …
    expect((await designer.saveDraft("kaiguan-yingye", { ...draft.body.spec, summary: "先写摘要" })).status).toBe(200);
    // … but it cannot be published like that
    const pub = await admin.post("/api/bundles/kaiguan-yingye/publish", {});
    expect(pub.status).toBe(400);
    expect(pub.body.error.details).toContainEqual({ pointer: "/items", message: expect.stringContaining("至少要有一个事项") });
  });

  it("names what is wrong with a key: format, upper case, taken, and every missing field at once", async () => {
    const cases: Array<[string, number, string]> = [
      ["", 400, "请填写标识"],
      ["Shop", 400, "不能有大写字母，请改为「shop」"],
      ["1shop", 400, "必须以小写字母开头"],
      ["kai guan!", 400, "不能有 空格、「!」"],
      ["test-shop", 409, "标识「test-shop」已被「测试开店」使用"],
    ];
    for (const [key, status, words] of cases) {
      const r = await designer.post("/api/bundles", { key, title: "某件事", lead: "samr" });
      expect(r.status, key).toBe(status);
      expect(r.body.error.message + JSON.stringify(r.body.error.details ?? {}), key).toContain(words);
    }
    const r = await designer.post("/api/bundles", { key: "x-1", title: " ", lead: "nowhere" });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toContainEqual({ pointer: "/title", message: "请填写名称" });
    const r2 = await designer.post("/api/bundles", { key: "x-1", title: "某件事", lead: "nowhere" });
    expect(r2.body.error.details).toEqual([{ pointer: "/lead", message: "牵头部门「nowhere」不在部门名录中" }]);
    const r3 = await designer.post("/api/bundles", { key: "x-1", title: "某件事", copyFrom: "nothing-here" });
    expect(r3.body.error.details).toEqual([{ pointer: "/copyFrom", message: "要复制的一件事「nothing-here」不存在" }]);
    const n = await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM bundles WHERE key = 'x-1'`);
    expect(Number(n!.n)).toBe(0);
  });

  it("answers every bundle and key problem in the user's language only: Chinese by default, English when asked", async () => {
    const HAN = /[\u3400-\u9fff]/;
    const en = { "accept-language": "en-GB,en;q=0.9,zh-CN;q=0.5" };
    const zh = { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" };
    const requests: Array<[string, string, unknown]> = [
      ["POST", "/api/bundles", { key: "Shop", title: " ", lead: "nowhere" }],
      ["POST", "/api/bundles", { key: "test-shop", title: "某件事", lead: "samr" }],
      ["POST", "/api/bundles", { key: "x-2", title: "某件事", copyFrom: "nothing-here" }],
      ["POST", "/api/bundles", { key: 7, title: "某件事", audience: "nobody" }],
      ["GET", "/api/bundles/nothing-here/draft", undefined],
      ["DELETE", "/api/bundles/test-shop-gone", undefined],
    ];
    for (const [method, path, body] of requests) {
      const english = await designer.req(method as "POST", path, body, en);
      expect(english.status, path).toBeGreaterThanOrEqual(400);
      const details = english.body.error.details;
      const text = [english.body.error.message, ...(Array.isArray(details) ? details.map((p: { message: string }) => p.message) : [])].join(" ");
      // English only: no Chinese word, no Chinese text followed by an English gloss in brackets
      expect(text.replace(/"[^"]*"/g, ""), `${method} ${path}`).not.toMatch(HAN);
      const chinese = await designer.req(method as "POST", path, body, zh);
      expect(chinese.body.error.message, `${method} ${path}`).toMatch(HAN);
      expect(chinese.body.error.message, `${method} ${path}`).not.toMatch(/\([a-z ,]+\)$/i);
    }
    const taken = await designer.req("POST", "/api/bundles", { key: "test-shop", title: "某件事", lead: "samr" }, en);
    expect(taken.body.error.message).toBe('The key "test-shop" is used by "测试开店": choose another');
    const missing = await designer.req("POST", "/api/bundles", { key: "x-3", title: "某件事", lead: "nowhere" }, en);
    expect(missing.body.error).toMatchObject({ message: "The new one-thing has 1 problem to fix", details: [{ pointer: "/lead", message: 'The lead department "nowhere" is not in the department registry' }] });
    expect((await designer.req("GET", "/api/bundles/nothing-here/draft", undefined, en)).body.error.message).toBe("This one-thing was not found");
    expect((await designer.req("GET", "/api/bundles/nothing-here/draft", undefined, zh)).body.error.message).toBe("该一件事不存在");
    const archiveNever = await admin.req("POST", "/api/bundles/kaiguan-yingye/archive", {}, en);
    expect(archiveNever.body.error.message).toBe("This one-thing was never published, so there is nothing to archive; delete it if it is not needed");
  });

  it("copies another one-thing's draft under a new key and title", async () => {
    const r = await designer.post("/api/bundles", { key: "test-shop-copy", title: "测试开店（副本）", copyFrom: "test-shop" });
    expect(r.status).toBe(201);
    const copy = (await designer.get("/api/bundles/test-shop-copy/draft")).body.spec;
    const source = (await designer.get("/api/bundles/test-shop/draft")).body.spec;
    expect(copy).toEqual({ ...source, key: "test-shop-copy", title: "测试开店（副本）" });
    expect((await designer.get("/api/bundles/test-shop/draft")).body.spec.title).toBe("测试开店");
  });

  it("deletes a never-published draft, and refuses to delete a published one (archive instead)", async () => {
    expect((await designer.del("/api/bundles/test-shop-copy")).status).toBe(200);
    expect((await designer.get("/api/bundles/test-shop-copy/draft")).status).toBe(404);
    expect((await designer.del("/api/bundles/test-shop-copy")).status).toBe(404);
    expect((await admin.post("/api/bundles/test-shop/publish", {})).status).toBe(201);
    const r = await designer.del("/api/bundles/test-shop");
    expect(r.status).toBe(409);
    expect(r.body.error.message).toContain("已发布过，不能删除");
    expect(r.body.error.details.allowedActions).toEqual(["archive"]);
    expect((await designer.get("/api/bundles/test-shop/draft")).status).toBe(200);
  });

  it("archives: gone from the catalogue, no new case, the open case keeps running and is counted; restore brings it back", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: { has_sign: false }, data: VALID_DATA });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    expect((await designer.get("/api/bundles/test-shop/open-cases")).body).toEqual({ versions: [{ version: 1, open: 1 }] });

    expect((await designer.post("/api/bundles/test-shop/archive", {})).status).toBe(403);
    expect((await admin.post("/api/bundles/kaiguan-yingye/archive", {})).body.error.message).toContain("从未发布，无需归档");
    const a = await admin.post("/api/bundles/test-shop/archive", {});
    expect(a.status).toBe(200);
    expect(a.body).toMatchObject({ key: "test-shop", archived: true, openCases: 1 });
    expect((await admin.post("/api/bundles/test-shop/archive", {})).status).toBe(409);

    const anyone = new Client(api.url);
    expect((await anyone.get("/api/catalog")).body.bundles.map((b: { key: string }) => b.key)).not.toContain("test-shop");
    expect((await anyone.get("/api/catalog/test-shop")).body.error.message).toContain("已停止受理");
    expect((await anyone.get("/api/catalog/test-shop/versions/1")).status).toBe(200); // open cases still read their version
    const refused = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: { has_sign: false }, data: VALID_DATA });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("「测试开店」已停止受理新的申请");
    expect((await admin.post("/api/bundles/test-shop/publish", {})).body.error.message).toContain("已归档");

    // the open case still runs to its end
    const reviewer = await loginAs(api.url, "reviewer-samr");
    const task = (await reviewer.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === sub.body.id);
    expect(task).toBeDefined();
    const done = await reviewer.post(`/api/tasks/${task.id}/complete`, { action: "approve", comment: "同意", requestId: "archive-approve-1" });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.application.status).toBe("completed");
    expect((await designer.get("/api/bundles/test-shop/open-cases")).body).toEqual({ versions: [{ version: 1, open: 0 }] });
    expect((await designer.get("/api/bundles")).body.bundles.find((b: { key: string }) => b.key === "test-shop").archivedAt).toEqual(a.body.archivedAt);

    const restored = await admin.post("/api/bundles/test-shop/restore", {});
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect((await anyone.get("/api/catalog")).body.bundles.map((b: { key: string }) => b.key)).toContain("test-shop");
  });

  it("counts open cases per version", async () => {
    const spec = (await designer.get("/api/bundles/test-shop/draft")).body.spec;
    expect((await designer.saveDraft("test-shop", { ...spec, summary: "第二版" })).status).toBe(200);
    const v2 = await admin.post("/api/bundles/test-shop/publish", { changeSummary: "第二版" });
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    expect(v2.body.version).toBe(2);
    expect((await applicant.post("/api/applications", { bundleKey: "test-shop", version: 2, answers: { has_sign: false }, data: VALID_DATA })).status).toBe(201);
    expect((await designer.get("/api/bundles/test-shop/open-cases")).body).toEqual({ versions: [{ version: 2, open: 1 }, { version: 1, open: 0 }] });
    expect((await designer.get("/api/bundles/nothing/open-cases")).status).toBe(404);
  });

  it("names who changed and published by their display name, keeping the username for audit (tryout 9, #24)", async () => {
    const { versions } = (await designer.get("/api/bundles/test-shop/versions")).body;
    expect(versions[0]).toMatchObject({ version: 2, publishedBy: "admin", publishedByName: "系统管理员" });
    expect((await designer.get("/api/bundles/test-shop/draft")).body).toMatchObject({ updatedBy: "designer", updatedByName: "事项设计员" });
    const { bundles } = (await designer.get("/api/bundles")).body;
    expect(bundles.find((b: { key: string }) => b.key === "chusheng")).toMatchObject({ draftUpdatedBy: "system", draftUpdatedByName: null });
    expect(bundles.find((b: { key: string }) => b.key === "test-shop")).toMatchObject({ draftUpdatedBy: "designer", draftUpdatedByName: "事项设计员" });
  });
});
