// Field kinds are binding evidence in the merge (issue 16): a region merges only with a region, an address field is
// one field (not a section of three), identity / organisation / money kinds bind their elements, and merged fields
// carry the sources' x-kind and x-options (conflicting options refused with the reason). Properties with kinds:
// order independence, every source field in exactly one merged field, two sections of one form never together.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bindForm } from "../../../spec/binding/index.js";
import { combineKinds, mergeForms, type MergeSource } from "../../../spec/merge/index.js";
import { fieldKindOf } from "../../../spec/fields/index.js";

type Json = Record<string, any>;
const s = (title: string, extra: Json = {}) => ({ type: "string", title, ...extra });
const region = (title: string, options: Json = { levels: 3 }) => ({ type: "string", title, "x-kind": "region", "x-options": options });
const address = (title: string) => ({ type: "object", title, "x-kind": "address", "x-options": { levels: 3 }, properties: { code: s("所在地区"), names: s("地区名称"), detail: s("详细地址") }, required: ["code", "detail"] });
const src = (id: string, properties: Json, title?: string): MergeSource => ({ id, form: { schema: { type: "object", ...(title ? { title } : {}), properties } }, audience: "enterprise" });
const owner = (r: ReturnType<typeof mergeForms>, ref: string) => Object.entries(r.form.provenance).find(([, refs]) => refs.some((x) => `${x.item}#${x.pointer}` === ref))?.[0];
const together = (r: ReturnType<typeof mergeForms>, a: string, b: string) => owner(r, a) !== undefined && owner(r, a) === owner(r, b);

describe("kinds as binding evidence", () => {
  it("two region fields merge as one region field carrying the kind and its options", () => {
    const r = mergeForms([src("a", { mc: s("企业名称"), szd: region("所在地区") }), src("b", { mc: s("企业名称"), qy: region("所属区域") })]);
    expect(together(r, "a#/properties/szd", "b#/properties/qy")).toBe(true);
    const p = owner(r, "a#/properties/szd")!;
    const schema = p.split("/").slice(1).reduce((n: Json, k) => n[k], r.form.schema as Json);
    expect(schema).toMatchObject({ "x-kind": "region", "x-options": { levels: 3 } });
    expect(fieldKindOf(schema)).toBe("region");
  });
  it("a region never merges with a plain text field of the same element", () => {
    const r = mergeForms([src("a", { mc: s("企业名称"), szd: region("所在地区") }), src("b", { mc: s("企业名称"), szd: s("所在地区") })], {});
    expect(together(r, "a#/properties/szd", "b#/properties/szd")).toBe(false);
    expect(Object.values(r.form.provenance).flat()).toHaveLength(4);
  });
  it("an address field is one field, merged only with another address of the same element", () => {
    const r = mergeForms([src("a", { mc: s("企业名称"), zs: address("住所") }), src("b", { mc: s("企业名称"), zs: address("住所") }), src("c", { mc: s("企业名称"), zs: s("住所") })], { applySuggestions: true });
    expect(Object.keys(r.bindings.a!)).toHaveLength(2);
    expect(together(r, "a#/properties/zs", "b#/properties/zs")).toBe(true);
    expect(together(r, "a#/properties/zs", "c#/properties/zs")).toBe(false);
    const p = owner(r, "a#/properties/zs")!;
    const schema = p.split("/").slice(1).reduce((n: Json, k) => n[k], r.form.schema as Json);
    expect(schema).toMatchObject({ type: "object", "x-kind": "address", required: ["code", "detail"] });
    expect(Object.keys(schema.properties)).toEqual(["code", "names", "detail"]);
  });
  it("identity, organisation and money kinds bind their elements whatever the label", () => {
    const b = bindForm({ schema: { type: "object", properties: {
      fr: { type: "object", title: "法定代表人", properties: { xm: s("姓名"), hm: s("号码", { "x-kind": "identity" }) } },
      dm: s("代码", { "x-kind": "organisation" }),
      zb: { type: "number", title: "注册资本（万元）", "x-kind": "money", "x-options": { unit: "万元" } },
    } } }, { audience: "enterprise" });
    expect(b.fields.find((f) => f.pointer.endsWith("/hm"))).toMatchObject({ role: "legalRep", element: "idNumber" });
    expect(b.fields.find((f) => f.pointer.endsWith("/dm"))).toMatchObject({ role: "enterprise", element: "uscc" });
    const zb = b.fields.find((f) => f.pointer.endsWith("/zb"))!;
    expect(zb).toMatchObject({ element: "regCapital" });
    expect(zb.reason.zh).toContain("字段类型「金额」相符");
  });
  it("a kind that serves another element than the label's keeps the field below automatic merging", () => {
    const b = bindForm({ schema: { type: "object", properties: { dh: s("联系电话", { "x-kind": "region" }) } } }, { audience: "enterprise" });
    expect(b.fields[0]!.confidence).toBeLessThan(0.85);
  });
});

describe("kind options of a merged field", () => {
  it("a restriction either source makes holds; other differing options are refused with both values", () => {
    expect(combineKinds({ "x-kind": "date", "x-options": { notFuture: true } }, { "x-kind": "date" })).toEqual({ ok: true, schema: { "x-kind": "date", "x-options": { notFuture: true } } });
    expect(combineKinds({ "x-kind": "date", "x-options": { notFuture: false } }, { "x-kind": "date", "x-options": { notFuture: true } })).toMatchObject({ ok: true, schema: { "x-options": { notFuture: true } } });
    const bad = combineKinds({ "x-kind": "region", "x-options": { levels: 3 } }, { "x-kind": "region", "x-options": { levels: 4 } });
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.conflict.zh).toContain("levels");
    expect(combineKinds({ "x-kind": "money" }, { "x-kind": "percent" })).toMatchObject({ ok: false });
  });
  it("two region fields asking for different levels are kept apart with the conflict shown", () => {
    const r = mergeForms([src("a", { mc: s("企业名称"), szd: region("所在地区", { levels: 3 }) }), src("b", { mc: s("企业名称"), szd: region("所在地区", { levels: 4 }) })], {});
    expect(together(r, "a#/properties/szd", "b#/properties/szd")).toBe(false);
    expect(r.conflicts.map((c) => c.message.zh).join()).toContain("levels");
  });
});

const FIELDS: Array<[string, Json]> = [
  ["szd", region("所在地区")], ["szd4", region("所在地区", { levels: 4 })], ["szdt", s("所在地区")],
  ["zs", address("住所")], ["zst", s("住所")], ["sfz", s("身份证件号码", { "x-kind": "identity" })], ["sfzt", s("身份证件号码")],
  ["zb", { type: "number", title: "注册资本（万元）", "x-kind": "money", "x-options": { unit: "万元" } }], ["xm", s("姓名")],
];
const SECTIONS = ["法定代表人", "经办人", "财务负责人"];
const formArb = fc.record({
  top: fc.subarray(FIELDS.map((_, i) => i), { minLength: 1 }),
  sections: fc.array(fc.record({ title: fc.integer({ min: 0, max: SECTIONS.length - 1 }), fields: fc.subarray(FIELDS.map((_, i) => i), { minLength: 1 }) }), { maxLength: 2 }),
});
function build(spec: { top: number[]; sections: Array<{ title: number; fields: number[] }> }): Json {
  const props = (idx: number[]) => Object.fromEntries(idx.map((i) => [FIELDS[i]![0], structuredClone(FIELDS[i]![1])]));
  const properties: Json = { mc: s("企业名称"), ...props(spec.top) };
  spec.sections.forEach((sec, i) => { properties[`s${i}`] = { type: "object", title: SECTIONS[(spec.sections[0]!.title + i) % SECTIONS.length], properties: props(sec.fields) }; });
  return { type: "object", properties };
}
const sourcesArb = fc.array(formArb, { minLength: 2, maxLength: 4 }).map((forms) => forms.map((f, i) => src(`f${i}`, build(f).properties)));

describe("merge invariants with field kinds (fast-check)", () => {
  it("every source field lands in exactly one merged field, and two sections of one form never share one", () => {
    fc.assert(fc.property(sourcesArb, fc.boolean(), (sources, all) => {
      const r = mergeForms(sources, { applySuggestions: all });
      const refs = Object.values(r.form.provenance).flat().map((x) => `${x.item}#${x.pointer}`);
      const leaves = Object.entries(r.bindings).flatMap(([item, bs]) => bs.map((b) => `${item}#${b.pointer}`));
      expect([...refs].sort()).toEqual([...leaves].sort());
      // A form that asks one datum twice in one section may give it once; two sections of one form are two parties.
      for (const group of Object.values(r.form.provenance)) {
        for (const item of new Set(group.map((x) => x.item))) expect(new Set(group.filter((x) => x.item === item).map((x) => x.pointer.replace(/\/properties\/[^/]+$/, ""))).size).toBe(1);
      }
    }), { numRuns: 60 });
  });
  it("is independent of input order, and a shaped kind never shares a field with another kind", () => {
    fc.assert(fc.property(sourcesArb, (sources) => {
      const a = mergeForms(sources), b = mergeForms([...sources].reverse());
      expect(b.form.provenance).toEqual(a.form.provenance);
      const schemaOf = (ref: { item: string; pointer: string }) => ref.pointer.split("/").slice(1).reduce((n: Json, k) => n?.[k], sources.find((x) => x.id === ref.item)!.form.schema as Json);
      for (const group of Object.values(a.form.provenance)) {
        const kinds = new Set(group.map((ref) => { const k = fieldKindOf(schemaOf(ref)); return k === "region" || k === "address" ? k : "plain"; }));
        expect(kinds.size).toBe(1);
      }
    }), { numRuns: 60 });
  });
});

describe("a related-role suggestion", () => {
  it("lists field by field what it joins, so accepting it never puts both people's fields into one", () => {
    const a = src("a", { mc: s("企业名称"), fr: { type: "object", title: "法定代表人", properties: { xm: s("姓名"), sfz: s("身份证件号码"), dh: s("联系电话") } } });
    const b = src("b", { mc: s("企业名称"), fzr: { type: "object", title: "消防安全责任人", properties: { xm: s("姓名"), sfz: s("身份证件号码"), dh: s("联系电话") } } });
    const r = mergeForms([a, b]);
    const sug = r.suggestions.find((x) => x.kind === "related-role")!;
    expect(sug.pairs?.map((p) => [p.a.pointer.split("/").pop(), p.b.pointer.split("/").pop(), p.label.zh, p.label.en]).sort()).toEqual([["dh", "dh", "联系电话", "contactPhone"], ["sfz", "sfz", "身份证件号码", "idNumber"], ["xm", "xm", "姓名", "name"]]);
    const accepted = mergeForms([a, b], { decisions: { [sug.id]: "accept" } });
    for (const f of ["xm", "sfz", "dh"]) expect(together(accepted, `a#/properties/fr/properties/${f}`, `b#/properties/fzr/properties/${f}`)).toBe(true);
    expect(together(accepted, "a#/properties/fr/properties/xm", "a#/properties/fr/properties/sfz")).toBe(false);
  });
});
