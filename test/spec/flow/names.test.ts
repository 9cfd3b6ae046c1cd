// What people call a flow step in a message: its label, else its type and department, the id only as the last
// resort — in Chinese and in English — and a problem keeps the id and pointer for the canvas.
import { describe, expect, it } from "vitest";
import { departmentName, departmentNames, edgeName, flowNamesAsWritten, nodeName } from "../../../spec/flow/names.js";
import { NODE_TYPES, validateFlow } from "../../../spec/flow/index.js";
import { validateBundle } from "../../../spec/spec-validation.js";
import { DEPARTMENT_NAMES, flowOf, review } from "./fixtures.js";

const REVIEW = NODE_TYPES.get("review")!;
const names = departmentNames(Object.entries(DEPARTMENT_NAMES));

describe("nodeName", () => {
  it("is the node's own label, in both languages (what the designer wrote)", () => {
    expect(nodeName({ id: "review_3", data: { label: " 食品经营许可审查 ", department: "samr" } }, REVIEW, names)).toEqual({ zh: "食品经营许可审查", en: "食品经营许可审查" });
  });

  it("without a label, is the type with its department", () => {
    expect(nodeName({ id: "review_3", data: { department: "samr" } }, REVIEW, names)).toEqual({ zh: "部门审批（市场监督管理局）", en: "Department review (Market Regulation)" });
    // a department known only by its Chinese name is named so in English too
    expect(nodeName({ id: "r", data: { department: "x" } }, REVIEW, departmentNames([["x", "区市场监管局"]]))).toEqual({ zh: "部门审批（区市场监管局）", en: "Department review (区市场监管局)" });
  });

  it("without a department name, is the type alone; the id only when the type is unknown", () => {
    expect(nodeName({ id: "review_3", data: { department: "nowhere" } }, REVIEW, names)).toEqual({ zh: "部门审批", en: "Department review" });
    expect(nodeName({ id: "review_3", data: {} }, REVIEW)).toEqual({ zh: "部门审批", en: "Department review" });
    expect(nodeName({ id: "x_7", data: {} }, undefined)).toEqual({ zh: "x_7", en: "x_7" });
  });
});

describe("edgeName and departments", () => {
  it("names a line by its ends, with its label; by its id when an end is missing", () => {
    const a = { zh: "一窗受理", en: "One-window acceptance" }, b = { zh: "部门审批", en: "Department review" };
    expect(edgeName({ id: "e1" }, a, b)).toEqual({ zh: "一窗受理 → 部门审批", en: "One-window acceptance → Department review" });
    expect(edgeName({ id: "e1", data: { label: "不予通过" } }, a, b)).toEqual({ zh: "一窗受理 → 部门审批（不予通过）", en: "One-window acceptance → Department review (不予通过)" });
    expect(edgeName({ id: "e1" }, a, undefined)).toEqual({ zh: "e1", en: "e1" });
  });

  it("takes the first name given for a department, and the id for an unknown one", () => {
    const n = departmentNames([["samr", { zh: "市场监督管理局", en: "Market Regulation" }]], [["samr", "区市监局"], ["tax", "税务局"]]);
    expect(departmentName(n, "samr")).toEqual({ zh: "市场监督管理局", en: "Market Regulation" });
    expect(departmentName(n, "tax")).toEqual({ zh: "税务局", en: "税务局" });
    expect(departmentName(n, "moon")).toEqual({ zh: "moon", en: "moon" });
  });

  it("names nodes of a flow as written, before it parses", () => {
    const w = flowNamesAsWritten([{ id: "a", type: "acceptance", data: { department: "samr" } }, { id: "b", type: "nope" }, null], NODE_TYPES, names);
    expect(w.node("a")).toEqual({ zh: "一窗受理（市场监督管理局）", en: "One-window acceptance (Market Regulation)" });
    expect(w.node("b")).toEqual({ zh: "b", en: "b" });
    expect(w.edge({ source: "a", target: "b" }, "e")).toEqual({ zh: "一窗受理（市场监督管理局） → b", en: "One-window acceptance (Market Regulation) → b" });
  });
});

describe("problems name steps as people see them", () => {
  it("a check says the step's type and department, and keeps its id and pointer for the canvas", () => {
    const f = flowOf([["start", "start"], ["review_3", "review", review("samr", { promisedDays: 9, statutoryDays: 3 })], ["end", "end"]], [["start", "review_3"], ["review_3", "end"]]);
    const p = validateFlow(f, { departmentNames: DEPARTMENT_NAMES }).problems.find((x) => x.pointer === "/nodes/1/data/promisedDays")!;
    expect(p).toMatchObject({ nodeId: "review_3", message: { zh: "节点「部门审批（市场监督管理局）」承诺时限 9 个工作日超过法定时限 3 个工作日", en: 'The promised limit of node "Department review (Market Regulation)" (9 working days) exceeds its statutory limit (3 working days)' } });
    expect(JSON.stringify(validateFlow(f, { departmentNames: DEPARTMENT_NAMES }).problems.map((x) => x.message))).not.toContain("review_3");
  });

  it("a bundle draft's flow problem names the step by the department its items give", () => {
    const f = flowOf([["start", "start"], ["review_3", "review", { department: "samr", countersign: { mode: "sometimes" } }], ["end", "end"]], [["start", "review_3"], ["review_3", "end"]]);
    const r = validateBundle({ items: [{ department: "samr", dept_name: "区市场监管局" }], flow: f }, { draft: true });
    expect(r.ok).toBe(false);
    const p = !r.ok ? r.problems.find((x) => x.pointer === "/flow/nodes/1/data/countersign/mode") : undefined;
    expect(p?.message.zh).toBe("节点「部门审批（区市场监管局）」会签方式「sometimes」不是可选的值，可选：any、all、sequence、ratio");
    expect(p?.message.en).toBe('Node "Department review (区市场监管局)": Countersigning mode "sometimes" is not one of the choices: "any", "all", "sequence", "ratio"');
  });
});
