// Turns what happened to a case into notifications for its applicant. Called with every outbox topic in the
// transaction that announces it, so a notification is stored exactly when the change commits, never without it;
// the inbox row's dedupe key makes a replay a no-op; the SMS goes out later through a timer (retried until sent).
import { sql } from "drizzle-orm";
import type { FlowState } from "../../spec/flow/state.js";
import type { Queryable } from "../db/database.js";
import { getApplication, type Application } from "../store/applications.js";
import { getPublished } from "../store/bundles.js";
import { scheduleTimer } from "../store/timers.js";
import { findUser } from "../store/users.js";
import { fromJson } from "../util.js";
import { cnDate, cnDateTime } from "../documents/format.js";
import { getHandover, openHandover } from "../results/handover-store.js";
import { newPickupCode } from "../results/pickup.js";
import { promiseReminderTimes } from "./reminders.js";
import { insertMessage, insertSms } from "./store.js";
import { render, type NotificationEvent } from "./templates.js";

/** Timer kinds of notifications. */
export const SMS_TIMER = "notification.sms";
export const PROMISE_DUE_TIMER = "notification.promise_due";

/** What a notification is about: the case, its applicant and the variables every template shares. */
export interface CaseFacts { app: Application; state?: FlowState; vars: Record<string, string>; phone?: string; materialName: (id: string) => string }

/** Loads the facts of a case for its notifications (undefined when it has no such application). */
export async function caseFacts(q: Queryable, applicationId: string): Promise<CaseFacts | undefined> {
  const app = await getApplication(q, applicationId);
  if (!app) return undefined;
  const [applicant, published, row] = await Promise.all([
    findUser(q, app.applicantId), getPublished(q, app.bundleKey, app.version),
    q.get<{ state: string }>(sql`SELECT state FROM flow_instances WHERE application_id = ${app.id}`),
  ]);
  const profile = (applicant?.profile ?? {}) as Record<string, unknown>;
  const phone = [profile.mobile, app.data.mobile].find((p): p is string => typeof p === "string" && /^1[3-9]\d{9}$/.test(p));
  const names = new Map((published?.spec.items ?? []).flatMap((it) => it.materials.flatMap((m) => [[m.id, m.material_name], [`${it.id}/${m.id}`, m.material_name]] as Array<[string, string]>)));
  return {
    app, ...(row ? { state: fromJson<FlowState>(row.state) } : {}), ...(phone ? { phone } : {}),
    materialName: (id) => names.get(id) ?? id,
    vars: { applicant: String(profile.name ?? applicant?.displayName ?? ""), bundle: published?.spec.title ?? app.bundleKey, caseNo: app.caseNo ?? app.id },
  };
}

/** Stores one event's inbox message and its SMS (with the timer that sends it); a repeat of the event does nothing. */
export async function notify(q: Queryable, f: CaseFacts, event: NotificationEvent, key: string, vars: Record<string, string>, now: Date): Promise<boolean> {
  const all = { ...f.vars, ...vars };
  const text = render(event, all);
  const id = await insertMessage(q, { dedupeKey: `${f.app.id}:${key}`, applicationId: f.app.id, recipientId: f.app.applicantId, event, title: text.title, body: text.inbox, variables: all }, now);
  if (!id) return false;
  if (f.phone) {
    const smsId = await insertSms(q, id, f.phone, text.sms, now);
    await scheduleTimer(q, { dedupeKey: `sms:${smsId}`, kind: SMS_TIMER, payload: { smsId }, dueAt: now }, now);
  }
  return true;
}

// How the results reach the applicant; it names only what was issued (no 电子证照 the case never produced).
const DELIVERY_TEXT = {
  window: (code: string) => `请凭取件码 ${code} 和身份证件到政务服务中心综合出件窗口领取。`,
  post: () => "结果将按您填写的地址邮寄，寄出后可在“我的办件”查看运单号。",
  online: (_code: string, any: boolean) => any ? "可在“我的办件”查看和下载以上结果文书。" : "可在“我的办件”查看办理详情。",
};

/** The result documents actually issued at the one exit, by name, once each: the ones the results node handed out
 *  (its outbox payload), else the case's state — never a generic 办理结果文书 standing in for none. */
export function issuedResultNames(payload: Record<string, unknown>, state: FlowState | undefined): string[] {
  const issued = Array.isArray(payload.results) ? (payload.results as Array<{ name?: unknown }>) : state?.results ?? [];
  return [...new Set(issued.map((r) => (typeof r?.name === "string" ? r.name.trim() : "")).filter(Boolean))];
}

async function onResultsIssued(q: Queryable, f: CaseFacts, payload: Record<string, unknown>, now: Date): Promise<void> {
  // What the clerk issued with: the applicant's choice unless changed with a reason (server/results/delivery-choice.ts).
  const method = (["window", "post", "online"] as const).find((m) => m === payload.delivery) ?? f.app.delivery?.method ?? "online";
  const address = method === "post" && f.app.delivery?.address ? f.app.delivery.address : undefined;
  await openHandover(q, f.app.id, method, { ...(method === "window" ? { pickupCode: newPickupCode() } : {}), ...(address ? { address: `${address.region}${address.detail}（${address.recipient} ${address.phone}，邮编 ${address.postalCode}）` } : {}) }, now);
  const h = await getHandover(q, f.app.id);
  const names = issuedResultNames(payload, f.state);
  const results = names.length ? names.join("、") : "本次办理不出具结果文书";
  await notify(q, f, "result_ready", "results", { results, how: DELIVERY_TEXT[h?.method ?? method](h?.pickupCode ?? "", names.length > 0) }, now);
}

async function onAccepted(q: Queryable, f: CaseFacts, payload: Record<string, unknown>, now: Date): Promise<void> {
  const due = f.state?.clock.dueAt;
  await notify(q, f, "accepted", "accepted", { acceptedOn: cnDate(now), dueOn: due ? cnDate(due) : "承诺时限内" }, now);
  const deadline = typeof payload.deadline === "string" ? payload.deadline : undefined;
  const promiseId = typeof payload.promiseId === "string" ? payload.promiseId : undefined;
  if (!deadline || !promiseId) return;
  for (const { days, at } of promiseReminderTimes(deadline, now)) {
    await scheduleTimer(q, { dedupeKey: `${f.app.id}:promise:${promiseId}:d${days}`, kind: PROMISE_DUE_TIMER, payload: { applicationId: f.app.id, promiseId, days }, dueAt: at }, now);
  }
}

async function onCorrection(q: Queryable, f: CaseFacts, now: Date): Promise<void> {
  const c = f.state?.correction;
  if (!c) return;
  const list = c.deficiencies.map((d, i) => `${i + 1}. ${d.label ?? (d.kind === "material" ? f.materialName(d.ref) : d.ref)}（${d.reason}）`).join("；");
  await notify(q, f, "correction", `correction:${c.id}`, { list, count: String(c.deficiencies.length), when: c.deadline ? `于${cnDateTime(c.deadline)}前` : "收到通知后尽快" }, now);
}

// A refused case: the applicant is told the decision and its reason, not only invited to rate a case "已办结".
async function onRejected(q: Queryable, f: CaseFacts, payload: Record<string, unknown>, now: Date): Promise<void> {
  const given = [payload.reason, f.state?.outcome?.reason].find((r): r is string => typeof r === "string" && r.trim() !== "");
  const reason = given?.trim() ?? "未说明";
  await notify(q, f, "rejected", "rejected", { reason }, now);
}

/** Notifies the applicant of what an outbox topic announces (topics without a notification are ignored). */
export async function notifyOnTopic(q: Queryable, topic: string, payload: unknown, now: Date): Promise<void> {
  const p = (payload ?? {}) as Record<string, unknown>;
  const interesting = ["case.accepted", "case.correction_requested", "results.issued", "case.completed", "case.rejected", "application.status_changed"];
  if (!interesting.includes(topic) || typeof p.applicationId !== "string") return;
  const f = await caseFacts(q, p.applicationId);
  if (!f) return;
  if (topic === "case.accepted") return onAccepted(q, f, p, now);
  if (topic === "case.correction_requested") return onCorrection(q, f, now);
  if (topic === "results.issued") return onResultsIssued(q, f, p, now);
  if (topic === "case.rejected") await onRejected(q, f, p, now);
  if (topic === "application.status_changed" && p.status !== "completed" && p.status !== "rejected") return;
  const refused = topic === "case.rejected" || p.status === "rejected" || f.state?.status === "rejected";
  await notify(q, f, "rating_invited", "rating", { outcome: refused ? "已办理完毕（不予办理）" : "已办结" }, now);
}
