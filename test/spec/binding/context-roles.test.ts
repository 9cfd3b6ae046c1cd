// Personal data outside any section of a form that names one person by what they do here (参保人, 申领人) are that
// person's; a person who does not apply (逝者), a helper, or data any party may give (a bank account) keep the
// applicant guess; a transfer's party from the form's title (财产转让所得 → seller, 契税 → buyer). Also the disability
// certificate's evidence and the real-property and disability elements.
import { describe, expect, it } from "vitest";
import { bindForm } from "../../../spec/binding/bind.js";
import { schemaEvidence } from "../../../spec/binding/evidence.js";
import { mergeForms } from "../../../spec/merge/index.js";

const str = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const person = (title: string) => ({ type: "object", title, properties: { xm: str("姓名"), sfzh: str("身份证号码") } });
const roleOf = (schema: unknown, key: string) => bindForm({ schema }, { audience: "person" }).fields.find((f) => f.pointer === `/properties/${key}`);

describe("the one person a form names", () => {
  it("takes the form's un-sectioned personal data when named by a generic role", () => {
    const b = roleOf({ type: "object", properties: { cbr: person("参保人"), jbr: person("经办人"), cjrzh: str("残疾人证编号"), zh: str("银行账号") } }, "cjrzh");
    expect(b?.role).toBe("insured");
    expect(b?.reason.zh).toContain("本表只问一个人「参保人」");
    expect(b?.reason.en).toContain("Role insured: in no person's section, and this form asks about one person only, the insured");
    expect(roleOf({ type: "object", properties: { cbr: person("参保人"), zh: str("银行账号") } }, "zh")?.role).toBe("applicant");
  });

  it("leaves them to the applicant when that person does not apply or two people are named", () => {
    expect(roleOf({ type: "object", properties: { sz: person("逝者"), cjrzh: str("残疾人证号") } }, "cjrzh")?.role).toBe("applicant");
    expect(roleOf({ type: "object", properties: { cbr: person("参保人"), slr: person("申领人"), cjrzh: str("残疾人证号") } }, "cjrzh")?.role).toBe("applicant");
  });
});

describe("disability and real-property elements", () => {
  it("reads a second-generation disability certificate number from its pattern", () => {
    expect(schemaEvidence({ type: "string", pattern: "^[0-9]{17}[0-9X][1-7][1-4](B[1-9])?$" })?.key).toBe("disabilityCertNo");
    expect(schemaEvidence({ type: "string", pattern: "^[0-9]{17}[0-9X]$" })?.key).toBe("idNumber");
  });

  it("merges 建筑面积, 不动产单元号 and 成交价格 / 合同总价 of two forms, and 残疾类别 worded 视力 / 视力残疾", () => {
    const house = (a: string, b: string, c: string) => ({ type: "object", properties: { fw: { type: "object", title: "房屋情况", properties: { mj: { type: "number", title: a }, dyh: str(b), jg: { type: "number", title: c } } } } });
    const { form } = mergeForms([
      { id: "a", form: { schema: house("建筑面积（平方米）", "不动产单元号", "成交价格（元）") } },
      { id: "b", form: { schema: house("房屋建筑面积", "不动产单元代码", "合同总价（元）") } },
    ]);
    const joined = Object.values(form.provenance).filter((refs) => refs.length === 2).map((refs) => refs.map((r) => r.pointer.split("/").pop()).join("+"));
    expect(joined.sort()).toEqual(["dyh+dyh", "jg+jg", "mj+mj"]);
    const cat = (values: string[]) => ({ type: "object", properties: { sqr: { type: "object", title: "申请人", properties: { xm: str("姓名"), cjlb: str("残疾类别", { enum: values }) } } } });
    const r = mergeForms([{ id: "a", form: { schema: cat(["视力残疾", "听力残疾"]) } }, { id: "b", form: { schema: cat(["视力", "听力"]) } }]);
    const refs = Object.entries(r.form.provenance).find(([p]) => p.endsWith("/disabilityCategory"))?.[1];
    expect(refs?.find((x) => x.item === "b")?.values).toEqual({ 视力残疾: "视力", 听力残疾: "听力" });
  });
});

describe("a transfer's party from the form's title", () => {
  const flat = { type: "object", properties: { nsrxm: str("纳税人姓名"), nsrsfzh: str("纳税人身份证件号码") } };
  const roleIn = (title: string) => bindForm({ schema: { ...flat, title } }, { audience: "person" }).fields[0]!;

  it("makes the taxpayer of a return on 财产转让所得 the seller and of a 契税 return the buyer", () => {
    const seller = roleIn("个人所得税自行纳税申报表（财产转让所得）");
    expect(seller.role).toBe("seller");
    expect(seller.reason.zh).toContain("转让财产的一方");
    expect(seller.reason.en).toContain("filed by the party who transferred the property");
    expect(roleIn("契税纳税申报表").role).toBe("buyer");
  });

  it("leaves the taxpayer alone when the title names no transfer or the form already has a seller", () => {
    expect(roleIn("个人所得税自行纳税申报表（经营所得）").role).toBe("taxpayer");
    const both = { type: "object", title: "契税纳税申报表", properties: { zrf: { type: "object", title: "转让方", properties: { xm: str("姓名") } }, nsrxm: str("纳税人姓名") } };
    expect(bindForm({ schema: both }, { audience: "person" }).fields.find((f) => f.pointer === "/properties/nsrxm")?.role).toBe("taxpayer");
  });
});

describe("a label's prefix inside a section named by a generic role (tryout 8, #5)", () => {
  const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
  const bind = (properties: Record<string, unknown>) => bindForm({ schema: { type: "object", properties } }, { audience: "person" }).fields;

  it("职工姓名 in 申请人's section is the applicant's name: the prefix only says who the applicant is", () => {
    const f = bind({ sqr: sec("申请人信息", { xm: str("职工姓名"), sfzh: str("职工身份证号码"), dh: str("联系电话") }) });
    expect(f.map((x) => x.role)).toEqual(["applicant", "applicant", "applicant"]);
    expect(f[0]!.reason.zh).toContain("标题前缀「职工」只说明所在分组的「申请人」是什么人");
    expect(f[0]!.reason.en).toContain("the label's prefix employee only says who the section's applicant is");
  });

  it("keeps the prefix's person apart when the section also asks the same datum plainly, or the prefix is a helper or an officer", () => {
    const two = bind({ sqr: sec("申请人信息", { xm: str("姓名"), zgxm: str("职工姓名"), sfzh: str("身份证号码") }) });
    expect(two.map((x) => x.role)).toEqual(["applicant", "employee", "applicant"]);
    expect(bind({ sqr: sec("申请人", { xm: str("经办人姓名"), dh: str("联系电话") }) })[0]!.role).toBe("agent");
    expect(bind({ sqr: sec("申请人", { xm: str("法定代表人姓名"), dh: str("联系电话") }) })[0]!.role).toBe("legalRep");
  });

  it("a section named by a specific role keeps a prefix that names another person", () => {
    expect(bind({ zg: sec("职工信息", { xm: str("申请人姓名"), sfzh: str("身份证号码") }) })[0]!.role).toBe("applicant");
  });

  it("merges the applicant's name of a form that calls them 职工 with the applicant of another form", () => {
    const { form } = mergeForms([
      { id: "a", form: { schema: { type: "object", title: "住房公积金提取申请表", properties: { sqr: sec("申请人信息", { xm: str("职工姓名"), sfzh: str("职工身份证号码"), dh: str("联系电话") }) } } } },
      { id: "b", form: { schema: { type: "object", title: "租赁住房备案表", properties: { sqr: sec("申请人", { xm: str("姓名"), sfzh: str("身份证号码"), dh: str("联系电话") }) } } } },
    ], {});
    expect(Object.values(form.provenance).map((r) => r.length)).toEqual([2, 2, 2]);
  });
});
