// Durable timers (deadlines, reminders). Scheduled inside the transaction that needs them; fired by the sweeper,
// which claims due timers so that exactly one process fires each (see workers/sweeper.ts).
import { sql } from "drizzle-orm";
import type { Database, Queryable } from "../db/database.js";
import { fromJson, iso, newId } from "../util.js";
import { claimUnderLease, type LeasedTable } from "./lease.js";

/** A timer as handlers receive it. */
export interface Timer { id: string; dedupeKey: string; instanceId: string | null; kind: string; payload: Record<string, unknown>; dueAt: string; attempts: number }

interface TimerRow { id: string; dedupe_key: string; instance_id: string | null; kind: string; payload: string; due_at: string; attempts: number }

const toTimer = (r: TimerRow): Timer => ({
  id: r.id, dedupeKey: r.dedupe_key, instanceId: r.instance_id, kind: r.kind, payload: fromJson(r.payload), dueAt: r.due_at, attempts: Number(r.attempts),
});

/** Schedules a timer; the dedupe key makes scheduling idempotent (a retried transition never doubles a timer). */
export async function scheduleTimer(q: Queryable, t: { dedupeKey: string; instanceId?: string; kind: string; payload?: unknown; dueAt: Date }, now: Date): Promise<boolean> {
  const n = await q.run(sql`INSERT INTO timers (id, dedupe_key, instance_id, kind, payload, due_at, attempts, created_at)
    VALUES (${newId()}, ${t.dedupeKey}, ${t.instanceId ?? null}, ${t.kind}, ${JSON.stringify(t.payload ?? {})}, ${iso(t.dueAt)}, 0, ${iso(now)})
    ON CONFLICT (dedupe_key) DO NOTHING`);
  return n > 0;
}

/** Cancels the pending timers of an instance (all kinds, or the given ones). */
export async function cancelTimers(q: Queryable, instanceId: string, now: Date, kinds?: string[]): Promise<number> {
  if (kinds && !kinds.length) return 0;
  return q.run(kinds
    ? sql`UPDATE timers SET cancelled_at = ${iso(now)} WHERE instance_id = ${instanceId} AND fired_at IS NULL AND cancelled_at IS NULL AND kind IN (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})`
    : sql`UPDATE timers SET cancelled_at = ${iso(now)} WHERE instance_id = ${instanceId} AND fired_at IS NULL AND cancelled_at IS NULL`);
}

/** Cancels one pending timer by its dedupe key. */
export async function cancelTimerByKey(q: Queryable, dedupeKey: string, now: Date): Promise<void> {
  await q.run(sql`UPDATE timers SET cancelled_at = ${iso(now)} WHERE dedupe_key = ${dedupeKey} AND fired_at IS NULL AND cancelled_at IS NULL`);
}

const TIMERS: LeasedTable = { table: "timers", pending: sql`fired_at IS NULL AND cancelled_at IS NULL`, dueColumn: "due_at" };

/** Claims up to `limit` due timers for `owner` for `leaseMs` (skipping rows another process holds locked). */
export async function claimDueTimers(db: Database, owner: string, now: Date, leaseMs: number, limit: number): Promise<Timer[]> {
  return db.tx(async (q) => {
    const ids = await claimUnderLease(q, db.skipLocked, TIMERS, owner, now, leaseMs, limit);
    if (!ids.length) return [];
    const rows = await q.all<TimerRow>(sql`SELECT * FROM timers WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) ORDER BY due_at`);
    return rows.map(toTimer);
  });
}

/** Marks a claimed timer fired; false when this owner no longer holds it (its lease expired and another fired it). */
export async function markFired(q: Queryable, id: string, owner: string, now: Date): Promise<boolean> {
  const rows = await q.all(sql`UPDATE timers SET fired_at = ${iso(now)}, claimed_until = NULL
    WHERE id = ${id} AND claimed_by = ${owner} AND fired_at IS NULL AND cancelled_at IS NULL RETURNING id`);
  return rows.length === 1;
}

/** Records a handler failure and releases the claim so the timer is retried later. */
export async function releaseFailed(q: Queryable, id: string, owner: string, error: string, retryAt: Date): Promise<void> {
  await q.run(sql`UPDATE timers SET claimed_by = NULL, claimed_until = NULL, last_error = ${error.slice(0, 2000)}, due_at = ${iso(retryAt)}
    WHERE id = ${id} AND claimed_by = ${owner} AND fired_at IS NULL`);
}

/**
 * Releases every claim on pending timers and outbox deliveries. Only for a database one process owns (SQLite): at
 * start, claims left by a crashed predecessor are orphans, and waiting out their lease would delay due work.
 */
export async function releaseOrphanedClaims(db: Database): Promise<number> {
  return db.tx(async (q) => {
    const timers = await q.run(sql`UPDATE timers SET claimed_by = NULL, claimed_until = NULL WHERE fired_at IS NULL AND cancelled_at IS NULL AND claimed_until IS NOT NULL`);
    const deliveries = await q.run(sql`UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE delivered_at IS NULL AND failed_at IS NULL AND claimed_until IS NOT NULL`);
    return timers + deliveries;
  });
}

/** Extends this owner's claims on timers it is still working through (the sweeper's lease heartbeat); rows another
 * transaction holds locked (a completion cancelling one) are skipped, so the heartbeat never waits on anyone. */
export async function renewTimerClaims(db: Database, ids: string[], owner: string, until: Date): Promise<number> {
  if (!ids.length) return 0;
  return db.run(sql`UPDATE timers SET claimed_until = ${iso(until)} WHERE id IN (SELECT id FROM timers
    WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) AND claimed_by = ${owner} AND fired_at IS NULL AND cancelled_at IS NULL${db.skipLocked})`);
}

/** Takes the row lock of a timer's case before the timer's own row (PostgreSQL): a task completion locks the case
 * first and then its timers, so both take locks in one order — case, then timer — and cannot deadlock. */
export async function lockCaseOfTimer(db: Database, q: Queryable, instanceId: string | null): Promise<void> {
  if (db.dialect === "pg" && instanceId) await q.all(sql`SELECT id FROM flow_instances WHERE id = ${instanceId} FOR UPDATE`);
}
