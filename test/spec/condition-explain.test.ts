// Why a condition did not hold, in words: the 秒批 node's hand-over names the failed checks with the fields' labels
// and the values the applicant gave, in both languages, and says nothing when the condition holds.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { unmetParts, variableLabels, type VariableLabels } from "../../spec/condition-explain.js";
import { evaluateCondition, type Condition } from "../../spec/conditions.js";

const labels: VariableLabels = {
  "data.person.idType": { label: "申请人 / 证件类型" },
  "data.capital": { label: "注册资本（万元）" },
  "answers.entity": { label: "主体类型", options: { company: "有限责任公司", sole: "个体工商户" } },
  "answers.registered": { label: "是否已登记" },
};

describe("unmetParts", () => {
  it("names each failed conjunct of an AND with its label and the value given, and leaves out the ones that hold", () => {
    const rule: Condition = { and: [
      { "==": [{ var: "data.person.idType" }, "居民身份证"] },
      { ">=": [{ var: "data.capital" }, 1000] },
      { "==": [{ var: "answers.entity" }, "company"] },
    ] };
    const parts = unmetParts(rule, { answers: { entity: "sole" }, data: { person: { idType: "居民身份证" }, capital: 50 } }, labels);
    expect(parts.map((p) => p.zh)).toEqual([
      "「注册资本（万元）」须不小于 1,000，实为 50",
      "「主体类型」须为“有限责任公司”，实为“个体工商户”",
    ]);
    expect(parts.map((p) => p.en)).toEqual([
      '"注册资本（万元）" must be at least 1,000 (it is 50)',
      '"主体类型" must be "有限责任公司" (it is "个体工商户")',
    ]);
  });

  it("says a missing value is not filled in, and describes OR, in-lists, booleans and contains", () => {
    const ctx = { answers: { registered: false, tags: ["a"] }, data: {} };
    expect(unmetParts({ "!!": [{ var: "data.person.idType" }] }, ctx, labels)[0]!.zh).toBe("「申请人 / 证件类型」须填写");
    expect(unmetParts({ "==": [{ var: "answers.registered" }, true] }, ctx, labels)[0]!.zh).toBe("「是否已登记」须为“是”，实为“否”");
    expect(unmetParts({ in: [{ var: "data.person.idType" }, ["居民身份证", "港澳居民居住证"]] }, ctx, labels)[0]!.zh)
      .toBe("「申请人 / 证件类型」须为“居民身份证”、“港澳居民居住证”之一，实为未填写");
    expect(unmetParts({ in: ["b", { var: "answers.tags" }] }, ctx, labels)[0]!.en).toBe('"tags" must include "b" (it is "a")');
    const either = unmetParts({ or: [{ "!": [{ var: "answers.registered" }] }, { ">": [{ var: "data.capital" }, 10] }] }, { answers: { registered: true }, data: { capital: 3 } }, labels);
    expect(either).toHaveLength(1);
    expect(either[0]!.zh).toBe("「是否已登记」须为“否”，实为“是”，或者「注册资本（万元）」须大于 10，实为 3");
  });

  it("describes any other expression by the fields it reads and what they hold, never as JSON Logic", () => {
    const parts = unmetParts({ "==": [{ "+": [{ var: "data.capital" }, 1] }, 5] }, { data: { capital: 1 } }, labels);
    expect(parts[0]!.zh).toBe("一项条件不满足（「注册资本（万元）」为 1）");
    expect(parts[0]!.en).toBe('a condition does not hold ("注册资本（万元）" is 1)');
    expect(JSON.stringify(parts)).not.toContain("var");
  });

  it("is empty exactly when the condition holds (any comparison over any values)", () => {
    const op = fc.constantFrom("==", "!=", ">", ">=", "<", "<=");
    const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom("a", "b"), fc.constant(undefined));
    // text against a number cannot be compared: such a check counts as not met, and is named as one
    const row = fc.tuple(op, fc.constantFrom("x", "y"), value).map(([o, v, c]) => ({ [o]: [{ var: `data.${v}` }, c ?? 0] }) as Condition);
    fc.assert(fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), fc.constantFrom("and", "or"), value, value, (rows, join, x, y) => {
      const condition: Condition = { [join]: rows };
      const context = { data: { x, y } };
      const parts = unmetParts(condition, context);
      expect(parts.length === 0).toBe(evaluateCondition(condition, context));
      for (const p of parts) expect(p.zh.length > 0 && p.en.length > 0).toBe(true);
    }));
  });
});

describe("variableLabels", () => {
  it("labels answers by their guide question and data by the form's titles, section first", () => {
    const bundle = {
      guide: { questions: [{ id: "entity", title: "主体类型", options: [{ value: "company", label: "有限责任公司" }] }] },
      form: { schema: { type: "object", properties: { person: { type: "object", title: "申请人", properties: { idType: { type: "string", title: "证件类型" } } } } } },
    };
    expect(variableLabels([{ and: [{ "==": [{ var: "answers.entity" }, "company"] }, { "!!": { var: "data.person.idType" } }] }], bundle)).toEqual({
      "answers.entity": { label: "主体类型", options: { company: "有限责任公司" } },
      "data.person.idType": { label: "申请人 / 证件类型" },
    });
  });
});

describe("evaluateCondition on a comparison it cannot make", () => {
  it("does not hold (text against a number), instead of throwing out of a form or a case", () => {
    expect(evaluateCondition({ ">=": [{ var: "data.weeks" }, 28] }, { data: { weeks: "三十" } })).toBe(false);
    expect(unmetParts({ ">=": [{ var: "data.weeks" }, 28] }, { data: { weeks: "三十" } })[0]!.zh).toBe("「weeks」须不小于 28，实为“三十”");
  });
});
