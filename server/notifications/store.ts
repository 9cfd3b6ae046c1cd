// The inbox (站内消息) and the SMS record. One inbox row per event and recipient: its dedupe key makes a replayed
// event a no-op, so each event is told exactly once; the SMS row belongs to its inbox row (one each at most).
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { fromJson, iso, newId } from "../util.js";

/** A message in an applicant's inbox. */
export interface InboxMessage { id: string; applicationId: string | null; event: string; title: string; body: string; variables: Record<string, string>; createdAt: string; readAt: string | null }

interface Row { id: string; application_id: string | null; event: string; title: string; body: string; variables: string; created_at: string; read_at: string | null }

const toMessage = (r: Row): InboxMessage => ({ id: r.id, applicationId: r.application_id, event: r.event, title: r.title, body: r.body, variables: fromJson(r.variables), createdAt: r.created_at, readAt: r.read_at });

/** Stores a message unless its dedupe key exists; returns the new id, or undefined for a repeat. */
export async function insertMessage(q: Queryable, m: { dedupeKey: string; applicationId: string; recipientId: string; event: string; title: string; body: string; variables: Record<string, string> }, now: Date): Promise<string | undefined> {
  const id = newId();
  const n = await q.run(sql`INSERT INTO notifications (id, dedupe_key, application_id, recipient_id, event, title, body, variables, created_at)
    VALUES (${id}, ${m.dedupeKey}, ${m.applicationId}, ${m.recipientId}, ${m.event}, ${m.title}, ${m.body}, ${JSON.stringify(m.variables)}, ${iso(now)})
    ON CONFLICT (dedupe_key) DO NOTHING`);
  return n > 0 ? id : undefined;
}

/** A recipient's messages, newest first (at most `limit`), and how many are unread. */
export async function inboxOf(q: Queryable, recipientId: string, limit = 50): Promise<{ messages: InboxMessage[]; unread: number }> {
  const rows = await q.all<Row>(sql`SELECT id, application_id, event, title, body, variables, created_at, read_at FROM notifications
    WHERE recipient_id = ${recipientId} ORDER BY created_at DESC, id DESC LIMIT ${limit}`);
  const unread = await q.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM notifications WHERE recipient_id = ${recipientId} AND read_at IS NULL`);
  return { messages: rows.map(toMessage), unread: Number(unread?.n ?? 0) };
}

/** Marks a recipient's message read; false when it is not theirs. */
export async function markRead(q: Queryable, recipientId: string, id: string, now: Date): Promise<boolean> {
  const mine = await q.get<{ id: string }>(sql`SELECT id FROM notifications WHERE id = ${id} AND recipient_id = ${recipientId}`);
  if (!mine) return false;
  await q.run(sql`UPDATE notifications SET read_at = ${iso(now)} WHERE id = ${id} AND read_at IS NULL`);
  return true;
}

/** Records an SMS to send for a message (pending until its timer sends it). */
export async function insertSms(q: Queryable, notificationId: string, phone: string, body: string, now: Date): Promise<string> {
  const id = newId();
  await q.run(sql`INSERT INTO sms_messages (id, notification_id, phone, body, status, created_at) VALUES (${id}, ${notificationId}, ${phone}, ${body}, 'pending', ${iso(now)})`);
  return id;
}

/** A stored SMS. */
export interface SmsRecord { id: string; notificationId: string; phone: string; body: string; status: string; provider: string | null; providerRef: string | null; sentAt: string | null }

/** One SMS by id. */
export async function getSms(q: Queryable, id: string): Promise<SmsRecord | undefined> {
  const r = await q.get<{ id: string; notification_id: string; phone: string; body: string; status: string; provider: string | null; provider_ref: string | null; sent_at: string | null }>(sql`SELECT * FROM sms_messages WHERE id = ${id}`);
  return r && { id: r.id, notificationId: r.notification_id, phone: r.phone, body: r.body, status: r.status, provider: r.provider, providerRef: r.provider_ref, sentAt: r.sent_at };
}

/** Marks an SMS sent by a provider. */
export async function markSmsSent(q: Queryable, id: string, provider: string, providerRef: string, now: Date): Promise<void> {
  await q.run(sql`UPDATE sms_messages SET status = 'sent', provider = ${provider}, provider_ref = ${providerRef}, sent_at = ${iso(now)} WHERE id = ${id} AND status = 'pending'`);
}

/** The latest SMS records (the log-only sender's log), newest first. */
export async function recentSms(q: Queryable, limit = 100): Promise<Array<SmsRecord & { createdAt: string; applicationId: string | null; event: string }>> {
  const rows = await q.all<{ id: string; notification_id: string; phone: string; body: string; status: string; provider: string | null; provider_ref: string | null; sent_at: string | null; created_at: string; application_id: string | null; event: string }>(
    sql`SELECT s.*, n.application_id, n.event FROM sms_messages s JOIN notifications n ON n.id = s.notification_id ORDER BY s.created_at DESC, s.id DESC LIMIT ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, notificationId: r.notification_id, phone: r.phone, body: r.body, status: r.status, provider: r.provider, providerRef: r.provider_ref, sentAt: r.sent_at, createdAt: r.created_at, applicationId: r.application_id, event: r.event }));
}
