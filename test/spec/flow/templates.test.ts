// Every built-in template has a real flow: valid against the department registry and its own items, and a
// case with the guide's default answers completes within its promised limit at the lead's one exit.
import { describe, expect, it } from "vitest";
import { withDefaults } from "../../../spec/guide.js";
import { criticalPath, definitionFromBundle, itemsToDecide, simulate, validateFlow } from "../../../spec/flow/index.js";
import { loadBuiltinTemplates } from "../../../templates/load.js";
import { DEPARTMENTS, T0 } from "./fixtures.js";

const bundles = loadBuiltinTemplates();

describe("built-in template flows", () => {
  it("exist for every template", () => {
    expect(bundles.length).toBeGreaterThanOrEqual(5);
    expect(bundles.filter((b) => !b.flow).map((b) => b.key)).toEqual([]);
  });

  for (const b of bundles) {
    describe(b.key, () => {
      it("validates with no error or warning against the registry, the lead and the items (each decided by a step)", () => {
        const items = Object.fromEntries(b.items.map((i) => [i.id, { promisedDays: i.promise_day, statutoryDays: i.anticipate_day }]));
        const v = validateFlow(b.flow, { departments: DEPARTMENTS, lead: b.lead, items: b.items.map((i) => i.id), itemLimits: items, participants: [b.lead, ...b.cooperating], itemsToDecide: itemsToDecide(b) });
        expect(v.problems).toEqual([]);
      });

      it("completes with the guide's default answers within the promised limit, issuing at the lead's exit", () => {
        const def = definitionFromBundle(b, 1, { departments: DEPARTMENTS });
        const r = simulate(def, { start: T0, answers: withDefaults(b.guide, {}) });
        expect(r.status).toBe("completed");
        expect(r.finishedAt <= r.caseDueAt!).toBe(true);
        const exit = r.steps.find((s) => s.action === "results_issued");
        expect(exit?.department).toBe(b.lead);
        expect(r.state.results.length).toBeGreaterThan(0);
      });

      it("promises at most half of the statutory time (published target)", () => {
        expect(criticalPath(b.flow!).reductionPercent).toBeGreaterThanOrEqual(50);
      });
    });
  }
});
