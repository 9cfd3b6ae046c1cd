// A saved draft does not vanish when its one-thing publishes a new version (tryout #33), on SQLite and PostgreSQL:
// the server keeps it on the version it was saved on — read back whole, listed among the applicant's drafts — until
// the applicant saves it again on the new version (the portal carries it over with spec/draft-carry.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle } from "../fixtures/bundle.js";
import { carryDraft } from "../../spec/draft-carry.js";

const KEY = "draft-shop";

describe.each(DIALECTS)("drafts across versions on %s", (dialect) => {
  let api: ApiServer;
  let admin: Client, applicant: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    admin = await loginAs(api.url, "admin");
    applicant = await loginAs(api.url, "zhangsan");
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", fixtureBundle(KEY))).status).toBe(201);
    expect((await admin.post(`/api/bundles/${KEY}/publish`, {})).status).toBe(201);
  });
  afterAll(() => api?.stop());

  it("keeps the draft on its version after a new version is published, and takes it on the new one once carried", async () => {
    const data = { shopName: "张记面馆", area: 45 };
    expect((await applicant.put(`/api/drafts/${KEY}`, { version: 1, answers: { has_sign: false }, data })).status).toBe(200);
    const v2 = fixtureBundle(KEY) as Record<string, any>;
    delete v2.form.schema.properties.area;
    v2.form.schema.required = v2.form.schema.required.filter((k: string) => k !== "area");
    expect((await admin.saveDraft(KEY, v2)).status).toBe(200);
    expect((await admin.post(`/api/bundles/${KEY}/publish`, { changeSummary: "不再填写经营面积" })).status).toBe(201);

    expect((await applicant.get(`/api/drafts/${KEY}`)).body).toMatchObject({ version: 1, data });
    expect((await applicant.get("/api/drafts")).body.drafts).toEqual([expect.objectContaining({ bundleKey: KEY, version: 1 })]);
    const [one, two] = await Promise.all([1, 2].map(async (v) => (await applicant.get(`/api/catalog/${KEY}/versions/${v}`)).body.spec.form.schema));
    const carried = carryDraft(data, one, two);
    expect(carried).toEqual({ data: { shopName: "张记面馆" }, dropped: [{ pointer: "/area", label: "经营面积" }] });
    expect((await applicant.put(`/api/drafts/${KEY}`, { version: 2, answers: { has_sign: false }, data: carried.data })).status).toBe(200);
    expect((await applicant.get(`/api/drafts/${KEY}`)).body).toMatchObject({ version: 2, data: { shopName: "张记面馆" } });
    const sent = await applicant.post("/api/applications", { bundleKey: KEY, version: 2, answers: { has_sign: false }, data: { ...carried.data, mobile: "13800138000" } });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
  });
});
