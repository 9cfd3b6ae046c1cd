// The one exit's hand-over (一口出件 → 送达): the clerk records the carrier and tracking number of results sent by
// post, and the hand-over itself — at the window only against the applicant's pick-up code — with the recipient's
// name, identity number and on-screen signature, which the 送达回证 then shows.
import { z } from "zod";
import { SIGNATURE_MAX_CHARS } from "../../spec/fields/kinds/signature.js";
import { badRequest, HttpError } from "../errors.js";
import type { Database } from "../db/database.js";
import { appendEvent } from "../store/events.js";
import type { User } from "../store/users.js";
import { getHandover, recordHandedOver, setTracking } from "./handover-store.js";
import { say, SIGNATURE_TOO_LARGE, zodSay } from "../messages.js";
import { CARRIERS as SPEC_CARRIERS } from "../../spec/delivery.js";

/** Carriers whose tracking numbers the service records, by the names stored (spec/delivery.ts). */
export const CARRIERS = SPEC_CARRIERS.map((c) => c.name) as [string, ...string[]];

const ALREADY_HANDED_OVER = say("结果已送达，不能重复登记", "The results have already been handed over");

/** The tracking-number body. */
export const TrackingBody = z.object({
  carrier: z.enum(CARRIERS, { message: zodSay(`快递公司须为：${CARRIERS.join("、")}`, `The carrier must be one of: ${CARRIERS.join(", ")}`) }),
  trackingNo: z.string().trim().regex(/^[A-Za-z0-9]{8,30}$/, zodSay("运单号应为 8–30 位字母或数字", "A tracking number has 8–30 letters or digits")),
});

/** The hand-over body. */
export const HandoverBody = z.object({
  recipientName: z.string().trim().min(1, zodSay("请填写签收人姓名", "Enter the recipient's name")).max(50),
  recipientIdNumber: z.string().trim().regex(/^(\d{15}|\d{17}[\dXx])$/, zodSay("证件号码应为 15 或 18 位居民身份证号码", "The ID number must be a 15- or 18-digit resident identity card number")).optional(),
  pickupCode: z.string().trim().regex(/^\d{6}$/, zodSay("取件码为 6 位数字", "A pick-up code has 6 digits")).optional(),
  signature: z.string().max(SIGNATURE_MAX_CHARS, SIGNATURE_TOO_LARGE).regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, zodSay("签名须为 PNG 图片", "The signature must be a PNG image")).optional(),
});

async function openOf(db: Database, applicationId: string) {
  const h = await getHandover(db, applicationId);
  if (!h) throw new HttpError(409, "not_available", say("结果尚未出件，不能登记", "The results have not been issued yet, so nothing can be recorded"));
  if (h.handedOverAt) throw new HttpError(409, "conflict", ALREADY_HANDED_OVER);
  return h;
}

/** Records the carrier and tracking number of a case whose results go by post. */
export async function recordTracking(db: Database, applicationId: string, body: z.infer<typeof TrackingBody>, by: User, now: Date): Promise<void> {
  const h = await openOf(db, applicationId);
  if (h.method !== "post") {
    throw badRequest("invalid_request", say("申请人选择的不是邮寄，无需运单号", "The applicant did not choose delivery by post, so there is no tracking number"), [
      { pointer: "/trackingNo", message: say("不是邮寄送达", "Not a delivery by post") },
    ]);
  }
  await db.tx(async (q) => {
    await setTracking(q, applicationId, body.carrier, body.trackingNo.toUpperCase(), now);
    await appendEvent(q, { applicationId, actor: { id: by.id, name: by.displayName }, ...(by.department ? { department: by.department } : {}), kind: "results_posted", message: say(`结果已交寄：${body.carrier} ${body.trackingNo.toUpperCase()}`, `Results posted: ${body.carrier} ${body.trackingNo.toUpperCase()}`), data: { carrier: body.carrier, trackingNo: body.trackingNo.toUpperCase() } }, now);
  });
}

/** Records that the results reached the applicant (送达). */
export async function recordHandover(db: Database, applicationId: string, body: z.infer<typeof HandoverBody>, by: User, now: Date): Promise<void> {
  const h = await openOf(db, applicationId);
  if (h.method === "window" && body.pickupCode !== h.pickupCode) {
    throw badRequest("invalid_request", say("取件码不正确，请核对申请人出示的取件码", "The pick-up code is wrong: check the code the applicant shows"), [
      { pointer: "/pickupCode", field: "取件码", message: say("取件码不正确", "The pick-up code is wrong") },
    ]);
  }
  if (h.method === "post" && !h.trackingNo) {
    throw badRequest("invalid_request", say("请先登记运单号", "Record the tracking number first"), [{ pointer: "/trackingNo", message: say("尚未登记运单号", "No tracking number has been recorded") }]);
  }
  await db.tx(async (q) => {
    const n = await recordHandedOver(q, applicationId, { recipientName: body.recipientName, ...(body.recipientIdNumber ? { recipientIdNumber: body.recipientIdNumber.toUpperCase() } : {}), ...(body.signature ? { signature: body.signature } : {}), by: by.id }, now);
    if (!n) throw new HttpError(409, "conflict", ALREADY_HANDED_OVER);
    await appendEvent(q, { applicationId, actor: { id: by.id, name: by.displayName }, ...(by.department ? { department: by.department } : {}), kind: "results_handed_over", message: say(`结果已送达，签收人：${body.recipientName}`, `Results delivered, signed for by ${body.recipientName}`), data: { method: h.method, signed: !!body.signature } }, now);
  });
}
