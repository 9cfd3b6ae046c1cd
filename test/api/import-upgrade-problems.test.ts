// Drafts keep their problems (task 4): importing a one-thing (POST /api/bundles) stores it with every problem at its
// pointer and refuses only a document that is not a one-thing at all; upgrading a pinned item of a draft that has
// problems keeps the upgraded draft and lists them. Publishing is where they must be solved. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, ITEM_LICENCE, ITEM_SIGN } from "../fixtures/bundle.js";

describe.each(DIALECTS)("import and upgrade with problems on %s", (dialect) => {
  let api: ApiServer;
  let samr: Client, urban: Client, designer: Client, admin: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    const log = (u: string) => loginAs(api.url, u);
    [samr, urban, designer, admin] = await Promise.all([log("designer-samr"), log("designer-urban"), log("designer"), log("admin")]);
    for (const [c, item] of [[samr, ITEM_LICENCE], [urban, ITEM_SIGN]] as const) {
      expect((await c.post("/api/items", item)).status).toBe(201);
      expect((await c.post(`/api/items/${item.id}/publish`, { changeSummary: "首次发布" })).status).toBe(201);
    }
  });
  afterAll(() => api?.stop());
  const stored = async (key: string) => Number((await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM bundles WHERE key = ${key}`))!.n);

  it("refuses only what is not a one-thing draft, at its pointer, storing nothing", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...fixtureBundle("an-item"), kind: "item" }, "/kind"],
      [{ ...fixtureBundle("no-key"), key: "Not A Key" }, "/key"],
      [{ ...fixtureBundle("bad-items"), items: "licence" }, "/items"],
    ];
    for (const [doc, pointer] of cases) {
      const r = await designer.post("/api/bundles", doc);
      expect(r.status, pointer).toBe(400);
      expect(r.body.error.code).toBe("invalid_spec");
      expect(r.body.error.details.map((d: { pointer: string }) => d.pointer), pointer).toContain(pointer);
    }
    for (const key of ["an-item", "no-key", "bad-items"]) expect(await stored(key)).toBe(0);
  });

  it("stores an unfinished import and answers its problems in the author's language", async () => {
    const doc = { ...fixtureBundle("half-done"), title: "", items: [{ id: "licence", version: 1 }, { id: "sign", version: 1 }] };
    const zh = await designer.post("/api/bundles", doc);
    expect(zh.status, JSON.stringify(zh.body)).toBe(201);
    expect(zh.body).toMatchObject({ key: "half-done" });
    expect(zh.body.problems).toContainEqual({ pointer: "/title", message: expect.stringMatching(/名称/) });
    const draft = (await designer.get("/api/bundles/half-done/draft")).body;
    expect(draft.spec.items.map((i: { version: number }) => i.version)).toEqual([1, 1]); // references resolved
    expect(draft.problems).toEqual(zh.body.problems);
    const en = await designer.req("POST", "/api/bundles", { ...doc, key: "half-done-en" }, { "accept-language": "en" });
    expect(en.status).toBe(201);
    expect(en.body.problems.find((p: { pointer: string }) => p.pointer === "/title").message).not.toMatch(/[\u4e00-\u9fff]/);
    expect((await admin.post("/api/bundles/half-done/publish", {})).status).toBe(400);
  });

  it("upgrades a pinned item of a draft with problems: the draft is kept upgraded and its problems listed", async () => {
    const item = (await samr.get("/api/items/licence")).body.draft;
    item.form.schema.properties.seats = { type: "integer", title: "就餐座位数", minimum: 0 };
    expect((await samr.put("/api/items/licence/draft", item)).status).toBe(200);
    expect((await samr.post("/api/items/licence/publish", { changeSummary: "增加座位数" })).status).toBe(201);

    const up = await designer.post("/api/bundles/half-done/items/licence/upgrade", {});
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.report).toMatchObject({ item: "licence", from: 1, to: 2 });
    expect(up.body.problems).toContainEqual({ pointer: "/title", message: expect.stringMatching(/名称/) });
    const after = (await designer.get("/api/bundles/half-done/draft")).body;
    expect(after.spec.items[0].version).toBe(2);
    expect(after.spec.title).toBe("");
    expect(after.problems).toEqual(up.body.problems);
  });
});
