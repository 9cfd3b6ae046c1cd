// Situations (情形) edited through the item draft API on both dialects, as the item draft editor saves them: the
// owning department adds, reorders and changes situations (which of the item's materials apply, its own materials,
// limits, fees); publishing refuses bad situations naming each by pointer and writes nothing; the published
// situation guide shows the edited situation; another department cannot change them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fullDraft } from "../helpers/catalogue.js";

const material = (id: string, name: string) => ({ id, material_name: name, necessity: "必要", source_type: "10", copies: 1 });

describe.each(DIALECTS)("situation edits on %s", (dialect) => {
  let api: ApiServer;
  let samr: Client, psb: Client, anon: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    [samr, psb] = await Promise.all([loginAs(api.url, "designer-samr"), loginAs(api.url, "designer-psb")]);
    anon = new Client(api.url);
  });
  afterAll(() => api?.stop());

  it("saves edited situations, refuses bad ones by pointer at publish, and the published guide shows the edit", async () => {
    const draft = fullDraft("qingxing-bianji", "samr", {
      materials: [material("shenqingbiao", "申请表"), material("shenfenzheng", "身份证明")],
      situations: [{ id: "xinban", title: "新办", materials: [] }],
    });
    expect((await samr.post("/api/items", draft)).status).toBe(201);
    expect((await samr.post("/api/items/qingxing-bianji/publish", { changeSummary: "首次发布" })).status).toBe(201);

    // the editor adds a situation before the first, picks one item material for it, adds its own material and fees
    const fen = {
      id: "fenzhi", title: "设立分支机构", when: { "==": [{ var: "data.name" }, "分公司"] }, item_materials: ["shenqingbiao"],
      materials: [material("zongbu", "总部营业执照")], promise_day: 3, charges: [{ name: "工本费", standard: "每证 5 元", reducible: false }],
    };
    const edited = { ...draft, situations: [fen, { id: "xinban", title: "新办（个人）", materials: [] }] };
    const saved = await samr.put("/api/items/qingxing-bianji/draft", edited);
    expect(saved.status).toBe(200);
    expect(saved.body.draft.situations).toEqual(edited.situations);
    expect(saved.body.entry.unpublishedChanges).toBe(true);

    // another department's staff cannot change them
    expect((await psb.put("/api/items/qingxing-bianji/draft", { ...edited, situations: [] })).status).toBe(403);

    // bad situations save as a draft (drafts are lenient) but publishing names each problem and writes nothing
    const bad = { ...edited, situations: [{ ...fen, title: "", item_materials: ["meiyou"], promise_day: 30 }, { id: "fenzhi", title: "重复", materials: [material("shenqingbiao", "申请表")] }] };
    expect((await samr.put("/api/items/qingxing-bianji/draft", bad)).status).toBe(200);
    const refused = await samr.post("/api/items/qingxing-bianji/publish", { changeSummary: "坏情形" });
    expect(refused.status).toBe(400);
    const details = refused.body.error.details as Array<{ pointer: string; message: string }>;
    expect(details.map((d) => d.pointer)).toEqual(expect.arrayContaining([
      "/situations/0/title", "/situations/0/item_materials/0", "/situations/0/promise_day", "/situations/1/id", "/situations/1/materials/0/id",
    ]));
    expect(details).toContainEqual({ pointer: "/situations/0/item_materials/0", message: expect.stringContaining("「meiyou」不是事项的材料") });
    expect((await samr.get("/api/items/qingxing-bianji")).body.versions).toHaveLength(1);

    expect((await samr.put("/api/items/qingxing-bianji/draft", edited)).status).toBe(200);
    const v2 = await samr.post("/api/items/qingxing-bianji/publish", { changeSummary: "增加设立分支机构情形" });
    expect(v2.status).toBe(201);
    const guide = await anon.get("/api/guides/items/qingxing-bianji/situations/fenzhi");
    expect(guide.status).toBe(200);
    expect(guide.body.version).toBe(2);
    expect(guide.body.effective.materials.map((m: { material_name: string }) => m.material_name)).toEqual(["申请表", "总部营业执照"]);
    expect(guide.body.effective).toMatchObject({ promise_day: 3, charges: [{ name: "工本费", standard: "每证 5 元" }] });
    const other = await anon.get("/api/guides/items/qingxing-bianji/situations/xinban");
    expect(other.body.effective.materials.map((m: { id: string }) => m.id)).toEqual(["shenqingbiao", "shenfenzheng"]);
    const item = await anon.get("/api/guides/items/qingxing-bianji");
    expect(item.body.item.situations.map((s: { title: string }) => s.title)).toEqual(["设立分支机构", "新办（个人）"]);

    // deleting a situation removes its guide once published
    expect((await samr.put("/api/items/qingxing-bianji/draft", { ...edited, situations: [fen] })).status).toBe(200);
    expect((await samr.post("/api/items/qingxing-bianji/publish", { changeSummary: "取消新办情形" })).status).toBe(201);
    expect((await anon.get("/api/guides/items/qingxing-bianji/situations/xinban")).status).toBe(404);
  });
});
