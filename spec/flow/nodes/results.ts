// Results at one exit (一口出件): the lead department's exit window collects every department's result
// document and issues them together. Promised materials (容缺) must be in before results are issued; until
// then the case waits for the applicant and the clock stops.
import { z } from "zod";
import { assigneeFields, TaskRoleSchema, timeLimitFields, TimeoutSchema } from "../schema.js";
import type { Runtime } from "../runtime.js";
import type { Token } from "../state.js";
import { checkDepartment, checkLimits, checkTimeout, handleTimeout } from "./common.js";
import type { NodeType, TypedNode } from "./types.js";
import { say } from "../../bilingual.js";

/** How results reach the applicant, in the words of the timeline and the notice. */
const DELIVERY_WORDS: Record<"online" | "post" | "window", string> = { online: "网上送达", post: "邮寄送达", window: "窗口领取" };
const DELIVERY_WORDS_EN: Record<"online" | "post" | "window", string> = { online: "delivered online", post: "sent by post", window: "collected at the window" };

const data = z.object({
  label: z.string().optional(),
  ...assigneeFields,
  role: TaskRoleSchema.default("clerk"),
  ...timeLimitFields,
  timeout: TimeoutSchema.default({ action: "remind" }),
  delivery: z.array(z.enum(["online", "post", "window"])).min(1).default(["online", "post", "window"]).describe("how results reach the applicant"),
});
type Data = z.infer<typeof data>;

function pendingMaterials(rt: Runtime): string[] {
  return rt.state.promises.filter((p) => p.kind === "materials" && p.status === "pending").flatMap((p) => p.materials.filter((m) => !p.supplied.includes(m)));
}

function open(rt: Runtime, node: TypedNode<Data>, token: Token): void {
  rt.startNodeClock(token, node.data);
  rt.createTask(token, { kind: "results", name: rt.label(node), department: node.data.department, role: node.data.role, ...(node.data.assignee ? { assignee: node.data.assignee } : {}) });
}

/** Nodes on the case's path that declare a result document, and which of them delivered none. */
function missingResults(rt: Runtime): Array<{ node: string; name: string }> {
  const seen = new Set(rt.state.path);
  const out: Array<{ node: string; name: string }> = [];
  for (const id of seen) {
    const n = rt.index.nodes.get(id);
    const r = (n?.data as { result?: { name: string } } | undefined)?.result;
    if (r && !rt.state.results.some((x) => x.node === id)) out.push({ node: id, name: r.name });
  }
  return out;
}

/** The results node. */
export const resultsNode: NodeType<Data> = {
  type: "results",
  label: "一口出件",
  labelEn: "Results at one exit",
  data,
  outcomes: [],
  timed: true,
  limits: (d) => ({ promised: d.promisedDays ?? 0, statutory: d.statutoryDays ?? 0 }),
  check(node, cx) {
    const out = [...checkDepartment(node, cx), ...checkLimits(node, cx), ...checkTimeout(node, cx, false)];
    if (cx.lead && node.data.department !== cx.lead) {
      out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}/data/department`, message: say(`一口出件应在牵头部门 ${cx.lead} 出件，而不是 ${node.data.department}`, `Results must be issued at the lead department ${cx.lead}, not at ${node.data.department}`) });
    }
    return out;
  },
  enter(rt, node, token) {
    const pending = pendingMaterials(rt);
    if (pending.length) {
      // Materials by their names (经营场所使用证明), never their ids (site-proof): the applicant reads this line.
      rt.log("waiting_materials", say(`出件前须补交容缺材料：${rt.materialNames(pending)}，计时暂停`, `The promised materials are due before the results are issued: ${rt.materialNames(pending, true)}; the clock is paused`), { node: node.id, actor: "system" });
      rt.notifyApplicant("materials_due", `审批已完成，请补交容缺材料后领取结果：${rt.materialNames(pending)}`, { materials: pending });
      rt.pause("promised_materials");
      return;
    }
    open(rt, node, token);
  },
  resume(rt, node, token) {
    if (rt.openTasks(token).length === 0) open(rt, node, token);
  },
  taskActions: (rt) => (pendingMaterials(rt).length ? [] : ["results_issued"]),
  act(rt, node, token, task, event) {
    if (event.type !== "results_issued") return;
    const missing = missingResults(rt);
    rt.closeTask(task, "issued", event.actor.id);
    const names = rt.state.results.map((r) => r.name);
    rt.log("results_issued", say(
      `一口出件：${names.join("、") || "（无结果文书）"}，${DELIVERY_WORDS[event.delivery]}${missing.length ? `；未收到：${missing.map((m) => m.name).join("、")}` : ""}`,
      `Results issued at one exit: ${names.map((n) => `"${n}"`).join(", ") || "(no result document)"}, ${DELIVERY_WORDS_EN[event.delivery]}${missing.length ? `; not received: ${missing.map((m) => `"${m.name}"`).join(", ")}` : ""}`,
    ), { node: node.id, task: task.id, details: { missing, delivery: event.delivery } });
    rt.outbox("results.issued", { node: node.id, department: node.data.department, delivery: event.delivery, results: rt.state.results, missing });
    rt.notifyApplicant("results_issued", `办理结果已统一出件（${DELIVERY_WORDS[event.delivery]}）：${names.join("、")}`, { results: rt.state.results, delivery: event.delivery });
    rt.leave(token);
  },
  timeout: handleTimeout,
};
