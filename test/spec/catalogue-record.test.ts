// Catalogue records: a draft needs only id, name and department; publishing needs every element and names each missing
// one by pointer in Chinese; situations (情形) are checked against their item and applied to it for their guide page.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkPublishable, draftColumns, draftHasForm, ItemDraftSchema, publishDocument, type ItemDraft } from "../../spec/catalogue/record.js";
import { effectiveSituation } from "../../spec/catalogue/situation.js";
import { draftsToRows, rowsToDrafts } from "../../spec/catalogue/rows.js";
import { ItemSchema, type Item } from "../../spec/item.js";

// The built-in company registration item, wherever the templates keep it (catalogue folder or a one-thing's items).
const TEMPLATE = ["templates/catalogue/items/company-registration.json", "templates/qiye-kaiban/items/01-company-registration.json"].find((f) => existsSync(f))!;
const template = (): Item => ItemSchema.parse(JSON.parse(readFileSync(TEMPLATE, "utf8")));

describe("ItemDraftSchema", () => {
  it("accepts a draft with only id, name and department, keeping whatever else is filled in", () => {
    const d = ItemDraftSchema.parse({ id: "ga-x", task_name: " 企业投资项目备案 ", department: "ga-qjxj", task_type: "10", anything: 1 });
    expect(d).toMatchObject({ task_name: "企业投资项目备案", task_type: "10", anything: 1 });
  });
  it("refuses a draft without those three, naming each", () => {
    const r = ItemDraftSchema.safeParse({ task_name: "" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("/")).sort()).toEqual(["department", "id", "task_name"]);
  });
});

describe("checkPublishable", () => {
  it("turns a complete draft into the Item of the given version", () => {
    const r = checkPublishable(template() as unknown as ItemDraft, 3);
    expect(r.ok && r.item.version).toBe(3);
    expect(r.ok && r.item.situations).toEqual([]);
  });
  it("lists every missing element of a district draft by pointer, named in Chinese and in English", () => {
    const r = checkPublishable({ id: "ga-1", task_name: "养蜂证申领", department: "ga-qnyncj", task_type: "20", task_code: "511X" }, 1);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const by = Object.fromEntries(r.problems.map((p) => [p.pointer, p.message]));
    expect(Object.keys(by)).toEqual(expect.arrayContaining(["/by_law", "/dept_name", "/anticipate_day", "/promise_day", "/project_type", "/serve_type", "/handle_type", "/form"]));
    expect(by["/by_law"]).toEqual({ zh: "未填写设定依据", en: "Legal basis is not filled in" });
    expect(by["/project_type"]).toEqual({ zh: "未选择办件类型", en: "Case type is not chosen" });
    expect(by["/serve_type"]).toEqual({ zh: "未选择服务对象", en: "Audience is not chosen" });
  });
  it("never reports a problem for a pointer the document does not have a parent for", () => {
    fc.assert(fc.property(fc.record({ by_law: fc.option(fc.string(), { nil: undefined }), promise_day: fc.option(fc.integer({ min: -5, max: 50 }), { nil: undefined }) }), (extra) => {
      const r = checkPublishable({ id: "x", task_name: "名称", department: "samr", ...extra } as ItemDraft, 1);
      expect(r.ok).toBe(false);
      if (!r.ok) for (const p of r.problems) expect(p.pointer).toMatch(/^\/[a-z_]+/);
    }));
  });
  it("publishes the draft's elements with the format markers and the version", () => {
    expect(publishDocument({ id: "a", task_name: "n", department: "samr", version: 9 } as ItemDraft, 2)).toMatchObject({ schemaVersion: 1, kind: "item", version: 2 });
  });
});

describe("situations", () => {
  const base = () => template();
  it("checks situation ids, material ids and limits against the item", () => {
    const item = base();
    const doc = {
      ...item,
      situations: [
        { id: "a", title: "设立分公司", materials: [{ id: item.materials[0]!.id, material_name: "重复", necessity: "必要", source_type: "10" }] },
        { id: "a", title: "重复情形", promise_day: item.anticipate_day + 1 },
      ],
    };
    const r = ItemSchema.safeParse(doc);
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("/"));
    expect(paths).toEqual(expect.arrayContaining(["situations/0/materials/0/id", "situations/1/id", "situations/1/promise_day"]));
  });
  it("applies a situation: its materials added to the item's, its limits, conditions and fees replacing the item's", () => {
    const item = ItemSchema.parse({
      ...base(),
      situations: [{ id: "fen", title: "设立分公司", accept_condition: "总公司已登记", promise_day: 1, materials: [{ id: "zong-yingye", material_name: "总公司营业执照", necessity: "必要", source_type: "20" }] }],
    });
    const e = effectiveSituation(item, "fen")!;
    expect(e.materials.map((m) => m.id)).toEqual([...item.materials.map((m) => m.id), "zong-yingye"]);
    expect(e).toMatchObject({ accept_condition: "总公司已登记", promise_day: 1, anticipate_day: item.anticipate_day, charges: item.charges });
    expect(effectiveSituation(item, "nope")).toBeUndefined();
  });
  it("applies only the item's materials a situation picks, in the item's order, and refuses one the item does not have", () => {
    const item = base();
    const ids = item.materials.map((m) => m.id);
    expect(ids.length).toBeGreaterThan(1);
    const picked = ItemSchema.parse({ ...item, situations: [{ id: "fen", title: "设立分公司", item_materials: [ids[1]!, ids[0]!] }] });
    expect(effectiveSituation(picked, "fen")!.materials.map((m) => m.id)).toEqual([ids[0], ids[1]]);
    const none = ItemSchema.parse({ ...item, situations: [{ id: "fen", title: "设立分公司", item_materials: [] }] });
    expect(effectiveSituation(none, "fen")!.materials).toEqual([]);
    const r = ItemSchema.safeParse({ ...item, situations: [{ id: "fen", title: "设立分公司", item_materials: [ids[0]!, "meiyou"] }] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join("/"), i.message])).toEqual([["situations/0/item_materials/1", expect.stringContaining("「meiyou」不是事项的材料")]]);
  });
  it("keeps the item's materials a situation picks through the workbook (export, then import)", () => {
    const item = base();
    const situations = [{ id: "fen", title: "设立分公司", item_materials: [item.materials[0]!.id], materials: [] }, { id: "xin", title: "新办", materials: [] }];
    const r = rowsToDrafts(draftsToRows([{ ...item, situations }]), { departments: [{ id: item.department, name: item.dept_name ?? item.department }] });
    expect(r.problems.filter((p) => p.level === "error")).toEqual([]);
    expect((r.items[0]!.draft.situations as Array<Record<string, unknown>>).map((s) => s.item_materials)).toEqual([[item.materials[0]!.id], undefined]);
  });
});

describe("draftColumns", () => {
  it("mirrors only well-typed values into the search columns", () => {
    const c = draftColumns({ id: "a", task_name: "区经信局备案", department: "samr", task_code: " 511A ", serve_type: ["2", 3 as never, "1", "2"], online_level: 4 as never } as ItemDraft);
    expect(c).toEqual({ code: "511A", name: "区经信局备案", nameInitials: "qjxjba", department: "samr", taskType: null, serveType: ["1", "2"], onlineLevel: null, crossScope: null, hasForm: false });
    expect(draftHasForm({ form: { schema: { type: "object", properties: { a: {} } } } })).toBe(true);
    expect(draftHasForm({ form: { schema: { type: "object", properties: {} } } })).toBe(false);
  });
});
