import { describe, expect, it } from "vitest";
import { addWorkingDays, CN_CALENDAR, localDate } from "../../../spec/calendar/index.js";
import { BundleSchema } from "../../../spec/bundle.js";
import { allowedActions, definitionFromBundle, FlowDefinitionError, taskAllowedActions } from "../../../spec/flow/index.js";
import { ALL_BRANCHES, applicant, Case, flowOf, qiyeFlow, review, staff, T0 } from "./fixtures.js";

const at = (iso: string, hours: number) => new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();
const PARALLEL = ["review-seal", "review-tax", "review-social-insurance", "review-housing-fund", "review-bank"];
const DEPT: Record<string, string> = { "review-seal": "psb", "review-tax": "tax", "review-social-insurance": "hrss", "review-housing-fund": "hpf", "review-bank": "bank" };

/** A 企业开办 case submitted and accepted, with registration approved: the five parallel tasks are open. */
function inParallel(answers: Record<string, unknown> = ALL_BRANCHES) {
  const c = Case.of(qiyeFlow());
  c.do({ type: "submit", actor: applicant, answers, data: { entName: "重庆一件科技有限公司" } }, T0);
  c.do({ type: "accept", taskId: c.task("acceptance").id, actor: staff("samr", "clerk") }, at(T0, 1));
  c.do({ type: "approve", taskId: c.task("review-registration").id, actor: staff("samr"), result: { document: "licence.pdf" } }, at(T0, 2));
  return c;
}

describe("企业开办 journey", () => {
  it("goes from the front desk through parallel review to one exit, and takes one rating", () => {
    const c = Case.of(qiyeFlow());
    const submitted = c.do({ type: "submit", actor: applicant, answers: ALL_BRANCHES, data: {} }, T0);
    expect(c.state.status).toBe("running");
    expect(submitted).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: "create_task", task: expect.objectContaining({ node: "acceptance", department: "samr", role: "clerk", kind: "acceptance" }) }),
      expect.objectContaining({ type: "append_event", entry: expect.objectContaining({ kind: "submitted", actor: "zhang-san", version: 1 }) }),
    ]));
    c.do({ type: "accept", taskId: c.task("acceptance").id, actor: staff("samr", "clerk") }, at(T0, 1));
    // the case clock runs from acceptance: promised 2 working days, statutory 19
    expect(c.state.clock.dueAt).toBe(addWorkingDays(at(T0, 1), 2, CN_CALENDAR).toISOString());
    expect(c.state.clock.statutoryDueAt).toBe(addWorkingDays(at(T0, 1), 19, CN_CALENDAR).toISOString());
    const reg = c.task("review-registration");
    expect(c.refuse({ type: "approve", taskId: reg.id, actor: staff("samr") }, at(T0, 2))).toMatchObject({ code: "invalid", problems: [{ pointer: "/result" }] });
    c.do({ type: "approve", taskId: reg.id, actor: staff("samr"), result: { document: "licence.pdf" } }, at(T0, 2));
    expect(c.open().map((t) => t.department).sort()).toEqual(["bank", "hpf", "hrss", "psb", "tax"]);
    for (const node of [...PARALLEL].reverse()) {
      expect(c.open("results")).toHaveLength(0);
      c.do({ type: "approve", taskId: c.task(node).id, actor: staff(DEPT[node]!), result: { document: `${node}.pdf` } }, at(T0, 3));
    }
    const exit = c.task("results");
    expect(exit).toMatchObject({ department: "samr", role: "clerk" });
    c.do({ type: "results_issued", taskId: exit.id, actor: staff("samr", "clerk"), delivery: "post" }, at(T0, 4));
    expect(c.state.status).toBe("completed");
    expect(c.state.results.map((r) => r.department).sort()).toEqual(["bank", "hpf", "hrss", "psb", "samr", "tax"]);
    expect(c.topics()).toEqual(expect.arrayContaining(["case.submitted", "case.accepted", "node.approved", "results.issued", "case.completed"]));
    const issued = c.effects.find((e) => e.type === "outbox" && e.topic === "results.issued");
    expect(issued).toMatchObject({ payload: { delivery: "post", missing: [] } });
    expect(Object.keys(c.state.timers)).toEqual([]);
    expect(c.open()).toEqual([]);
    c.do({ type: "rate", actor: applicant, score: 5, comment: "一次办好" }, at(T0, 5));
    expect(c.state.rating).toMatchObject({ score: 5, comment: "一次办好" });
    expect(c.refuse({ type: "rate", actor: applicant, score: 1 }, at(T0, 6))).toMatchObject({ code: "not_allowed", allowed: [] });
  });

  it("takes the default branch when the applicant does not book a bank account", () => {
    const c = inParallel({ ...ALL_BRANCHES, bankaccount: false });
    expect(c.open().map((t) => t.node).sort()).toEqual(PARALLEL.filter((n) => n !== "review-bank").sort());
    const few = inParallel({ needseal: false, hireemployees: false });
    expect(few.open().map((t) => t.node)).toEqual(["review-tax"]);
    expect(c.effects).toContainEqual(expect.objectContaining({ type: "append_event", entry: expect.objectContaining({ kind: "branch", node: "gateway-bank" }) }));
  });

  it("refuses what the state does not allow, with the allowed actions, and other departments' work", () => {
    const c = inParallel();
    const tax = c.task("review-tax");
    expect(c.refuse({ type: "approve", taskId: tax.id, actor: staff("psb") }, T0)).toMatchObject({ code: "forbidden" });
    expect(c.refuse({ type: "approve", taskId: "c1-t999", actor: staff("tax") }, T0)).toMatchObject({ code: "not_found" });
    const e = c.refuse({ type: "accept", taskId: tax.id, actor: staff("tax") }, T0);
    expect(e).toMatchObject({ code: "not_allowed" });
    expect(e.allowed).toEqual(["claim", "approve", "reject", "return_for_correction", "transfer", "suspend"]);
    expect(c.refuse({ type: "return_for_correction", taskId: tax.id, actor: staff("tax"), deficiencies: [] }, T0)).toMatchObject({ code: "invalid" });
    expect(c.refuse({ type: "submit", actor: applicant }, T0)).toMatchObject({ code: "not_allowed", allowed: [] });
    expect(c.refuse({ type: "materials_supplied", actor: applicant, materials: ["x"] }, T0)).toMatchObject({ code: "not_allowed" });
    // claim: one person takes it; a colleague can no longer claim or act
    c.do({ type: "claim", taskId: tax.id, actor: staff("tax", "reviewer", "li") }, T0);
    expect(c.refuse({ type: "claim", taskId: tax.id, actor: staff("tax", "reviewer", "wang") }, T0)).toMatchObject({ code: "conflict" });
    expect(c.refuse({ type: "approve", taskId: tax.id, actor: staff("tax", "reviewer", "wang"), result: { document: "x" } }, T0)).toMatchObject({ code: "forbidden" });
    expect(taskAllowedActions(c.def, c.state, tax.id)).toEqual(["approve", "reject", "return_for_correction", "transfer", "suspend"]);
    expect(taskAllowedActions(c.def, c.state, tax.id, staff("tax", "reviewer", "wang"))).toEqual([]);
    expect(taskAllowedActions(c.def, c.state, tax.id, staff("tax", "reviewer", "li"))).toEqual(["approve", "reject", "return_for_correction", "transfer", "suspend"]);
    c.do({ type: "approve", taskId: tax.id, actor: staff("tax", "reviewer", "li"), result: { document: "x" } }, T0);
    // the loser of a race finds the task done: 409 with nothing allowed on it
    expect(c.refuse({ type: "approve", taskId: tax.id, actor: staff("tax", "reviewer", "li"), result: { document: "x" } }, T0)).toMatchObject({ code: "not_allowed", allowed: [] });
    const view = allowedActions(c.def, c.state, staff("psb"));
    expect(Object.keys(view.tasks)).toEqual([c.task("review-seal").id]);
  });

  it("ends as rejected when the front desk refuses, cancelling everything", () => {
    const c = Case.of(qiyeFlow());
    c.do({ type: "submit", actor: applicant }, T0);
    c.do({ type: "reject", taskId: c.task("acceptance").id, actor: staff("samr", "clerk"), reason: "不属于本机关职权范围" }, T0);
    expect(c.state.status).toBe("rejected");
    expect(c.state.outcome?.reason).toContain("不属于本机关职权范围");
    expect(Object.keys(c.state.timers)).toEqual([]);
    expect(c.topics()).toContain("case.rejected");
  });

  it("reads an edge's outcome from the handle it was drawn from", () => {
    const f = qiyeFlow();
    const e = f.edges.find((x: { id: string }) => x.id === "e-registration-rejected");
    delete e.data;
    e.sourceHandle = "reject";
    const c = Case.of(f);
    c.do({ type: "submit", actor: applicant }, T0);
    c.do({ type: "accept", taskId: c.task("acceptance").id, actor: staff("samr", "clerk") }, T0);
    c.do({ type: "reject", taskId: c.task("review-registration").id, actor: staff("samr"), reason: "名称不合规" }, T0);
    expect(c.state.outcome?.node).toBe("end-rejected");
  });

  it("follows a reject edge to its end node", () => {
    const c = Case.of(qiyeFlow());
    c.do({ type: "submit", actor: applicant }, T0);
    c.do({ type: "accept", taskId: c.task("acceptance").id, actor: staff("samr", "clerk") }, T0);
    c.do({ type: "reject", taskId: c.task("review-registration").id, actor: staff("samr"), reason: "名称与已登记企业相同" }, T0);
    expect(c.state.status).toBe("rejected");
    expect(c.state.outcome?.node).toBe("end-rejected");
    expect(c.state.outcome?.reason).toBe("名称与已登记企业相同"); // the officer's reason, not the end node's name
  });
});

describe("one complete correction notice (一次性告知补正) and the paused clock", () => {
  it("pauses every clock while waiting, shifts due dates by the paused working days, and allows one notice", () => {
    // accepted Wed 30 Sep 2026 10:00 Beijing; corrected Fri 9 Oct: 8 and 9 Oct are 2 working days (National Day between)
    const t = "2026-09-30T02:00:00.000Z";
    const c = Case.of(qiyeFlow());
    c.do({ type: "submit", actor: applicant, answers: ALL_BRANCHES }, t);
    c.do({ type: "accept", taskId: c.task("acceptance").id, actor: staff("samr", "clerk") }, t);
    const reg = c.task("review-registration");
    const caseDue = c.state.clock.dueAt!;
    expect(localDate(reg.dueAt!, CN_CALENDAR)).toBe("2026-10-08");
    const deficiencies = [
      { kind: "field" as const, ref: "/entName", label: "企业名称", reason: "名称含有禁用字词" },
      { kind: "material" as const, ref: "lease", item: "company-registration", label: "住所使用证明", reason: "租赁合同未盖章" },
    ];
    const fx = c.do({ type: "return_for_correction", taskId: reg.id, actor: staff("samr"), deficiencies }, at(t, 1));
    expect(c.state.status).toBe("waiting_applicant");
    expect(fx).toContainEqual(expect.objectContaining({ type: "notify_applicant", kind: "correction", details: expect.objectContaining({ deficiencies }) }));
    expect(c.timers().map((x) => x.kind)).toEqual(["correction_deadline"]); // only the applicant's own deadline runs
    expect(c.refuse({ type: "applicant_corrected", actor: { id: "someone-else" } }, at(t, 2))).toMatchObject({ code: "forbidden" });
    c.do({ type: "applicant_corrected", actor: applicant, data: { entName: "重庆一件科技有限公司" } }, "2026-10-09T02:00:00.000Z");
    expect(c.state.status).toBe("running");
    expect(c.state.clock.pauses).toEqual([expect.objectContaining({ reason: "correction", days: 2 })]);
    expect(c.state.clock.dueAt).toBe(addWorkingDays(caseDue, 2, CN_CALENDAR).toISOString());
    const again = c.task("review-registration");
    expect(again.round).toBe(2);
    expect(localDate(again.dueAt!, CN_CALENDAR)).toBe("2026-10-10"); // 8 Oct + 2 working days: 9 Oct, then Sat 10 Oct (make-up workday)
    expect(c.timers("node_due", "review-registration")[0]!.dueAt).toBe(again.dueAt);
    expect(c.state.data).toEqual({ entName: "重庆一件科技有限公司" });
    // once, complete: no second notice from the same node
    expect(taskAllowedActions(c.def, c.state, again.id)).not.toContain("return_for_correction");
  });
});

describe("a node that starts while the case is paused", () => {
  it("is credited only the paused days since it started", () => {
    const f = flowOf(
      [["start", "start"], ["p", "parallel", { join: "j" }], ["a", "review", review("samr", { promisedDays: 5 })], ["b", "review", review("tax", { promisedDays: 1 })],
        ["c", "review", review("tax", { promisedDays: 5 })], ["j", "join"], ["end", "end"]],
      [["start", "p"], ["p", "a"], ["p", "b"], ["b", "c"], ["a", "j"], ["c", "j"], ["j", "end"]],
    );
    const c = Case.of(f);
    c.do({ type: "submit", actor: applicant }, T0); // Mon 23 Nov
    const aDue = c.task("a").dueAt!;
    c.do({ type: "return_for_correction", taskId: c.task("a").id, actor: staff("samr"), deficiencies: [{ kind: "field", ref: "/x", reason: "缺失" }] }, T0);
    const wed = "2026-11-25T02:00:00.000Z";
    c.do({ type: "approve", taskId: c.task("b").id, actor: staff("tax") }, wed); // c starts on Wed, during the pause
    const cDue = c.task("c").dueAt!;
    expect(c.timers("node_due", "c")).toEqual([]); // held back
    c.do({ type: "applicant_corrected", actor: applicant }, "2026-11-27T02:00:00.000Z"); // Fri
    expect(localDate(c.task("a").dueAt!, CN_CALENDAR)).toBe(localDate(addWorkingDays(aDue, 4, CN_CALENDAR), CN_CALENDAR)); // Tue–Fri: 4 days
    expect(c.task("c").dueAt).toBe(addWorkingDays(cDue, 2, CN_CALENDAR).toISOString()); // Thu–Fri: 2 days
    expect(c.timers("node_due", "c")[0]!.dueAt).toBe(c.task("c").dueAt);
  });
});

describe("correction deadline", () => {
  const f = flowOf([["start", "start"], ["r", "review", review("samr", { correctionDays: 5 })], ["end", "end"]], [["start", "r"], ["r", "end"]]);
  const ask = (c: Case) => c.do({ type: "return_for_correction", taskId: c.task("r").id, actor: staff("samr"), deficiencies: [{ kind: "material", ref: "id-card", reason: "复印件不清晰" }] }, T0);

  it("counts the application as withdrawn when the applicant lets the deadline pass", () => {
    const c = Case.of(f);
    c.do({ type: "submit", actor: applicant }, T0);
    const fx = ask(c);
    const timer = c.timers("correction_deadline")[0]!;
    expect(timer.dueAt).toBe(addWorkingDays(T0, 5, CN_CALENDAR).toISOString());
    expect(fx).toContainEqual(expect.objectContaining({ type: "notify_applicant", kind: "correction", details: expect.objectContaining({ deadline: timer.dueAt }) }));
    c.do({ type: "timer_fired", timerId: timer.id }, timer.dueAt);
    expect(c.state.outcome).toMatchObject({ status: "rejected", reason: "逾期未补正，视为撤回申请" });
  });

  it("cancels the deadline when the correction arrives", () => {
    const c = Case.of(f);
    c.do({ type: "submit", actor: applicant }, T0);
    ask(c);
    c.do({ type: "applicant_corrected", actor: applicant, materials: ["id-card"] }, at(T0, 3));
    expect(c.timers("correction_deadline")).toEqual([]);
    expect(c.task("r").round).toBe(2);
  });
});

describe("accept with deficiency (容缺受理)", () => {
  it("keeps the deadline within the working days the rules allow (never a moment the clerk picks)", () => {
    const c = Case.of(qiyeFlow());
    c.do({ type: "submit", actor: applicant, answers: { ...ALL_BRANCHES, bankaccount: false } }, T0);
    const acc = c.task("acceptance").id;
    expect(c.refuse({ type: "accept_with_deficiency", taskId: acc, actor: staff("samr", "clerk"), materials: ["lease-stamped"], days: 6 }, T0)).toMatchObject({ code: "invalid", problems: [{ pointer: "/days" }] });
    const soon = new Date(Date.parse(T0) + 4000).toISOString();
    expect(c.refuse({ type: "accept_with_deficiency", taskId: acc, actor: staff("samr", "clerk"), materials: ["lease-stamped"], deadline: soon }, T0)).toMatchObject({ code: "invalid", problems: [{ pointer: "/deadline" }] });
    expect(c.state.promises).toEqual([]);
  });

  it("holds the exit until the promised materials arrive, with the clock paused", () => {
    const c = Case.of(qiyeFlow());
    c.do({ type: "submit", actor: applicant, answers: { ...ALL_BRANCHES, bankaccount: false } }, T0);
    c.do({ type: "accept_with_deficiency", taskId: c.task("acceptance").id, actor: staff("samr", "clerk"), materials: ["lease-stamped"], days: 3 }, T0);
    const promise = c.state.promises[0]!;
    expect(promise).toMatchObject({ status: "pending", materials: ["lease-stamped"], deadline: addWorkingDays(T0, 3, CN_CALENDAR).toISOString() });
    expect(c.timers("promise_deadline")).toHaveLength(1);
    c.do({ type: "approve", taskId: c.task("review-registration").id, actor: staff("samr"), result: { document: "l" } }, T0);
    for (const node of PARALLEL.slice(0, 4)) c.do({ type: "approve", taskId: c.task(node).id, actor: staff(DEPT[node]!), result: { document: "d" } }, at(T0, 1));
    expect(c.state.status).toBe("waiting_applicant");
    expect(c.state.clock.pauseReason).toBe("promised_materials");
    expect(c.open()).toEqual([]);
    c.do({ type: "materials_supplied", actor: applicant, materials: ["lease-stamped"] }, at(T0, 48));
    expect(c.state.promises[0]!.status).toBe("fulfilled");
    expect(c.timers("promise_deadline")).toEqual([]);
    expect(c.state.status).toBe("running");
    c.do({ type: "results_issued", taskId: c.task("results").id, actor: staff("samr", "clerk") }, at(T0, 49));
    expect(c.state.status).toBe("completed");
  });

  it("writes a credit record and takes the promise_broken branch when the deadline passes", () => {
    const c = inParallelWithDeficiency();
    const timer = c.timers("promise_deadline")[0]!;
    const fx = c.do({ type: "timer_fired", timerId: timer.id }, timer.dueAt);
    expect(fx).toContainEqual(expect.objectContaining({ type: "credit_record", subject: "zhang-san", materials: ["lease-stamped"] }));
    expect(c.state.promises[0]!.status).toBe("broken");
    expect(c.open().map((t) => t.node)).toEqual(["review-revocation"]);
    expect(c.topics()).toContain("credit.recorded");
    // the timer fires once only
    expect(c.refuse({ type: "timer_fired", timerId: timer.id }, timer.dueAt)).toMatchObject({ code: "conflict" });
  });

  it("without a promise_broken branch, a broken promise ends the case", () => {
    const f = flowOf([["start", "start"], ["acc", "acceptance", review("samr", { role: "clerk" })], ["r", "review", review("tax")], ["end", "end"]], [["start", "acc"], ["acc", "r"], ["r", "end"]]);
    const c = Case.of(f);
    c.do({ type: "submit", actor: applicant }, T0);
    c.do({ type: "accept_with_deficiency", taskId: c.task("acc").id, actor: staff("samr", "clerk"), materials: ["m"], deadline: "2026-11-30T09:30:00+08:00" }, T0);
    c.do({ type: "timer_fired", timerId: c.timers("promise_deadline")[0]!.id }, "2026-11-30T01:30:00.000Z");
    expect(c.state.status).toBe("rejected");
    expect(c.open()).toEqual([]);
  });
});

describe("definition from a bundle", () => {
  const item = (id: string, department: string, materials: unknown[] = []) => ({
    schemaVersion: 1, kind: "item", id, task_name: id, task_type: "20", by_law: "x", department, dept_name: department,
    anticipate_day: 5, promise_day: 1, project_type: "2", serve_type: ["2"], handle_type: ["2"], materials, form: { schema: { type: "object" } },
  });
  const bundle = BundleSchema.parse({
    schemaVersion: 1, kind: "bundle", key: "qiye-kaiban", title: "企业开办", category: "企业开办", audience: "enterprise", lead: "samr",
    cooperating: ["psb", "tax", "hrss", "hpf", "bank"],
    items: [
      item("company-registration", "samr", [
        { id: "lease", material_name: "住所使用证明", necessity: "容缺后补", source_type: "10", deferral_days: 3 },
        { id: "articles", material_name: "公司章程", necessity: "必要", source_type: "10" },
      ]),
      ...["seal-filing", "tax-info", "social-insurance", "housing-fund", "bank-account"].map((id, i) => item(id, ["psb", "tax", "hrss", "hpf", "bank"][i]!)),
    ],
    form: { schema: { type: "object" } },
    flow: qiyeFlow(),
  });

  it("allows 容缺 only for materials the items mark 容缺后补, with their deferral days", () => {
    const c = new Case(definitionFromBundle(bundle, 7));
    c.do({ type: "submit", actor: applicant }, T0);
    const task = c.task("acceptance");
    expect(c.refuse({ type: "accept_with_deficiency", taskId: task.id, actor: staff("samr", "clerk"), materials: ["articles"] }, T0)).toMatchObject({ code: "invalid", problems: [{ pointer: "/materials/0" }] });
    c.do({ type: "accept_with_deficiency", taskId: task.id, actor: staff("samr", "clerk"), materials: ["company-registration/lease"] }, T0);
    expect(c.state.promises[0]!.deadline).toBe(addWorkingDays(T0, 3, CN_CALENDAR).toISOString());
    expect(c.effects.find((e) => e.type === "append_event")).toMatchObject({ entry: { version: 7 } });
    // the audit log names the material as the applicant knows it, not by its id
    const logged = c.effects.flatMap((e) => (e.type === "append_event" && e.entry.kind === "accepted_with_deficiency" ? [e.entry] : []))[0]!;
    expect(logged.message).toContain("住所使用证明");
    expect(logged.message).not.toContain("company-registration/lease");
  });

  it("refuses a bundle whose flow does not fit it, listing the problems", () => {
    const other = { ...bundle, lead: "tax", cooperating: ["samr"] };
    try {
      definitionFromBundle(other, 1);
      expect.fail("should refuse");
    } catch (err) {
      expect(err).toBeInstanceOf(FlowDefinitionError);
      expect((err as FlowDefinitionError).problems).toEqual(expect.arrayContaining([expect.objectContaining({ nodeId: "acceptance", severity: "error" })]));
    }
  });

  it("refuses a flow that counts its limits in an unknown calendar, naming it in both languages", () => {
    try {
      definitionFromBundle({ ...bundle, flow: { ...bundle.flow!, calendar: "nope" } }, 1);
      expect.fail("should refuse");
    } catch (err) {
      expect(err).toBeInstanceOf(FlowDefinitionError);
      expect((err as FlowDefinitionError).problems).toEqual([{ severity: "error", pointer: "/calendar", message: { zh: "没有工作日历「nope」", en: 'Unknown calendar "nope"' } }]);
    }
  });
});

function inParallelWithDeficiency() {
  const c = Case.of(qiyeFlow());
  c.do({ type: "submit", actor: applicant, answers: ALL_BRANCHES }, T0);
  c.do({ type: "accept_with_deficiency", taskId: c.task("acceptance").id, actor: staff("samr", "clerk"), materials: ["lease-stamped"], days: 3 }, T0);
  c.do({ type: "approve", taskId: c.task("review-registration").id, actor: staff("samr"), result: { document: "l" } }, T0);
  return c;
}

describe("notify and promise (告知承诺)", () => {
  it("accepts on the promise, queues a post-check, and follows the promise edge", () => {
    const f = flowOf(
      [["start", "start"], ["acc", "acceptance", review("samr", { role: "clerk", allowPromise: true })], ["full", "review", review("samr")], ["quick", "review", review("samr", { promisedDays: 0 })], ["end", "end"]],
      [["start", "acc"], ["acc", "full"], ["acc", "quick", { outcome: "promise" }], ["full", "end"], ["quick", "end"]],
    );
    const c = Case.of(f);
    c.do({ type: "submit", actor: applicant }, T0);
    c.do({ type: "notify_promise", taskId: c.task("acc").id, actor: staff("samr", "clerk"), conditions: "经营场所符合消防安全要求" }, T0);
    expect(c.open().map((t) => t.node)).toEqual(["quick"]);
    expect(c.state.promises[0]).toMatchObject({ kind: "conditions", status: "to_verify" });
    expect(c.topics()).toContain("promise.to_verify");
  });
});

describe("timeouts", () => {
  it("counts an overdue node as approved (超时默认) and names the late department", () => {
    const c = inParallel();
    const due = c.timers("node_due", "review-social-insurance")[0]!;
    c.do({ type: "timer_fired", timerId: due.id }, due.dueAt);
    expect(c.state.tasks[Object.values(c.state.tasks).find((t) => t.node === "review-social-insurance")!.id]!.outcome).toBe("timeout_approved");
    expect(c.effects).toContainEqual(expect.objectContaining({ type: "append_event", entry: expect.objectContaining({ kind: "timeout_approved", message: expect.stringContaining("hrss") }) }));
    expect(c.topics()).toContain("node.timeout_approved");
  });

  it("escalates an overdue tax review to the configured role", () => {
    const c = inParallel();
    const due = c.timers("node_due", "review-tax")[0]!;
    const fx = c.do({ type: "timer_fired", timerId: due.id }, due.dueAt);
    expect(fx).toContainEqual(expect.objectContaining({ type: "notify_staff", kind: "escalation", department: "tax" }));
    expect(c.task("review-tax").escalatedTo).toMatchObject({ department: "tax", role: "reviewer" });
  });

  it("reminds before the promised limit and warns supervision when the case is overdue", () => {
    const f = flowOf([["start", "start"], ["r", "review", review("samr", { promisedDays: 3, reminderDays: 1, timeout: { action: "remind" } })], ["end", "end"]], [["start", "r"], ["r", "end"]], { statutoryDays: 10, promisedDays: 3, reminderDays: 1 });
    const c = Case.of(f);
    c.do({ type: "submit", actor: applicant }, T0);
    const reminder = c.timers("reminder")[0]!;
    expect(localDate(reminder.dueAt, CN_CALENDAR)).toBe("2026-11-25");
    expect(c.do({ type: "timer_fired", timerId: reminder.id }, reminder.dueAt)).toContainEqual(expect.objectContaining({ type: "notify_staff", kind: "reminder", department: "samr" }));
    const caseDue = c.timers("case_due")[0]!;
    c.do({ type: "timer_fired", timerId: caseDue.id }, caseDue.dueAt);
    expect(c.state.clock.overdue).toBe(true);
    const nodeDue = c.timers("node_due")[0]!;
    expect(c.do({ type: "timer_fired", timerId: nodeDue.id }, nodeDue.dueAt)).toContainEqual(expect.objectContaining({ type: "notify_staff", kind: "overdue" }));
    expect(c.topics()).toEqual(expect.arrayContaining(["case.overdue", "node.overdue"]));
  });
});

describe("countersign", () => {
  const flowWith = (countersign: Record<string, unknown>) =>
    flowOf([["start", "start"], ["r", "review", review("samr", { countersign })], ["end", "end"]], [["start", "r"], ["r", "end"]]);
  const sign = (c: Case, who: string, ok = true) => {
    const task = c.open("r").find((t) => t.assignee === who)!;
    c.do(ok ? { type: "approve", taskId: task.id, actor: staff("samr", "reviewer", who) } : { type: "reject", taskId: task.id, actor: staff("samr", "reviewer", who), reason: "不同意" }, T0);
  };

  it("all: everyone must approve", () => {
    const c = Case.of(flowWith({ mode: "all", signers: ["a", "b", "c"] }));
    c.do({ type: "submit", actor: applicant }, T0);
    expect(c.open("r").map((t) => t.assignee)).toEqual(["a", "b", "c"]);
    sign(c, "a"); sign(c, "c");
    expect(c.state.status).toBe("running");
    sign(c, "b");
    expect(c.state.status).toBe("completed");
  });

  it("sequence: one after another, a rejection stops it", () => {
    const c = Case.of(flowWith({ mode: "sequence", signers: ["a", "b"] }));
    c.do({ type: "submit", actor: applicant }, T0);
    expect(c.open("r").map((t) => t.assignee)).toEqual(["a"]);
    sign(c, "a");
    expect(c.open("r").map((t) => t.assignee)).toEqual(["b"]);
    sign(c, "b", false);
    expect(c.state.status).toBe("rejected");
  });

  it("ratio: decided as soon as the vote is settled", () => {
    const c = Case.of(flowWith({ mode: "ratio", ratio: 0.6, signers: ["a", "b", "c", "d", "e"] }));
    c.do({ type: "submit", actor: applicant }, T0);
    sign(c, "a"); sign(c, "b", false); sign(c, "c");
    expect(c.state.status).toBe("running");
    sign(c, "d");
    expect(c.state.status).toBe("completed");
    expect(Object.values(c.state.tasks).find((t) => t.assignee === "e")!.outcome).toBe("cancelled");
  });

  it("any: the first decision counts", () => {
    const c = Case.of(flowWith({ mode: "any", signers: ["a", "b"] }));
    c.do({ type: "submit", actor: applicant }, T0);
    sign(c, "b");
    expect(c.state.status).toBe("completed");
  });
});

describe("automatic approval (秒批)", () => {
  const f = flowOf(
    [["start", "start"], ["auto", "auto", {
      department: "hrss",
      rules: [{ when: { "<": [{ var: "data.age" }, 16] }, outcome: "reject", reason: "未满 16 周岁" }, { when: { "==": [{ var: "answers.registered" }, true] }, outcome: "approve" }],
      otherwise: "manual", manual: { department: "hrss", statutoryDays: 5, promisedDays: 1 }, result: { name: "参保凭证" },
    }], ["end", "end"]],
    [["start", "auto"], ["auto", "end"]],
  );
  it("approves, rejects or hands over to a person by the rules", () => {
    const yes = Case.of(f);
    yes.do({ type: "submit", actor: applicant, answers: { registered: true }, data: { age: 30 } }, T0);
    expect(yes.state.status).toBe("completed");
    expect(yes.state.results).toEqual([expect.objectContaining({ node: "auto", document: "秒批通过（规则 2）", name: "参保凭证", by: "system" })]);
    expect(yes.effects.find((e) => e.type === "append_event" && e.entry.kind === "auto_approved")).toMatchObject({ entry: { actor: "system", message: "「秒批」秒批通过，依据规则 2", details: { rule: 1 } } });
    const no = Case.of(f);
    no.do({ type: "submit", actor: applicant, data: { age: 15 } }, T0);
    expect(no.state.outcome).toMatchObject({ status: "rejected", reason: "未满 16 周岁" });
    const manual = Case.of(f);
    manual.do({ type: "submit", actor: applicant, data: { age: 30 } }, T0);
    const task = manual.task("auto");
    expect(task).toMatchObject({ kind: "manual", department: "hrss", role: "reviewer" });
    expect(manual.effects.find((e) => e.type === "append_event" && e.entry.kind === "auto_manual")).toMatchObject({ entry: { message: "「秒批」转人工审核：未满足任何秒批规则（规则 2：「registered」须为“是”，实为未填写）", details: { rule: "otherwise" } } });
    manual.do({ type: "approve", taskId: task.id, actor: staff("hrss"), result: { document: "pz.pdf" } }, T0);
    expect(manual.state.status).toBe("completed");
  });
});
