// Automatic approval (秒批 / 无感审批): rules over the form data and guide answers decide — approve, reject,
// or hand over to a person of a department (manual) when the data does not settle it.
import { z } from "zod";
import { ConditionSchema, Id } from "../../common.js";
import { checkCondition, evaluateCondition } from "../../conditions.js";
import { schemaMessage } from "../../issue-messages.js";
import { assigneeFields, TaskRoleSchema, timeLimitFields, TimeoutSchema } from "../schema.js";
import { checkDepartment, checkLimits, checkTimeout, collectResult, handleTimeout } from "./common.js";
import type { NodeType } from "./types.js";
import { say } from "../../bilingual.js";

const Outcome = z.enum(["approve", "reject", "manual"]);

const data = z.object({
  label: z.string().optional(),
  department: Id.describe("department answerable for the automatic decision"),
  rules: z.array(z.object({ when: ConditionSchema, outcome: Outcome, reason: z.string().optional() })).min(1, schemaMessage("秒批节点至少需要一条规则", "An automatic approval node needs at least one rule")),
  otherwise: Outcome.default("manual"),
  manual: z
    .object({ ...assigneeFields, role: TaskRoleSchema.default("reviewer"), ...timeLimitFields, timeout: TimeoutSchema.default({ action: "remind" }) })
    .optional()
    .describe("who decides when a rule hands over to a person"),
  item: Id.optional(),
  result: z.object({ name: z.string().min(1) }).optional(),
});
type Data = z.infer<typeof data>;

/** The automatic approval node. */
export const autoNode: NodeType<Data> = {
  type: "auto",
  label: "秒批",
  labelEn: "Automatic approval",
  data,
  outcomes: ["reject"],
  timed: false,
  limits: (d) => ({ promised: d.manual?.promisedDays ?? 0, statutory: d.manual?.statutoryDays ?? 0 }),
  check(node, cx) {
    const out = checkDepartment(node, cx);
    node.data.rules.forEach((r, i) => {
      for (const p of checkCondition(r.when)) out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}/data/rules/${i}/when${p.pointer}`, message: p.message });
    });
    const manualUsed = node.data.otherwise === "manual" || node.data.rules.some((r) => r.outcome === "manual");
    if (manualUsed && !node.data.manual) {
      out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}/data/manual`, message: say(`节点「${cx.name.zh}」规则可能转人工，但未指定人工审核的部门和岗位`, `The rules of node "${cx.name.en}" may hand the case to a person, but no department and role are set for that review`) });
    }
    if (node.data.manual) {
      const m = { id: node.id, data: node.data.manual };
      out.push(...checkDepartment({ id: node.id, data: { ...node.data.manual, label: node.data.label } }, cx, "/data/manual/department"), ...checkLimits(m, cx, "/data/manual"), ...checkTimeout(m, cx, true, "/data/manual"));
    }
    return out;
  },
  enter(rt, node, token) {
    const ctx = rt.context();
    const rule = node.data.rules.find((r) => evaluateCondition(r.when, ctx));
    const outcome = rule?.outcome ?? node.data.otherwise;
    const index = rule ? node.data.rules.indexOf(rule) : -1;
    const name = rt.name(node);
    const reason = rule?.reason;
    // Which rule decided, in words: "规则 1：…" or, when none held and the case is not approved, which check of
    // each approving rule failed (a refusing rule that did not hold is no reason for anything).
    const unmet = rule || outcome === "approve" ? [] : node.data.rules.map((r) => r.outcome === "approve" ? rt.unmet(r.when) : []);
    const failed = unmet.map((parts, i) => parts.length ? say(`规则 ${i + 1}：${parts.map((p) => p.zh).join("；")}`, `rule ${i + 1}: ${parts.map((p) => p.en).join("; ")}`) : undefined).filter((x) => !!x);
    const decidedBy = rule ? `规则 ${index + 1}${reason ? `：${reason}` : ""}` : `未满足任何秒批规则${failed.length ? `（${failed.map((f) => f.zh).join("；")}）` : ""}`;
    const decidedByEn = rule ? `rule ${index + 1}${reason ? `: ${reason}` : ""}` : `no instant-approval rule held${failed.length ? ` (${failed.map((f) => f.en).join("; ")})` : ""}`;
    const details = { rule: rule ? index : "otherwise", decidedBy, ...(rule ? {} : { unmet: failed }) };
    if (outcome === "approve") {
      collectResult(rt, node, `秒批通过（${decidedBy}）`, "system");
      rt.log("auto_approved", say(`「${name.zh}」秒批通过，依据${decidedBy}`, `"${name.en}" approved instantly by ${decidedByEn}`), { node: node.id, actor: "system", details });
      rt.outbox("node.approved", { node: node.id, department: node.data.department, item: node.data.item, automatic: true });
      rt.decide(token, "approve");
    } else if (outcome === "reject") {
      rt.log("auto_rejected", say(`「${name.zh}」秒批不通过，依据${decidedBy}`, `"${name.en}" refused instantly by ${decidedByEn}`), { node: node.id, actor: "system", details });
      rt.decide(token, "reject", reason ?? (rule ? `${name.zh}未通过` : `${name.zh}未通过：${decidedBy}`));
    } else {
      const m = node.data.manual!;
      rt.log("auto_manual", say(`「${name.zh}」转人工审核：${decidedBy}`, `"${name.en}" goes to a person for review: ${decidedByEn}`), { node: node.id, actor: "system", details });
      rt.startNodeClock(token, m);
      rt.createTask(token, { kind: "manual", name: `${name.zh}（人工审核）`, department: m.department, role: m.role, ...(m.assignee ? { assignee: m.assignee } : {}) });
    }
  },
  taskActions: () => ["approve", "reject"],
  act(rt, node, token, task, event) {
    if (event.type === "approve") {
      if (node.data.result && !event.result) return { code: "invalid", message: say(`须上传结果文书「${node.data.result.name}」`, `The result document "${node.data.result.name}" must be uploaded`), allowed: [], problems: [{ pointer: "/result", message: say("缺少结果文书", "The result document is missing") }] };
      rt.closeTask(task, "approved", event.actor.id);
      if (event.result) collectResult(rt, node, event.result.document, event.actor.id, event.result.name, event.result.fileId);
      rt.log("approved", say(`「${rt.name(node).zh}」人工审核通过`, `"${rt.name(node).en}" approved by a reviewer`), { node: node.id, task: task.id });
      rt.decide(token, "approve");
    } else if (event.type === "reject") {
      rt.closeTask(task, "rejected", event.actor.id);
      rt.log("rejected", say(`「${rt.name(node).zh}」人工审核不予通过：${event.reason}`, `"${rt.name(node).en}" not approved by a reviewer: ${event.reason}`), { node: node.id, task: task.id });
      rt.decide(token, "reject", event.reason);
    }
    return;
  },
  timeout(rt, node, token) {
    const m = node.data.manual;
    if (m) handleTimeout(rt, { ...node, data: { department: m.department, timeout: m.timeout } } as never, token);
  },
};
