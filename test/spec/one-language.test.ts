// Messages of spec/ in one language each (issue 14): the Chinese has no English glued on in brackets, the English is
// complete and has no Chinese outside quoted names (a field's or an item's own title stays as staff wrote it).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Bilingual } from "../../spec/bilingual.js";
import { validateBundle, validateItem } from "../../spec/spec-validation.js";
import { checkPublishable } from "../../spec/catalogue/record.js";
import { blankBundle } from "../../spec/new-bundle.js";
import { parseJsonText } from "../../spec/binding/json-text.js";
import { inspectForm } from "../../spec/binding/inspect.js";
import { mergeForms } from "../../spec/merge/index.js";

const item = () => JSON.parse(readFileSync("templates/catalogue/items/company-registration.json", "utf8"));

/** Asserts that a message keeps each language clean, and returns it for exact assertions. */
export function expectOneLanguage(m: Bilingual): Bilingual {
  expect(Object.keys(m).sort(), JSON.stringify(m)).toEqual(["en", "zh"]);
  expect(m.zh, m.zh).not.toMatch(/[(（]\s*[A-Za-z][A-Za-z ,:;'_-]*[)）]/);
  expect(m.zh, m.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(m.en.replace(/"[^"]*"/g, ""), m.en).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
  expect(m.en.trim().length, m.en).toBeGreaterThan(5);
  return m;
}

describe("spec validation problems in one language each", () => {
  it("a draft with an empty name, a missing lead and a category that is not one names each field in Chinese and in English", () => {
    const doc = { ...blankBundle({ key: "minsu", title: "民宿", lead: "samr" }), title: "", lead: "", category: 7 } as Record<string, unknown>;
    const r = validateBundle(doc, { draft: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const p of r.problems) expectOneLanguage(p.message);
    const by = Object.fromEntries(r.problems.map((p) => [p.pointer, p.message]));
    expect(by["/title"]).toEqual({ zh: "未填写名称", en: "Name is not filled in" });
    expect(by["/lead"]).toEqual({ zh: "未选择牵头部门", en: "Lead department is not chosen" });
    expect(by["/category"]).toEqual({
      zh: "分类「7」不是可选的值，可选：出生、上学、就业、结婚、退休、身后、购车、企业开办、开店、员工招聘、企业注销、其他",
      en: 'Category "7" is not one of the choices: "出生", "上学", "就业", "结婚", "退休", "身后", "购车", "企业开办", "开店", "员工招聘", "企业注销", "其他"',
    });
  });

  it("an item whose situations reuse ids and promise more than the law allows", () => {
    const doc = item();
    doc.situations = [
      { id: "s1", title: "外资企业", materials: [{ ...doc.materials[0] }], promise_day: 99 },
      { id: "s1", title: "内资企业" },
    ];
    const r = validateItem(doc);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const p of r.problems) expectOneLanguage(p.message);
    const by = Object.fromEntries(r.problems.map((p) => [p.pointer, p.message]));
    expect(by["/situations/1/id"]).toEqual({ zh: "情形 id 重复：s1", en: "Duplicate situation id: s1" });
    expect(by["/situations/0/materials/0/id"]).toEqual({
      zh: `情形「外资企业」的材料 id「${doc.materials[0].id}」与事项的材料重复`,
      en: `Situation "外资企业": material id "${doc.materials[0].id}" is already used by the item's own materials`,
    });
    expect(by["/situations/0/promise_day"]).toEqual({
      zh: `情形「外资企业」的承诺时限（99）不得超过法定时限（${doc.anticipate_day}）`,
      en: `Situation "外资企业": the promised time limit (99) cannot exceed the statutory limit (${doc.anticipate_day})`,
    });
  });

  it("an id in the wrong form keeps the schema's own words, in both languages", () => {
    const doc = item();
    doc.department = "Shi Chang";
    const r = validateItem(doc);
    expect(r.ok ? [] : r.problems).toEqual([{
      pointer: "/department",
      message: { zh: "办理部门「Shi Chang」：id 只能包含小写字母、数字、- 和 _，并以字母开头", en: 'Handling department "Shi Chang": An id has only lower-case letters, digits, - and _, and starts with a letter' },
    }]);
  });

  it("a catalogue draft not yet publishable lists every element in both languages", () => {
    const r = checkPublishable({ id: "ga-1", task_name: "养蜂证申领", department: "ga-qnyncj", task_type: "20" }, 1);
    expect(r.ok).toBe(false);
    if (!r.ok) for (const p of r.problems) expectOneLanguage(p.message);
  });
});

describe("form and merge problems in one language each", () => {
  it("a form file's syntax error, duplicate key and unsupported keyword", () => {
    const bad = parseJsonText('{\n  "type": "object",\n  "properties": }');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(expectOneLanguage(bad.error.message)).toEqual({ zh: "不是合法的 JSON：应为一个值", en: "Not valid JSON: expected a value" });
    const dup = parseJsonText('{"type":"object","properties":{"xm":{"type":"string"},"xm":{"type":"string"}}}');
    expect(dup.ok && dup.duplicates.map((d) => expectOneLanguage(d.message))).toEqual([{ zh: '重复的键 "xm"：后出现的值覆盖了前面的', en: 'Duplicate key "xm": the last value wins' }]);
    const inspected = inspectForm({ type: "object", properties: { x: { type: "string", oneOf: [] }, y: { title: "姓名" } } });
    for (const p of inspected.problems) expectOneLanguage(p.message);
    expect(inspected.problems.map((p) => p.message)).toEqual([
      { zh: '不支持的关键字 "oneOf"，合并时忽略', en: 'The keyword "oneOf" is not supported and is ignored by the merge' },
      { zh: '字段 "x" 缺少 title，按键名识别', en: 'Field "x" has no title; its key is used' },
      { zh: "字段缺少 type，按字符串处理", en: "The field has no type; it is read as a string" },
    ]);
  });

  it("a merge conflict says which field is kept apart and why", () => {
    const form = (n: Record<string, unknown>) => ({ schema: { type: "object", properties: { mc: { type: "string", title: "企业名称" }, n: { type: "string", title: "经营范围", ...n } } } });
    const m = mergeForms([{ id: "a", form: form({ maxLength: 5 }) }, { id: "b", form: form({ minLength: 10 }) }]);
    expect(m.conflicts.map((c) => expectOneLanguage(c.message))).toEqual([{
      zh: "「经营范围」（b#/properties/n）不能与合并字段合并，已分开保留：长度范围为空：最小 10 大于最大 5",
      en: '"经营范围" (b#/properties/n) cannot be merged with the merged field and is kept apart: no length is allowed: the minimum 10 is above the maximum 5',
    }]);
  });
});
