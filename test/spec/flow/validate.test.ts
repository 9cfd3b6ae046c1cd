import { describe, expect, it } from "vitest";
import { zhOf } from "../../../spec/bilingual.js";
import { BundleSchema } from "../../../spec/bundle.js";
import { flowEventMetaSchema, flowMetaSchema, FlowSpecSchema, validateFlow, type FlowProblem } from "../../../spec/flow/index.js";
import { DEPARTMENTS, flowOf, qiyeFlow, review } from "./fixtures.js";

/** The problems with their Chinese text, as the Chinese editor shows them. */
const inZh = (problems: FlowProblem[]) => problems.map((p) => ({ ...p, message: zhOf(p.message) }));
const errors = (problems: FlowProblem[]) => inZh(problems.filter((p) => p.severity === "error"));
const opts = { departments: DEPARTMENTS, lead: "samr" };

/** start → review(samr) → end: the smallest valid flow. */
const minimal = () => flowOf([["start", "start"], ["r", "review", review("samr")], ["end", "end"]], [["start", "r"], ["r", "end"]]);

describe("validateFlow", () => {
  it("accepts the 企业开办 template flow with no error", () => {
    const v = validateFlow(qiyeFlow(), opts);
    expect(errors(v.problems)).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.flow!.nodes.find((n) => n.id === "acceptance")!.data).toMatchObject({ role: "clerk", allowDeficiency: true });
    expect(FlowSpecSchema.safeParse(qiyeFlow()).success).toBe(true);
  });

  it("refuses a document that is not a flow, with pointers", () => {
    const v = validateFlow({ schemaVersion: 2, nodes: "x" });
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.pointer)).toEqual(expect.arrayContaining(["/schemaVersion", "/nodes", "/edges"]));
  });

  it("names unknown node types, bad node data and duplicate ids", () => {
    const f = minimal();
    f.nodes.push({ id: "x", type: "frobnicate", position: { x: 0, y: 0 }, data: {} });
    f.nodes.push({ id: "r", type: "review", position: { x: 0, y: 0 }, data: review("samr") });
    f.nodes.push({ id: "bad", type: "review", position: { x: 0, y: 0 }, data: { department: "Not An Id", countersign: { mode: "sometimes" } } });
    const v = validateFlow(f, opts);
    expect(v.ok).toBe(false);
    expect(inZh(v.problems)).toEqual(expect.arrayContaining([
      // a node of an unknown type can only be named by its id; the others by what the canvas shows
      expect.objectContaining({ nodeId: "x", pointer: "/nodes/3/type", message: "节点「x」的类型 \"frobnicate\" 未知，可用类型：start, acceptance, review, auto, exclusive, parallel, join, results, end" }),
      expect.objectContaining({ nodeId: "r", pointer: "/nodes/4/id", message: "节点「部门审批」的 id「r」与另一节点重复" }),
      expect.objectContaining({ nodeId: "bad", pointer: "/nodes/5/data/department" }),
      expect.objectContaining({ nodeId: "bad", pointer: "/nodes/5/data/countersign/mode" }),
    ]));
  });

  it("finds dangling edges, duplicate edge ids, unreachable nodes and dead ends", () => {
    const f = minimal();
    f.nodes.push({ id: "island", type: "review", position: { x: 0, y: 0 }, data: review("tax") });
    f.edges.push({ id: "e-dangling", source: "r", target: "nowhere" });
    f.edges.push({ id: f.edges[0].id, source: "start", target: "r" });
    const v = validateFlow(f, opts);
    const e = errors(v.problems);
    expect(e).toEqual(expect.arrayContaining([
      expect.objectContaining({ edgeId: "e-dangling", pointer: "/edges/2/target" }),
      expect.objectContaining({ edgeId: f.edges[0].id, pointer: "/edges/3/id" }),
      expect.objectContaining({ nodeId: "island", message: expect.stringContaining("不可达") }),
      expect.objectContaining({ nodeId: "island", message: expect.stringContaining("没有出边") }),
    ]));
  });

  it("requires a default branch on every gateway and conditions on the others", () => {
    const f = flowOf(
      [["start", "start"], ["g", "exclusive"], ["a", "review", review("samr")], ["b", "review", review("tax")], ["end", "end"]],
      [["start", "g"], ["g", "a", { condition: { "==": [{ var: "answers.x" }, 1] } }], ["g", "b"], ["a", "end"], ["b", "end"]],
    );
    const v = validateFlow(f, opts);
    expect(errors(v.problems)).toEqual(expect.arrayContaining([
      expect.objectContaining({ nodeId: "g", message: expect.stringContaining("缺少默认分支") }),
      expect.objectContaining({ nodeId: "g", edgeId: "e2-g-b", message: expect.stringContaining("既无条件也不是默认分支") }),
    ]));
    f.edges[2].data = { default: true };
    expect(validateFlow(f, opts).ok).toBe(true);
    f.edges[1].data = { condition: { frobnicate: [1] } };
    expect(errors(validateFlow(f, opts).problems)).toEqual(expect.arrayContaining([expect.objectContaining({ edgeId: "e1-g-a", pointer: "/edges/1/data/condition/frobnicate" })]));
  });

  it("finds a parallel branch that never reaches its join, and a split naming a missing join", () => {
    const f = flowOf(
      [["start", "start"], ["p", "parallel", { join: "j" }], ["a", "review", review("psb")], ["b", "review", review("tax")], ["j", "join"], ["end", "end"]],
      [["start", "p"], ["p", "a"], ["p", "b"], ["a", "j"], ["b", "end"], ["j", "end"]],
    );
    const v = validateFlow(f, opts);
    expect(errors(v.problems)).toEqual(expect.arrayContaining([
      expect.objectContaining({ nodeId: "p", edgeId: "e2-p-b", message: expect.stringContaining("永远到不了") }),
      expect.objectContaining({ nodeId: "b", edgeId: "e4-b-end", message: expect.stringContaining("未经汇聚") }),
    ]));
    f.nodes[1].data.join = "nope";
    expect(errors(validateFlow(f, opts).problems)).toEqual(expect.arrayContaining([expect.objectContaining({ nodeId: "p", pointer: "/nodes/1/data/join" })]));
  });

  it("finds edges entering or leaving a parallel region (a join that would wait forever)", () => {
    const f = flowOf(
      [["start", "start"], ["acc", "acceptance", review("samr", { role: "clerk" })], ["p", "parallel", { join: "j" }], ["a", "review", review("psb")], ["b", "review", review("tax")], ["j", "join"], ["end", "end"]],
      [["start", "acc"], ["acc", "p"], ["p", "a"], ["p", "b"], ["a", "j"], ["b", "j"], ["j", "end"], ["b", "acc", { outcome: "reject" }], ["acc", "a", { outcome: "promise" }]],
    );
    const v = validateFlow(f, opts);
    expect(errors(v.problems)).toEqual(expect.arrayContaining([
      expect.objectContaining({ edgeId: "e7-b-acc", message: expect.stringContaining("跳出") }),
      expect.objectContaining({ edgeId: "e8-acc-a", message: expect.stringContaining("之外进入") }),
    ]));
  });

  it("finds cycles without a way out or without a handling node", () => {
    const f = flowOf(
      [["start", "start"], ["g1", "exclusive"], ["g2", "exclusive"], ["r", "review", review("samr")], ["end", "end"]],
      [["start", "g1"], ["g1", "g2", { default: true }], ["g1", "r", { condition: true }], ["g2", "g1", { default: true }], ["r", "end"]],
    );
    const v = validateFlow(f, opts);
    expect(errors(v.problems)).toEqual(expect.arrayContaining([expect.objectContaining({ message: expect.stringContaining("无限循环") })]));
    const trap = flowOf(
      [["start", "start"], ["a", "review", review("samr")], ["b", "review", review("tax")], ["end", "end"]],
      [["start", "a"], ["a", "b"], ["b", "a"]],
    );
    const t = errors(validateFlow(trap, opts).problems);
    expect(t).toEqual(expect.arrayContaining([
      expect.objectContaining({ nodeId: "a", message: expect.stringContaining("没有出口") }),
      expect.objectContaining({ nodeId: "a", message: expect.stringContaining("无法到达办结节点") }),
    ]));
    // a loop of normal edges through a gateway: approving brings the case back, the gateway's data never changes
    const spin = flowOf(
      [["start", "start"], ["g", "exclusive"], ["r", "review", review("samr")], ["end", "end"]],
      [["start", "g"], ["g", "r", { condition: { "==": [{ var: "answers.x" }, 1] } }], ["g", "end", { default: true }], ["r", "g"]],
    );
    expect(errors(validateFlow(spin, opts).problems)).toEqual([expect.objectContaining({ nodeId: "g", message: expect.stringContaining("只经正常流转就构成循环") })]);
    // a rework loop with a way out is fine
    const rework = flowOf(
      [["start", "start"], ["a", "review", review("samr")], ["b", "review", review("tax")], ["end", "end"]],
      [["start", "a"], ["a", "b"], ["b", "a", { outcome: "reject" }], ["b", "end"]],
    );
    expect(errors(validateFlow(rework, opts).problems)).toEqual([]);
  });

  it("checks departments against the registry, the lead's front desk and exit, and countersign signers", () => {
    const f = flowOf(
      [["start", "start"], ["acc", "acceptance", review("tax", { role: "clerk" })], ["r", "review", review("moon", { countersign: { mode: "all", signers: ["a"] } })],
        ["v", "review", review("samr", { countersign: { mode: "ratio", signers: ["a", "b", "c"] }, timeout: { action: "escalate", escalateTo: { department: "mars" } } })],
        ["out", "results", review("psb", { role: "clerk" })], ["end", "end"]],
      [["start", "acc"], ["acc", "r"], ["r", "v"], ["v", "out"], ["out", "end"]],
    );
    const e = errors(validateFlow(f, opts).problems);
    expect(e).toEqual(expect.arrayContaining([
      expect.objectContaining({ nodeId: "acc", pointer: "/nodes/1/data/department", message: expect.stringContaining("牵头部门") }),
      expect.objectContaining({ nodeId: "r", pointer: "/nodes/2/data/department", message: expect.stringContaining("不在部门名录") }),
      expect.objectContaining({ nodeId: "r", pointer: "/nodes/2/data/countersign/signers" }),
      expect.objectContaining({ nodeId: "v", pointer: "/nodes/3/data/countersign/ratio" }),
      expect.objectContaining({ nodeId: "v", pointer: "/nodes/3/data/timeout/escalateTo/department" }),
      expect.objectContaining({ nodeId: "out", message: expect.stringContaining("一口出件应在牵头部门") }),
    ]));
  });

  it("resolves pre-assigned persons and signers against the users of their department", () => {
    const f = flowOf(
      [["start", "start"], ["r", "review", review("samr", { assignee: "li", countersign: { mode: "all", signers: ["li", "ghost"] } })], ["end", "end"]],
      [["start", "r"], ["r", "end"]],
    );
    const users = [{ id: "li", department: "tax" }, { id: "wang", department: "samr" }];
    const e = errors(validateFlow(f, { ...opts, users }).problems);
    expect(e).toEqual(expect.arrayContaining([
      expect.objectContaining({ nodeId: "r", pointer: "/nodes/1/data/assignee", message: "节点「部门审批」指定的经办人 li 不属于部门「samr」" }),
      expect.objectContaining({ nodeId: "r", pointer: "/nodes/1/data/countersign/signers/1", message: "节点「部门审批」指定的经办人 ghost 不存在，任务无法分派" }),
    ]));
  });

  it("requires time limits, promised ≤ statutory, and a case limit", () => {
    const f = flowOf(
      [["start", "start"], ["a", "review", { department: "samr" }], ["b", "review", review("tax", { promisedDays: 9, statutoryDays: 3 })], ["end", "end"]],
      [["start", "a"], ["a", "b"], ["b", "end"]],
      { statutoryDays: 5, promisedDays: 8 },
    );
    const e = errors(validateFlow(f, opts).problems);
    expect(e).toEqual(expect.arrayContaining([
      expect.objectContaining({ nodeId: "a", pointer: "/nodes/1/data/statutoryDays" }),
      expect.objectContaining({ nodeId: "a", pointer: "/nodes/1/data/promisedDays" }),
      expect.objectContaining({ nodeId: "b", pointer: "/nodes/2/data/promisedDays", message: expect.stringContaining("超过法定时限") }),
      expect.objectContaining({ pointer: "/caseLimit/promisedDays", message: expect.stringContaining("超过法定时限") }),
    ]));
    delete f.caseLimit;
    expect(errors(validateFlow(f, opts).problems)).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: "/caseLimit" })]));
  });

  it("refuses outcomes a node type never produces and auto-approval at the front desk", () => {
    const f = minimal();
    f.edges.push({ id: "e-x", source: "start", target: "end", data: { outcome: "promise_broken" } });
    f.nodes[1].data.timeout = { action: "auto_approve" };
    f.nodes.splice(1, 0, { id: "acc", type: "acceptance", position: { x: 0, y: 0 }, data: review("samr", { timeout: { action: "auto_approve" } }) });
    const e = errors(validateFlow(f, opts).problems);
    expect(e).toEqual(expect.arrayContaining([
      expect.objectContaining({ edgeId: "e-x", pointer: "/edges/2/data/outcome" }),
      expect.objectContaining({ nodeId: "acc", pointer: "/nodes/1/data/timeout/action" }),
    ]));
  });
});

describe("flow in a bundle", () => {
  const item = {
    schemaVersion: 1, kind: "item", id: "seal", task_name: "印章刻制备案", task_type: "10", by_law: "x", department: "psb", dept_name: "公安局",
    anticipate_day: 5, promise_day: 1, project_type: "2", serve_type: ["2"], handle_type: ["2"], form: { schema: { type: "object" } },
  };
  const bundle = { schemaVersion: 1, kind: "bundle", key: "demo", title: "演示", category: "企业开办", audience: "enterprise", lead: "samr", items: [item], form: { schema: { type: "object" } } };

  it("validates the flow fully inside a bundle, pointing into /flow", () => {
    expect(BundleSchema.safeParse({ ...bundle, flow: qiyeFlow() }).success).toBe(true);
    const broken = qiyeFlow();
    broken.edges = broken.edges.filter((e: { id: string }) => e.id !== "e-bank-no");
    const r = BundleSchema.safeParse({ ...bundle, flow: broken });
    expect(r.success).toBe(false);
    const gateway = broken.nodes.findIndex((n: { id: string }) => n.id === "gateway-bank");
    if (!r.success) expect(r.error.issues.some((i) => i.path.join("/") === `flow/nodes/${gateway}` && i.message.includes("默认分支"))).toBe(true);
  });

  it("has a JSON meta-schema for the editor", () => {
    expect(JSON.stringify(flowEventMetaSchema())).toContain("accept_with_deficiency");
    const s = flowMetaSchema();
    expect(JSON.stringify(s)).toContain("acceptance");
    expect((s.properties as Record<string, unknown>).nodes).toBeDefined();
  });
});
