// Binding from evidence: wording normalised (全角/半角, 繁體, quotes), elements from patterns, enums and lengths,
// roles from what a section holds, from a role named inside its title, from the form's title, and open roles
// for person words the dictionary does not know — each with a reason that names the evidence.
import { describe, expect, it } from "vitest";
import { bindForm, normalizeWording, schemaEvidence } from "../../../spec/binding/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
const form = (properties: Record<string, unknown>, title?: string) => ({ schema: { type: "object", ...(title ? { title } : {}), properties } });
const at = (f: ReturnType<typeof bindForm>, p: string) => f.fields.find((x) => x.pointer === p)!;

describe("wording normalisation", () => {
  it("makes full-width, 繁體, quoted and marked labels the same text", () => {
    expect(normalizeWording("「身份證號碼：」")).toBe("身份证号码");
    expect(normalizeWording("＊ 姓名：")).toBe("姓名");
    expect(normalizeWording("法定代表人(负责人)")).toBe("法定代表人（负责人）");
    expect(normalizeWording("ＡＢＣ１２３")).toBe("ABC123");
  });
  it("binds a 繁體 form like its 简体 twin", () => {
    const t = bindForm(form({ fzr: sec("單位負責人", { xm: s("姓名"), sfzh: s("身份證號碼") }), dh: s("聯繫電話") }));
    expect(at(t, "/properties/fzr/properties/sfzh")).toMatchObject({ role: "entHead", element: "idNumber" });
    expect(at(t, "/properties/dh").element).toBe("contactPhone");
  });
});

describe("elements from value constraints", () => {
  it("an 18-digit ID pattern is an ID number whatever the label, and the reason says so", () => {
    expect(schemaEvidence({ type: "string", pattern: "^[0-9]{17}[0-9Xx]$" })).toMatchObject({ key: "idNumber" });
    const b = bindForm(form({ sqr: sec("申请人", { a07: s("号码", { pattern: "^[0-9]{17}[0-9Xx]$" }) }) }));
    expect(b.fields[0]).toMatchObject({ role: "applicant", element: "idNumber" });
    expect(b.fields[0]!.reason.zh).toContain("18 位身份号码");
  });
  it("an enum of 男/女 is a sex, a mobile pattern a mobile, a six-digit pattern a postal code", () => {
    expect(schemaEvidence({ type: "string", enum: ["男", "女"] })?.key).toBe("sex");
    expect(schemaEvidence({ type: "string", pattern: "^1[3-9][0-9]{9}$" })?.key).toBe("mobile");
    expect(schemaEvidence({ type: "string", pattern: "^[0-9]{6}$" })?.key).toBe("postalCode");
    expect(schemaEvidence({ type: "string", pattern: "^[A-Z]+$" })).toBeUndefined();
  });
  it("a pattern that contradicts the label lowers the confidence below automatic merging", () => {
    const b = bindForm(form({ fr: sec("法定代表人", { x: s("移动电话", { pattern: "^[0-9]{17}[0-9Xx]$" }) }) }));
    expect(b.fields[0]!.confidence).toBeLessThan(0.85);
    expect(b.fields[0]!.reason.zh).toContain("证据矛盾");
  });
});

describe("roles from evidence", () => {
  it("a role named inside a section title: 被核验人（儿童） is the child, 甲方（用人单位） the enterprise", () => {
    const b = bindForm(form({ a: sec("被核验人（儿童）", { xm: s("姓名"), sfzh: s("公民身份号码") }) }));
    expect(at(b, "/properties/a/properties/xm")).toMatchObject({ role: "child", element: "name" });
    const e = bindForm(form({ jf: sec("甲方（用人单位）", { mc: s("名称"), zs: s("住所") }) }), { audience: "enterprise" });
    expect(at(e, "/properties/jf/properties/mc")).toMatchObject({ role: "enterprise", element: "entName" });
  });
  it("a person word the dictionary does not know is an open role named by that word", () => {
    const b = bindForm(form({ zg: sec("缴存人员", { xm: s("姓名"), zjhm: s("证件号码") }), a1: s("产权人姓名") }));
    expect(at(b, "/properties/zg/properties/xm").role).toBe("?缴存人员");
    expect(at(b, "/properties/zg/properties/xm").reason.zh).toContain("数据字典中没有这个人员角色");
    expect(at(b, "/properties/a1")).toMatchObject({ role: "?产权人", element: "name" });
  });
  it("a form about one person: its only unnamed person is the person the title names", () => {
    const b = bindForm(form({ szz: s("受种者"), xb: s("性别", { enum: ["男", "女"] }), csrq: s("出生日期", { format: "date" }), jz: sec("家长信息", { xm: s("家长姓名"), dh: s("联系电话") }) }, "儿童预防接种证查验登记表"));
    expect(at(b, "/properties/xb").role).toBe("child");
    expect(at(b, "/properties/csrq").reason.zh).toContain("儿童预防接种证查验登记表");
  });
  it("the top level takes the role its labels name when no other person section competes (参保人员姓名 …)", () => {
    const b = bindForm(form({ a01: s("参保人员姓名"), a02: s("证件号码"), a03: s("性别", { enum: ["男", "女"] }) }));
    expect(at(b, "/properties/a02")).toMatchObject({ role: "insured", element: "idNumber" });
    const other = bindForm(form({ hjdz: s("户籍地址"), hzxm: s("户主姓名"), sqr: sec("申请人", { xm: s("姓名") }) }));
    expect(at(other, "/properties/hjdz").role).toBe("applicant");
  });
  it("two sections of one form numbered apart are two people; the same title twice is one", () => {
    const b = bindForm(form({ j1: sec("监护人（一）", { xm: s("姓名") }), j2: sec("监护人（二）", { xm: s("姓名") }) }));
    expect(at(b, "/properties/j1/properties/xm").role).not.toBe(at(b, "/properties/j2/properties/xm").role);
    const same = bindForm(form({ a: sec("财务负责人信息", { xm: s("姓名") }), b: sec("共享信息", { c: sec("财务负责人", { xm: s("姓名") }) }) }), { audience: "enterprise" });
    expect(at(same, "/properties/a/properties/xm").role).toBe("financeOfficer");
    expect(at(same, "/properties/b/properties/c/properties/xm").role).toBe("financeOfficer");
  });
  it("a helper is auxiliary (代办人, 紧急联系人) and 消防安全责任人 is not 消防安全管理人", () => {
    const b = bindForm(form({ d: sec("代办人（委托他人办理时填写）", { xm: s("代办人姓名") }), z: sec("消防安全责任人", { xm: s("姓名") }), g: sec("消防安全管理人", { xm: s("姓名") }) }));
    expect(b.parties.find((p) => p.pointer === "/properties/d")!.auxiliary).toBe(true);
    expect(at(b, "/properties/z/properties/xm").role).toBe("fireSafetyResponsible");
    expect(at(b, "/properties/g/properties/xm").role).toBe("fireSafetyManager");
  });
});

describe("a sex however its choices are worded (男/女, 男性/女性, GB/T 2261.1's four values)", () => {
  it("reads 男性 / 女性 with 未知的性别 / 未说明的性别 as a sex, and not a list with other values", () => {
    expect(schemaEvidence(s("x", { enum: ["男性", "女性", "未知的性别", "未说明的性别"] }))?.key).toBe("sex");
    expect(schemaEvidence(s("x", { enum: ["男士", "女士"] }))?.key).toBe("sex");
    expect(schemaEvidence(s("x", { enum: ["男", "女", "男女混合"] }))).toBeUndefined();
  });
  it("an unreadable label whose key agrees with the choices is as sure as the choices alone, never weaker", () => {
    const f = bindForm(form({ xm: s("姓名"), xb: s("xb", { enum: ["男性", "女性"] }) }));
    const alone = bindForm(form({ xm: s("姓名"), q7: s("q7", { enum: ["男性", "女性"] }) }));
    expect(at(f, "/properties/xb").element).toBe("sex");
    expect(at(f, "/properties/xb").confidence).toBeGreaterThanOrEqual(at(alone, "/properties/q7").confidence);
    expect(at(f, "/properties/xb").reason.zh).toContain("男性 / 女性");
  });
});
