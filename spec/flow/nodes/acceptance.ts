// Acceptance (一窗受理): the lead department's front desk takes the case in. Outcomes: accept; accept with
// deficiency (容缺受理: secondary materials promised by a deadline, a credit record if broken); notify and
// promise (告知承诺); return for correction with the complete list of deficiencies (一次性告知补正); reject.
import { z } from "zod";
import { assigneeFields, correctionFields, TaskRoleSchema, timeLimitFields, TimeoutSchema } from "../schema.js";
import type { PromiseRecord } from "../state.js";
import { canReturn, checkDepartment, checkLimits, checkTimeout, handleTimeout, returnForCorrection } from "./common.js";
import type { NodeType } from "./types.js";
import { say } from "../../bilingual.js";
import { addMaterialPromise, keepSignedPromises, promiseDetails, promiseWords } from "./promises.js";

const data = z.object({
  label: z.string().optional(),
  ...assigneeFields,
  role: TaskRoleSchema.default("clerk"),
  ...timeLimitFields,
  timeout: TimeoutSchema.default({ action: "remind" }),
  allowDeficiency: z.boolean().default(true).describe("允许容缺受理"),
  deficiencyDays: z.number().int().min(1).max(365).default(5).describe("窗口未定期限时，补交容缺材料的工作日数"),
  allowPromise: z.boolean().default(false).describe("允许告知承诺（仅限列入告知承诺制清单的事项）"),
  ...correctionFields,
});
type Data = z.infer<typeof data>;

/** The acceptance node (front desk of the lead department). */
export const acceptanceNode: NodeType<Data> = {
  type: "acceptance",
  label: "一窗受理",
  labelEn: "One-window acceptance",
  data,
  outcomes: ["reject", "promise", "promise_broken"],
  timed: true,
  // the acceptance limit (受理时限) is separate: the case's 办结时限 runs from acceptance, so it adds nothing
  limits: () => ({ promised: 0, statutory: 0 }),
  check(node, cx) {
    const out = [...checkDepartment(node, cx), ...checkLimits(node, cx), ...checkTimeout(node, cx, false)];
    if (cx.lead && node.data.department !== cx.lead) {
      out.push({ severity: "error", nodeId: node.id, pointer: `${cx.pointer}/data/department`, message: say(`一窗受理应由牵头部门 ${cx.lead} 负责，而不是 ${node.data.department}`, `Acceptance belongs to the lead department ${cx.lead}, not to ${node.data.department}`) });
    }
    if (node.data.allowDeficiency && !(cx.index.out.get(node.id) ?? []).some((e) => e.data?.outcome === "promise_broken")) {
      out.push({ severity: "warning", nodeId: node.id, pointer: `${cx.pointer}/data/allowDeficiency`, message: say(`节点「${cx.name.zh}」允许容缺受理但未定义“承诺未履行”的分支，逾期未补交将终止办理`, `Node "${cx.name.en}" accepts with deficiency but has no branch for a broken promise (promise_broken): materials not supplied in time will end the case`) });
    }
    return out;
  },
  enter(rt, node, token) {
    rt.startNodeClock(token, node.data);
    rt.createTask(token, { kind: "acceptance", name: rt.label(node), department: node.data.department, role: node.data.role, ...(node.data.assignee ? { assignee: node.data.assignee } : {}) });
  },
  taskActions(rt, node) {
    const actions: Array<"accept" | "accept_with_deficiency" | "notify_promise" | "return_for_correction" | "reject"> = ["accept"];
    if (node.data.allowDeficiency) actions.push("accept_with_deficiency");
    if (node.data.allowPromise) actions.push("notify_promise");
    if (canReturn(rt, node)) actions.push("return_for_correction");
    actions.push("reject");
    return actions;
  },
  act(rt, node, token, task, event) {
    const by = event.type === "timer_fired" ? "system" : event.actor.id;
    const accepted = (how: string, extra: Record<string, unknown> = {}, promises: PromiseRecord[] = []): void => {
      rt.closeTask(task, how, by);
      rt.startCaseClock();
      rt.outbox("case.accepted", { node: node.id, department: node.data.department, how, ...extra });
      const owed = promises.length ? `请${promiseWords(rt, promises).zh}。` : "";
      rt.notifyApplicant("accepted", `您的申请已受理${how === "accepted_with_deficiency" ? "（容缺受理）" : ""}。${owed}`, { how, ...extra, dueAt: rt.state.clock.dueAt });
    };
    switch (event.type) {
      case "accept": {
        // the applicant's signed 容缺 promise holds after a plain 受理 too: the case is accepted with materials to follow
        const kept = keepSignedPromises(rt, node.id, event.signed);
        if (kept.length) {
          const w = promiseWords(rt, kept);
          rt.log("accepted_with_deficiency", say(`受理（容缺受理）：申请人已签署容缺承诺，${w.zh}`, `Accepted with materials to follow: the applicant signed the promise to supply ${w.en}`), { node: node.id, task: task.id, details: promiseDetails(kept) });
          accepted("accepted_with_deficiency", promiseDetails(kept), kept);
        } else {
          rt.log("accepted", say("受理", "Accepted"), { node: node.id, task: task.id });
          accepted("accepted");
        }
        rt.leave(token);
        return;
      }
      case "accept_with_deficiency": {
        const deferrable = rt.def.deferrable;
        if (deferrable) {
          const bad = event.materials.filter((m) => !deferrable[m]);
          if (bad.length) {
            return { code: "invalid", message: say(`以下材料不允许容缺后补，须在受理时提交：${bad.join("、")}`, `These materials cannot be supplied later and must be handed in at acceptance: ${bad.join(", ")}`), allowed: [], problems: bad.map((m) => ({ pointer: `/materials/${event.materials.indexOf(m)}`, message: say(`不是容缺后补材料: ${m}`, `Not a material that may be supplied later: ${m}`) })) };
          }
        }
        const allowedDays = deferrable ? Math.min(...event.materials.map((m) => deferrable[m]?.days ?? node.data.deficiencyDays)) : node.data.deficiencyDays;
        // The deadline is counted in working days within the materials' own 容缺 days: a clerk may shorten it to whole
        // working days, never to a moment of their choosing nor beyond what the item allows.
        if (event.days !== undefined && event.days > allowedDays) return { code: "invalid", message: say(`补交期限最多 ${allowedDays} 个工作日`, `Materials can be supplied within at most ${allowedDays} working days`), allowed: [], problems: [{ pointer: "/days", message: say(`超过材料允许的 ${allowedDays} 个工作日`, `More than the ${allowedDays} working days the materials allow`) }] };
        const deadline = event.deadline ? new Date(event.deadline).toISOString() : rt.addDays(rt.now, event.days ?? allowedDays);
        if (deadline < rt.addDays(rt.now, 1) || deadline > rt.addDays(rt.now, allowedDays)) return { code: "invalid", message: say(`补交期限须在 1 至 ${allowedDays} 个工作日之内`, `The deadline must be 1 to ${allowedDays} working days away`), allowed: [], problems: [{ pointer: "/deadline", message: say("补交期限不在允许范围内", "The deadline is outside the allowed range") }] };
        // the clerk's list, then what the applicant signed for and the clerk did not list (each by its own deadline)
        const promises = [addMaterialPromise(rt, node.id, event.materials, deadline), ...keepSignedPromises(rt, node.id, event.signed, event.materials)];
        const w = promiseWords(rt, promises);
        rt.log("accepted_with_deficiency", say(`容缺受理，申请人承诺${w.zh}`, `Accepted with materials to follow: the applicant promised to supply ${w.en}`), { node: node.id, task: task.id, details: promiseDetails(promises) });
        accepted("accepted_with_deficiency", promiseDetails(promises), promises);
        rt.leave(token);
        return;
      }
      case "notify_promise": {
        const promise: PromiseRecord = { id: rt.id("p"), kind: "conditions", node: node.id, at: rt.now, materials: [], supplied: [], ...(event.conditions ? { conditions: event.conditions } : {}), status: "to_verify" };
        rt.state.promises.push(promise);
        const kept = keepSignedPromises(rt, node.id, event.signed);
        const w = kept.length ? promiseWords(rt, kept) : undefined;
        rt.log("notify_promise", say(`告知承诺受理：申请人承诺符合条件，事后核查${w ? `；申请人已签署容缺承诺，${w.zh}` : ""}`, `Accepted on the applicant's written commitment that the conditions are met; checked afterwards${w ? `; the applicant signed the promise to supply ${w.en}` : ""}`), { node: node.id, task: task.id, details: { conditions: event.conditions, ...(kept.length ? promiseDetails(kept) : {}) } });
        accepted("notify_promise", { promiseId: promise.id, ...(kept.length ? { materialPromises: promiseDetails(kept) } : {}) }, kept);
        rt.outbox("promise.to_verify", { promiseId: promise.id, conditions: event.conditions });
        rt.leave(token, "promise");
        return;
      }
      case "return_for_correction":
        returnForCorrection(rt, node, token, task, event);
        return;
      case "reject":
        rt.closeTask(task, "rejected", by);
        rt.log("rejected", say(`不予受理：${event.reason}`, `Not accepted: ${event.reason}`), { node: node.id, task: task.id });
        rt.decide(token, "reject", `不予受理：${event.reason}`);
        return;
      default:
        return;
    }
  },
  timeout: handleTimeout,
};
