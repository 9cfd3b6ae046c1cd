// Data elements of a veteran's service and an internet café's venue (issue 11), and data a form asks outside its
// person's section under the form's own word for that person: they bind by the national forms' wording and merge
// across departments' words, never with the data the truth of those forms keeps apart.
import { describe, expect, it } from "vitest";
import { mergeForms, type MergeSource } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const d = (title: string) => s(title, { format: "date" });
const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
const src = (id: string, properties: Record<string, unknown>, title?: string, audience: "person" | "enterprise" = "person"): MergeSource =>
  ({ id, title, audience, form: { schema: { type: "object", properties } } });
const person = () => ({ xm: s("姓名"), zjhm: s("身份证号码", { pattern: "^[0-9]{17}[0-9Xx]$" }) });
/** The source fields ("item#pointer") merged with the given one. */
const mergedWith = (r: ReturnType<typeof mergeForms>, item: string, pointer: string) =>
  Object.values(r.form.provenance).find((refs) => refs.some((x) => x.item === item && x.pointer === pointer))!.map((x) => `${x.item}#${x.pointer}`).sort();

describe("a veteran's service data", () => {
  const forms = [
    src("xxcj", { ...person(), rwsj: d("入伍时间"), tysj: d("退出现役时间"), ybdw: s("原服役部队") }, "退役军人信息采集表"),
    src("sbjx", { cbr: sec("参保人基本信息", person()), c6: s("原部队（转出单位）"), c7: d("参军时间"), c8: d("退役时间") }, "军人退役基本养老保险关系转移接续申请表"),
    src("hkdj", { sqr: sec("申请人", { ...person(), fwcs: s("服務處所") }), zxhkrq: d("原注销户口日期"), tyzh: s("退出现役证编号") }, "恢复户口登记申请表（退役士兵）"),
  ];
  const r = mergeForms(forms);

  it("merges 入伍时间 / 参军时间, 退出现役时间 / 退役时间 and 原服役部队 / 原部队 of the one veteran, each with its reason", () => {
    expect(mergedWith(r, "xxcj", "/properties/rwsj")).toEqual(["sbjx#/properties/c7", "xxcj#/properties/rwsj"]);
    expect(mergedWith(r, "xxcj", "/properties/tysj")).toEqual(["sbjx#/properties/c8", "xxcj#/properties/tysj"]);
    expect(mergedWith(r, "xxcj", "/properties/ybdw")).toEqual(["sbjx#/properties/c6", "xxcj#/properties/ybdw"]);
    const c7 = r.bindings.sbjx!.find((b) => b.pointer === "/properties/c7")!;
    expect(c7).toMatchObject({ role: "applicant", element: "enlistmentDate" });
    expect(c7.reason.zh).toContain("参军时间");
    expect(c7.reason.zh).toContain("同一人");
  });

  it("keeps apart what is another datum: the enlistment from the discharge, the hukou's 注销 date, the current workplace, the certificate", () => {
    expect(mergedWith(r, "hkdj", "/properties/zxhkrq")).toEqual(["hkdj#/properties/zxhkrq"]);
    expect(mergedWith(r, "hkdj", "/properties/sqr/properties/fwcs")).toEqual(["hkdj#/properties/sqr/properties/fwcs"]);
    expect(mergedWith(r, "hkdj", "/properties/tyzh")).toEqual(["hkdj#/properties/tyzh"]);
    expect(r.bindings.hkdj!.find((b) => b.pointer === "/properties/tyzh")!.element).toBe("dischargeCertNo");
  });
});

describe("the form's word for its one person, outside that person's section", () => {
  it("a top-level 残疾人证编号 of the 参保人 form is the disabled applicant's, merged with the other forms' 残疾人证号", () => {
    const r = mergeForms([
      src("cjrz", { sqr: sec("申请人", { ...person(), cjrzh: s("残疾人证号") }) }, "残疾人两项补贴申请表"),
      src("ybcb", { cbr: sec("参保人", person()), cjrzh: s("残疾人证编号"), jbr: sec("经办人", person()) }, "城乡居民基本医疗保险参保登记表"),
    ]);
    expect(mergedWith(r, "ybcb", "/properties/cjrzh")).toEqual(["cjrz#/properties/sqr/properties/cjrzh", "ybcb#/properties/cjrzh"]);
    expect(r.bindings.ybcb!.find((b) => b.pointer === "/properties/cjrzh")!.reason.zh).toContain("「参保人」就是各表单都只问的那个人");
    // The helper's section is another person and stays apart.
    expect(mergedWith(r, "ybcb", "/properties/jbr/properties/xm")).toEqual(["ybcb#/properties/jbr/properties/xm"]);
  });
});

describe("an internet café's computers", () => {
  it("计算机台数 and 上网终端数量 are one datum of the venue, never its floor area", () => {
    const r = mergeForms([
      src("swxk", { mc: s("企业名称"), jsjts: { type: "integer", title: "计算机台数（台）" } }, "互联网上网服务营业场所经营单位设立申请表", "enterprise"),
      src("wajc", { mc: s("单位名称"), zdsl: { type: "integer", title: "上网终端数量（台）" }, mj: { type: "number", title: "建筑面积（㎡）" } }, "信息网络安全审核申请表", "enterprise"),
    ]);
    expect(mergedWith(r, "swxk", "/properties/jsjts")).toEqual(["swxk#/properties/jsjts", "wajc#/properties/zdsl"]);
    expect(mergedWith(r, "wajc", "/properties/mj")).toEqual(["wajc#/properties/mj"]);
  });
});

describe("one unemployed person across three forms (tryout #4, #5)", () => {
  const forms = [
    src("gjj", {
      tqr: sec("缴存职工", { xm: s("职工姓名"), zjhm: s("证件号码", { pattern: "^[0-9]{17}[0-9Xx]$" }), sj: s("手机号码") }),
      hyzk: s("婚姻状况", { enum: ["未婚", "已婚", "离婚", "丧偶"] }),
      skzh: sec("收款账户", { khh: s("开户行"), zh: s("银行卡号") }),
      po: sec("配偶信息", { xm: s("配偶姓名"), zjhm: s("配偶证件号码") }),
    }, "住房公积金提取申请表（失业）"),
    src("syj", {
      xm: s("申领人姓名"), sfzh: s("身份证号码", { pattern: "^[0-9]{17}[0-9Xx]$" }), sj: s("手机号码"),
      dw: sec("原参保单位", { mc: s("单位名称"), xydm: s("统一社会信用代码"), jfys: { type: "integer", title: "累计缴费时间（月）" } }),
      yh: sec("银行账户", { khyh: s("开户银行"), zh: s("银行账号") }),
    }, "失业保险金申领登记表"),
    src("sydj", { br: sec("本人情况", { ...person(), lxdh: s("联系电话") }) }, "失业登记表"),
  ];
  const r = mergeForms(forms);
  const sections = Object.keys(r.form.schema.properties as object);

  it("is one person section: the data a form left to a default 申请人 (婚姻状况, the bank account) follow the person", () => {
    const name = mergedWith(r, "gjj", "/properties/tqr/properties/xm");
    expect(name).toEqual(["gjj#/properties/tqr/properties/xm", "sydj#/properties/br/properties/xm", "syj#/properties/xm"]);
    const personSection = Object.entries(r.form.provenance).find(([, refs]) => refs.some((x) => x.pointer === "/properties/tqr/properties/xm"))![0].split("/")[2];
    expect(mergedWith(r, "gjj", "/properties/skzh/properties/zh")).toEqual(["gjj#/properties/skzh/properties/zh", "syj#/properties/yh/properties/zh"]);
    expect(Object.keys(r.form.provenance).find((p) => r.form.provenance[p]!.some((x) => x.pointer === "/properties/hyzk"))!.split("/")[2]).toBe(personSection);
    expect(sections).not.toContain("applicant");
    // The spouse has a name: another person, kept apart.
    expect(mergedWith(r, "gjj", "/properties/po/properties/xm")).toEqual(["gjj#/properties/po/properties/xm"]);
  });

  it("the 原参保单位's name is the person's 工作单位 when another form asks it (原工作单位), with a reason saying so", () => {
    const withEmployer = mergeForms([...forms.slice(0, 2), src("sydj", { br: sec("本人情况", { ...person(), lxdh: s("联系电话") }), ysydw: sec("原就业情况", { dwmc: s("原工作单位") }) }, "失业登记表")]);
    expect(mergedWith(withEmployer, "syj", "/properties/dw/properties/mc")).toEqual(["sydj#/properties/ysydw/properties/dwmc", "syj#/properties/dw/properties/mc"]);
    expect(withEmployer.bindings.syj!.find((b) => b.pointer === "/properties/dw/properties/mc")!.reason.zh).toContain("分组「原参保单位」的单位名称是此人的工作单位");
  });

  it("keeps the former employer whole: its name and credit code stay in 原参保单位 with its other fields", () => {
    expect(sections).not.toContain("enterprise");
    const at = (pointer: string) => Object.entries(r.form.provenance).find(([, refs]) => refs.some((x) => x.item === "syj" && x.pointer === pointer))![0];
    const parent = (p: string) => p.split("/properties/").slice(0, -1).join("/properties/");
    expect(parent(at("/properties/dw/properties/xydm"))).toBe(parent(at("/properties/dw/properties/jfys")));
    expect(parent(at("/properties/dw/properties/mc"))).toBe(parent(at("/properties/dw/properties/jfys")));
  });
});

describe("the end of a job and what an application applies for", () => {
  it("解除（终止）劳动合同日期 and 解除/终止劳动关系日期, 失业原因 and 中断就业原因 are the case's, wherever a form puts them; a contract's term end is not", () => {
    const r = mergeForms([
      src("sydj", { br: sec("本人情况", person()), ysydw: sec("原就业情况", { jcrq: d("解除（终止）劳动合同日期"), sylx: s("失业原因") }) }, "失业登记表"),
      src("syj", { xm: s("申领人姓名"), sfzh: s("身份证号码"), dw: sec("原参保单位", { mc: s("单位名称"), c11: d("解除/终止劳动关系日期"), c21: s("中断就业原因"), zz: d("劳动合同终止日期") }) }, "失业保险金申领登记表"),
    ]);
    expect(mergedWith(r, "sydj", "/properties/ysydw/properties/jcrq")).toEqual(["sydj#/properties/ysydw/properties/jcrq", "syj#/properties/dw/properties/c11"]);
    expect(mergedWith(r, "sydj", "/properties/ysydw/properties/sylx")).toEqual(["sydj#/properties/ysydw/properties/sylx", "syj#/properties/dw/properties/c21"]);
    expect(mergedWith(r, "syj", "/properties/dw/properties/zz")).toEqual(["syj#/properties/dw/properties/zz"]);
  });

  it("申请残疾类别 is the 残疾类别 applied for, with a reason saying so; 申请日期 stays the application's date", () => {
    const r = mergeForms([src("cjrz", { sqr: sec("申请人", person()), cjlb: s("申请残疾类别"), sqrq: d("申请日期") }, "残疾人证申请表")]);
    const b = r.bindings.cjrz!.find((x) => x.pointer === "/properties/cjlb")!;
    expect(b.element).toBe("disabilityCategory");
    expect(b.reason.zh).toContain("本次申请所申请的「残疾类别」");
    expect(r.bindings.cjrz!.find((x) => x.pointer === "/properties/sqrq")!.element).toBe("declarationDate");
  });
});
