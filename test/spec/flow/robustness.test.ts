// Bad input never crashes validation, and a flow that validates never crashes the machine: random documents
// and random mutations of the 企业开办 flow either get problems with pointers or run to an end.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { prepareDefinition, simulate, transition, validateFlow } from "../../../spec/flow/index.js";
import { ALL_BRANCHES, applicant, Case, DEPARTMENTS, qiyeFlow, staff, T0 } from "./fixtures.js";

const base = qiyeFlow();
const nodeIds = base.nodes.map((n: { id: string }) => n.id);
const TYPES = ["start", "acceptance", "review", "auto", "exclusive", "parallel", "join", "results", "end", "frobnicate"];
const OUTCOMES = [undefined, "approve", "reject", "promise", "promise_broken"];

const reviews = base.nodes.filter((n: { type: string }) => n.type === "review").map((n: { id: string }) => n.id);
const mutation = fc.oneof(
  // harmless edits: the flow stays valid
  fc.record({ kind: fc.constant("relabel" as const), i: fc.nat(), label: fc.string() }),
  fc.record({ kind: fc.constant("limits" as const), i: fc.nat(), promised: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant("reject-to-end" as const), from: fc.constantFrom(...reviews) }),
  // damaging ones
  fc.record({ kind: fc.constant("drop-edge" as const), i: fc.nat() }),
  fc.record({ kind: fc.constant("drop-node" as const), i: fc.nat() }),
  fc.record({ kind: fc.constant("retarget" as const), i: fc.nat(), to: fc.constantFrom(...nodeIds, "ghost") }),
  fc.record({ kind: fc.constant("add-edge" as const), from: fc.constantFrom(...nodeIds), to: fc.constantFrom(...nodeIds), outcome: fc.constantFrom(...OUTCOMES), dflt: fc.boolean() }),
  fc.record({ kind: fc.constant("retype" as const), i: fc.nat(), type: fc.constantFrom(...TYPES) }),
  fc.record({ kind: fc.constant("join" as const), i: fc.nat(), to: fc.constantFrom(...nodeIds) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(ms: Mutation[]): Record<string, any> {
  const f = structuredClone(base);
  ms.forEach((m, k) => {
    if (m.kind === "relabel") f.nodes[m.i % f.nodes.length].data.label = m.label;
    if (m.kind === "limits") {
      const n = f.nodes[m.i % f.nodes.length];
      if (n.data.statutoryDays !== undefined) n.data.promisedDays = Math.min(m.promised, n.data.statutoryDays);
    }
    if (m.kind === "reject-to-end" && !f.edges.some((e: { source: string; data?: { outcome?: string } }) => e.source === m.from && e.data?.outcome === "reject")) {
      f.edges.push({ id: `r${k}`, source: m.from, target: "end-rejected", data: { outcome: "reject" } });
    }
    if (m.kind === "drop-edge" && f.edges.length) f.edges.splice(m.i % f.edges.length, 1);
    if (m.kind === "drop-node" && f.nodes.length) f.nodes.splice(m.i % f.nodes.length, 1);
    if (m.kind === "retarget" && f.edges.length) f.edges[m.i % f.edges.length].target = m.to;
    if (m.kind === "add-edge") f.edges.push({ id: `x${k}`, source: m.from, target: m.to, data: { ...(m.outcome ? { outcome: m.outcome } : {}), ...(m.dflt ? { default: true } : {}) } });
    if (m.kind === "retype" && f.nodes.length) f.nodes[m.i % f.nodes.length].type = m.type;
    if (m.kind === "join" && f.nodes.length) {
      const n = f.nodes.find((x: { type: string }) => x.type === "parallel");
      if (n) n.data.join = m.to;
    }
  });
  return f;
}

describe("robustness", () => {
  it("validation never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.anything(), (doc) => {
        const v = validateFlow(doc);
        expect(v.ok).toBe(false);
        expect(v.problems.length).toBeGreaterThan(0);
        for (const p of v.problems) expect(typeof p.pointer).toBe("string");
      }),
      // a case fast-check found once in six runs: a value whose own toString is not a function
      { numRuns: 200, examples: [[[{ toString: 0 }]], [{ nodes: [{ valueOf: 1, toString: "x" }] }]] },
    );
  });

  it("a mutated flow is either refused with pointed problems or runs to an end without crashing", () => {
    let ran = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.record({ needseal: fc.boolean(), hireemployees: fc.boolean(), bankaccount: fc.boolean() }), (ms, answers) => {
        const f = mutate(ms);
        const v = validateFlow(f, { departments: DEPARTMENTS, lead: "samr" });
        if (!v.ok) {
          expect(v.problems.some((p) => p.severity === "error")).toBe(true);
          for (const p of v.problems) expect(p.pointer === "" || p.pointer.startsWith("/")).toBe(true);
          return;
        }
        ran++;
        const r = simulate(prepareDefinition(f, { version: 1 }), { start: T0, answers });
        expect(["completed", "rejected"]).toContain(r.status);
        expect(Object.keys(r.state.timers)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    expect(ran).toBeGreaterThan(30);
  });

  it("the machine refuses malformed or misdirected events with a typed error, never an exception", () => {
    const c = Case.of(qiyeFlow());
    c.do({ type: "submit", actor: applicant, answers: ALL_BRANCHES }, T0);
    const task = c.task("acceptance").id;
    const TYPES = ["submit", "claim", "approve", "reject", "return_for_correction", "accept", "accept_with_deficiency", "notify_promise", "results_issued", "applicant_corrected", "materials_supplied", "timer_fired", "rate", "nonsense"];
    const event = fc.record({
      type: fc.constantFrom(...TYPES),
      taskId: fc.constantFrom(task, "c1-t999", ""),
      timerId: fc.constantFrom(...Object.keys(c.state.timers), "nope"),
      actor: fc.constantFrom(staff("samr", "clerk"), staff("tax"), applicant, { id: "" }, { id: "x", department: "Not An Id" }),
      reason: fc.constantFrom("理由", "", undefined),
      deficiencies: fc.constantFrom([], [{ kind: "field", ref: "/a", reason: "" }], [{ kind: "field", ref: "/a", reason: "错" }]),
      materials: fc.constantFrom([], ["lease"], [""]),
      score: fc.integer({ min: -1, max: 7 }),
    }, { requiredKeys: ["type"] });
    fc.assert(
      fc.property(fc.oneof(event, fc.anything()), (e) => {
        const r = transition(c.def, c.state, e as never, T0);
        if (!r.ok) expect(["not_allowed", "conflict", "forbidden", "not_found", "invalid"]).toContain(r.error.code);
      }),
      { numRuns: 400 },
    );
  });
});
