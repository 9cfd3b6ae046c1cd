// The access log (个人信息访问记录): every staff read of a case, every download of its files by someone other than
// their owner, every reveal of a masked sensitive field — who, when, what, why — kept for supervisors and auditors.
import { sql, type SQL } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { iso, newId } from "../util.js";

/** What was accessed. */
export type AccessAction = "view_case" | "view_file" | "reveal";

/** One access as recorded. */
export interface AccessEntry {
  id: string; at: string; userId: string; username: string; department: string | null; applicationId: string;
  action: AccessAction; target: string | null; reason: string | null; ip: string | null;
}

interface Row { id: string; at: string; user_id: string; username: string; department: string | null; application_id: string; action: string; target: string | null; reason: string | null; ip: string | null }
const toEntry = (r: Row): AccessEntry => ({
  id: r.id, at: r.at, userId: r.user_id, username: r.username, department: r.department, applicationId: r.application_id,
  action: r.action as AccessAction, target: r.target, reason: r.reason, ip: r.ip,
});

/** Records accesses (one row per target; several targets of one request share its time). */
export async function recordAccess(q: Queryable, e: Omit<AccessEntry, "id" | "at" | "target"> & { targets?: Array<string | null> }, now: Date): Promise<void> {
  for (const target of e.targets?.length ? e.targets : [null]) {
    await q.run(sql`INSERT INTO access_log (id, at, user_id, username, department, application_id, action, target, reason, ip)
      VALUES (${newId()}, ${iso(now)}, ${e.userId}, ${e.username}, ${e.department}, ${e.applicationId}, ${e.action}, ${target}, ${e.reason}, ${e.ip})`);
  }
}

/** Filters of an access-log query. */
export interface AccessFilter { applicationId?: string; username?: string; action?: AccessAction; from?: string; to?: string }

function where(f: AccessFilter): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (f.applicationId) parts.push(sql`application_id = ${f.applicationId}`);
  if (f.username) parts.push(sql`username = ${f.username}`);
  if (f.action) parts.push(sql`action = ${f.action}`);
  if (f.from) parts.push(sql`at >= ${f.from}`);
  if (f.to) parts.push(sql`at < ${f.to}`);
  return sql.join(parts, sql` AND `);
}

/** Entries newest first, `limit` at most, starting after the cursor (at, id) of the previous page. */
export async function listAccess(q: Queryable, f: AccessFilter, limit: number, after?: { at: string; id: string }): Promise<AccessEntry[]> {
  // A row-value comparison, so both dialects walk the (at, id) index from the cursor instead of re-reading the start.
  const page = after ? sql` AND (at, id) < (${after.at}, ${after.id})` : sql``;
  const rows = await q.all<Row>(sql`SELECT * FROM access_log WHERE ${where(f)}${page} ORDER BY at DESC, id DESC LIMIT ${limit}`);
  return rows.map(toEntry);
}

/** How many entries match (for the screen's total). */
export async function countAccess(q: Queryable, f: AccessFilter): Promise<number> {
  return Number((await q.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM access_log WHERE ${where(f)}`))?.n ?? 0);
}
