// Property-based tests of the merge invariants (fast-check): split validity, order independence,
// idempotence on a form merged with itself, and every source field in exactly one merged field.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { effectiveForm, pruneHidden, validateFormData } from "../../../spec/index.js";
import { checkSmartForm, mergeForms, splitData, type MergeSource } from "../../../spec/merge/index.js";
import { build, formArb, sample, sourcesArb, type Json } from "./arb-forms.js";

const provenanceKeys = (sources: MergeSource[], all: boolean) => Object.keys(mergeForms(sources, { applySuggestions: all }).form.provenance).sort();

describe("merge invariants (fast-check)", () => {
  it("every source field appears in exactly one merged field", () => {
    fc.assert(fc.property(sourcesArb, fc.boolean(), (sources, all) => {
      const { form } = mergeForms(sources, { applySuggestions: all });
      expect(checkSmartForm(form, sources.map((s) => ({ id: s.id, form: s.form as { schema: unknown } })))).toEqual([]);
    }), { numRuns: 150 });
  });

  it("merge is independent of input order", () => {
    fc.assert(fc.property(sourcesArb.chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))), fc.boolean(), ([a, b], all) => {
      expect(mergeForms(b, { applySuggestions: all })).toEqual(mergeForms(a, { applySuggestions: all }));
    }), { numRuns: 100 });
  });

  it("merging a form with itself adds nothing (its unknown fields as accepted same-label suggestions)", () => {
    fc.assert(fc.property(formArb, (spec) => {
      const schema = build(spec);
      const once = mergeForms([{ id: "a", form: { schema } }]);
      const twice = mergeForms([{ id: "a", form: { schema } }, { id: "b", form: { schema: structuredClone(schema) } }], { applySuggestions: true });
      expect(Object.keys(twice.form.provenance).sort()).toEqual(Object.keys(once.form.provenance).sort());
      expect(twice.form.schema).toEqual(once.form.schema);
      for (const refs of Object.values(twice.form.provenance)) {
        expect(refs.filter((r) => r.item === "b").map((r) => r.pointer)).toEqual(refs.filter((r) => r.item === "a").map((r) => r.pointer));
      }
    }), { numRuns: 150 });
  });

  it("the default merge (suggestions not applied) never merges more than applying every suggestion", () => {
    fc.assert(fc.property(sourcesArb, (sources) => {
      expect(provenanceKeys(sources, false).length).toBeGreaterThanOrEqual(provenanceKeys(sources, true).length);
    }), { numRuns: 80 });
  });

  it("data valid against the merged form splits into payloads valid against each applicable original form", () => {
    fc.assert(fc.property(sourcesArb, fc.boolean(), fc.dictionary(fc.constantFrom("q0", "q1", "q2", "q3"), fc.boolean()), fc.integer({ min: 0, max: 2 }), (sources, all, answers, rows) => {
      const { form } = mergeForms(sources, { applySuggestions: all });
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
