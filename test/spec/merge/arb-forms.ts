// Random forms for the merge's property tests (fast-check): company fields, person sections whose titles the
// dictionary knows, constraints to combine, tables, applicability conditions.
import fc from "fast-check";
import type { MergeSource } from "../../../spec/merge/index.js";

export type Json = Record<string, any>;

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

/** One random form: top-level company fields, up to three person sections, maybe a table, maybe conditional. */
export const formArb = fc.record({
  top: fc.array(field(TOP_FIELDS), { minLength: 1, maxLength: 6 }),
  sections: fc.array(fc.record({ title: fc.integer({ min: 0, max: SECTIONS.length - 1 }), fields: fc.array(field(PERSON_FIELDS), { minLength: 1, maxLength: 5 }), required: fc.boolean() }), { maxLength: 3 }),
  table: fc.boolean(),
  conditional: fc.boolean(),
});

/** The JSON Schema of a random form. */
export function build(spec: Json): Json {
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
export function sample(schema: Json, rows: number): unknown {
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

/** One to four random forms as merge sources item0…item3 titled 事项0…, some applying only on an answer. */
export const sourcesArb = fc.array(formArb, { minLength: 1, maxLength: 4 }).map((specs) =>
  specs.map((spec, i): MergeSource => ({
    id: `item${i}`,
    title: `事项${i}`,
    form: { schema: build(spec) },
    ...(spec.conditional ? { appliesIf: { "==": [{ var: `answers.q${i}` }, true] } } : {}),
  })),
);
