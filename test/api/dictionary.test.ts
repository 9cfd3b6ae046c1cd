// Dictionary extensions over real HTTP on SQLite and PostgreSQL: staff decisions stored with who and when,
// listed, reverted, exported and imported as JSON, refused with pointers when bad (nothing stored), and applied
// by the next merge — a learnt synonym binds an unknown word, a never-merge pair keeps two parties apart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
// Each form asks about two people (the child and a guardian), so no party is merged on context alone.
const person = { xm: s("姓名"), sfzh: s("身份证号"), csrq: s("出生日期", { format: "date" }) };
const guardian = { type: "object", title: "监护人", properties: { xm: s("姓名"), sfzh: s("身份证号"), dh: s("联系电话") } };
const sources = [
  { id: "wjw", title: "接种证查验登记表", audience: "person", form: { schema: { type: "object", properties: { szz: { type: "object", title: "受种人", properties: person }, jhr: guardian } } } },
  { id: "jyj", title: "入学报名表", audience: "person", form: { schema: { type: "object", properties: { et: { type: "object", title: "儿童", properties: person }, jhr: guardian } } } },
];
const sameField = (r: { body: { provenance: Record<string, Array<{ item: string; pointer: string }>> } }, pointer: string) =>
  Object.values(r.body.provenance).some((refs) => refs.some((x) => x.item === "wjw" && x.pointer === `/properties/szz${pointer}`) && refs.some((x) => x.item === "jyj" && x.pointer === `/properties/et${pointer}`));

describe.each(DIALECTS)("dictionary extensions on %s", (dialect) => {
  let api: ApiServer;
  let designer: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    designer = await loginAs(api.url, "designer");
  });
  afterAll(() => api?.stop());

  it("only staff who design may read or change them", async () => {
    const applicant = await loginAs(api.url, "zhangsan");
    expect((await applicant.get("/api/dictionary/extensions")).status).toBe(403);
    expect((await applicant.post("/api/dictionary/extensions", { extensions: [{ kind: "role-synonym", role: "child", text: "受种人" }] })).status).toBe(403);
  });

  it("a learnt role synonym is stored with who and when, and the next merge applies it", async () => {
    const before = await designer.post("/api/dictionary/merge", { sources });
    expect(before.status).toBe(200);
    expect(sameField(before, "/properties/sfzh")).toBe(false);
    const r = await designer.post("/api/dictionary/extensions", { extensions: [{ kind: "role-synonym", role: "child", text: "受种人" }], source: "accept", note: "接受分组建议「受种人」~「儿童」" });
    expect(r.status).toBe(201);
    expect(r.body.extensions[0]).toMatchObject({ extension: { kind: "role-synonym", role: "child", text: "受种人" }, source: "accept", createdBy: expect.any(String), createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const after = await designer.post("/api/dictionary/merge", { sources });
    expect(sameField(after, "/properties/sfzh")).toBe(true);
    expect(after.body.bindings.wjw[0].reason).toContain("本地数据字典扩展");
    // in the language the request asks for, one language at a time
    const en = await designer.req("POST", "/api/dictionary/merge", { sources }, { "accept-language": "en" });
    expect(en.body.bindings.wjw[0].reason).toContain("this deployment's dictionary extensions");
    expect(en.body.bindings.wjw[0].reason).not.toContain("本地数据字典扩展");
    // the same extension again is stored once
    const again = await designer.post("/api/dictionary/extensions", { extensions: [{ kind: "role-synonym", role: "child", text: "受種人" }] });
    expect(again.body.extensions[0].id).toBe(r.body.extensions[0].id);
    expect((await designer.get("/api/dictionary/extensions")).body.extensions.filter((x: { revertedAt?: string }) => !x.revertedAt)).toHaveLength(1);
  });

  it("a rejected pair never comes back as automatic", async () => {
    const never = await designer.post("/api/dictionary/extensions", { extensions: [{ kind: "never-merge", a: "child", b: "?受种人" }], source: "reject" });
    expect(never.status).toBe(201);
    const list = (await designer.get("/api/dictionary/extensions")).body.extensions as Array<{ id: string; extension: { kind: string } }>;
    const synonym = list.find((x) => x.extension.kind === "role-synonym")!;
    const reverted = await designer.del(`/api/dictionary/extensions/${synonym.id}`);
    expect(reverted.status).toBe(200);
    expect(reverted.body).toMatchObject({ revertedBy: expect.any(String), revertedAt: expect.any(String) });
    expect((await designer.del(`/api/dictionary/extensions/${synonym.id}`)).status).toBe(409);
    expect((await designer.del("/api/dictionary/extensions/nope")).status).toBe(404);
    const merged = await designer.post("/api/dictionary/merge", { sources, applySuggestions: true });
    expect(sameField(merged, "/properties/sfzh")).toBe(false);
    const between = (x: { id: string }) => x.id.includes("wjw#/properties/szz") && x.id.includes("jyj#/properties/et");
    expect(merged.body.suggestions.filter(between)).toEqual([]);
  });

  it("refuses bad extensions with the pointer of each, storing none of the batch", async () => {
    const count = (await designer.get("/api/dictionary/extensions")).body.extensions.length;
    const bad = await designer.post("/api/dictionary/extensions", { extensions: [{ kind: "element-synonym", element: "name", text: "受种人姓名" }, { kind: "element-synonym", element: "nope", text: "x" }, { kind: "role-synonym", role: "child" }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((x: { pointer: string }) => x.pointer)).toEqual(["/extensions/1/element", "/extensions/2/text"]);
    expect(bad.body.error.details[0].message).toBe("数据字典中没有数据元「nope」");
    expect((await designer.get("/api/dictionary/extensions")).body.extensions).toHaveLength(count);
  });

  it("exports the active extensions as JSON and imports them into another deployment", async () => {
    const exported = await designer.get("/api/dictionary/extensions/export");
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toContain("dictionary-extensions.json");
    expect(exported.body).toMatchObject({ format: "yijian-dictionary-extensions", version: 1 });
    expect(exported.body.extensions).toEqual([expect.objectContaining({ kind: "never-merge", a: "child", b: "?受种人", source: "reject" })]);
    const other = await startApi(dialect);
    try {
      const district = await loginAs(other.url, "designer");
      const imported = await district.post("/api/dictionary/extensions/import", exported.body);
      expect(imported.status).toBe(201);
      expect(imported.body.extensions[0]).toMatchObject({ source: "import", extension: { kind: "never-merge" } });
      expect(imported.body.extensions[0].note).toContain("导入");
      expect((await district.post("/api/dictionary/extensions/import", { format: "other", version: 1, extensions: [] })).status).toBe(400);
    } finally {
      await other.stop();
    }
  });

  it("a merge of unusable forms is a 400 naming the form and the pointer", async () => {
    const r = await designer.post("/api/dictionary/merge", { sources: [{ id: "a", form: { schema: { type: "object", properties: { x: { $ref: "#/nope" } } } } }] });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].pointer).toBe("/sources/0/form/schema/properties/x/$ref");
  });
});
