// A one-thing takes catalogue items by reference only when they are published (tryout 9, #9), and a catalogue item
// leaves the catalogue only when no one-thing holds it (#12): a bare { id, version } naming an unknown item, an
// unpublished item, a version that was never published or a version that is not a number is refused at its pointer,
// naming the item by its name and the version, in the asker's language, nothing saved; DELETE /api/items/:id refuses
// (409) while a draft or any published version of a one-thing holds the item, naming each, and removes an unused
// item with its versions. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, ITEM_LICENCE, ITEM_SIGN } from "../fixtures/bundle.js";

const DRAFT_ONLY = { ...ITEM_LICENCE, id: "licence-draft", task_name: "食品经营许可（试行）" };
const UNUSED = { ...ITEM_LICENCE, id: "licence-unused", task_name: "食品小作坊登记" };
const EN = { "accept-language": "en" };
type Detail = { pointer: string; message: string };

describe.each(DIALECTS)("item references and deletion on %s", (dialect) => {
  let api: ApiServer;
  let samr: Client, urban: Client, designer: Client, admin: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    const log = (u: string) => loginAs(api.url, u);
    [samr, urban, designer, admin] = await Promise.all([log("designer-samr"), log("designer-urban"), log("designer"), log("admin")]);
    for (const [c, item] of [[samr, ITEM_LICENCE], [urban, ITEM_SIGN], [samr, UNUSED]] as const) {
      expect((await c.post("/api/items", item)).status).toBe(201);
      expect((await c.post(`/api/items/${item.id}/publish`, { changeSummary: "首次发布" })).status).toBe(201);
    }
    expect((await samr.post("/api/items", DRAFT_ONLY)).status).toBe(201);
  });
  afterAll(() => api?.stop());

  it("refuses every reference that is not a published version, naming the item and the version, and saves nothing", async () => {
    const items = [{ id: "licence", version: "1" }, { id: "licence-draft", version: 1 }, { id: "no-such-item", version: 1 }, { id: "sign", version: 4 }, { id: "sign", version: null }];
    const zh = await designer.post("/api/bundles", { ...fixtureBundle("ref-bad"), items });
    expect(zh.status).toBe(400);
    const details = zh.body.error.details as Detail[];
    expect(details.map((d) => d.pointer)).toEqual(["/items/0/version", "/items/1", "/items/2", "/items/3/version", "/items/4/version"]);
    expect(details[0]!.message).toBe('事项「食品经营许可」的版本应为已发布的版本号（1 至 1 的整数），收到的是 "1"');
    expect(details[1]!.message).toBe("事项「食品经营许可（试行）」（licence-draft）还没有发布过，不能在一件事中使用；请由「市场监督管理局」在事项目录中发布后再添加");
    expect(details[2]!.message).toBe("事项目录中没有标识为「no-such-item」的事项，请从目录中选择事项");
    expect(details[3]!.message).toBe("事项「户外招牌设置」没有已发布的版本 4，已发布的最新版本是 1");
    expect(details[4]!.message).toContain("收到的是 null");
    expect((await designer.get("/api/bundles/ref-bad/draft")).status).toBe(404);
    const en = await designer.req("POST", "/api/bundles", { ...fixtureBundle("ref-bad"), items }, EN);
    expect(en.body.error.message).toBe("5 referenced items cannot be used");
    expect((en.body.error.details as Detail[]).map((d) => d.message)).toEqual([
      'The version of item "食品经营许可" must be a published version number (a whole number from 1 to 1); got "1"',
      'Item "食品经营许可（试行）" (licence-draft) has never been published and cannot be used in a one-thing: 市场监督管理局 publishes it in the item catalogue first',
      'The item catalogue has no item with the id "no-such-item": choose an item from the catalogue',
      'Item "户外招牌设置" has no published version 4; the latest published version is 1',
      'The version of item "户外招牌设置" must be a published version number (a whole number from 1 to 1); got null',
    ]);
  });

  it("puts the published version in for a good reference, with or without a version", async () => {
    const r = await designer.post("/api/bundles", { ...fixtureBundle("ref-shop"), items: [{ id: "licence", version: 1 }, { id: "sign" }] });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const draft = (await designer.get("/api/bundles/ref-shop/draft")).body.spec;
    expect(draft.items).toEqual([(await designer.get("/api/items/licence/versions/1")).body.spec, (await designer.get("/api/items/sign/versions/1")).body.spec]);
  });

  it("refuses to delete an item a draft holds, naming the one-thing, then deletes it once the draft lets go", async () => {
    const other = await urban.del("/api/items/licence");
    expect(other.status).toBe(403);
    const refused = await samr.del("/api/items/licence");
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe("事项「食品经营许可」正被 1 个一件事使用，不能删除：「测试开店」（草稿）。请先在这些一件事的草稿中移除该事项并保存，再删除。");
    const en = await samr.req("DELETE", "/api/items/licence", undefined, EN);
    expect(en.body.error.message).toBe('Item "食品经营许可" is used by 1 one-thing and cannot be deleted: "测试开店" (its draft). Remove the item from these one-things\' drafts and save them first, then delete it.');
    expect((await samr.get("/api/items/licence")).status).toBe(200);
    // the one-thing is published, then its draft drops the item: the published version still holds it
    expect((await admin.post("/api/bundles/ref-shop/publish", { changeSummary: "首发" })).status).toBe(201);
    const draft = (await designer.get("/api/bundles/ref-shop/draft")).body.spec;
    expect((await designer.saveDraft("ref-shop", { ...draft, items: draft.items.filter((it: { id: string }) => it.id !== "licence"), form: { schema: { type: "object", properties: {} } }, guide: { questions: [], applicability: {} } })).status).toBe(200);
    const pinned = await admin.del("/api/items/licence");
    expect(pinned.status).toBe(409);
    expect(pinned.body.error.message).toBe("事项「食品经营许可」正被 1 个一件事使用，不能删除：「测试开店」（已发布版本 1）。已发布的一件事版本不可更改，它使用的事项须保留在目录中。");
    expect(pinned.body.error.details.problems).toEqual([{ pointer: "/usedBy/0", field: "测试开店", message: "「测试开店」（已发布版本 1）" }]);
    expect((await samr.get("/api/items/licence/versions/1")).status).toBe(200);
  });

  it("deletes an item no one-thing holds, with its versions, and it leaves search and the public guides", async () => {
    expect((await designer.del("/api/items/licence-unused")).status).toBe(403);
    const r = await samr.del("/api/items/licence-unused");
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual({ id: "licence-unused", name: "食品小作坊登记" });
    expect((await samr.get("/api/items/licence-unused")).status).toBe(404);
    expect((await samr.get("/api/items/licence-unused/versions/1")).status).toBe(404);
    expect((await samr.get("/api/guides/items/licence-unused")).status).toBe(404);
    expect((await samr.get("/api/items?q=食品小作坊登记")).body.total).toBe(0);
    expect((await samr.del("/api/items/licence-unused")).status).toBe(404);
    expect((await samr.del("/api/items/licence-draft")).status).toBe(200);
  });
});
