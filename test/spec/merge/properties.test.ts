// Property-based tests of the merge invariants (fast-check): split validity, order independence,
// idempotence on a form merged with itself, and every source field in exactly one merged field.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectiveForm, pruneHidden, validateFormData } from "../../../spec/index.js";
import { checkSmartForm, mergeForms, splitData, type MergeSource } from "../../../spec/merge/index.js";

type Json = Record<string, any>;

const SECTIONS = ["法定代表人信息", "财务负责人", "联络员信息", "经办人", "单位负责人", "质量负责人", "其他情况"];
const PERSON_FIELDS: Array<[string, string, Json]> = [
  ["xm", "姓名", { type: "string" }],
  ["zjlx", "证件类型", { type: "string", enum: ["居民身份证", "护照", "其他"] }],
  ["zjhm", "身份证件号码", { type: "string" }],
  ["sfzh", "身份证号", { type: "string", format: "cn-idcard" }],
  ["sj", "移动电话", { type: "string" }],
  ["dh", "联系电话", { type: "string" }],
  ["yx", "电子邮箱", { type: "string", format: "email" }],
  ["bz", "备注", { type: "string" }],
];
const TOP_FIELDS: Array<[string, string, Json]> = [
  ["mc", "企业名称", { type: "string" }],
  ["xydm", "统一社会信用代码", { type: "string" }],
  ["zs", "住所", { type: "string" }],
  ["jycs", "经营场所", { type: "string" }],
  ["yb", "邮政编码", { type: "string" }],
  ["cyrs", "从业人数", { type: "integer" }],
  ["hsfs", "核算方式", { type: "string", enum: ["独立核算", "非独立核算"] }],
  ["sm", "情况说明", { type: "string" }],
];

const field = (pool: Array<[string, string, Json]>) =>
  fc.record({
    pick: fc.integer({ min: 0, max: pool.length - 1 }),
    required: fc.boolean(),
    maxLength: fc.option(fc.integer({ min: 20, max: 60 }), { nil: undefined }),
    minLength: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    enumDrop: fc.integer({ min: 0, max: 2 }),
  });

const formArb = fc.record({
  top: fc.array(field(TOP_FIELDS), { minLength: 1, maxLength: 6 }),
  sections: fc.array(fc.record({ title: fc.integer({ min: 0, max: SECTIONS.length - 1 }), fields: fc.array(field(PERSON_FIELDS), { minLength: 1, maxLength: 5 }), required: fc.boolean() }), { maxLength: 3 }),
  table: fc.boolean(),
  conditional: fc.boolean(),
});

function build(spec: Json): Json {
  const leaf = (pool: Array<[string, string, Json]>, f: Json) => {
    const [key, title, base] = pool[f.pick]!;
    const schema: Json = { ...base, title };
    if (schema.type === "string" && !schema.enum && !schema.format) {
      if (f.maxLength !== undefined) schema.maxLength = f.maxLength;
      if (f.minLength !== undefined) schema.minLength = f.minLength;
    }
    if (schema.enum) schema.enum = schema.enum.slice(0, schema.enum.length - (f.enumDrop % schema.enum.length === schema.enum.length - 1 ? 0 : f.enumDrop % schema.enum.length)) ;
    return { key, schema, required: f.required };
  };
  const object = (fields: Json[], pool: Array<[string, string, Json]>) => {
    const properties: Json = {}, required: string[] = [];
    for (const f of fields) {
      const l = leaf(pool, f);
      if (properties[l.key]) continue;
      properties[l.key] = l.schema;
      if (l.required) required.push(l.key);
    }
    return { type: "object", properties, ...(required.length ? { required } : {}) };
  };
  const root: Json = object(spec.top, TOP_FIELDS);
  spec.sections.forEach((s: Json, i: number) => {
    root.properties[`s${i}`] = { ...object(s.fields, PERSON_FIELDS), title: SECTIONS[s.title] };
    if (s.required) (root.required ??= []).push(`s${i}`);
  });
  if (spec.table) root.properties.tbl = { type: "array", title: "股东出资情况", items: { type: "object", properties: { xm: { type: "string", title: "姓名" }, je: { type: "number", title: "认缴出资额", minimum: 0 } }, required: ["xm"] } };
  return root;
}

const SAMPLES: Record<string, string> = {
  "cn-idcard": "11010519491231002X", "cn-mobile": "13812345678", "cn-contact-phone": "13812345678", "cn-phone": "010-62345678",
  "cn-uscc": "91330100799655058B", "cn-postal-code": "400010", email: "li@example.cn", date: "2024-05-01", "cn-bank-account": "6222020200112345678",
};

/** Data that satisfies a (merged, effective) schema: every property filled, the first enum value, sample formats. */
function sample(schema: Json, rows: number): unknown {
  if (schema.type === "object") {
    const out: Json = {};
    for (const [k, v] of Object.entries(schema.properties ?? {})) out[k] = sample(v as Json, rows);
    return out;
  }
  if (schema.type === "array") return Array.from({ length: schema.items?.type === "object" ? rows : 0 }, () => sample(schema.items, rows));
  if (schema.enum) return schema.enum[0];
  if (schema.type === "integer" || schema.type === "number") return schema.minimum ?? 1;
  if (schema.type === "boolean") return true;
  if (schema.format && SAMPLES[schema.format]) return SAMPLES[schema.format];
  return "甲".repeat(Math.max(1, schema.minLength ?? 1));
}

const sourcesArb = fc.array(formArb, { minLength: 1, maxLength: 4 }).map((specs) =>
  specs.map((spec, i): MergeSource => ({
    id: `item${i}`,
    title: `事项${i}`,
    form: { schema: build(spec) },
    ...(spec.conditional ? { appliesIf: { "==": [{ var: `answers.q${i}` }, true] } } : {}),
  })),
);

const provenanceKeys = (sources: MergeSource[], auto: boolean) => Object.keys(mergeForms(sources, { auto }).form.provenance).sort();

describe("merge invariants (fast-check)", () => {
  it("every source field appears in exactly one merged field", () => {
    fc.assert(fc.property(sourcesArb, fc.boolean(), (sources, auto) => {
      const { form } = mergeForms(sources, { auto });
      expect(checkSmartForm(form, sources.map((s) => ({ id: s.id, form: s.form as { schema: unknown } })))).toEqual([]);
    }), { numRuns: 150 });
  });

  it("merge is independent of input order", () => {
    fc.assert(fc.property(sourcesArb.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))), fc.boolean(), ([a, b], auto) => {
      expect(mergeForms(b, { auto })).toEqual(mergeForms(a, { auto }));
    }), { numRuns: 100 });
  });

  it("merging a form with itself adds nothing", () => {
    fc.assert(fc.property(formArb, (spec) => {
      const schema = build(spec);
      const once = mergeForms([{ id: "a", form: { schema } }]);
      const twice = mergeForms([{ id: "a", form: { schema } }, { id: "b", form: { schema: structuredClone(schema) } }]);
      expect(Object.keys(twice.form.provenance).sort()).toEqual(Object.keys(once.form.provenance).sort());
      expect(twice.form.schema).toEqual(once.form.schema);
      for (const refs of Object.values(twice.form.provenance)) {
        expect(refs.filter((r) => r.item === "b").map((r) => r.pointer)).toEqual(refs.filter((r) => r.item === "a").map((r) => r.pointer));
      }
    }), { numRuns: 150 });
  });

  it("merging with auto never merges more than the default (staff-accepted) merge", () => {
    fc.assert(fc.property(sourcesArb, (sources) => {
      expect(provenanceKeys(sources, true).length).toBeGreaterThanOrEqual(provenanceKeys(sources, false).length);
    }), { numRuns: 80 });
  });

  it("data valid against the merged form splits into payloads valid against each applicable original form", () => {
    fc.assert(fc.property(sourcesArb, fc.boolean(), fc.dictionary(fc.constantFrom("q0", "q1", "q2", "q3"), fc.boolean()), fc.integer({ min: 0, max: 2 }), (sources, auto, answers, rows) => {
      const { form } = mergeForms(sources, { auto });
      const eff = effectiveForm(form, { answers });
      const data = pruneHidden(sample(eff.schema, rows) as Json, eff.hidden);
      const errors = validateFormData(eff.schema, data);
      fc.pre(errors.length === 0);
      const parts = splitData(form, data, Object.fromEntries(sources.map((s) => [s.id, s.form as { schema: unknown }])));
      for (const s of sources) {
        const applies = !s.appliesIf || answers[`q${s.id.slice(4)}`] === true;
        if (!applies) continue;
        expect(validateFormData(s.form.schema as object, parts[s.id] ?? {}), s.id).toEqual([]);
      }
    }), { numRuns: 200 });
  });
});
