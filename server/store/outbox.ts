// The outbox: messages to deliver to webhook subscribers, written in the same transaction as the change they
// announce, delivered afterwards by the sweeper with retries (at-least-once; receivers dedupe by X-Yijian-Delivery).
import { sql } from "drizzle-orm";
import type { Database, Queryable } from "../db/database.js";
import { fromJson, iso, newId } from "../util.js";
import { claimUnderLease, type LeasedTable } from "./lease.js";
import { notifyOnTopic } from "../notifications/dispatch.js";

/** A webhook subscription. */
export interface Subscription { id: string; url: string; secret: string; topics: string[]; active: boolean; createdAt: string }

/** A due delivery with its subscription. */
export interface Delivery { id: string; topic: string; payload: unknown; attempts: number; url: string; secret: string; createdAt: string }

/** Queues a message on a topic for every active subscription that wants it; returns how many deliveries were queued. */
export async function enqueue(q: Queryable, topic: string, payload: unknown, now: Date): Promise<number> {
  await notifyOnTopic(q, topic, payload, now); // the applicant's inbox and SMS, in the same transaction (notifications/)
  const subs = await q.all<{ id: string; topics: string }>(sql`SELECT id, topics FROM webhook_subscriptions WHERE active = 1`);
  let n = 0;
  for (const s of subs) {
    const topics = fromJson<string[]>(s.topics);
    if (!topics.includes(topic) && !topics.includes("*")) continue;
    await q.run(sql`INSERT INTO outbox (id, subscription_id, topic, payload, attempts, next_attempt_at, created_at)
      VALUES (${newId()}, ${s.id}, ${topic}, ${JSON.stringify(payload)}, 0, ${iso(now)}, ${iso(now)})`);
    n++;
  }
  return n;
}

const OUTBOX: LeasedTable = { table: "outbox", pending: sql`delivered_at IS NULL AND failed_at IS NULL`, dueColumn: "next_attempt_at" };

/** Claims due deliveries for `owner` for `leaseMs`. */
export async function claimDeliveries(db: Database, owner: string, now: Date, leaseMs: number, limit: number): Promise<Delivery[]> {
  return db.tx(async (q) => {
    const ids = await claimUnderLease(q, db.skipLocked, OUTBOX, owner, now, leaseMs, limit);
    if (!ids.length) return [];
    const rows = await q.all<{ id: string; topic: string; payload: string; attempts: number; url: string; secret: string; created_at: string }>(
      sql`SELECT o.id, o.topic, o.payload, o.attempts, o.created_at, s.url, s.secret FROM outbox o JOIN webhook_subscriptions s ON s.id = o.subscription_id
        WHERE o.id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`,
    );
    return rows.map((r) => ({ id: r.id, topic: r.topic, payload: fromJson(r.payload), attempts: Number(r.attempts), url: r.url, secret: r.secret, createdAt: r.created_at }));
  });
}

/** Marks a delivery done. */
export async function markDelivered(q: Queryable, id: string, now: Date): Promise<void> {
  await q.run(sql`UPDATE outbox SET delivered_at = ${iso(now)}, claimed_until = NULL, last_error = NULL WHERE id = ${id}`);
}

/** Records a failed attempt: retried at `retryAt`, or given up (failed_at) when `giveUp`. */
export async function markAttemptFailed(q: Queryable, id: string, error: string, retryAt: Date, giveUp: boolean, now: Date): Promise<void> {
  await q.run(sql`UPDATE outbox SET last_error = ${error.slice(0, 2000)}, claimed_until = NULL, next_attempt_at = ${iso(retryAt)},
    failed_at = ${giveUp ? iso(now) : null} WHERE id = ${id}`);
}

/** Adds a webhook subscription. */
export async function insertSubscription(q: Queryable, s: { url: string; secret: string; topics: string[] }, by: string, now: Date): Promise<Subscription> {
  const id = newId();
  await q.run(sql`INSERT INTO webhook_subscriptions (id, url, secret, topics, active, created_at, created_by)
    VALUES (${id}, ${s.url}, ${s.secret}, ${JSON.stringify(s.topics)}, 1, ${iso(now)}, ${by})`);
  return { id, url: s.url, secret: s.secret, topics: s.topics, active: true, createdAt: iso(now) };
}

/** Every subscription. */
export async function listSubscriptions(q: Queryable): Promise<Subscription[]> {
  const rows = await q.all<{ id: string; url: string; secret: string; topics: string; active: number; created_at: string }>(
    sql`SELECT * FROM webhook_subscriptions ORDER BY created_at`,
  );
  return rows.map((r) => ({ id: r.id, url: r.url, secret: r.secret, topics: fromJson(r.topics), active: Number(r.active) === 1, createdAt: r.created_at }));
}

/** Deactivates a subscription (its pending deliveries stop being attempted). */
export async function deactivateSubscription(q: Queryable, id: string, now: Date): Promise<boolean> {
  const n = await q.run(sql`UPDATE webhook_subscriptions SET active = 0 WHERE id = ${id} AND active = 1`);
  if (n) await q.run(sql`UPDATE outbox SET failed_at = ${iso(now)}, last_error = ${"subscription removed"} WHERE subscription_id = ${id} AND delivered_at IS NULL AND failed_at IS NULL`);
  return n > 0;
}

/** Extends this owner's claims on deliveries still in flight (the sweeper's lease heartbeat). */
export async function renewDeliveryClaims(q: Queryable, ids: string[], owner: string, until: Date): Promise<number> {
  if (!ids.length) return 0;
  return q.run(sql`UPDATE outbox SET claimed_until = ${iso(until)}
    WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND claimed_by = ${owner} AND delivered_at IS NULL AND failed_at IS NULL`);
}
