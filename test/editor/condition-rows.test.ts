// The condition builder's model: rows ⇄ JSON Logic round-trip exactly for whatever rows can say (property), and
// any expression rows cannot reproduce stays raw JSON — never rewritten or lost; summaries read as Chinese.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { describeCondition, logicToRows, rowsToLogic, type ConditionRow, type ConditionRows } from "../../editor/designers/common/conditions.js";
import { evaluateCondition } from "../../spec/conditions.js";

const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -5, max: 100 }), fc.boolean());
const variable = fc.constantFrom("answers.type", "answers.byagent", "data.area", "answers.tags");
const row: fc.Arbitrary<ConditionRow> = fc.oneof(
  fc.record({ variable, op: fc.constantFrom("==", "!=", ">", ">=", "<", "<=" as const), value: scalar }),
  fc.record({ variable, op: fc.constant("in" as const), value: fc.array(scalar, { minLength: 1, maxLength: 3 }) }),
  fc.record({ variable, op: fc.constant("contains" as const), value: scalar }),
  fc.record({ variable, op: fc.constantFrom("truthy", "falsy" as const) }),
) as fc.Arbitrary<ConditionRow>;
const rows: fc.Arbitrary<ConditionRows> = fc.record({ join: fc.constantFrom("and", "or" as const), rows: fc.array(row, { minLength: 1, maxLength: 4 }) });

describe("condition rows", () => {
  it("round-trips every row model through JSON Logic (property)", () => {
    fc.assert(fc.property(rows, (model) => {
      const logic = rowsToLogic(model)!;
      const back = logicToRows(logic);
      expect(back).toBeDefined();
      expect(rowsToLogic(back!)).toEqual(logic);
    }));
  });

  it("evaluates what it says: an 'in' row is true exactly for its values", () => {
    const logic = rowsToLogic({ join: "and", rows: [{ variable: "answers.type", op: "in", value: ["a", "b"] }] })!;
    expect(evaluateCondition(logic, { answers: { type: "b" } })).toBe(true);
    expect(evaluateCondition(logic, { answers: { type: "c" } })).toBe(false);
  });

  it("keeps what rows cannot say as raw JSON", () => {
    expect(logicToRows({ and: [{ "==": [{ var: "answers.a" }, 1] }, { or: [{ "!!": { var: "answers.b" } }, { "!": { var: "answers.c" } }] }] })).toBeUndefined();
    expect(logicToRows({ "==": [{ var: "answers.a" }, { var: "answers.b" }] })).toBeUndefined();
    expect(logicToRows({ years_between: [{ var: "data.birth" }, { today: [] }] })).toBeUndefined();
    expect(logicToRows(undefined)).toEqual({ join: "and", rows: [] });
    expect(rowsToLogic({ join: "and", rows: [] })).toBeUndefined();
  });

  it("describes conditions with the variables' labels and option labels", () => {
    const vars = [{ path: "answers.type", label: "公司类型", kind: "string" as const, options: [{ value: "limited", label: "有限责任公司" }] }];
    expect(describeCondition({ "==": [{ var: "answers.type" }, "limited"] }, vars)).toBe("公司类型 = 有限责任公司");
    expect(describeCondition({ or: [{ "!!": { var: "answers.x" } }, { in: ["a", { var: "answers.tags" }] }] })).toBe('answers.x 为真 或 answers.tags 包含 "a"');
    expect(describeCondition(undefined)).toBe("始终");
  });
});
