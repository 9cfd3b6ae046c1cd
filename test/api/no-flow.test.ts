// Every case runs its bundle's approval flow, so a bundle without one is refused at publish (400 pointing at /flow,
// in the client's language), and a version that has none (published before that rule) refuses to start a case
// with a clear 409 and stores nothing — never a case on a made-up flow.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";
import { validateBundle } from "../../spec/spec-validation.js";
import { insertBundle, insertVersion } from "../../server/store/bundles.js";

const EN = { "accept-language": "en-GB,en;q=0.9" };
const count = async (api: ApiServer, table: "applications" | "flow_instances" | "bundle_versions") =>
  Number((await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sql.identifier(table)}`))!.n);

describe.each(DIALECTS)("a bundle without a flow on %s", (dialect) => {
  let api: ApiServer;
  beforeAll(async () => { api = await startApi(dialect); });
  afterAll(() => api?.stop());

  it("cannot be published: 400 at /flow, in Chinese or English, and no version is written", async () => {
    const { flow: _flow, ...noFlow } = fixtureBundle("no-flow-shop");
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", noFlow)).status).toBe(201); // a draft may lack one
    const admin = await loginAs(api.url, "admin");
    const before = await count(api, "bundle_versions");
    const zh = await admin.post("/api/bundles/no-flow-shop/publish", {});
    expect(zh.status).toBe(400);
    expect(zh.body.error).toMatchObject({ code: "invalid_spec", message: "审批流程有 1 处错误，不能发布" });
    expect(zh.body.error.details).toEqual([{ pointer: "/flow", message: "这个一件事没有审批流程：请在流程设计中画出审批流程后再发布" }]);
    const en = await admin.req("POST", "/api/bundles/no-flow-shop/publish", {}, EN);
    expect(en.body.error.details).toEqual([{ pointer: "/flow", message: "This one-thing has no approval flow: draw one in the flow designer before publishing" }]);
    expect(await count(api, "bundle_versions")).toBe(before);
  });

  it("cannot start a case on a version published without one: 409, nothing stored", async () => {
    const { flow: _flow, ...noFlow } = fixtureBundle("old-shop", "旧版开店");
    const r = validateBundle(noFlow);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const now = new Date();
    await api.tdb.db.tx(async (q) => {
      await insertBundle(q, "old-shop", r.value, "system", now);
      await insertVersion(q, "old-shop", r.value, "system", "发布规则之前的版本", now);
    });
    const [apps, instances] = [await count(api, "applications"), await count(api, "flow_instances")];
    const applicant = await loginAs(api.url, "zhangsan");
    const body = { bundleKey: "old-shop", version: 1, answers: {}, data: VALID_DATA };
    const zh = await applicant.post("/api/applications", body);
    expect(zh.status).toBe(409);
    expect(zh.body.error).toMatchObject({ code: "conflict", message: "「旧版开店」第 1 版没有审批流程，暂不能受理，请联系主办部门", details: { allowedActions: [] } });
    const en = await applicant.req("POST", "/api/applications", body, EN);
    expect(en.body.error.message).toBe('Version 1 of "旧版开店" has no approval flow and cannot take applications: please contact the lead department');
    expect([await count(api, "applications"), await count(api, "flow_instances")]).toEqual([apps, instances]);
  });
});
