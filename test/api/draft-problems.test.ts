// A draft is work in progress (tryout 9, #3b / #7): PUT /api/bundles/:key/draft stores a one-thing with problems —
// an imported item without 设定依据 or time limits, a half-drawn flow — answers them with the saved spec, and GET gives
// them back; publishing refuses the draft listing every problem at once. Only what is not a one-thing at all is
// refused, saying what and where, and nothing is written then.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle } from "../fixtures/bundle.js";
import { node } from "../fixtures/review-flow.js";

const EN = { "accept-language": "en-GB,en;q=0.9" };

/** The fixture with a third item imported from a plain form (no legal basis, no time limits) and a flow half drawn:
 *  a review nobody was assigned to, that leads nowhere. */
function unfinished(key: string): Record<string, any> {
  const doc = fixtureBundle(key) as Record<string, any>;
  doc.items.push({
    schemaVersion: 1, kind: "item", id: "item-3", task_name: "失业保险金申领", task_type: "01", by_law: "", department: "hrss", dept_name: "人力资源和社会保障局",
    anticipate_type: "工作日", promise_type: "工作日", project_type: "2", serve_type: ["1"], handle_type: ["1", "2"],
    form: { schema: { type: "object", properties: { bank: { type: "string", title: "开户银行" } } } },
  });
  doc.flow.nodes.push(node("review-2", "review", { label: "人社审核", department: "", role: "reviewer", statutoryDays: 5, promisedDays: 3 }));
  doc.flow.edges.push({ id: "e4", source: "start", target: "review-2" });
  return doc;
}

describe.each(DIALECTS)("saving an unfinished draft on %s", (dialect) => {
  let api: ApiServer;
  let designer: Client;
  let admin: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    [designer, admin] = [await loginAs(api.url, "designer"), await loginAs(api.url, "admin")];
    expect((await designer.post("/api/bundles", fixtureBundle("wip-shop"))).status).toBe(201);
  });
  afterAll(() => api?.stop());

  it("stores it with its problems, named by item and node, and gives them back when it is opened again", async () => {
    const r = await designer.saveDraft("wip-shop", unfinished("wip-shop"));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const pointers = r.body.problems.map((p: { pointer: string }) => p.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/items/2/by_law", "/items/2/anticipate_day", "/items/2/promise_day"]));
    expect(pointers.some((p: string) => p.startsWith("/flow"))).toBe(true);
    const byLaw = r.body.problems.find((p: { pointer: string }) => p.pointer === "/items/2/by_law");
    expect(byLaw.message).toBe("事项「失业保险金申领」未填写设定依据");
    expect(r.body.problems.find((p: { pointer: string }) => p.pointer === "/items/2/anticipate_day").message).toBe("事项「失业保险金申领」未填写法定办结时限");
    const messages = r.body.problems.map((p: { message: string }) => p.message).join("\n");
    expect(messages).toContain("未选择办理部门");
    expect(messages).toContain("没有出边");

    const back = await designer.get("/api/bundles/wip-shop/draft");
    expect(back.body.spec.items).toHaveLength(3);
    expect(back.body.spec.items[2].task_name).toBe("失业保险金申领");
    expect(back.body.spec.items[2]).not.toHaveProperty("promise_day");
    expect(back.body.spec.flow.nodes.map((n: { id: string }) => n.id)).toContain("review-2");
    expect(back.body.problems.map((p: { pointer: string }) => p.pointer)).toEqual(pointers);
    const en = await designer.req("GET", "/api/bundles/wip-shop/draft", undefined, EN);
    expect(en.body.problems.find((p: { pointer: string }) => p.pointer === "/items/2/promise_day").message).toBe("Item \"失业保险金申领\": Promised time limit is not filled in");
    expect((await designer.get("/api/bundles")).body.bundles.find((b: { key: string }) => b.key === "wip-shop").title).toBe("测试开店");
  });

  it("is not published: one 400 lists every problem at once, and no version is written", async () => {
    const before = Number((await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM bundle_versions WHERE key = 'wip-shop'`))!.n);
    const r = await admin.post("/api/bundles/wip-shop/publish", {});
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("invalid_spec");
    expect(r.body.error.message).toMatch(/^草稿有 \d+ 个问题，不能发布$/);
    const pointers = r.body.error.details.map((p: { pointer: string }) => p.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/items/2/by_law", "/items/2/anticipate_day", "/items/2/promise_day"]));
    expect(pointers.some((p: string) => p.startsWith("/flow"))).toBe(true);
    const en = await admin.req("POST", "/api/bundles/wip-shop/publish", {}, EN);
    expect(en.body.error.message).toMatch(/^The draft has \d+ problems and cannot be published$/);
    const after = Number((await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM bundle_versions WHERE key = 'wip-shop'`))!.n);
    expect(after).toBe(before);
  });

  it("publishes once the designer has finished it", async () => {
    const doc = (await designer.get("/api/bundles/wip-shop/draft")).body.spec;
    Object.assign(doc.items[2], { by_law: "《失业保险条例》第十四条", anticipate_day: 20, promise_day: 10 });
    // the half-drawn review gets its department and item and is wired in before the lead's review
    const review = doc.flow.nodes.find((n: { id: string }) => n.id === "review-2");
    Object.assign(review.data, { department: "hrss", item: "item-3" });
    doc.flow.edges = doc.flow.edges.filter((e: { id: string }) => e.id !== "e4")
      .map((e: { id: string; target: string }) => (e.id === "e1" ? { ...e, target: "review-2" } : e))
      .concat([{ id: "e5", source: "review-2", target: "review" }, { id: "e6", source: "review-2", target: "end-rejected", data: { outcome: "reject" } }]);
    const saved = await designer.saveDraft("wip-shop", doc);
    expect(saved.status).toBe(200);
    expect(saved.body.problems).toEqual([]);
    expect((await admin.post("/api/bundles/wip-shop/publish", {})).status).toBe(201);
  });

  it("refuses only what is not a one-thing, saying what and where, and keeps the stored draft", async () => {
    const stored = (await designer.get("/api/bundles/wip-shop/draft")).body;
    const cases: Array<[unknown, string, RegExp]> = [
      [[1, 2], "", /JSON 对象/],
      [{ ...fixtureBundle("wip-shop"), kind: "item" }, "/kind", /事项文档/],
      [{ ...fixtureBundle("wip-shop"), schemaVersion: 7 }, "/schemaVersion", /格式版本应为 1/],
      [{ ...fixtureBundle("wip-shop"), items: "两个" }, "/items", /事项应为一个列表/],
      [{ ...fixtureBundle("wip-shop"), flow: { nodes: {} } }, "/flow/nodes", /节点应为一个列表/],
    ];
    for (const [doc, pointer, message] of cases) {
      const r = await designer.saveDraft("wip-shop", doc);
      expect(r.status, pointer).toBe(400);
      expect(r.body.error.message).toMatch(/^不是可以保存的一件事草稿/);
      expect(r.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ pointer, message: expect.stringMatching(message) })]));
    }
    const wrongKey = await designer.saveDraft("wip-shop", fixtureBundle("other-key"));
    expect(wrongKey.status).toBe(400);
    expect(wrongKey.body.error.details[0].pointer).toBe("/key");
    const en = await designer.saveDraft("wip-shop", { ...fixtureBundle("wip-shop"), kind: "item" }, EN);
    expect(en.body.error.details[0].message).toBe("This is an item document, not a one-thing: import it on the Items page");
    expect((await designer.saveDraft("wip-shop", "{not json")).status).toBe(400);
    expect((await designer.get("/api/bundles/wip-shop/draft")).body).toEqual(stored);
  });
});
