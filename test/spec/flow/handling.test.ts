// 转办, 中止 and 延期 in the pure state machine: a suspension stops every clock of the case and resuming moves each
// deadline (and its timer) by exactly the suspended working days, with every other action of the case frozen
// meanwhile; an extension moves the step's and the case's promised deadlines once, within the allowance, never
// while the clock stands still; a transfer hands the task to another department, which alone may act on it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addWorkingDays, CN_CALENDAR, workingDaysBetween } from "../../../spec/calendar/index.js";
import { taskAllowedActions } from "../../../spec/flow/index.js";
import { applicant, Case, flowOf, review, staff, T0 } from "./fixtures.js";

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse(T0) + days * DAY).toISOString();

/** start → review (samr) ∥ review (tax) → join → end; the samr review may return for correction. */
function parallelCase(): Case {
  const c = Case.of(flowOf(
    [["start", "start"], ["split", "parallel", { join: "join" }], ["a", "review", review("samr")], ["b", "review", review("tax", { statutoryDays: 10, promisedDays: 3, extensionDays: 10 })], ["join", "join"], ["end", "end"]],
    [["start", "split"], ["split", "a"], ["split", "b"], ["a", "join"], ["b", "join"], ["join", "end"]],
  ));
  c.do({ type: "submit", actor: applicant }, T0);
  return c;
}

describe("中止 and 恢复", () => {
  it("moves every deadline and timer by the suspended working days, whatever the suspension's length", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40 }), (days) => {
      const c = parallelCase();
      const a = c.task("a");
      const before = { case: c.state.clock.dueAt!, a: a.dueAt!, b: c.task("b").dueAt!, timers: c.timers("node_due").map((t) => t.dueAt).sort() };
      c.do({ type: "suspend", taskId: a.id, actor: staff("samr"), reason: "hearing" }, T0);
      expect(c.timers("node_due")).toEqual([]);
      expect(taskAllowedActions(c.def, c.state, c.task("b").id)).toEqual([]);
      expect(taskAllowedActions(c.def, c.state, a.id)).toEqual(["resume"]);
      expect(c.refuse({ type: "approve", taskId: c.task("b").id, actor: staff("tax") }, at(days))).toMatchObject({ code: "not_allowed" });
      c.do({ type: "resume", taskId: a.id, actor: staff("samr") }, at(days));
      const held = workingDaysBetween(T0, at(days), CN_CALENDAR);
      const moved = (iso: string) => (held ? addWorkingDays(iso, held, CN_CALENDAR).toISOString() : iso);
      expect(c.state.clock.dueAt).toBe(moved(before.case));
      expect([c.task("a").dueAt, c.task("b").dueAt]).toEqual([moved(before.a), moved(before.b)]);
      expect(c.timers("node_due").map((t) => t.dueAt).sort()).toEqual(before.timers.map(moved).sort());
      expect(c.state.suspensions).toEqual([expect.objectContaining({ reason: "hearing", days: held })]);
      expect(c.state.suspension).toBeUndefined();
      // one resumption, told once: the lifted suspension's entry says the days, no second "计时恢复" beside it
      const kinds = c.effects.filter((e) => e.type === "append_event").map((e) => (e as { entry: { kind: string } }).entry.kind);
      expect(kinds.filter((k) => k === "suspension_lifted")).toHaveLength(1);
      expect(kinds).not.toContain("clock_resumed");
    }), { numRuns: 25 });
  });

  it("is not offered while the case waits for the applicant, and 其他法定情形 needs its reason written", () => {
    const c = parallelCase();
    expect(c.refuse({ type: "suspend", taskId: c.task("a").id, actor: staff("samr"), reason: "other" }, T0)).toMatchObject({ code: "invalid", problems: [{ pointer: "/note" }] });
    c.do({ type: "return_for_correction", taskId: c.task("a").id, actor: staff("samr"), deficiencies: [{ kind: "field", ref: "/x", reason: "错" }] }, T0);
    expect(taskAllowedActions(c.def, c.state, c.task("b").id)).not.toContain("suspend");
    expect(taskAllowedActions(c.def, c.state, c.task("b").id)).not.toContain("extend");
  });
});

describe("延期", () => {
  it("extends once within the node's allowance, moving the step's and the case's promised deadlines", () => {
    const c = parallelCase();
    const b = c.task("b");
    const caseDue = c.state.clock.dueAt!;
    expect(c.refuse({ type: "extend", taskId: b.id, actor: staff("tax"), days: 11, reason: "复杂" }, T0)).toMatchObject({ code: "invalid", problems: [{ pointer: "/days" }] });
    c.do({ type: "extend", taskId: b.id, actor: staff("tax"), days: 10, reason: "需要现场核查" }, T0);
    expect(c.task("b").dueAt).toBe(addWorkingDays(b.dueAt!, 10, CN_CALENDAR).toISOString());
    expect(c.timers("node_due", "b").map((t) => t.dueAt)).toEqual([c.task("b").dueAt]);
    expect(c.state.clock.dueAt).toBe(addWorkingDays(caseDue, 10, CN_CALENDAR).toISOString());
    expect(c.refuse({ type: "extend", taskId: b.id, actor: staff("tax"), days: 1, reason: "再延" }, T0)).toMatchObject({ code: "not_allowed" });
    // without an allowance of its own a step may go up to its statutory limit (5 − 2 working days)
    expect(c.refuse({ type: "extend", taskId: c.task("a").id, actor: staff("samr"), days: 4, reason: "x" }, T0)).toMatchObject({ code: "invalid" });
  });
});

describe("转办", () => {
  it("hands the task to another department, which alone may act on it, and records who, whence and why", () => {
    const c = parallelCase();
    const a = c.task("a");
    c.do({ type: "transfer", taskId: a.id, actor: staff("samr"), to: { department: "urban", assignee: "wang" }, reason: "属城管职责" }, T0);
    expect(c.state.tasks[a.id]).toMatchObject({ department: "urban", assignee: "wang", status: "open" });
    expect(c.refuse({ type: "approve", taskId: a.id, actor: staff("samr") }, T0)).toMatchObject({ code: "forbidden" });
    const log = c.effects.find((e) => e.type === "append_event" && e.entry.kind === "transferred");
    expect(log).toMatchObject({ entry: { actor: "samr-reviewer", details: { from: { department: "samr" }, to: { department: "urban", assignee: "wang" }, reason: "属城管职责" } } });
    expect(c.refuse({ type: "transfer", taskId: a.id, actor: staff("urban", "reviewer", "wang"), to: { department: "urban", assignee: "wang" }, reason: "x" }, T0)).toMatchObject({ code: "invalid" });
    c.do({ type: "approve", taskId: a.id, actor: staff("urban", "reviewer", "wang") }, T0);
    expect(c.state.tasks[a.id]).toMatchObject({ status: "done", outcome: "approved" });
  });
});
