// The delivery the one exit issues with (一口出件): the applicant's choice at submit stands unless the clerk gives a
// reason for another method — a card the applicant asked to be posted is never "delivered online" by a default
// radio button. A change is recorded on the case with its reason, in the applicant's timeline.
import type { ResultDelivery } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { HttpError } from "../errors.js";
import { say } from "../messages.js";
import { appendEvent } from "../store/events.js";
import type { User } from "../store/users.js";

type Method = ResultDelivery["method"];
const METHODS: readonly Method[] = ["online", "post", "window"];
const WORDS: Record<Method, { zh: string; en: string }> = {
  online: { zh: "网上送达", en: "online delivery" }, post: { zh: "邮寄送达", en: "delivery by post" }, window: { zh: "窗口领取", en: "collection at the window" },
};

/** What the clerk's results_issued resolves to: the method issued with and, when it is not the applicant's, the change. */
export interface DeliveryDecision { method: Method; change?: { from: Method; reason: string } }

/** Resolves the delivery of a results_issued request against the applicant's choice; 400 for a change without a
 *  reason, or for post when the applicant gave no address. */
export function decideDelivery(chosen: ResultDelivery | null | undefined, payload: Record<string, unknown>): DeliveryDecision {
  const sent = payload.delivery;
  if (sent !== undefined && !METHODS.includes(sent as Method)) {
    throw new HttpError(400, "invalid_request", say("出件方式须为网上送达、邮寄送达或窗口领取", "The delivery must be online, post or window"), [
      { pointer: "/delivery", message: say("不是可选的出件方式", "Not a delivery method") },
    ]);
  }
  const applicant = chosen?.method;
  const method = (sent as Method | undefined) ?? applicant ?? "online";
  if (!applicant || method === applicant) return { method };
  const reason = typeof payload.deliveryChangeReason === "string" ? payload.deliveryChangeReason.trim() : "";
  if (!reason) {
    throw new HttpError(400, "invalid_request", say(`申请人选择的是${WORDS[applicant].zh}，改为${WORDS[method].zh}须写明原因`, `The applicant chose ${WORDS[applicant].en}: give a reason to change it to ${WORDS[method].en}`), [
      { pointer: "/deliveryChangeReason", message: say("请填写更改出件方式的原因，申请人会看到", "Give the reason for the change; the applicant will see it") },
    ]);
  }
  if (reason.length > 500) {
    throw new HttpError(400, "invalid_request", say("更改原因最多 500 字", "The reason has at most 500 characters"), [{ pointer: "/deliveryChangeReason", message: say("超过 500 字", "Longer than 500 characters") }]);
  }
  if (method === "post" && !chosen?.address) {
    throw new HttpError(400, "invalid_request", say("申请人没有填写邮寄地址，不能改为邮寄送达", "The applicant gave no postal address, so the results cannot go by post"), [
      { pointer: "/delivery", message: say("没有邮寄地址", "No postal address") },
    ]);
  }
  return { method, change: { from: applicant, reason } };
}

/** Records a changed delivery on the case (the applicant sees it with its reason). */
export async function recordDeliveryChange(q: Queryable, applicationId: string, d: DeliveryDecision, by: User, now: Date): Promise<void> {
  if (!d.change) return;
  const { from, reason } = d.change;
  await appendEvent(q, {
    applicationId, actor: { id: by.id, name: by.displayName }, ...(by.department ? { department: by.department } : {}), kind: "delivery_changed",
    message: say(`出件方式由${WORDS[from].zh}改为${WORDS[d.method].zh}，原因：${reason}`, `Delivery changed from ${WORDS[from].en} to ${WORDS[d.method].en}; reason: ${reason}`),
    data: { from, to: d.method, reason },
  }, now);
}
