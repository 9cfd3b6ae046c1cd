// Fixed-window counters in the database, shared by every server process (login throttling).
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { iso } from "../util.js";

/** Current count of a key within its window (0 when the window has passed). */
export async function hits(q: Queryable, key: string, now: Date, windowMs: number): Promise<number> {
  const r = await q.get<{ count: number; window_start: string }>(sql`SELECT count, window_start FROM rate_limits WHERE key = ${key}`);
  if (!r || Date.parse(r.window_start) + windowMs <= now.getTime()) return 0;
  return Number(r.count);
}

/** Counts one more hit for a key, starting a new window when the old one has passed; returns the new count. */
export async function hit(q: Queryable, key: string, now: Date, windowMs: number): Promise<number> {
  const cutoff = iso(new Date(now.getTime() - windowMs));
  const r = await q.get<{ count: number }>(sql`INSERT INTO rate_limits (key, count, window_start) VALUES (${key}, 1, ${iso(now)})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limits.window_start <= ${cutoff} THEN 1 ELSE rate_limits.count + 1 END,
      window_start = CASE WHEN rate_limits.window_start <= ${cutoff} THEN ${iso(now)} ELSE rate_limits.window_start END
    RETURNING count`);
  return Number(r?.count ?? 1);
}

/** Removes counters whose window ended long ago (housekeeping by the sweeper). */
export async function purgeHits(q: Queryable, now: Date, olderThanMs = 86_400_000): Promise<number> {
  return q.run(sql`DELETE FROM rate_limits WHERE window_start < ${iso(new Date(now.getTime() - olderThanMs))}`);
}

/** Forgets a key (after a successful login). */
export async function clearHits(q: Queryable, key: string): Promise<void> {
  await q.run(sql`DELETE FROM rate_limits WHERE key = ${key}`);
}
