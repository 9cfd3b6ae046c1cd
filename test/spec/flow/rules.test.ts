// Each named static flow rule on its own (FLOW_RULES), and flow problems that name the real problem: an empty
// department is "未选择办理部门", not an id-format complaint, and a node with wrong data stays in the graph so
// its edges are not reported as dangling nor what follows it as unreachable.
import { describe, expect, it } from "vitest";
import { enOf, zhOf } from "../../../spec/bilingual.js";
import { FLOW_RULES, NODE_TYPES, validateFlow, type FlowProblem } from "../../../spec/flow/index.js";
import { ruleContext, type CheckedFlow, type FlowCheckOptions } from "../../../spec/flow/rules/context.js";
import { DEPARTMENT_NAMES, DEPARTMENTS, flowOf, review } from "./fixtures.js";

const run = (rule: keyof typeof FLOW_RULES, flow: Record<string, any>, options: FlowCheckOptions = {}) => FLOW_RULES[rule]!(ruleContext(flow as CheckedFlow, options));
const messages = (ps: FlowProblem[]) => ps.map((p) => zhOf(p.message));
/** The flow with each node's data parsed by its type (defaults applied), as the rules see a valid document. */
const parsed = (f: Record<string, any>) => ({ ...f, nodes: f.nodes.map((n: any) => ({ ...n, data: NODE_TYPES.get(n.type)!.data.parse(n.data) })) });
const minimal = () => flowOf([["start", "start"], ["r", "review", review("samr")], ["end", "end"]], [["start", "r"], ["r", "end"]]);

describe("flow rules, one by one", () => {
  it("duplicateIds: a node id and an edge id used twice", () => {
    const f = minimal();
    f.nodes.push({ ...f.nodes[1] });
    f.edges.push({ ...f.edges[0] });
    expect(run("duplicateIds", f).map((p) => p.pointer)).toEqual(["/nodes/3/id", "/edges/2/id"]);
    expect(run("duplicateIds", minimal())).toEqual([]);
  });

  it("edgeEnds: dangling ends, self loops, outcomes the source cannot produce, conditions off a gateway", () => {
    const f = minimal();
    f.edges.push({ id: "x", source: "r", target: "nowhere" }, { id: "loop", source: "r", target: "r" }, { id: "o", source: "start", target: "end", data: { outcome: "reject" } }, { id: "c", source: "r", target: "end", data: { condition: true } });
    const ps = run("edgeEnds", f, { departmentNames: DEPARTMENT_NAMES });
    // a line is named by its ends as people see them; one whose end does not exist, by its id
    expect(messages(ps)).toEqual([
      '连线「x」的终点 "nowhere" 不存在',
      "连线「部门审批（市场监督管理局） → 部门审批（市场监督管理局）」首尾是同一节点",
      '节点「开始」的出边不能标记结果 "reject"',
      "连线「部门审批（市场监督管理局） → 办结」的条件只在条件分支节点上起作用",
    ]);
    expect(ps.map((p) => p.edgeId)).toEqual(["x", "loop", "o", "c"]);
    expect(enOf(ps[1]!.message)).toBe('Edge "Department review (Market Regulation) → Department review (Market Regulation)" starts and ends at the same node');
    expect(ps.at(-1)!.severity).toBe("warning");
  });

  it("startAndEnd: none, or two starts", () => {
    expect(messages(run("startAndEnd", flowOf([["r", "review", review("samr")]], [])))).toEqual(["流程缺少开始节点", "流程缺少办结节点"]);
    const two = minimal();
    two.nodes.push({ id: "s2", type: "start", position: { x: 0, y: 0 }, data: {} });
    expect(run("startAndEnd", two)).toEqual([expect.objectContaining({ nodeId: "s2", pointer: "/nodes/3" })]);
  });

  it("waysOut: dead end, edges out of an end, two normal ways on, the same outcome twice", () => {
    const f = flowOf([["start", "start"], ["r", "review", review("samr")], ["d", "review", review("tax")], ["end", "end"]],
      [["start", "r"], ["r", "end"], ["r", "d"], ["end", "r"], ["r", "start", { outcome: "reject" }], ["r", "end", { outcome: "reject" }]]);
    expect(messages(run("waysOut", f, { departmentNames: DEPARTMENT_NAMES }))).toEqual([
      "开始节点「开始」不能有入边",
      "节点「部门审批（市场监督管理局）」有多条通过后的出边，去向不确定；请用条件分支节点",
      '节点「部门审批（市场监督管理局）」的结果 "reject" 有多条出边',
      "节点「部门审批（税务局）」没有出边，流程会停在这里",
      "办结节点「办结」不能有出边",
    ]);
  });

  it("reachability: unreachable, and unable to reach an end", () => {
    const f = flowOf([["start", "start"], ["r", "review", review("samr")], ["stuck", "review", review("tax")], ["island", "review", review("tax")], ["end", "end"]],
      [["start", "r"], ["r", "end"], ["r", "stuck", { outcome: "reject" }]]);
    f.nodes[3].data.label = "档案核查";
    const ps = run("reachability", f, { departmentNames: DEPARTMENT_NAMES });
    // a step is named by its label, else by its type and department — its id stays in nodeId for the canvas
    expect(messages(ps)).toEqual(["节点「部门审批（税务局）」无法到达办结节点，案件会卡死", "节点「档案核查」从开始节点不可达"]);
    expect(ps.map((p) => p.nodeId)).toEqual(["stuck", "island"]);
    expect(enOf(ps[0]!.message)).toBe('Node "Department review (Taxation)" cannot reach an end node: the case would be stuck');
  });

  it("nodeTypeChecks: the department registry and the node's limits", () => {
    const f = flowOf([["start", "start"], ["r", "review", { department: "nowhere", promisedDays: 9, statutoryDays: 3 }], ["end", "end"]], [["start", "r"], ["r", "end"]]);
    expect(messages(run("nodeTypeChecks", parsed(f), { departments: DEPARTMENTS }))).toEqual([
      '节点「部门审批」的办理部门「nowhere」不在部门名录中，任务无法分派：请在该节点的「办理部门」中选择一个部门',
      "节点「部门审批」承诺时限 9 个工作日超过法定时限 3 个工作日",
    ]);
  });

  it("undecidedItems: an item no review or automatic approval decides — by the item, or by its department for no item in particular", () => {
    const toDecide = [
      { id: "licence", name: "食品经营许可", department: "samr", departmentName: "市场监督管理局" },
      { id: "rent", name: "租赁住房备案登记表", department: "urban", departmentName: "区住建局" },
    ];
    const ps = run("undecidedItems", minimal(), { itemsToDecide: toDecide });
    expect(ps).toEqual([{
      severity: "error", itemId: "rent", pointer: "/nodes",
      message: {
        zh: "事项「租赁住房备案登记表」没有审批环节：流程中没有区住建局的审批节点，办件会在区住建局从未办理此事项的情况下办结。请从节点面板拖入“部门审批”节点，办理部门选区住建局，“对应事项”选「租赁住房备案登记表」，并把它接入流程",
        en: 'No step decides the item "租赁住房备案登记表": the flow has no review by 区住建局, so a case would be closed without 区住建局 ever handling this item. Drag a "Department review" node from the palette, set its department to 区住建局 and "Item decided" to "租赁住房备案登记表", and connect it into the flow',
      },
    }]);
    expect(ps[0]!.nodeId).toBeUndefined();
    // a review of the department decides it; so does one naming the item, or an automatic approval of it
    const byDept = flowOf([["start", "start"], ["r", "review", review("samr")], ["u", "review", review("urban")], ["end", "end"]], [["start", "r"], ["r", "u"], ["u", "end"]]);
    expect(run("undecidedItems", byDept, { itemsToDecide: toDecide })).toEqual([]);
    const byAuto = flowOf([["start", "start"], ["r", "review", review("samr")], ["a", "auto", { department: "urban", item: "rent", rules: [{ when: true, outcome: "approve" }] }], ["end", "end"]], [["start", "r"], ["r", "a"], ["a", "end"]]);
    expect(run("undecidedItems", byAuto, { itemsToDecide: toDecide })).toEqual([]);
    // a review of the department that decides another item does not decide this one
    const other = flowOf([["start", "start"], ["r", "review", review("samr")], ["u", "review", review("urban", { item: "licence" })], ["end", "end"]], [["start", "r"], ["r", "u"], ["u", "end"]]);
    const [onlyOther] = run("undecidedItems", other, { itemsToDecide: toDecide });
    expect(onlyOther!.itemId).toBe("rent");
    // and the message says so: the department has a review, but not of this item
    expect(onlyOther!.message.zh).toContain("事项「租赁住房备案登记表」没有审批环节：区住建局的审批节点都不审批此事项");
    expect(onlyOther!.message.en).toContain('No step decides the item "租赁住房备案登记表": none of the reviews by 区住建局 decides it');
    // a review of the department met only after a rejection or a broken 容缺 promise decides nothing: a case that is
    // approved never passes it
    const offTheWay = flowOf([["start", "start"], ["r", "review", review("samr")], ["u", "review", review("urban")], ["end", "end"], ["no", "end", { outcome: "rejected" }]],
      [["start", "r"], ["r", "end"], ["r", "u", { outcome: "reject" }], ["u", "no"]]);
    expect(run("undecidedItems", offTheWay, { itemsToDecide: toDecide }).map((p) => p.itemId)).toEqual(["rent"]);
    // without the bundle's items there is nothing to check (a flow file on its own, a version published before the rule)
    expect(run("undecidedItems", minimal())).toEqual([]);
    // and it makes the flow invalid
    expect(validateFlow(minimal(), { itemsToDecide: toDecide }).ok).toBe(false);
  });

  it("itemRefs and itemLimits: an item the bundle does not have; limits beyond the item's", () => {
    const f = flowOf([["start", "start"], ["r", "review", review("samr", { item: "licence", promisedDays: 4 })], ["x", "review", review("tax", { item: "ghost" })], ["end", "end"]], [["start", "r"], ["r", "x"], ["x", "end"]]);
    expect(messages(run("itemRefs", f, { items: ["licence"] }))).toEqual(['节点「部门审批」引用的事项 "ghost" 不在本件事的事项中']);
    expect(messages(run("itemLimits", f, { itemLimits: { licence: { promisedDays: 3, statutoryDays: 20 } } }))).toEqual(["节点「部门审批」承诺时限 4 天超过事项「licence」公布的承诺时限 3 天"]);
    // with the bundle's items, the item by its name and the step by its department
    const toDecide = [{ id: "licence", name: "食品经营许可", department: "samr", departmentName: "区市场监管局" }];
    expect(messages(run("itemLimits", f, { itemsToDecide: toDecide, itemLimits: { licence: { promisedDays: 3, statutoryDays: 20 } } }))).toEqual(["节点「部门审批（区市场监管局）」承诺时限 4 天超过事项「食品经营许可」公布的承诺时限 3 天"]);
  });

  it("assignees and participants: unknown persons, persons of another department, departments not taking part", () => {
    const f = flowOf([["start", "start"], ["r", "review", review("samr", { assignee: "li", countersign: { mode: "all", signers: ["li", "ghost"] } })], ["end", "end"]], [["start", "r"], ["r", "end"]]);
    expect(messages(run("assignees", f, { users: [{ id: "li", department: "tax" }] }))).toEqual([
      "节点「部门审批」指定的经办人 li 不属于部门「samr」",
      "节点「部门审批」指定的经办人 li 不属于部门「samr」",
      "节点「部门审批」指定的经办人 ghost 不存在，任务无法分派",
    ]);
    expect(messages(run("participants", f, { participants: ["tax"], departmentNames: DEPARTMENT_NAMES }))).toEqual(["节点「部门审批（市场监督管理局）」的部门「市场监督管理局」不是本件事的牵头或配合部门"]);
  });

  it("parallelRegions: a branch that never reaches its join", () => {
    const f = flowOf([["start", "start"], ["p", "parallel", { join: "j" }], ["a", "review", review("samr")], ["b", "review", review("tax")], ["j", "join"], ["end", "end"]],
      [["start", "p"], ["p", "a"], ["p", "b"], ["a", "j"], ["b", "end"], ["j", "end"]]);
    expect(messages(run("parallelRegions", f, { departmentNames: DEPARTMENT_NAMES }))).toEqual([
      "并联节点「并联审批」的分支「并联审批 → 部门审批（税务局）」永远到不了它指定的汇聚「汇聚」，汇聚会一直等待",
      "并联节点「并联审批」的分支在节点「部门审批（税务局）」未经汇聚「汇聚」就直接办结，其他分支将被终止",
    ]);
  });

  it("cycles: a loop of normal edges, and one without a way out", () => {
    const f = flowOf([["start", "start"], ["a", "review", review("samr")], ["b", "review", review("tax")], ["end", "end"]], [["start", "a"], ["a", "b"], ["b", "a"]]);
    expect(messages(run("cycles", f))).toEqual([
      expect.stringContaining("只经正常流转就构成循环"),
      expect.stringContaining("构成死循环，没有出口"),
    ]);
  });

  it("caseLimit and oneExit: missing limit, promised over statutory; reviews without a results node", () => {
    expect(messages(run("caseLimit", flowOf([["start", "start"]], [], null)))).toEqual(["流程缺少案件办结时限（法定与承诺工作日）"]);
    expect(messages(run("caseLimit", flowOf([["start", "start"]], [], { statutoryDays: 5, promisedDays: 8 })))).toEqual(["案件承诺时限 8 个工作日超过法定时限 5 个工作日"]);
    expect(run("oneExit", minimal()).map((p) => ({ ...p, message: zhOf(p.message) }))).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("没有一口出件节点") })]);
  });
});

describe("flow problems name the real problem", () => {
  it("a new review node without a department says the department is missing, and nothing else about the graph", () => {
    const f = flowOf([["start", "start"], ["review-1", "review", { label: "部门审批", department: "", role: "reviewer", statutoryDays: 1, promisedDays: 1 }], ["end", "end"]], [["start", "review-1"], ["review-1", "end"]]);
    const v = validateFlow(f, { departments: DEPARTMENTS });
    expect(v.problems.filter((p) => p.severity === "error")).toEqual([
      { severity: "error", nodeId: "review-1", pointer: "/nodes/1/data/department", message: { zh: "节点「部门审批」未选择办理部门", en: 'Node "部门审批": Handling department is not chosen' } },
    ]);
    expect(JSON.stringify(v.problems)).not.toContain("id 只能包含");
  });

  it("a parallel split without a join, a number out of range, a choice that is not one, a wrong type", () => {
    const f = flowOf([["start", "start"], ["p", "parallel", { join: "" }], ["r", "review", review("samr", { promisedDays: -1, countersign: { mode: "sometimes" }, reminderDays: "two" })], ["end", "end"]], [["start", "p"], ["p", "r"], ["r", "end"]]);
    const v = validateFlow(f);
    expect(v.problems.filter((p) => p.severity === "error").map((p) => p.message)).toEqual(expect.arrayContaining([
      { zh: "节点「并联审批」未选择汇聚节点", en: 'Node "Parallel split": Join node is not chosen' },
      { zh: "节点「部门审批」承诺时限（工作日）不能小于 0，现在是 -1", en: 'Node "Department review": Promised time limit (working days) must be at least 0, not -1' },
      { zh: "节点「部门审批」会签方式「sometimes」不是可选的值，可选：any、all、sequence、ratio", en: 'Node "Department review": Countersigning mode "sometimes" is not one of the choices: "any", "all", "sequence", "ratio"' },
      { zh: "节点「部门审批」提前提醒天数应为数字", en: 'Node "Department review": Reminder days in advance must be a number' },
    ]));
  });

  it("a department id typed wrongly is named as the department, with its value", () => {
    const f = flowOf([["start", "start"], ["r", "review", review("Shi Chang")], ["end", "end"]], [["start", "r"], ["r", "end"]]);
    expect(validateFlow(f).problems[0]!.message).toEqual({
      zh: "节点「部门审批」办理部门「Shi Chang」：id 只能包含小写字母、数字、- 和 _，并以字母开头",
      en: 'Node "Department review": Handling department "Shi Chang": An id has only lower-case letters, digits, - and _, and starts with a letter',
    });
  });
});

describe("flow problems in one language each", () => {
  it("a badly broken flow's problems: Chinese without English glued on, and complete English without Chinese", () => {
    const f = flowOf(
      [["start", "start"], ["s2", "start"], ["r", "review", review("nowhere")], ["x", "exclusive", {}], ["lost", "review", review("samr")], ["end", "end"]],
      [["start", "r"], ["r", "x"], ["x", "r"], ["r", "nowhere"], ["end", "start"]],
    );
    const problems = validateFlow(f, { departments: DEPARTMENTS }).problems;
    expect(problems.length).toBeGreaterThan(5);
    const ruled = problems.filter((p) => enOf(p.message) !== undefined);
    expect(ruled.length).toBeGreaterThan(5);
    for (const p of ruled) {
      expect(zhOf(p.message), zhOf(p.message)).not.toMatch(/\([a-z][a-z ,>:/-]+\)$/);
      expect(enOf(p.message)!.replace(/"[^"]*"/g, ""), enOf(p.message)).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
