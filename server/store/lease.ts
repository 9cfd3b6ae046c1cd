// Claim-under-lease, the one way a worker takes due rows of a work table (timers, outbox) so that exactly one
// process handles each: pick due unclaimed (or lease-expired) rows, skipping rows another transaction holds
// locked on PostgreSQL, and stamp them with the owner and the lease end, in one transaction.
import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { iso } from "../util.js";

/** What differs between work tables: the table, the condition of a pending row, and the column it is due by. */
export interface LeasedTable { table: "timers" | "outbox"; pending: SQL; dueColumn: "due_at" | "next_attempt_at" }

/** Claims up to `limit` due rows of `t` for `owner` until now + `leaseMs`; returns their ids, oldest due first. */
export async function claimUnderLease(q: Queryable, skipLocked: SQL, t: LeasedTable, owner: string, now: Date, leaseMs: number, limit: number): Promise<string[]> {
  const table = sql.identifier(t.table), due = sql.identifier(t.dueColumn);
  const ids = (await q.all<{ id: string }>(sql`SELECT id FROM ${table}
    WHERE ${t.pending} AND ${due} <= ${iso(now)} AND (claimed_until IS NULL OR claimed_until < ${iso(now)})
    ORDER BY ${due} LIMIT ${limit}${skipLocked}`)).map((r) => r.id);
  if (!ids.length) return [];
  await q.run(sql`UPDATE ${table} SET claimed_by = ${owner}, claimed_until = ${iso(new Date(now.getTime() + leaseMs))}, attempts = attempts + 1
    WHERE id IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  return ids;
}
