// A published one-thing says which of its items have a published service guide (GET /api/catalog/:key and a
// version's), so the portal links only those (tryout #26): an item embedded in the one-thing or imported into the
// catalogue without a form has none; an item whose catalogue version is published has one. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle } from "../fixtures/bundle.js";
import { guideItemDraft } from "../fixtures/guide-item.js";
import { catalogueFile } from "../../spec/catalogue/import.js";

const KEY = "links-shop";

describe.each(DIALECTS)("the items' guides a one-thing may link, on %s", (dialect) => {
  let api: ApiServer;
  let admin: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    admin = await loginAs(api.url, "admin");
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", fixtureBundle(KEY))).status).toBe(201);
    expect((await admin.post(`/api/bundles/${KEY}/publish`, {})).status).toBe(201);
  });
  afterAll(() => api?.stop());

  it("lists none while no item's guide is published, then the published one only", async () => {
    expect((await admin.get(`/api/catalog/${KEY}`)).body.guides).toEqual([]);
    // in the catalogue but not published (imported without a form): still none
    const imported = await admin.upload("/api/items/import", JSON.stringify(catalogueFile([{ id: "sign", task_name: "户外招牌设置", department: "urban", dept_name: "城市管理局", task_code: "API-SIGN", task_type: "10" }] as never, new Date().toISOString())), { "content-type": "application/json" });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect((await admin.get(`/api/catalog/${KEY}`)).body.guides).toEqual([]);
    expect((await admin.post("/api/items", guideItemDraft("licence"))).status).toBe(201);
    expect((await admin.post("/api/items/licence/publish", { changeSummary: "首次发布" })).status).toBe(201);
    expect((await admin.get(`/api/catalog/${KEY}`)).body.guides).toEqual(["licence"]);
    expect((await admin.get(`/api/catalog/${KEY}/versions/1`)).body.guides).toEqual(["licence"]);
    expect((await admin.get("/api/guides/items/licence")).status).toBe(200);
    expect((await admin.get("/api/guides/items/sign")).status).toBe(404);
  });
});
