// Prefill from the applicant's profile and e-licences, locked prefilled values enforced at submit, and ratings of
// finished applications.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";

describe.each(DIALECTS)("prefill and ratings on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    await (await loginAs(api.url, "designer")).post("/api/bundles", fixtureBundle());
    await (await loginAs(api.url, "admin")).post("/api/bundles/test-shop/publish", {});
    applicant = await loginAs(api.url, "zhangsan");
  });
  afterAll(() => api?.stop());

  it("prefills from the profile and the e-licence store", async () => {
    const r = await applicant.get("/api/prefill/test-shop");
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ applicantName: "张三", marriageNo: "J110105-2020-000123" });
    expect(r.body.fields).toContainEqual({ pointer: "/marriageNo", value: "J110105-2020-000123", source: "licence", origin: "结婚证", editable: true });
    const company = await loginAs(api.url, "qiye");
    expect((await company.get("/api/prefill/test-shop")).body.data).toEqual({ applicantName: "北京示例餐饮有限公司" });
  });

  it("refuses a changed locked value but accepts a changed editable one", async () => {
    const bad = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "王五" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ pointer: "/data/applicantName" })]);
    const ok = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三", marriageNo: "other" } });
    expect(ok.status).toBe(201);
  });

  it("takes one rating per finished application", async () => {
    const app = (await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA })).body;
    expect((await applicant.post(`/api/applications/${app.id}/rating`, { score: 5 })).status).toBe(409);
    await (await loginAs(api.url, "reviewer-samr")).post(`/api/tasks/${app.tasks[0].id}/complete`, { action: "approve" });
    const bad = await applicant.post(`/api/applications/${app.id}/rating`, { score: 6 });
    expect(bad.body.error.details[0].pointer).toBe("/score");
    const unexplained = await applicant.post(`/api/applications/${app.id}/rating`, { score: 1 });
    expect(unexplained.status).toBe(400); // a bad rating needs its reason
    expect(unexplained.body.error.details[0].pointer).toBe("/comment");
    const r = await applicant.post(`/api/applications/${app.id}/rating`, { score: 5, comment: "很方便" });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ score: 5, comment: "很方便" });
    expect((await applicant.post(`/api/applications/${app.id}/rating`, { score: 1, comment: "等太久" })).status).toBe(409);
    expect((await applicant.get(`/api/applications/${app.id}`)).body.timeline.at(-1).kind).toBe("rated");
    const stranger = await loginAs(api.url, "qiye");
    expect((await stranger.get(`/api/applications/${app.id}/rating`)).status).toBe(404);
  });
});
