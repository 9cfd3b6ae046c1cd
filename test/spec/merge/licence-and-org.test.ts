// Enterprise forms: a sector act's 经营范围 (a filing's, a designation's, one filled from a catalogue) stays with its
// form; a section a generic word heads that holds the organisation's name is the enterprise; the address of the
// establishment a form names ("X名称" as the company's name) is where the business is run; 18 characters do not
// contradict a credit code. None of these forms is in the evaluation sets.
import { describe, expect, it } from "vitest";
import { bindForm } from "../../../spec/binding/index.js";
import { mergeForms, type MergeSource } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
const src = (id: string, title: string, properties: Record<string, unknown>): MergeSource =>
  ({ id, title, audience: "enterprise", form: { schema: { type: "object", title, properties } } });
const ownerOf = (r: ReturnType<typeof mergeForms>, item: string, pointer: string) => Object.entries(r.form.provenance).find(([, refs]) => refs.some((x) => x.item === item && x.pointer === pointer))?.[0];
const p = (...keys: string[]) => keys.map((k) => `/properties/${k}`).join("");

const forms = [
  src("djz", "个体工商户登记（备案）申请书", { mc: s("名称"), xydm: s("统一社会信用代码"), jyfw: s("经营范围"), jycs: s("经营场所") }),
  src("ws", "公共场所卫生许可证申请表", { qymc: s("单位名称"), jyfw: s("经营范围"), dz: s("地址") }),
  src("ba", "第一类医疗器械生产备案表", { d1: s("企业名称"), d2: s("统一社会信用代码", { minLength: 18, maxLength: 18 }), d3: s("生产范围"), d4: s("经营范围") }),
  src("mz", "殡仪服务机构申请表", { fw: s("经营范围（按《服务项目目录》填写代码）"), xx: sec("申请人信息", { sqrmc: s("申请人名称"), xydm: s("社会信用代码"), zs: s("住所"), fr: s("法定代表人") }) }),
  src("dd", "医疗保障定点门诊申请表", { mzmc: s("门诊名称"), mzdz: s("门诊地址"), xydm: s("统一社会信用代码") }),
];

describe("licence-specific data and the organisation's own data", () => {
  it("a sector act's 经营范围 never merges by label with the business licence's, the business registration's stays general", () => {
    const r = mergeForms(forms, {});
    const licence = ownerOf(r, "djz", p("jyfw"))!;
    for (const [item, ptr] of [["ws", p("jyfw")], ["ba", p("d4")], ["mz", p("fw")]] as const) expect(ownerOf(r, item, ptr)).not.toBe(licence);
    expect(ownerOf(r, "ba", p("d4"))).not.toBe(ownerOf(r, "ws", p("jyfw")));
  });
  it("a section headed 申请人 that holds the organisation's name and credit code is the enterprise", () => {
    const b = bindForm(forms[3]!.form, { audience: "enterprise", title: forms[3]!.title });
    expect(b.fields.find((f) => f.pointer === p("xx", "sqrmc"))!.role).toBe("enterprise");
    expect(b.fields.find((f) => f.pointer === p("xx", "zs"))!.role).toBe("enterprise");
    expect(b.fields.find((f) => f.pointer === p("xx", "fr"))!.role).toBe("legalRep");
    const r = mergeForms(forms);
    expect(ownerOf(r, "mz", p("xx", "xydm"))).toBe(ownerOf(r, "djz", p("xydm")));
  });
  it("18 characters fit a credit code: 统一社会信用代码 of length 18 merges automatically", () => {
    const b = bindForm(forms[2]!.form, { audience: "enterprise", title: forms[2]!.title });
    const d2 = b.fields.find((f) => f.pointer === p("d2"))!;
    expect(d2.element).toBe("uscc");
    expect(d2.confidence).toBeGreaterThanOrEqual(0.85);
    expect(d2.reason.zh).toContain("相容");
  });
  it("the address of the establishment the form names is where the business is run; 单位地址 is not", () => {
    const b = bindForm(forms[4]!.form, { audience: "enterprise", title: forms[4]!.title });
    const mzdz = b.fields.find((f) => f.pointer === p("mzdz"))!;
    expect(mzdz.element).toBe("premises");
    expect(mzdz.reason.zh).toContain("门诊名称");
    const unit = bindForm({ schema: { type: "object", properties: { mc: s("单位名称"), dz: s("单位地址") } } }, { audience: "enterprise" });
    expect(unit.fields.find((f) => f.pointer === p("dz"))!.element).not.toBe("premises");
    const r = mergeForms(forms);
    expect(ownerOf(r, "dd", p("mzdz"))).toBe(ownerOf(r, "djz", p("jycs")));
  });
});
