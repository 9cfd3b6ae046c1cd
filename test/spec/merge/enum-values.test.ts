// Choices worded differently by two departments (男/女 vs 男性/女性, 农业 vs 农业户口): matched value by value, one
// merged choice list, and the split gives every source its own wording back — unit and property tests.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchEnumValues } from "../../../spec/binding/enum-values.js";
import { schemaEvidence } from "../../../spec/binding/evidence.js";
import { checkSmartForm, combineSchemas, mergeForms, rewordRefs, splitData, type MergeSource } from "../../../spec/merge/index.js";
import { validateFormData } from "../../../spec/index.js";

type Json = Record<string, any>;

describe("matchEnumValues", () => {
  it("matches values that add one and the same word", () => {
    expect([...matchEnumValues(["男", "女"], ["男性", "女性"])]).toEqual([["男", "男性"], ["女", "女性"]]);
    expect([...matchEnumValues(["农业户口", "非农业户口", "居民户口"], ["农业", "非农业"])]).toEqual([["农业户口", "农业"], ["非农业户口", "非农业"]]);
  });

  it("matches equal wording after normalising (繁體, full-width), never across a bracketed note", () => {
    expect([...matchEnumValues(["已婚", "離婚", "其他（Ａ）"], ["已婚", "离婚", "其他(A)"])]).toEqual([["已婚", "已婚"], ["離婚", "离婚"], ["其他（Ａ）", "其他(A)"]]);
    expect([...matchEnumValues(["有限责任公司（法人独资）", "有限责任公司（自然人独资）"], ["有限责任公司（自然人投资或控股）", "有限责任公司（自然人独资）"])])
      .toEqual([["有限责任公司（自然人独资）", "有限责任公司（自然人独资）"]]);
  });

  it("refuses two different added words, a value with two partners and unrelated values", () => {
    // 男性 and 女士 add different words: only equal values could match, and there are none.
    expect(matchEnumValues(["男", "女"], ["男性", "女士"]).size).toBe(0);
    expect([...matchEnumValues(["男性", "女性", "未知"], ["男士", "女士", "未知"])]).toEqual([["男性", "男士"], ["女性", "女士"], ["未知", "未知"]]);
    // One changed ending is not enough (已婚 → 已故 shares only 已).
    expect(matchEnumValues(["已婚"], ["已故", "在世"]).size).toBe(0);
    expect(matchEnumValues(["A", "B"], ["C", "D"]).size).toBe(0);
    expect(matchEnumValues(["农业"], ["农业户口", "农业户籍"]).size).toBe(0);
  });

  it("matches numbers and booleans only by equality", () => {
    expect([...matchEnumValues([1, 2, true], [2, true, "1"])]).toEqual([[2, 2], [true, true]]);
  });
});

describe("enum evidence and combining", () => {
  it("binds 男性/女性 as a sex and 农业/非农业 as a household type", () => {
    expect(schemaEvidence({ type: "string", enum: ["男性", "女性"] })?.key).toBe("sex");
    expect(schemaEvidence({ type: "string", enum: ["农业户口", "非农业户口", "居民户口"] })?.key).toBe("householdType");
    expect(schemaEvidence({ type: "string", enum: ["农业", "工业"] })).toBeUndefined();
  });

  it("keeps the first wording and returns the second source's own words", () => {
    const c = combineSchemas({ type: "string", enum: ["男", "女"] }, { type: "string", enum: ["男性", "女性"] });
    expect(c).toEqual({ ok: true, schema: { type: "string", enum: ["男", "女"] }, values: { 男: "男性", 女: "女性" } });
    const multi = combineSchemas({ type: "array", items: { type: "string", enum: ["农业", "非农业"] } }, { type: "array", items: { type: "string", enum: ["农业户口", "非农业户口"] } });
    expect(multi.ok && multi.values).toEqual({ 农业: "农业户口", 非农业: "非农业户口" });
  });
});

const person = (title: string, sex: string[]): Json => ({
  type: "object", title,
  properties: { p: { type: "object", title: "申请人", properties: { xm: { type: "string", title: "姓名" }, xb: { type: "string", title: "性别", enum: sex } }, required: ["xm", "xb"] } },
});

describe("merge and split of differently worded choices", () => {
  it("merges 性别 of two forms into one field and gives each form its own value", () => {
    const sources: MergeSource[] = [{ id: "a", form: { schema: person("甲", ["男", "女"]) } }, { id: "b", form: { schema: person("乙", ["男性", "女性"]) } }];
    const { form, conflicts } = mergeForms(sources);
    expect(conflicts).toEqual([]);
    const sex = Object.entries(form.provenance).find(([, refs]) => refs.some((r) => r.pointer.endsWith("/xb")))!;
    expect(sex[1]).toHaveLength(2);
    expect(checkSmartForm(form, sources as Array<{ id: string; form: { schema: unknown } }>)).toEqual([]);
    const data: Json = {};
    const segs = sex[0].split("/properties/").slice(1);
    data[segs[0]!] = { [segs[1]!]: "女" };
    const parts = splitData(form, data) as Json;
    expect(parts.a.p.xb).toBe("女");
    expect(parts.b.p.xb).toBe("女性");
  });

  const STEMS = [["男", "女"], ["农业", "非农业", "居民"], ["已婚", "未婚", "离异"]] as const;
  const AFFIXES = ["", "性", "户口", "类"];

  it("split(merge(x)) gives every source the value of its own list that the merged value stands for", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: STEMS.length - 1 }), fc.array(fc.integer({ min: 0, max: AFFIXES.length - 1 }), { minLength: 2, maxLength: 4 }), fc.nat(), (stem, affixes, pick) => {
      const stems = STEMS[stem]!;
      const sources: MergeSource[] = affixes.map((a, i) => ({ id: `s${i}`, order: i, form: { schema: { type: "object", title: `表${i}`, properties: { v: { type: "string", title: "选项", enum: stems.map((x) => x + AFFIXES[a]!) } } } } }));
      // Same label at the same place: a same-label suggestion, applied here as if staff accepted it.
      const { form, conflicts } = mergeForms(sources, { applySuggestions: true });
      expect(conflicts).toEqual([]);
      expect(Object.values(form.provenance).map((refs) => refs.length)).toEqual([sources.length]);
      expect(checkSmartForm(form, sources as Array<{ id: string; form: { schema: unknown } }>)).toEqual([]);
      for (const [merged, refs] of Object.entries(form.provenance)) {
        const key = merged.split("/").pop()!;
        const choices = (form.schema as Json).properties[merged.split("/")[2]!].properties[key].enum as string[];
        const value = choices[pick % choices.length]!;
        const parts = splitData(form, { [merged.split("/")[2]!]: { [key]: value } }) as Json;
        // Every source lists the same stems in the same order, so the merged choice's place is the stem's.
        const at = choices.indexOf(value);
        expect(choices).toHaveLength(stems.length);
        for (const r of refs) {
          const own = (sources.find((s) => s.id === r.item)!.form.schema as Json).properties.v;
          const got = parts[r.item].v;
          expect(validateFormData({ type: "object", properties: { v: own } }, { v: got }), r.item).toEqual([]);
          expect(own.enum.indexOf(got), r.item).toBe(at);
        }
      }
    }), { numRuns: 100 });
  });
});

describe("checkSmartForm and reworded choices", () => {
  const sources: MergeSource[] = [{ id: "a", form: { schema: person("甲", ["男", "女"]) } }, { id: "b", form: { schema: person("乙", ["男性", "女性"]) } }];
  const merged = () => mergeForms(sources, {}).form;
  const sexAt = (form: ReturnType<typeof merged>) => Object.entries(form.provenance).find(([, refs]) => refs.some((r) => r.pointer.endsWith("/xb")))!;

  it("refuses a choice mapped to a wording the source field does not offer, naming the field and the pointer", () => {
    const form = merged();
    const [pointer, refs] = sexAt(form);
    const i = refs.findIndex((r) => r.values);
    refs[i] = { ...refs[i]!, values: { 男: "男性", 女: "女人" } };
    const problems = checkSmartForm(form, sources as Array<{ id: string; form: { schema: unknown } }>);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.pointer).toBe(`/form/provenance/${pointer.replace(/~/g, "~0").replace(/\//g, "~1")}/${i}/values/女`);
    expect(problems[0]!.message.zh).toContain("b#/properties/p/properties/xb");
    expect(problems[0]!.message.zh).toContain("「女人」");
  });

  it("refuses a mapped choice the merged field does not offer", () => {
    const form = merged();
    const [pointer, refs] = sexAt(form);
    const i = refs.findIndex((r) => r.values);
    refs[i] = { ...refs[i]!, values: { 男: "男性", 女: "女性", 未知: "女性" } };
    const problems = checkSmartForm(form, sources as Array<{ id: string; form: { schema: unknown } }>);
    expect(problems.map((p) => p.pointer)).toEqual([`/form/provenance/${pointer.replace(/~/g, "~0").replace(/\//g, "~1")}/${i}/values/未知`]);
    expect(problems[0]!.message.en).toContain(pointer);
    expect(problems[0]!.message.en).toContain('"未知"');
  });

  it("refuses a values map on a field without choices", () => {
    const form = merged();
    const name = Object.entries(form.provenance).find(([, refs]) => refs.some((r) => r.pointer.endsWith("/xm")))!;
    name[1][1] = { ...name[1][1]!, values: { 张三: "张三" } };
    const problems = checkSmartForm(form, sources as Array<{ id: string; form: { schema: unknown } }>);
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.pointer.endsWith("/1/values/张三"))).toBe(true);
  });
});

describe("rewordRefs", () => {
  it("keys each joined ref's own wording by the other field's words", () => {
    const refs = [{ item: "b", pointer: "/xb", values: { 男性: "男士", 女性: "女士" } }, { item: "c", pointer: "/xb" }];
    expect(rewordRefs(refs, { 男: "男性", 女: "女性" })).toEqual([
      { item: "b", pointer: "/xb", values: { 男: "男士", 女: "女士" } },
      { item: "c", pointer: "/xb", values: { 男: "男性", 女: "女性" } },
    ]);
    expect(rewordRefs(refs, undefined)).toBe(refs);
  });
});
