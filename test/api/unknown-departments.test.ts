// A department nobody belongs to never reaches a published version (tryout 9, #19): publishing refuses a flow step
// or an item whose department is not one of the deployment's departments, naming the step by its name and the
// department value, in the asker's language, and writes no version.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fixtureBundle } from "../fixtures/bundle.js";

const EN = { "accept-language": "en-GB,en;q=0.9" };
const versions = async (api: ApiServer) => Number((await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM bundle_versions WHERE key = 'dept-shop'`))!.n);

describe.each(DIALECTS)("unknown departments at publish on %s", (dialect) => {
  let api: ApiServer;
  beforeAll(async () => { api = await startApi(dialect); });
  afterAll(() => api?.stop());

  it("a step's or an item's unknown department is refused by name, zh and en; fixed, it publishes", async () => {
    const designer = await loginAs(api.url, "designer");
    const admin = await loginAs(api.url, "admin");
    const spec = fixtureBundle("dept-shop", "部门测试开店") as { flow: { nodes: Array<{ id: string; data: Record<string, unknown> }> }; items: Array<Record<string, unknown>> };
    expect((await designer.post("/api/bundles", spec)).status).toBe(201);
    const bad = structuredClone(spec);
    bad.flow.nodes.find((n) => n.id === "review")!.data.department = "xyz";
    bad.items[1]!.department = "nobody";
    expect((await designer.saveDraft("dept-shop", bad)).status).toBe(200);

    const zh = await admin.post("/api/bundles/dept-shop/publish", { changeSummary: "部门" });
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe("invalid_spec");
    const details = zh.body.error.details as Array<{ pointer: string; message: string }>;
    expect(details).toContainEqual({ pointer: "/items/1/department", message: "事项「户外招牌设置」的实施部门「nobody」不在部门名录中，案件无人办理：请选择一个部门" });
    const step = details.find((p) => p.pointer === "/flow/nodes/1/data/department");
    expect(step?.message).toContain("节点「审核」的办理部门「xyz」不在部门名录中，任务无法分派");
    const en = await admin.req("POST", "/api/bundles/dept-shop/publish", { changeSummary: "x" }, EN);
    const enDetails = en.body.error.details as Array<{ pointer: string; message: string }>;
    expect(enDetails.find((p) => p.pointer === "/flow/nodes/1/data/department")?.message).toContain('The department "xyz" of node "审核" is not in the department registry');
    expect(enDetails).toContainEqual({ pointer: "/items/1/department", message: 'The department "nobody" of item "户外招牌设置" is not in the department registry, so nobody could handle its cases: choose a department' });
    expect(await versions(api)).toBe(0);

    expect((await designer.saveDraft("dept-shop", spec)).status).toBe(200);
    expect((await admin.post("/api/bundles/dept-shop/publish", { changeSummary: "部门已改正" })).status).toBe(201);
    expect(await versions(api)).toBe(1);
  });
});
