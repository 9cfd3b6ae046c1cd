// The timers of notifications, fired by the sweeper exactly once each: sending an SMS (a failure throws, so the
// sweeper retries it with backoff) and the reminders of a 容缺 deadline (skipped once the materials are supplied).
import type { FlowContext } from "../flow/runner.js";
import type { Timer } from "../store/timers.js";
import { cnDateTime } from "../documents/format.js";
import { caseFacts, notify, PROMISE_DUE_TIMER, SMS_TIMER } from "./dispatch.js";
import { smsSender } from "./provider.js";
import { getSms, markSmsSent } from "./store.js";

async function sendSms(ctx: FlowContext, t: Timer): Promise<void> {
  const sms = await getSms(ctx.q, String(t.payload.smsId));
  if (!sms || sms.status !== "pending") return;
  const sender = smsSender();
  const { providerRef } = await sender.send({ id: sms.id, phone: sms.phone, body: sms.body });
  await markSmsSent(ctx.q, sms.id, sender.name, providerRef, ctx.now);
}

async function promiseDue(ctx: FlowContext, t: Timer): Promise<void> {
  const f = await caseFacts(ctx.q, String(t.payload.applicationId));
  const p = f?.state?.promises.find((x) => x.id === t.payload.promiseId);
  if (!f || !p || p.status !== "pending" || !p.deadline) return;
  const missing = p.materials.filter((m) => !p.supplied.includes(m));
  if (!missing.length) return;
  await notify(ctx.q, f, "promise_due", `promise:${p.id}:d${Number(t.payload.days)}`, {
    materials: missing.map(f.materialName).join("、"), deadline: cnDateTime(p.deadline), daysLeft: String(Number(t.payload.days)),
  }, ctx.now);
}

/** Handlers of the notification timers, by kind (merged into the flow engine's timer handlers). */
export const notificationTimerHandlers: Record<string, (ctx: FlowContext, timer: Timer) => Promise<void>> = {
  [SMS_TIMER]: sendSms,
  [PROMISE_DUE_TIMER]: promiseDue,
};
