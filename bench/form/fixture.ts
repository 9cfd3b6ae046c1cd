// The benchmark's form: 400 fields shaped like a merged one-thing form (20 sections × 20 fields; text with
// maxLength, selects, dates and integers; every fourth field required), generated deterministically so that every
// renderer gets exactly the same fields. One description, three encodings: yijian SmartForm, JSON Schema for stock
// rjsf (the same schema), SurveyJS JSON.
import type { Json } from "../../spec/common.js";
export const SECTIONS = 20;
export const FIELDS_PER_SECTION = 20;
/** The section and field typed into: a text field of section 10. */
export const TARGET = { section: 10, field: 1 };

export type Kind = "text" | "select" | "date" | "integer";
/** One field of the generated form. */
export interface BenchField { section: string; key: string; title: string; kind: Kind; required: boolean; options: string[]; maxLength: number }
/** One section of the generated form. */
export interface BenchSection { key: string; title: string; fields: BenchField[] }

const KINDS: Kind[] = ["text", "select", "text", "date", "integer"];
const pad = (n: number) => String(n).padStart(2, "0");
export const sectionKey = (s: number) => `s${pad(s)}`;
export const fieldKey = (f: number) => `f${pad(f)}`;

/** The 20 sections of 20 fields. */
export function benchSections(): BenchSection[] {
  const out: BenchSection[] = [];
  let n = 0;
  for (let s = 1; s <= SECTIONS; s++) {
    const fields: BenchField[] = [];
    for (let f = 1; f <= FIELDS_PER_SECTION; f++, n++) {
      const kind = KINDS[(f - 1) % KINDS.length]!;
      fields.push({
        section: sectionKey(s), key: fieldKey(f), kind, required: n % 4 === 0,
        title: `第${s}部分 字段${f}（${kind === "text" ? "文本" : kind === "select" ? "选择" : kind === "date" ? "日期" : "整数"}）`,
        options: kind === "select" ? Array.from({ length: 6 }, (_, i) => `选项${s}-${f}-${i + 1}`) : [],
        maxLength: 50 + ((s * 7 + f * 13) % 150),
      });
    }
    out.push({ key: sectionKey(s), title: `第${s}部分 申请信息`, fields });
  }
  return out;
}

function fieldSchema(f: BenchField): Json {
  switch (f.kind) {
    case "text": return { type: "string", title: f.title, maxLength: f.maxLength };
    case "select": return { type: "string", title: f.title, enum: f.options };
    case "date": return { type: "string", title: f.title, format: "date" };
    case "integer": return { type: "integer", title: f.title, minimum: 0 };
  }
}

/** The JSON Schema (sections = top-level objects) and uiSchema, as a yijian SmartForm carries them. */
export function smartForm(): { schema: Json; uiSchema: Json; rules: Record<string, never> } {
  const sections = benchSections();
  const schema: Json = {
    type: "object", title: "一件事 合并申请表（400 项）",
    properties: Object.fromEntries(sections.map((s) => [s.key, {
      type: "object", title: s.title,
      properties: Object.fromEntries(s.fields.map((f) => [f.key, fieldSchema(f)])),
      required: s.fields.filter((f) => f.required).map((f) => f.key),
    }])),
  };
  const uiSchema: Json = {
    "ui:order": sections.map((s) => s.key),
    ...Object.fromEntries(sections.map((s) => [s.key, { "ui:order": s.fields.map((f) => f.key) }])),
  };
  return { schema, uiSchema, rules: {} };
}

/** A data rule on the typed field, the common "filled in A ⇒ B required" (e.g. 代理人姓名 ⇒ 代理人电话): every
 * keystroke in A changes what the rule reads. */
export const TYPED_FIELD_RULE = {
  [`/properties/${sectionKey(TARGET.section)}/properties/${fieldKey(TARGET.field + 5)}`]: {
    requiredIf: { "!!": [{ var: `data.${sectionKey(TARGET.section)}.${fieldKey(TARGET.field)}` }] },
  },
};

/** The same form as SurveyJS JSON: one page, one panel per section, typing updates the value (onTyping). */
export function surveyJson(): Json {
  return {
    textUpdateMode: "onTyping",
    checkErrorsMode: "onComplete",
    showQuestionNumbers: "off",
    pages: [{
      name: "p1",
      elements: benchSections().map((s) => ({
        type: "panel", name: s.key, title: s.title,
        elements: s.fields.map((f) => ({
          name: `${s.key}_${f.key}`, title: f.title, isRequired: f.required,
          ...(f.kind === "text" ? { type: "text", maxLength: f.maxLength }
            : f.kind === "select" ? { type: "dropdown", choices: f.options }
            : f.kind === "date" ? { type: "text", inputType: "date" }
            : { type: "text", inputType: "number", min: 0 }),
        })),
      })),
    }],
  };
}
