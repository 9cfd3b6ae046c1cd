// Forms about two people (the deceased and the family member who applies; the disabled person and a guardian or a
// companion): each section's role comes from what it holds (a date of death, a "与X关系" field), what the form is
// about (its title) and the other forms of the one-thing — never from wording alone.
import { describe, expect, it } from "vitest";
import { bindForm } from "../../../spec/binding/index.js";
import { mergeForms, type MergeSource } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
const src = (id: string, title: string, properties: Record<string, unknown>): MergeSource =>
  ({ id, title, audience: "person", form: { schema: { type: "object", title, properties } } });
const ID = { pattern: "^[0-9]{17}[0-9Xx]$" };
const ownerOf = (r: ReturnType<typeof mergeForms>, item: string, pointer: string) => Object.entries(r.form.provenance).find(([, refs]) => refs.some((x) => x.item === item && x.pointer === pointer))?.[0];
const p = (...keys: string[]) => keys.map((k) => `/properties/${k}`).join("");

// A one-thing after a death, worded as five departments would (none of these forms is in the evaluation sets).
const death = [
  src("yb", "医疗保险参保人员死亡结算申请表", {
    a1: s("参保人姓名"), a2: s("社会保障号码", ID), a3: s("死亡日期", { format: "date" }),
    lqr: sec("待遇领取人", { xm: s("姓名"), sfzh: s("身份证号码", ID), gx: s("与参保人关系") }),
  }),
  src("gh", "工会会员困难帮扶申请表（会员死亡）", {
    hyxm: s("会员姓名"), hysfzh: s("会员身份证号", ID),
    sq: sec("亲属（经办人）", { xm: s("姓名"), sfzh: s("身份证号", ID), gx: s("与会员关系") }),
    dl: sec("代理人", { xm: s("姓名"), sfzh: s("身份证号", ID) }),
  }),
  src("mz", "遗体火化申请表", {
    sz: sec("逝者", { xm: s("姓名"), sfzh: s("身份证号", ID), swrq: s("死亡时间", { format: "date" }) }),
    jbr: sec("代理人", { xm: s("姓名"), sfzh: s("身份证号", ID) }),
  }),
];

describe("the person who died", () => {
  it("is the 逝者 whatever the form calls them: a date of death, or a title saying who died; prefixed labels follow", () => {
    const yb = bindForm(death[0]!.form, { audience: "person", title: death[0]!.title });
    const a1 = yb.fields.find((f) => f.pointer === p("a1"))!;
    expect(a1.role).toBe("deceased");
    expect(a1.reason.zh).toContain("死亡日期");
    const gh = bindForm(death[1]!.form, { audience: "person", title: death[1]!.title });
    expect(gh.fields.find((f) => f.pointer === p("hysfzh"))!.role).toBe("deceased");
    expect(gh.fields.find((f) => f.pointer === p("hysfzh"))!.reason.zh).toContain("会员死亡");
  });
  it("merges automatically across the forms, never with the family member or an agent", () => {
    const r = mergeForms(death);
    const name = ownerOf(r, "mz", p("sz", "xm"))!;
    expect(r.form.provenance[name]!.map((x) => `${x.item}#${x.pointer}`).sort()).toEqual([`gh#${p("hyxm")}`, `mz#${p("sz", "xm")}`, `yb#${p("a1")}`]);
    const id = ownerOf(r, "mz", p("sz", "sfzh"))!;
    expect(r.form.provenance[id]!.map((x) => x.item).sort()).toEqual(["gh", "mz", "yb"]);
    for (const other of [["yb", p("lqr", "xm")], ["gh", p("sq", "xm")], ["gh", p("dl", "xm")], ["mz", p("jbr", "xm")]] as const) {
      expect(ownerOf(r, other[0], other[1])).not.toBe(name);
    }
  });
  it("a relative whose section notes 经办人 is that relative, not the agent another form names", () => {
    const gh = bindForm(death[1]!.form, { audience: "person", title: death[1]!.title });
    const relative = gh.fields.find((f) => f.pointer === p("sq", "xm"))!;
    expect(relative.role).toBe("?亲属");
    const all = mergeForms(death, {});
    expect(ownerOf(all, "gh", p("sq", "xm"))).not.toBe(ownerOf(all, "mz", p("jbr", "xm")));
    // The two agents (代理人) are one role; the relative is suggested only with the other relative.
    const suggested = all.suggestions.filter((x) => x.kind === "same-party").map((x) => x.sources.map((y) => y.item + y.pointer.split("/")[2]).sort().join("~"));
    for (const sgg of suggested) expect(sgg).not.toMatch(/mzsz|yba1|ghhyxm/);
  });
});

// One disabled person across forms, each with another person (a guardian, a companion, an agent).
const disabled = [
  src("ka", "老年人（残疾人）公交卡申领表", {
    xm: s("持卡人姓名"), sfzh: s("持卡人身份证号", ID),
    ph: sec("陪同人", { xm: s("陪同人姓名"), sfzh: s("陪同人身份证号", ID), gx: s("与持卡人关系") }),
  }),
  src("sq", "康复救助申请表", {
    sqr: sec("申请人", { xm: s("姓名"), xb: s("性别", { enum: ["男", "女"] }), sfzh: s("身份证号", ID) }),
    jhr: sec("监护人", { xm: s("姓名"), sfzh: s("身份证号", ID), gx: s("与申请人关系") }),
  }),
  src("fj", "辅具申请表", { f1: s("姓名"), f2: s("性别", { enum: ["男", "女"] }), f3: s("年龄", { type: "integer" }) }),
  src("yb", "居民医保参保登记表", { cbr: sec("参保人", { xm: s("姓名"), gmsfhm: s("公民身份号码", ID), xb: s("性别", { enum: ["男", "女"] }) }) }),
];

describe("the one person every form is about, under generic words", () => {
  it("申请人 / 参保人 / 持卡人 and a form with opaque keys are one person, merged automatically", () => {
    const r = mergeForms(disabled);
    const name = ownerOf(r, "sq", p("sqr", "xm"))!;
    expect(r.form.provenance[name]!.map((x) => x.item).sort()).toEqual(["fj", "ka", "sq", "yb"]);
    const sex = ownerOf(r, "sq", p("sqr", "xb"))!;
    expect(r.form.provenance[sex]!.map((x) => x.item).sort()).toEqual(["fj", "sq", "yb"]);
  });
  it("a companion or guardian (a section with 与X关系) is never merged or suggested with the person the forms are about", () => {
    const r = mergeForms(disabled, {});
    const name = ownerOf(r, "sq", p("sqr", "xm"))!;
    expect(ownerOf(r, "ka", p("ph", "xm"))).not.toBe(name);
    expect(ownerOf(r, "sq", p("jhr", "xm"))).not.toBe(name);
    for (const x of r.suggestions) {
      const refs = x.sources.map((y) => `${y.item}#${y.pointer}`);
      const helper = refs.some((y) => y.includes("/ph/") || y.includes("/jhr/"));
      const subject = refs.some((y) => y === `sq#${p("sqr", "xm")}` || y === `ka#${p("xm")}`);
      expect(helper && subject).toBe(false);
    }
  });
  it("does not depend on the order of the forms", () => {
    const key = (r: ReturnType<typeof mergeForms>) => Object.values(r.form.provenance).map((refs) => refs.map((x) => `${x.item}#${x.pointer}`).sort().join("|")).sort();
    expect(key(mergeForms([...disabled].reverse()))).toEqual(key(mergeForms(disabled)));
    expect(key(mergeForms([...death].reverse()))).toEqual(key(mergeForms(death)));
  });
});

describe("two sections of one form that nothing names", () => {
  // Found by the property "merging a form with itself adds nothing" (seed 1612571281): with two sections titled
  // 其他情况, the applicant took its name from the first and its ID number from the second.
  const form = src("qt", "情况登记表", {
    zs: s("住所"),
    s0: sec("其他情况", { xm: s("姓名") }),
    s1: sec("其他情况", { xm: s("姓名"), zjhm: s("身份证件号码") }),
  });

  it("takes one person's fields from one section: the one with more of a person's identity", () => {
    const r = mergeForms([form]);
    expect(ownerOf(r, "qt", p("s1", "xm"))).toBe(p("applicant", "name"));
    expect(ownerOf(r, "qt", p("s1", "zjhm"))).toBe(p("applicant", "idNumber"));
    expect(ownerOf(r, "qt", p("s0", "xm"))).not.toMatch(/^\/properties\/applicant\//);
    const b = bindForm(form.form, { audience: "person", title: form.title }).fields.find((x) => x.pointer === p("s0", "xm"));
    expect(b?.role).toBeUndefined();
    expect(b?.reason.zh).toContain("此分组是另一人");
  });

  it("merges the same way with a copy of itself (its unknown fields as accepted same-label suggestions)", () => {
    const once = mergeForms([form]);
    const twice = mergeForms([form, { ...form, id: "qt2", form: { schema: structuredClone(form.form.schema) } }], { applySuggestions: true });
    expect(twice.form.schema).toEqual(once.form.schema);
  });
});
