// Wording evidence beyond a label's main words: bracketed notes that name the datum or the person, alternatives
// (姓名/名称), 名称 of a person, address wording (场所地址, a permit's 地址), ambiguous words at the end of a longer label,
// the case's vehicle and contract data, and a field whose role only the form's title gave following the other forms.
import { describe, expect, it } from "vitest";
import { bindForm } from "../../../spec/binding/index.js";
import { mergeForms } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
const form = (properties: Record<string, unknown>, title?: string) => ({ schema: { type: "object", ...(title ? { title } : {}), properties } });
const at = (f: ReturnType<typeof bindForm>, p: string) => f.fields.find((x) => x.pointer === p)!;
const merged = (r: ReturnType<typeof mergeForms>, a: string, b: string) => Object.values(r.form.provenance).some((refs) => {
  const keys = refs.map((x) => `${x.item}#${x.pointer}`);
  return keys.includes(a) && keys.includes(b);
});

describe("bracketed notes", () => {
  it("a note names the datum of the role before it: 申请人（企业名称） is the enterprise's name", () => {
    const b = bindForm(form({ sqr: s("申请人（企业名称）"), ckr: s("存款人（旅行社名称）"), xydm: s("统一社会信用代码") }), { audience: "enterprise" });
    expect(at(b, "/properties/sqr")).toMatchObject({ role: "enterprise", element: "entName" });
    expect(at(b, "/properties/ckr")).toMatchObject({ role: "enterprise", element: "entName" });
    expect(at(b, "/properties/sqr").confidence).toBeGreaterThanOrEqual(0.85);
    expect(at(b, "/properties/sqr").reason.zh).toContain("括注");
  });
  it("a note to words that are not a role is an example, not the datum", () => {
    const b = bindForm(form({ bgyj: s("变更依据（结婚证字号）") }), { audience: "person" });
    expect(at(b, "/properties/bgyj").element).toBeUndefined();
  });
  it("a section's note that is a role says who the person is", () => {
    const b = bindForm(form({ bzmr: sec("被核验人（儿童）", { xm: s("姓名"), hk: s("户口所在地") }) }), { audience: "person" });
    expect(at(b, "/properties/bzmr/properties/xm")).toMatchObject({ role: "child", element: "name" });
    expect(at(b, "/properties/bzmr/properties/hk").confidence).toBeGreaterThanOrEqual(0.85);
  });
});

describe("名称 of a person or an organisation", () => {
  it("姓名/名称 is the person's 姓名 in a person's form and the 名称 in an enterprise's", () => {
    const p = bindForm(form({ syr: sec("机动车所有人", { xm: s("姓名/名称"), hm: s("身份证明号码") }) }), { audience: "person" });
    expect(at(p, "/properties/syr/properties/xm").element).toBe("name");
    expect(at(p, "/properties/syr/properties/hm").element).toBe("idNumber");
    const e = bindForm(form({ mc: s("姓名/名称"), xydm: s("统一社会信用代码") }), { audience: "enterprise" });
    expect(at(e, "/properties/mc").element).toBe("entName");
  });
  it("纳税人名称 beside the taxpayer's ID number is the taxpayer's name; in a company's form it stays the company's", () => {
    const p = bindForm(form({ a1: s("纳税人名称"), a2: s("纳税人身份证件号码") }), { audience: "person" });
    expect(at(p, "/properties/a1")).toMatchObject({ role: "taxpayer", element: "name" });
    expect(at(p, "/properties/a2")).toMatchObject({ role: "taxpayer", element: "idNumber" });
    const e = bindForm(form({ a1: s("纳税人名称"), a2: s("纳税人识别号") }), { audience: "enterprise" });
    expect(at(e, "/properties/a1")).toMatchObject({ role: "enterprise", element: "entName" });
  });
  it("a 名称 the label says is an organisation's is never a person's name", () => {
    const p = bindForm(form({ sqr: sec("申请人", { dw: s("单位名称"), hm: s("身份证号码") }) }), { audience: "person" });
    expect(at(p, "/properties/sqr/properties/dw").element).toBe("entName");
  });
});

describe("address wording and ambiguous last words", () => {
  it("场所地址 and 经营地点 are the premises; a permit's bare 地址 too, elsewhere it stays a weak 住所", () => {
    const permit = bindForm(form({ mc: s("单位名称"), dz: s("地址"), cs: s("场所地址") }, "公共场所卫生许可证申请书"), { audience: "enterprise" });
    expect(at(permit, "/properties/dz").element).toBe("premises");
    expect(at(permit, "/properties/cs").element).toBe("premises");
    const reg = bindForm(form({ mc: s("单位名称"), dz: s("地址") }, "单位信息登记表"), { audience: "enterprise" });
    expect(at(reg, "/properties/dz").element).toBe("domicile");
    expect(at(reg, "/properties/dz").confidence).toBeLessThan(0.85);
  });
  it("an ambiguous word after unknown words binds nothing: 参加工作日期 is its own element, 验收日期 none", () => {
    const b = bindForm(form({ a: s("参加工作日期", { format: "date" }), b: s("验收日期", { format: "date" }) }), { audience: "person" });
    expect(at(b, "/properties/a").element).toBe("workStartDate");
    expect(at(b, "/properties/b").element).toBeUndefined();
  });
});

describe("the case's vehicle and contract", () => {
  const buyer = { id: "bt", form: form({ b1: s("申请人姓名"), b2: s("申请人身份证号码"), b4: s("新车车辆识别代号"), b5: s("新车发票号码"), b6: s("旧车号牌号码") }, "汽车以旧换新补贴申请表"), audience: "person" as const };
  const reg = { id: "cgs", form: form({ syr: sec("机动车所有人", { xm: s("姓名/名称"), hm: s("身份证明号码") }), cl: sec("车辆信息", { vin: s("车辆识别代号"), hp: s("号牌号码") }) }, "机动车注册登记申请表"), audience: "person" as const };
  const tax = { id: "sw", form: form({ a1: s("纳税人名称"), a2: s("纳税人身份证件号码"), a5: s("车辆识别代号（车架号码）"), a7: s("机动车销售统一发票号码") }, "车辆购置税纳税申报表"), audience: "person" as const };
  it("binds the vehicle's data to the vehicle and the old car's to the old car", () => {
    const b = bindForm(buyer.form, { audience: "person" });
    expect(at(b, "/properties/b4")).toMatchObject({ role: "vehicle", element: "vin" });
    expect(at(b, "/properties/b5")).toMatchObject({ role: "vehicle", element: "vehicleInvoiceNumber" });
    expect(at(b, "/properties/b6")).toMatchObject({ role: "oldVehicle", element: "plateNumber" });
  });
  it("merges the buyer, the VIN and the invoice across forms, never the new car's plate with the old car's", () => {
    const r = mergeForms([buyer, reg, tax]);
    expect(merged(r, "bt#/properties/b4", "cgs#/properties/cl/properties/vin")).toBe(true);
    expect(merged(r, "bt#/properties/b4", "sw#/properties/a5")).toBe(true);
    expect(merged(r, "bt#/properties/b5", "sw#/properties/a7")).toBe(true);
    expect(merged(r, "bt#/properties/b1", "cgs#/properties/syr/properties/xm")).toBe(true);
    expect(merged(r, "bt#/properties/b2", "sw#/properties/a2")).toBe(true);
    expect(merged(r, "bt#/properties/b6", "cgs#/properties/cl/properties/hp")).toBe(false);
  });
  it("a contract's dates are the case's wherever a form puts them", () => {
    const a = { id: "ht", form: form({ jf: sec("甲方（用人单位）", { mc: s("名称") }), qsrq: s("合同起始日期", { format: "date" }) }), audience: "enterprise" as const };
    const b = { id: "jy", form: form({ zy: sec("新招用人员", { xm: s("姓名"), sfzh: s("身份证号"), qs: s("劳动合同起始日期", { format: "date" }) }) }), audience: "enterprise" as const };
    const r = mergeForms([a, b]);
    expect(merged(r, "ht#/properties/qsrq", "jy#/properties/zy/properties/qs")).toBe(true);
  });
});

describe("a role only the form's title gave", () => {
  it("follows the forms that name the same person: 受种者 of a child's form is the child", () => {
    const a = { id: "wjw", form: form({ szz: s("受种者"), csrq: s("出生日期", { format: "date" }) }, "儿童预防接种证查验登记表"), audience: "person" as const };
    const b = { id: "jyj", form: form({ xs: sec("适龄儿童", { xm: s("姓名"), sfzh: s("身份证号"), csrq: s("出生日期", { format: "date" }) }) }), audience: "person" as const };
    const alone = bindForm(a.form, { audience: "person" });
    expect(at(alone, "/properties/szz").confidence).toBeLessThan(0.85);
    const r = mergeForms([a, b]);
    expect(merged(r, "wjw#/properties/szz", "jyj#/properties/xs/properties/xm")).toBe(true);
  });
});
