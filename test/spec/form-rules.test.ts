// The effective form depends on the context only through the outcome of each rule: the renderer relies on this to
// keep schema objects (and rjsf/Ajv caches) while the applicant types into a field a rule reads.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { effectiveForm, ruleOutcomeKey } from "../../spec/form-rules.js";

const form = {
  schema: {
    type: "object",
    properties: {
      agent: { type: "object", title: "代理人", properties: { name: { type: "string" }, phone: { type: "string" } } },
      shop: { type: "object", title: "门店", properties: { area: { type: "number" }, fire: { type: "string" } } },
    },
  },
  rules: {
    "/properties/agent": { visibleIf: { var: "answers.byAgent" } },
    "/properties/agent/properties/phone": { requiredIf: { "!!": [{ var: "data.agent.name" }] } },
    "/properties/shop/properties/fire": { visibleIf: { ">=": [{ var: "data.shop.area" }, 300] }, requiredIf: true },
  },
};

describe("ruleOutcomeKey", () => {
  test("names each rule's outcome: hidden, visible, required or optional", () => {
    expect(ruleOutcomeKey(form, { answers: { byAgent: false }, data: {} })).toBe("hoh");
    expect(ruleOutcomeKey(form, { answers: { byAgent: true }, data: { agent: { name: "李四" }, shop: { area: 400 } } })).toBe("vrr");
  });

  test("equal keys give equal effective forms (property)", () => {
    const context = fc.record({
      answers: fc.record({ byAgent: fc.boolean() }),
      data: fc.record({ agent: fc.record({ name: fc.oneof(fc.constant(""), fc.string()) }), shop: fc.record({ area: fc.integer({ min: 0, max: 1000 }) }) }),
    });
    fc.assert(
      fc.property(context, context, (a, b) => {
        fc.pre(ruleOutcomeKey(form, a) === ruleOutcomeKey(form, b));
        expect(effectiveForm(form, a)).toEqual(effectiveForm(form, b));
      }),
    );
  });
});
