import { describe, expect, it } from "vitest";
import { criticalPath, prepareDefinition, simulate, validateFlow } from "../../../spec/flow/index.js";
import { applicant, Case, DEPARTMENTS, flowOf, qiyeFlow, review, staff, T0 } from "./fixtures.js";

/** start → a(1/5) → split[ b(3/4) , inner split[ c(1/10), d(2/2) ] ] → results(0/1) → end. */
const nested = () =>
  flowOf(
    [
      ["start", "start"], ["a", "review", review("samr", { promisedDays: 1, statutoryDays: 5 })],
      ["p", "parallel", { join: "j" }], ["b", "review", review("psb", { promisedDays: 3, statutoryDays: 4 })],
      ["q", "parallel", { join: "k" }], ["c", "review", review("tax", { promisedDays: 1, statutoryDays: 10 })], ["d", "review", review("hrss", { promisedDays: 2, statutoryDays: 2 })],
      ["k", "join"], ["j", "join"], ["out", "results", review("samr", { role: "clerk", promisedDays: 0, statutoryDays: 1 })], ["end", "end"],
    ],
    [["start", "a"], ["a", "p"], ["p", "b"], ["p", "q"], ["q", "c"], ["q", "d"], ["c", "k"], ["d", "k"], ["k", "j"], ["b", "j"], ["j", "out"], ["out", "end"]],
    { statutoryDays: 16, promisedDays: 4 },
  );

describe("critical path", () => {
  it("sums sequences and takes the longest parallel branch, per limit kind", () => {
    const f = nested();
    expect(validateFlow(f, { departments: DEPARTMENTS, lead: "samr" }).problems.filter((p) => p.severity === "error")).toEqual([]);
    const cp = criticalPath(validateFlow(f).flow!);
    expect(cp.promised).toEqual({ days: 4, path: ["start", "a", "p", "b", "j", "out", "end"] });
    expect(cp.statutory).toEqual({ days: 16, path: ["start", "a", "p", "q", "c", "k", "j", "out", "end"] });
    expect(cp.reductionPercent).toBe(75);
    expect(cp.summary).toEqual({ zh: "法定时限 16 个工作日，承诺时限 4 个工作日，承诺时限较法定时限压减 75%", en: "Statutory limit 16 working days, promised limit 4 working days: 75% shorter than the statutory limit" });
  });

  it("ignores rework loops and rejection paths, and uses path totals without a case limit", () => {
    const f = flowOf(
      [["start", "start"], ["a", "review", review("samr", { promisedDays: 2, statutoryDays: 10 })], ["b", "review", review("tax", { promisedDays: 3, statutoryDays: 10 })], ["x", "review", review("tax", { promisedDays: 30, statutoryDays: 60 })], ["end", "end"], ["no", "end", { outcome: "rejected" }]],
      [["start", "a"], ["a", "b"], ["b", "a", { outcome: "reject" }], ["b", "end"], ["a", "x", { outcome: "reject" }], ["x", "no"]],
      null,
    );
    const cp = criticalPath(validateFlow(f).flow ?? (f as never));
    expect(cp.promised.days).toBe(5);
    expect(cp.statutory.days).toBe(20);
    expect(cp.basis).toBe("criticalPath");
    expect(cp.reductionPercent).toBe(75);
  });

  it("the 企业开办 flow: 2 promised against 19 statutory working days", () => {
    const cp = criticalPath(validateFlow(qiyeFlow()).flow!);
    expect([cp.promised.days, cp.statutory.days, cp.reductionPercent]).toEqual([2, 19, 89.5]);
    expect(cp.statutory.path).toContain("review-social-insurance");
  });
});

describe("nested parallel regions at run time", () => {
  it("joins the inner split before the outer one, each exactly once", () => {
    const c = Case.of(nested());
    c.do({ type: "submit", actor: applicant }, T0);
    c.do({ type: "approve", taskId: c.task("a").id, actor: staff("samr") }, T0);
    expect(c.open().map((t) => t.node).sort()).toEqual(["b", "c", "d"]);
    c.do({ type: "approve", taskId: c.task("c").id, actor: staff("tax") }, T0);
    c.do({ type: "approve", taskId: c.task("b").id, actor: staff("psb") }, T0);
    expect(c.open("out")).toEqual([]);
    c.do({ type: "approve", taskId: c.task("d").id, actor: staff("hrss") }, T0);
    expect(c.open().map((t) => t.node)).toEqual(["out"]);
    expect(c.state.tokens).toHaveLength(1);
    expect(c.state.tokens[0]!.frames).toEqual([]);
  });

  it("simulates to completion with the promised dates", () => {
    const r = simulate(prepareDefinition(nested(), { version: 3 }), { start: T0 });
    expect(r.status).toBe("completed");
    expect(r.path).toEqual(["start", "a", "p", "b", "q", "c", "d", "k", "j", "out", "end"]);
    expect(r.log.every((e) => e.version === 3)).toBe(true);
    // a: Tue 24 Nov; b (3 days) ends Fri 27 Nov, after c and d; the exit issues the same day
    expect(r.finishedAt).toBe("2026-11-27T09:29:00.000Z");
  });
});
