// Review (部门审批): a department role reviews; optionally one person, or several signers countersigning —
// any one, all, in sequence, or by vote ratio. It may declare the result document it issues (证照/批文),
// collected for the one exit. On timeout: remind, escalate, or count as approved (超时默认).
import { z } from "zod";
import { Id } from "../../common.js";
import { assigneeFields, correctionFields, TaskRoleSchema, timeLimitFields, TimeoutSchema, UserIdSchema } from "../schema.js";
import type { Countersign, Task, Token } from "../state.js";
import type { Runtime } from "../runtime.js";
import { canReturn, checkDepartment, checkLimits, checkTimeout, collectResult, handleTimeout, returnForCorrection } from "./common.js";
import type { NodeType, TypedNode } from "./types.js";
import { say } from "../../bilingual.js";

const CountersignSchema = z.object({
  mode: z.enum(["any", "all", "sequence", "ratio"]).default("any").describe("any: first decision counts; all: everyone approves; sequence: one after another; ratio: approvals ≥ ratio × signers"),
  signers: z.array(UserIdSchema).default([]).describe("user ids of the signers; empty = one task for the department role"),
  ratio: z.number().gt(0).max(1).optional(),
});

const data = z.object({
  label: z.string().optional(),
  ...assigneeFields,
  role: TaskRoleSchema.default("reviewer"),
  ...timeLimitFields,
  countersign: CountersignSchema.default({ mode: "any", signers: [] }),
  timeout: TimeoutSchema.default({ action: "remind" }),
  item: Id.optional().describe("the item (事项) this review decides"),
  result: z.object({ name: z.string().min(1) }).optional().describe("result document this department issues, collected for the one exit"),
  ...correctionFields,
});
type Data = z.infer<typeof data>;

function taskFor(rt: Runtime, node: TypedNode<Data>, token: Token, assignee?: string, round = 1): Task {
  const who = assignee ?? node.data.assignee;
  return rt.createTask(token, { kind: "review", name: rt.label(node), department: node.data.department, role: node.data.role, ...(who ? { assignee: who } : {}), round });
}

/** Decision of the countersign so far: approve, reject, or undecided. */
function tally(cs: Countersign): "approve" | "reject" | undefined {
  const n = Math.max(1, cs.signers.length);
  if (cs.approvals.length >= cs.needed) return "approve";
  if (cs.rejections.length > n - cs.needed) return "reject";
  return undefined;
}

/** The review node. */
export const reviewNode: NodeType<Data> = {
  type: "review",
  label: "部门审批",
  labelEn: "Department review",
  data,
  outcomes: ["reject"],
  timed: true,
  limits: (d) => ({ promised: d.promisedDays ?? 0, statutory: d.statutoryDays ?? 0 }),
  check(node, cx) {
    const out = [...checkDepartment(node, cx), ...checkLimits(node, cx), ...checkTimeout(node, cx, true)];
    const cs = node.data.countersign;
    const at = `${cx.pointer}/data/countersign`;
    if (cs.mode !== "any" && cs.signers.length < 2) out.push({ severity: "error", nodeId: node.id, pointer: `${at}/signers`, message: say(`节点「${cx.name.zh}」会签方式 ${cs.mode} 至少需要 2 名签批人`, `Node "${cx.name.en}" countersigns by "${cs.mode}" and needs at least 2 signers`) });
    if (cs.mode === "ratio" && cs.ratio === undefined) out.push({ severity: "error", nodeId: node.id, pointer: `${at}/ratio`, message: say(`节点「${cx.name.zh}」按比例表决必须给出通过比例 ratio`, `Node "${cx.name.en}" votes by ratio and must give the approval ratio`) });
    if (new Set(cs.signers).size !== cs.signers.length) out.push({ severity: "error", nodeId: node.id, pointer: `${at}/signers`, message: say(`节点「${cx.name.zh}」签批人重复`, `Node "${cx.name.en}" lists the same signer more than once`) });
    if (node.data.assignee && cs.signers.length) out.push({ severity: "warning", nodeId: node.id, pointer: `${cx.pointer}/data/assignee`, message: say(`节点「${cx.name.zh}」同时指定了经办人和会签人，以会签人为准`, `Node "${cx.name.en}" names both a handler and signers; the signers decide`) });
    return out;
  },
  enter(rt, node, token) {
    rt.startNodeClock(token, node.data);
    const cs = node.data.countersign;
    const signers = cs.signers;
    const n = Math.max(1, signers.length);
    const needed = cs.mode === "all" || cs.mode === "sequence" ? n : cs.mode === "ratio" ? Math.ceil((cs.ratio ?? 1) * n - 1e-9) : 1;
    token.countersign = { mode: cs.mode, signers, approvals: [], rejections: [], next: 0, needed };
    if (signers.length === 0) taskFor(rt, node, token);
    else if (cs.mode === "sequence") { taskFor(rt, node, token, signers[0]); token.countersign.next = 1; }
    else for (const s of signers) taskFor(rt, node, token, s);
  },
  taskActions(rt, node) {
    return canReturn(rt, node) ? ["approve", "reject", "return_for_correction"] : ["approve", "reject"];
  },
  act(rt, node, token, task, event) {
    const cs = token.countersign!;
    if (event.type === "return_for_correction") return returnForCorrection(rt, node, token, task, event);
    if (event.type !== "approve" && event.type !== "reject") return;
    const by = event.actor.id;
    if (event.type === "approve") {
      if (node.data.result && !event.result) {
        return { code: "invalid", message: say(`「${rt.name(node).zh}」须上传结果文书「${node.data.result.name}」后才能通过`, `"${rt.name(node).en}" can be approved only once the result document "${node.data.result.name}" is uploaded`), allowed: [], problems: [{ pointer: "/result", message: say(`缺少结果文书: ${node.data.result.name}`, `The result document is missing: ${node.data.result.name}`) }] };
      }
      cs.approvals.push(by);
      rt.closeTask(task, "approved", by);
      if (event.result) collectResult(rt, node, event.result.document, by, event.result.name, event.result.fileId);
      rt.log("approved", say(`「${rt.name(node).zh}」审批通过${event.comment ? `：${event.comment}` : ""}`, `"${rt.name(node).en}" approved${event.comment ? `: ${event.comment}` : ""}`), { node: node.id, task: task.id });
    } else {
      cs.rejections.push(by);
      rt.closeTask(task, "rejected", by);
      rt.log("rejected", say(`「${rt.name(node).zh}」不予通过：${event.reason}`, `"${rt.name(node).en}" not approved: ${event.reason}`), { node: node.id, task: task.id });
    }
    const decision = cs.mode === "any" ? (event.type === "approve" ? "approve" : "reject") : tally(cs);
    if (!decision) {
      if (cs.mode === "sequence" && cs.next < cs.signers.length) { taskFor(rt, node, token, cs.signers[cs.next]); cs.next += 1; }
      return;
    }
    for (const other of rt.openTasks(token)) rt.closeTask(other, "cancelled");
    if (decision === "approve") rt.outbox("node.approved", { node: node.id, department: node.data.department, item: node.data.item });
    rt.decide(token, decision, event.type === "reject" ? event.reason : "会签未通过");
  },
  timeout: handleTimeout,
};
