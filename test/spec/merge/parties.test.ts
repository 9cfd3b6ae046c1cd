// Section alignment across forms: the one person each form asks about, named with different words, is merged
// automatically; other similar sections become one suggestion per pair listing every field pair; never within one
// form, never across dictionary roles kept apart; hand merges, splits and re-bindings replay on every merge; a
// rejected pair (a never-merge extension) never comes back; licence-specific data stay apart.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeForms, type MergeSource } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
const src = (id: string, properties: Record<string, unknown>, title?: string, audience: "person" | "enterprise" = "person"): MergeSource =>
  ({ id, title, audience, form: { schema: { type: "object", properties } } });
const person = (prefix = "") => ({ xm: s(`${prefix}姓名`), zjhm: s(`${prefix}证件号码`, { pattern: "^[0-9]{17}[0-9Xx]$" }), sj: s(`${prefix}手机号码`) });
const ownerOf = (r: ReturnType<typeof mergeForms>, item: string, pointer: string) => Object.entries(r.form.provenance).find(([, refs]) => refs.some((x) => x.item === item && x.pointer === pointer))?.[0];

const retiree = [
  src("rsj", { zg: sec("职工信息", person()) }, "职工退休申请表"),
  src("sq", { txry: sec("退休人员", person()), jj: sec("紧急联系人", { xm: s("姓名"), dh: s("联系电话") }) }, "退休人员登记表"),
  src("mzj", { ...person("申请人"), dbr: sec("代办人", { xm: s("代办人姓名"), zjhm: s("代办人身份证号") }) }, "老年人优待证申请表"),
];

describe("the one person each form asks about", () => {
  it("one person named by two generic words (申请人 / 参保人) is one, though a form's nameless data (a mailing address, a bank account) defaulted to 申请人", () => {
    const forms = [
      src("a", { ...person(), lxdz: s("通讯地址") }, "信息采集表"),
      src("b", { cbr: sec("参保人基本信息", person()), txdz: s("通讯地址"), zh: s("银行账号") }, "养老保险关系转移接续申请表"),
      src("c", { a: sec("参保人员信息", person()), b: sec("代办人信息", { xm: s("代办人姓名"), zjhm: s("代办人身份证号码", { pattern: "^[0-9]{17}[0-9Xx]$" }), gx: s("与参保人关系") }), khyh: s("开户银行") }, "医疗保险关系转移接续申请表"),
    ];
    const r = mergeForms(forms, {});
    const name = ownerOf(r, "a", "/properties/xm")!;
    expect(r.form.provenance[name]!.map((x) => `${x.item}#${x.pointer}`)).toEqual(["a#/properties/xm", "b#/properties/cbr/properties/xm", "c#/properties/a/properties/xm"]);
    expect(r.form.provenance[ownerOf(r, "b", "/properties/cbr/properties/zjhm")!]).toHaveLength(3);
    expect(ownerOf(r, "c", "/properties/b/properties/xm")).not.toBe(name);
    // A second named person with the role keeps the form's own person apart.
    const two = mergeForms([forms[0]!, src("d", { cbr: sec("参保人", person()), sqr: sec("申请人", person()) }, "代领申请表")], {});
    expect(two.form.provenance[ownerOf(two, "d", "/properties/cbr/properties/xm")!]).toHaveLength(1);
  });

  it("merges automatically across departments' words (职工 / 退休人员 / 申请人), never with the helpers", () => {
    const r = mergeForms(retiree);
    const name = ownerOf(r, "rsj", "/properties/zg/properties/xm")!;
    expect(r.form.provenance[name]!.map((x) => x.item).sort()).toEqual(["mzj", "rsj", "sq"]);
    expect(ownerOf(r, "sq", "/properties/jj/properties/xm")).not.toBe(name);
    expect(ownerOf(r, "mzj", "/properties/dbr/properties/xm")).not.toBe(name);
    expect(r.bindings.sq!.find((b) => b.pointer === "/properties/txry/properties/xm")!.reason.zh).toContain("同一人");
  });
  it("does not merge two dictionary roles the dictionary keeps apart (申报人 / 领取人)", () => {
    const r = mergeForms([src("a", { x: sec("申报人", person()) }), src("b", { y: sec("领取人", person()) })]);
    expect(ownerOf(r, "a", "/properties/x/properties/xm")).not.toBe(ownerOf(r, "b", "/properties/y/properties/xm"));
    expect(r.suggestions.filter((x) => x.kind === "same-party")).toEqual([]);
  });
});

describe("section suggestions", () => {
  const forms = [
    src("a", { c: sec("适龄儿童", person()), p1: sec("监护人（一）", person()), p2: sec("监护人（二）", person()) }),
    src("b", { k: sec("被核验人（儿童）", person()), sq: sec("产权人", person()) }),
  ];
  it("one suggestion per pair of sections, listing field by field what would merge; accepted at once", () => {
    const r = mergeForms(forms);
    const party = r.suggestions.filter((x) => x.kind === "same-party");
    expect(party.length).toBeGreaterThan(0);
    const one = party.find((x) => x.id.includes("/properties/p1") && x.id.includes("/properties/sq"))!;
    expect(one.pairs!.map((p) => p.label.zh)).toEqual(["姓名", "身份证件号码", "移动电话"]);
    expect(one.pairs!.map((p) => p.label.en)).toEqual(["name", "idNumber", "mobile"]);
    expect(one.message.zh).toContain("监护人（一）");
    expect(one.message.en).toContain("\"监护人（一）\"");
    const accepted = mergeForms(forms, { decisions: { [one.id]: "accept" } });
    for (const k of ["xm", "zjhm", "sj"]) expect(ownerOf(accepted, "a", `/properties/p1/properties/${k}`)).toBe(ownerOf(accepted, "b", `/properties/sq/properties/${k}`));
  });
  it("never merges two sections of one form, whatever is accepted", () => {
    const r = mergeForms(forms, {});
    for (const k of ["xm", "zjhm", "sj"]) expect(ownerOf(r, "a", `/properties/p1/properties/${k}`)).not.toBe(ownerOf(r, "a", `/properties/p2/properties/${k}`));
  });
  it("a rejected pair, stored as a never-merge extension, never comes back", () => {
    const r = mergeForms(retiree);
    const rsjRole = r.bindings.rsj![0]!.role!;
    const learnt = mergeForms(retiree, { extensions: [{ kind: "never-merge", a: "employee", b: "?退休人员" }, { kind: "never-merge", a: "applicant", b: "?退休人员" }] });
    expect(rsjRole).toBeDefined();
    expect(ownerOf(learnt, "rsj", "/properties/zg/properties/xm")).not.toBe(ownerOf(learnt, "sq", "/properties/txry/properties/xm"));
  });
  it("a learnt role synonym makes an unknown word a dictionary role in the next merge", () => {
    const r = mergeForms([src("a", { x: sec("受种者", person()) })], { extensions: [{ kind: "role-synonym", role: "child", text: "受種者" }] });
    expect(r.bindings.a![0]!.role).toBe("child");
    expect(r.bindings.a![0]!.reason.zh).toContain("本地数据字典扩展");
  });
});

describe("hands in the merge", () => {
  const forms = [src("a", { x: s("车辆识别代号") }), src("b", { y: s("车架号码") }), src("c", { fr: sec("法定代表人", person()) }, undefined, "enterprise"), src("d", { fr: sec("法定代表人", person()) }, undefined, "enterprise")];
  const edit = (kind: "merge" | "split" | "rebind", refs: Array<[string, string]>, extra = {}) => ({ kind, refs: refs.map(([item, pointer]) => ({ item, pointer })), by: "张三", at: "2026-12-02T10:00:00.000Z", ...extra });
  it("a hand merge joins two fields the dictionary does not know; a split takes a field back out; both replay", () => {
    const merged = mergeForms(forms, { hand: [edit("merge", [["a", "/properties/x"], ["b", "/properties/y"]])] });
    expect(ownerOf(merged, "a", "/properties/x")).toBe(ownerOf(merged, "b", "/properties/y"));
    const split = mergeForms(forms, { hand: [edit("split", [["d", "/properties/fr/properties/xm"]])] });
    expect(ownerOf(split, "c", "/properties/fr/properties/xm")).not.toBe(ownerOf(split, "d", "/properties/fr/properties/xm"));
    expect(ownerOf(split, "c", "/properties/fr/properties/zjhm")).toBe(ownerOf(split, "d", "/properties/fr/properties/zjhm"));
  });
  it("a hand merge of two fields of one form is refused with the reason", () => {
    const r = mergeForms(forms, { hand: [edit("merge", [["c", "/properties/fr/properties/xm"], ["c", "/properties/fr/properties/sj"]])] });
    expect(ownerOf(r, "c", "/properties/fr/properties/xm")).not.toBe(ownerOf(r, "c", "/properties/fr/properties/sj"));
    expect(r.conflicts.some((c) => c.message.zh.includes("同一张表"))).toBe(true);
  });
  it("a re-binding changes a field's element and merges it accordingly", () => {
    const r = mergeForms([src("a", { x: s("车辆识别代号") }), src("b", { m: s("手机号码") })], { hand: [edit("rebind", [["a", "/properties/x"]], { role: "applicant", element: "mobile" })], applySuggestions: true });
    expect(ownerOf(r, "a", "/properties/x")).toBe(ownerOf(r, "b", "/properties/m"));
    expect(r.bindings.a![0]!.reason.zh).toContain("手动指定");
  });
});

describe("licence-specific data", () => {
  it("a permit's 经营范围 (its own items) never merges with the licence's or another permit's by label", () => {
    const r = mergeForms([
      src("yyzz", { mc: s("企业名称"), jyfw: s("经营范围") }, "公司登记申请书", "enterprise"),
      src("yc", { mc: s("企业名称"), jyfw: { type: "array", title: "经营范围", items: { type: "string", enum: ["卷烟", "雪茄烟"] } } }, "烟草专卖零售许可证申请表", "enterprise"),
      src("sp", { mc: s("企业名称"), xm: { type: "array", title: "经营项目", items: { type: "string", enum: ["预包装食品"] } } }, "食品经营许可申请书", "enterprise"),
      src("lx", { mc: s("企业名称"), fw: s("经营范围") }, "旅行社业务经营许可申请书", "enterprise"),
    ], {});
    const scopes = [["yyzz", "/properties/jyfw"], ["yc", "/properties/jyfw"], ["sp", "/properties/xm"], ["lx", "/properties/fw"]].map(([i, p]) => ownerOf(r, i!, p!));
    expect(new Set(scopes).size).toBe(4);
    expect(r.form.provenance["/properties/enterprise/properties/entName"]).toHaveLength(4);
  });
});

describe("invariants with parties (fast-check)", () => {
  const WORDS = ["职工", "退休人员", "缴存人", "受种者", "申请人", "经办人", "法定代表人", "产权人"];
  const formArb = fc.array(fc.record({ word: fc.constantFrom(...WORDS), fields: fc.subarray(["xm", "zjhm", "sj"], { minLength: 1 }) }), { minLength: 1, maxLength: 3 });
  const build = (id: string, secs: Array<{ word: string; fields: string[] }>): MergeSource => {
    const props: Record<string, unknown> = {};
    secs.forEach((x, i) => { props[`s${i}`] = sec(`${x.word}（${i + 1}）`, Object.fromEntries(x.fields.map((f) => [f, (person() as Record<string, unknown>)[f]]))); });
    return src(id, props);
  };
  it("two sections of one form never merge, every source field is in exactly one merged field, order does not matter", () => {
    fc.assert(fc.property(fc.array(formArb, { minLength: 2, maxLength: 4 }), fc.boolean(), (forms, all) => {
      const sources = forms.map((f, i) => build(`f${i}`, f));
      const r = mergeForms(sources, { applySuggestions: all });
      const seen = new Set<string>();
      for (const refs of Object.values(r.form.provenance)) {
        const items = refs.map((x) => x.item);
        const sectionsOf = new Map<string, Set<string>>();
        for (const x of refs) (sectionsOf.get(x.item) ?? sectionsOf.set(x.item, new Set()).get(x.item)!).add(x.pointer.split("/")[2]!);
        for (const secs of sectionsOf.values()) expect(secs.size).toBe(1);
        expect(new Set(items).size).toBe(items.length);
        for (const x of refs) { const k = `${x.item}#${x.pointer}`; expect(seen.has(k)).toBe(false); seen.add(k); }
      }
      expect(seen.size).toBe(sources.reduce((n, f) => n + Object.values((f.form.schema as { properties: Record<string, { properties: object }> }).properties).reduce((m, x) => m + Object.keys(x.properties).length, 0), 0));
      const reversed = mergeForms([...sources].reverse(), { applySuggestions: all });
      expect(reversed.form).toEqual(r.form);
    }), { numRuns: 120 });
  });
});
