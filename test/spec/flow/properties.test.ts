// Invariants of the state machine, checked on random runs with fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { replay, taskAllowedActions, transition, caseActions, type Effect, type FlowEventInput, type FlowState } from "../../../spec/flow/index.js";
import { ALL_BRANCHES, applicant, Case, qiyeFlow, staff, T0 } from "./fixtures.js";

const PARALLEL = ["review-seal", "review-tax", "review-social-insurance", "review-housing-fund", "review-bank"];

/** Every event the state allows now, with a plausible payload, and the instant it would happen at. */
function candidates(state: FlowState, def: Case["def"], now: string): Array<{ event: FlowEventInput; at: string }> {
  const out: Array<{ event: FlowEventInput; at: string }> = [];
  for (const task of Object.values(state.tasks).filter((t) => t.status === "open").sort((a, b) => a.id.localeCompare(b.id))) {
    const actor = staff(task.department, task.role, task.assignee ?? `${task.department}-1`);
    for (const action of taskAllowedActions(def, state, task.id)) {
      const base = { taskId: task.id, actor };
      const event: FlowEventInput =
        action === "approve" ? { type: "approve", ...base, result: { document: `${task.node}.pdf` } }
          : action === "reject" ? { type: "reject", ...base, reason: "不符合条件" }
            : action === "return_for_correction" ? { type: "return_for_correction", ...base, deficiencies: [{ kind: "material", ref: "lease", reason: "未盖章" }] }
              : action === "accept_with_deficiency" ? { type: "accept_with_deficiency", ...base, materials: ["lease"], days: 2 }
                : action === "results_issued" ? { type: "results_issued", ...base, delivery: "online" }
                  : action === "transfer" ? { type: "transfer", ...base, to: { department: (task.escalatedTo?.department ?? task.department) === "samr" ? "tax" : "samr" }, reason: "职责调整" }
                    : action === "suspend" ? { type: "suspend", ...base, reason: "expert_review" }
                      : action === "extend" ? { type: "extend", ...base, days: 1, reason: "情况复杂" }
                        : ({ type: action, ...base } as FlowEventInput);
      out.push({ event, at: now });
    }
  }
  for (const timer of Object.values(state.timers).sort((a, b) => a.id.localeCompare(b.id))) {
    out.push({ event: { type: "timer_fired", timerId: timer.id }, at: timer.dueAt > now ? timer.dueAt : now });
  }
  for (const action of caseActions(state)) {
    if (action === "applicant_corrected") out.push({ event: { type: "applicant_corrected", actor: applicant, data: { fixed: true } }, at: now });
    if (action === "materials_supplied") out.push({ event: { type: "materials_supplied", actor: applicant, materials: ["lease"] }, at: now });
    if (action === "rate") out.push({ event: { type: "rate", actor: applicant, score: 4 }, at: now });
  }
  return out;
}

/** Runs a case by choosing among the allowed events with the given choices; returns the log and effects. */
function randomRun(choices: Array<{ pick: number; hours: number }>, answers: Record<string, unknown>) {
  const c = Case.of(qiyeFlow());
  let now = T0;
  const log: Array<{ event: FlowEventInput; at: string }> = [];
  const submit = { event: { type: "submit", actor: applicant, answers } as FlowEventInput, at: now };
  c.do(submit.event, submit.at);
  log.push(submit);
  const perStep: Effect[][] = [];
  for (const { pick, hours } of choices) {
    now = new Date(new Date(now).getTime() + hours * 3_600_000).toISOString();
    const options = candidates(c.state, c.def, now);
    if (!options.length) break;
    const { event, at } = options[pick % options.length]!;
    now = at;
    perStep.push(c.do(event, at));
    log.push({ event, at });
  }
  return { c, log, perStep };
}

const choice = fc.record({ pick: fc.nat(1000), hours: fc.integer({ min: 0, max: 30 }) });

describe("state machine invariants", () => {
  it("joins exactly once, whatever the order of the parallel approvals", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(PARALLEL, { minLength: 5, maxLength: 5 }), fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 5, maxLength: 5 }), (order, gaps) => {
        const c = Case.of(qiyeFlow());
        c.do({ type: "submit", actor: applicant, answers: ALL_BRANCHES }, T0);
        c.do({ type: "accept", taskId: c.task("acceptance").id, actor: staff("samr", "clerk") }, T0);
        c.do({ type: "approve", taskId: c.task("review-registration").id, actor: staff("samr"), result: { document: "l" } }, T0);
        let t = new Date(T0).getTime();
        order.forEach((node, i) => {
          t += gaps[i]! * 60_000;
          const task = c.task(node);
          c.do({ type: "approve", taskId: task.id, actor: staff(task.department), result: { document: node } }, new Date(t).toISOString());
        });
        const joined = c.effects.filter((e) => e.type === "append_event" && e.entry.kind === "joined");
        expect(joined).toHaveLength(1);
        expect(c.effects.filter((e) => e.type === "create_task" && e.task.node === "results")).toHaveLength(1);
        expect(Object.keys(c.state.joins)).toEqual([]);
        expect(c.state.tokens.map((k) => k.node)).toEqual(["results"]);
      }),
      { numRuns: 120 },
    );
  });

  it("schedules each timer once and fires or cancels it at most once; tasks close at most once", () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 40 }), fc.boolean(), (choices, bank) => {
        const { c, log } = randomRun(choices, { ...ALL_BRANCHES, bankaccount: bank });
        const scheduled = new Set<string>();
        const ended = new Set<string>();
        const created = new Set<string>();
        const closed = new Set<string>();
        let i = 0;
        for (const e of c.effects) {
          if (e.type === "schedule_timer") { expect(scheduled.has(e.timer.id)).toBe(false); scheduled.add(e.timer.id); }
          if (e.type === "cancel_timer") { expect(scheduled.has(e.timerId)).toBe(true); expect(ended.has(e.timerId)).toBe(false); ended.add(e.timerId); }
          if (e.type === "create_task") created.add(e.task.id);
          if (e.type === "close_task") { expect(created.has(e.taskId)).toBe(true); expect(closed.has(e.taskId)).toBe(false); closed.add(e.taskId); }
          i++;
        }
        for (const { event } of log) {
          if (event.type === "timer_fired") { expect(ended.has(event.timerId)).toBe(false); ended.add(event.timerId); }
        }
        // what is still scheduled is exactly what the state holds
        const live = [...scheduled].filter((id) => !ended.has(id)).sort();
        expect(live).toEqual(Object.keys(c.state.timers).sort());
        if (c.state.status === "completed" || c.state.status === "rejected") {
          expect(Object.keys(c.state.timers)).toEqual([]);
          expect(Object.values(c.state.tasks).filter((t) => t.status === "open")).toEqual([]);
        }
        expect(i).toBeGreaterThan(0);
        reached.add(c.state.status);
        for (const { event } of log) reached.add(event.type);
      }),
      { numRuns: 150 },
    );
    // the random runs do explore the interesting states and events
    expect([...reached]).toEqual(expect.arrayContaining(["rejected", "waiting_applicant", "timer_fired", "return_for_correction", "applicant_corrected", "accept_with_deficiency", "approve"]));
  });

  it("is deterministic and replaying the event log reproduces the state", () => {
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 30 }), fc.boolean(), (choices, bank) => {
        const a = randomRun(choices, { ...ALL_BRANCHES, bankaccount: bank });
        const b = randomRun(choices, { ...ALL_BRANCHES, bankaccount: bank });
        expect(b.c.state).toEqual(a.c.state);
        expect(b.c.effects).toEqual(a.c.effects);
        expect(replay(a.c.def, "c1", a.log)).toEqual(a.c.state);
      }),
      { numRuns: 80 },
    );
  });

  it("never changes the state it is given, and refuses without changing anything", () => {
    fc.assert(
      fc.property(fc.array(choice, { maxLength: 20 }), (choices) => {
        const { c } = randomRun(choices, {});
        const before = structuredClone(c.state);
        transition(c.def, c.state, { type: "rate", actor: applicant, score: 3 }, T0);
        transition(c.def, c.state, { type: "timer_fired", timerId: "nope" }, T0);
        expect(c.state).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
