// One-things pin catalogue item versions (issue 15, docs/catalogue.md): a bundle may name items by reference and the
// server puts the published version in; a pinned item cannot be changed inside a one-thing; another department
// cannot edit the item; after the owning department publishes, every one-thing using the item lists the update with
// its diff; the upgrade re-pins and redoes the merge with the earlier hand merge kept; published one-thing versions
// and the cases filed on them stay on the version they pinned. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, ITEM_LICENCE, ITEM_SIGN, VALID_DATA } from "../fixtures/bundle.js";
import { mergeForms, type MergeEdit } from "../../spec/merge/index.js";
import { bundleSources } from "../../spec/catalogue/replay.js";

type Refs = Array<{ item: string; pointer: string }>;
const HAND: MergeEdit = { kind: "merge", refs: [{ item: "licence", pointer: "/properties/shopName" }, { item: "sign", pointer: "/properties/signText" }], by: "事项设计员", at: "2026-03-01T08:00:00.000Z" };
const holder = (spec: any, item: string, pointer: string) =>
  Object.entries(spec.form.provenance as Record<string, Refs>).find(([, refs]) => refs.some((r) => r.item === item && r.pointer === pointer));

describe.each(DIALECTS)("item pins on %s", (dialect) => {
  let api: ApiServer;
  let samr: Client, urban: Client, tax: Client, designer: Client, admin: Client;
  let caseId = "";
  beforeAll(async () => {
    api = await startApi(dialect);
    const log = (u: string) => loginAs(api.url, u);
    [samr, urban, tax, designer, admin] = await Promise.all([log("designer-samr"), log("designer-urban"), log("designer-tax"), log("designer"), log("admin")]);
    for (const [c, item] of [[samr, ITEM_LICENCE], [urban, ITEM_SIGN]] as const) {
      expect((await c.post("/api/items", item)).status).toBe(201);
      expect((await c.post(`/api/items/${item.id}/publish`, { changeSummary: "首次发布" })).status).toBe(201);
    }
  });
  afterAll(() => api?.stop());

  it("every built-in one-thing pins its items' published catalogue versions and saves back unchanged", async () => {
    const { bundles } = (await designer.get("/api/bundles")).body as { bundles: Array<{ key: string }> };
    expect(bundles.length).toBeGreaterThanOrEqual(5);
    for (const { key } of bundles) {
      const spec = (await designer.get(`/api/bundles/${key}/draft`)).body.spec;
      for (const it of spec.items) expect((await designer.get(`/api/items/${it.id}/versions/${it.version}`)).body.spec).toEqual(it);
      const r = await designer.saveDraft(key, spec);
      expect(r.status, `${key}: ${JSON.stringify(r.body)}`).toBe(200);
    }
  });

  it("takes items by reference ({ id, version }) and puts the published version in; an unknown version is a 400 at its pointer", async () => {
    const doc = { ...fixtureBundle("pin-shop"), items: [{ id: "licence", version: 1 }, { id: "sign", version: 1 }] };
    const r = await designer.post("/api/bundles", doc);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const draft = (await designer.get("/api/bundles/pin-shop/draft")).body.spec;
    expect(draft.items[0]).toEqual((await designer.get("/api/items/licence/versions/1")).body.spec);
    const bad = await designer.post("/api/bundles", { ...fixtureBundle("pin-bad"), items: [{ id: "licence", version: 7 }, { id: "sign" }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { pointer: string }) => d.pointer)).toEqual(["/items/0/version"]);
    expect((await designer.get("/api/bundles/pin-bad/draft")).status).toBe(404);
  });

  it("refuses a pinned item changed inside the one-thing, naming the item and its owner", async () => {
    const draft = (await designer.get("/api/bundles/pin-shop/draft")).body.spec;
    draft.items[0].promise_day = 3;
    const r = await designer.saveDraft("pin-shop", draft);
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([expect.objectContaining({ pointer: "/items/0", message: expect.stringContaining("市场监督管理局") })]);
    draft.items[0].promise_day = 10;
    draft.items[0].version = 5;
    expect((await designer.saveDraft("pin-shop", draft)).body.error.details[0].pointer).toBe("/items/0/version");
  });

  it("publishes the one-thing pinned to v1 and files a case on it", async () => {
    expect((await admin.post("/api/bundles/pin-shop/publish", { changeSummary: "首发" })).status).toBe(201);
    const applicant = await loginAs(api.url, "zhangsan");
    const sub = await applicant.post("/api/applications", { bundleKey: "pin-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    caseId = sub.body.id;
  });

  it("keeps the item to its department: another department's designer and a designer without one are refused", async () => {
    const view = (await tax.get("/api/items/licence")).body;
    expect(view.permissions.edit).toBe(false);
    for (const c of [tax, designer]) {
      const r = await c.put("/api/items/licence/draft", { ...view.draft, promise_day: 1 });
      expect(r.status).toBe(403);
    }
    expect((await tax.get("/api/items/licence")).body.draft.promise_day).toBe(10);
  });

  it("lists the waiting update with its diff after the department publishes, and upgrades keeping the hand merge", async () => {
    // A one-thing whose smart form was merged with one hand merge (店铺名称 + 招牌文字), as the merge studio records it.
    const base = { ...fixtureBundle("pin-merge"), items: [{ id: "licence", version: 1 }, { id: "sign", version: 1 }] };
    expect((await designer.post("/api/bundles", base)).status).toBe(201);
    const spec = (await designer.get("/api/bundles/pin-merge/draft")).body.spec;
    const merged = mergeForms(bundleSources(spec), { hand: [HAND] });
    const put = await designer.saveDraft("pin-merge", { ...spec, form: { ...merged.form, edits: [HAND] } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect((await designer.get("/api/bundles/pin-merge/item-updates")).body.updates).toEqual([]);

    const draft = (await samr.get("/api/items/licence")).body.draft;
    draft.form.schema.properties.seats = { type: "integer", title: "就餐座位数", minimum: 0 };
    draft.materials = [{ id: "floorplan", material_name: "经营场所平面图", necessity: "必要", source_type: "10", copies: 1 }];
    expect((await samr.put("/api/items/licence/draft", draft)).status).toBe(200);
    expect((await samr.post("/api/items/licence/publish", { changeSummary: "增加座位数与平面图" })).status).toBe(201);

    for (const key of ["pin-merge", "pin-shop"]) {
      const { updates } = (await designer.get(`/api/bundles/${key}/item-updates`)).body;
      expect(updates).toHaveLength(1);
      expect(updates[0]).toMatchObject({ id: "licence", pinned: 1, latest: 2, changeSummary: "增加座位数与平面图", deptName: "市场监督管理局" });
      expect(updates[0].diff.fields.added).toEqual([{ pointer: "/properties/seats", title: "就餐座位数" }]);
      expect(updates[0].diff.materials.added).toEqual([{ id: "floorplan", name: "经营场所平面图" }]);
    }

    const up = await designer.post("/api/bundles/pin-merge/items/licence/upgrade", {});
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body.report).toMatchObject({ item: "licence", from: 1, to: 2, remerged: true, replayed: { edits: 1 }, needsDecision: [] });
    const after = (await designer.get("/api/bundles/pin-merge/draft")).body.spec;
    expect(after.items[0].version).toBe(2);
    expect(after.form.edits).toEqual([HAND]);
    expect(holder(after, "licence", "/properties/shopName")![1].map((r) => r.item).sort()).toEqual(["licence", "sign"]);
    const [seatsAt] = holder(after, "licence", "/properties/seats")!;
    expect(up.body.report.added).toEqual([{ pointer: seatsAt, title: "就餐座位数" }]);
    expect((await designer.get("/api/bundles/pin-merge/item-updates")).body.updates).toEqual([]);
    expect((await designer.post("/api/bundles/pin-merge/items/licence/upgrade", {})).status).toBe(409);
    expect((await designer.post("/api/bundles/pin-merge/items/nope/upgrade", {})).status).toBe(404);
  });

  it("leaves the published one-thing version and the case filed on it pinned to v1", async () => {
    expect((await designer.post("/api/bundles/pin-shop/items/licence/upgrade", {})).status).toBe(200);
    expect((await admin.post("/api/bundles/pin-shop/publish", { changeSummary: "升级食品经营许可" })).status).toBe(201);
    const anyone = await loginAs(api.url, "zhangsan");
    expect((await anyone.get("/api/catalog/pin-shop/versions/1")).body.spec.items[0].version).toBe(1);
    expect((await anyone.get("/api/catalog/pin-shop/versions/2")).body.spec.items[0].version).toBe(2);
    const mine = (await anyone.get(`/api/applications/${caseId}`)).body;
    expect(mine.version).toBe(1);
  });
});
