import { describe, expect, it } from "vitest";
import { bindForm } from "../../../spec/binding/index.js";
import { mergeForms } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const sec = (title: string, properties: Record<string, unknown>, required?: string[]) => ({ type: "object", title, properties, ...(required ? { required } : {}) });
const form = (properties: Record<string, unknown>) => ({ schema: { type: "object", properties } });
const byPointer = (f: ReturnType<typeof bindForm>, p: string) => f.fields.find((x) => x.pointer === p)!;

describe("binding a plain JSON Schema form", () => {
  const imported = bindForm(form({
    mc: s("名称"),
    tyshxydm: s("统一社会信用代码（设立登记不填）"),
    zs: s("住所（省/市/县/乡镇街道/村路社区/门牌）"),
    fddbr: sec("法定代表人信息", { xm: s("姓名"), zjhm: s("身份证件号码"), sj: s("移动电话") }),
    lxr: s("联系人"),
    sb: { type: "array", title: "主要设施设备", items: { type: "object", properties: { mc: s("名称"), sl: { type: "integer", title: "数量" } } } },
    gd: { type: "array", title: "股东（发起人）出资情况", items: { type: "object", properties: { xm: s("股东名称或姓名"), je: { type: "number", title: "认缴出资额" } } } },
  }));

  it("binds every field with a confidence and a readable reason", () => {
    expect(imported.fields).toHaveLength(11);
    for (const f of imported.fields) {
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.reason.zh.length).toBeGreaterThan(5);
      expect(f.reason.en.length).toBeGreaterThan(5);
    }
    expect(byPointer(imported, "/properties/mc")).toMatchObject({ role: "enterprise", element: "entName" });
    expect(byPointer(imported, "/properties/tyshxydm")).toMatchObject({ role: "enterprise", element: "uscc" });
    expect(byPointer(imported, "/properties/zs")).toMatchObject({ role: "enterprise", element: "domicile" });
    const id = byPointer(imported, "/properties/fddbr/properties/zjhm");
    expect(id).toMatchObject({ role: "legalRep", element: "idNumber" });
    expect(id.confidence).toBeGreaterThanOrEqual(0.85);
    expect(id.reason.zh).toContain("法定代表人信息");
  });
  it("a table without a role keeps its columns to itself (equipment 名称 is not the company's name)", () => {
    const col = byPointer(imported, "/properties/sb/items/properties/mc");
    expect(col.role).toBeUndefined();
    expect(col.confidence).toBe(0);
    expect(byPointer(imported, "/properties/gd/items/properties/xm")).toMatchObject({ role: "shareholder", element: "name" });
  });
  it("a label that is only a role means that person's name, with less confidence", () => {
    const f = byPointer(imported, "/properties/lxr");
    expect(f).toMatchObject({ role: "liaison", element: "name" });
    expect(f.confidence).toBeLessThan(0.85);
  });
  it("binds untitled fields by pinyin keys, with a warning that names the pointer", () => {
    const r = bindForm(form({ fddbr: { type: "object", properties: { xm: { type: "string" }, sfzh: { type: "string" } } } }));
    expect(r.fields[0]).toMatchObject({ role: "legalRep", element: "name" });
    expect(r.fields[1]).toMatchObject({ role: "legalRep", element: "idNumber" });
    expect(r.warnings.map((w) => w.pointer)).toContain("/properties/fddbr/properties/xm");
  });
});

describe("traps: similar fields that must not be merged automatically", () => {
  const merged = (a: Record<string, unknown>, b: Record<string, unknown>, all = false) =>
    mergeForms([{ id: "a", form: form(a) }, { id: "b", form: form(b) }], { applySuggestions: all });
  const sourcesOf = (r: ReturnType<typeof merged>, ptr: string) => Object.values(r.form.provenance).find((refs) => refs.some((x) => x.pointer === ptr && x.item === "b"))!;

  it("法定代表人 vs 企业负责人 vs 质量负责人: three people", () => {
    const r = merged(
      { fddbr: sec("法定代表人", { xm: s("姓名"), zjhm: s("身份证件号码") }) },
      { fzr: sec("企业负责人", { xm: s("姓名"), zjhm: s("身份证件号码") }), zl: sec("质量负责人", { xm: s("姓名"), zjhm: s("身份证件号码") }) },
    );
    expect(sourcesOf(r, "/properties/fzr/properties/zjhm")).toHaveLength(1);
    expect(sourcesOf(r, "/properties/zl/properties/zjhm")).toHaveLength(1);
    expect(r.form.provenance["/properties/legalRep/properties/idNumber"]).toEqual([{ item: "a", pointer: "/properties/fddbr/properties/zjhm" }]);
    expect(r.suggestions.some((x) => x.kind === "related-role" && x.sources.some((y) => y.pointer.includes("zl")))).toBe(false);
  });
  it("法定代表人 vs 单位负责人 across forms is a suggestion, applied only when staff accept it (or every suggestion is asked for)", () => {
    const a = { fddbr: sec("法定代表人", { xm: s("姓名") }) }, b = { dwfzr: sec("单位负责人", { xm: s("姓名") }) };
    const auto = merged(a, b);
    expect(Object.keys(auto.form.provenance)).toHaveLength(2);
    expect(auto.suggestions).toHaveLength(1);
    expect(auto.suggestions[0]).toMatchObject({ kind: "related-role", applied: false });
    const staff = merged(a, b, true);
    expect(Object.keys(staff.form.provenance)).toHaveLength(1);
    expect(staff.suggestions[0]!.applied).toBe(true);
    // Staff decide one suggestion at a time, by its stable id.
    const id = auto.suggestions[0]!.id;
    expect(staff.suggestions[0]!.id).toBe(id);
    const accepted = mergeForms([{ id: "a", form: form(a) }, { id: "b", form: form(b) }], { decisions: { [id]: "accept" } });
    expect(Object.keys(accepted.form.provenance)).toHaveLength(1);
    const rejected = mergeForms([{ id: "a", form: form(a) }, { id: "b", form: form(b) }], { decisions: { [id]: "reject" } });
    expect(Object.keys(rejected.form.provenance)).toHaveLength(2);
    expect(rejected.suggestions[0]!.applied).toBe(false);
  });
  it("the business licence's 经营范围 (free text) is not a permit's 经营范围 (pick list)", () => {
    const r = merged({ jyfw: s("经营范围") }, { jyfw: { type: "array", title: "经营范围", items: { type: "string", enum: ["热食类食品制售", "冷食类食品制售"] } } }, true);
    expect(r.bindings.b![0]!.element).toBe("licensedItems");
    expect(Object.keys(r.form.provenance)).toHaveLength(2);
  });
  it("住所 vs 经营场所 stay apart", () => {
    const r = merged({ mc: s("名称"), zs: s("住所") }, { mc: s("企业名称"), jycs: s("经营场所") }, true);
    expect(Object.keys(r.form.provenance).sort()).toEqual(["/properties/enterprise/properties/domicile", "/properties/enterprise/properties/entName", "/properties/enterprise/properties/premises"]);
  });
  it("the applicant's 姓名 and the deceased's 姓名 in the same form stay apart", () => {
    const r = merged({ sqr: sec("申请人", { xm: s("姓名"), sfzh: s("身份证号") }), sz: sec("逝者信息", { xm: s("姓名"), sfzh: s("身份证号") }) }, { sz: sec("死者", { xm: s("姓名") }) }, true);
    expect(r.form.provenance["/properties/deceased/properties/name"]).toHaveLength(2);
    expect(r.form.provenance["/properties/applicant/properties/name"]).toEqual([{ item: "a", pointer: "/properties/sqr/properties/xm" }]);
  });
  it("申报人 vs 领取人 vs 继承人 are three roles, merged with nobody", () => {
    const r = merged({ sbr: sec("申报人", { xm: s("姓名") }), lqr: sec("领取人", { xm: s("姓名") }) }, { jcr: sec("继承人", { xm: s("姓名") }), lzr: sec("领证人", { xm: s("姓名") }) }, true);
    expect(r.form.provenance["/properties/receiver/properties/name"]).toHaveLength(2);
    expect(r.form.provenance["/properties/declarant/properties/name"]).toHaveLength(1);
    expect(r.form.provenance["/properties/heir/properties/name"]).toHaveLength(1);
  });
  it("a top-level 姓名 in an enterprise form has no role and is never merged", () => {
    const r = merged({ mc: s("企业名称"), xm: s("姓名") }, { mc: s("企业名称"), xm2: s("姓名") }, true);
    expect(r.bindings.a![1]!.confidence).toBeLessThan(0.6);
    expect(r.form.provenance["/properties/enterprise/properties/entName"]).toHaveLength(2);
    expect(Object.keys(r.form.provenance).filter((p) => p.endsWith("/xm") || p.endsWith("/xm2"))).toHaveLength(2);
  });
  it("a format that contradicts the label lowers the confidence below automatic merging", () => {
    const r = bindForm(form({ fddbr: sec("法定代表人", { x: s("移动电话", { format: "cn-idcard" }) }) }));
    expect(r.fields[0]!.confidence).toBeLessThan(0.85);
  });
  it("a section named after a person the dictionary does not know is not the enterprise (技术负责人's 联系电话)", () => {
    const r = merged({ mc: s("企业名称"), dh: s("联系电话") }, { mc: s("企业名称"), js: sec("技术负责人", { dh: s("联系电话") }) }, true);
    expect(r.bindings.b![1]!.confidence).toBe(0);
    expect(r.form.provenance["/properties/enterprise/properties/contactPhone"]).toEqual([{ item: "a", pointer: "/properties/dh" }]);
  });
  it("related roles merge all or nothing: a form that has both 经办人 and 联络员 keeps them apart everywhere", () => {
    const r = merged(
      { mc: s("企业名称"), jbr: sec("委托代理人", { xm: s("姓名"), sfzh: s("身份证号") }) },
      { mc: s("企业名称"), lly: sec("联络员信息", { xm: s("姓名"), sfzh: s("身份证号") }), jbr: sec("经办人", { xm: s("姓名") }) },
      false,
    );
    expect(r.form.provenance["/properties/liaison/properties/idNumber"]).toEqual([{ item: "b", pointer: "/properties/lly/properties/sfzh" }]);
    expect(r.form.provenance["/properties/agent/properties/idNumber"]).toEqual([{ item: "a", pointer: "/properties/jbr/properties/sfzh" }]);
    expect(r.suggestions.filter((x) => x.kind === "related-role")).toEqual([]);
  });
  it("two persons the same form asks for separately are never merged on weak evidence (男方 / 女方)", () => {
    const person = { xm: s("姓名"), sfzh: s("身份证号") };
    const r = mergeForms([{ id: "a", form: form({ nf: sec("男方", person), vf: sec("女方", person) }) }, { id: "b", form: form({ nf: sec("男方当事人", person) }) }]);
    expect(r.form.provenance["/properties/groom/properties/idNumber"]).toHaveLength(2);
    expect(r.form.provenance["/properties/bride/properties/idNumber"]).toHaveLength(1);
  });
});
