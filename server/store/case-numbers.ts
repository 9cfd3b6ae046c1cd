// Readable case numbers (办件编号) for applicants and staff: the lead department's code, the Beijing date of
// submission and a serial within that department and day, e.g. SAMR-20261202-0007. The internal id stays the key;
// the number is unique: the serial comes from a counter row that the submitting transaction moves (and, on
// PostgreSQL, locks until it commits), so concurrent submissions on several processes never share one.
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";

/** The Beijing calendar date of an instant as YYYYMMDD (the service's legal clock, whatever the server's zone). */
export function beijingDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, "");
}

/** The prefix of a department's case numbers on a day. */
export function caseNoPrefix(department: string, at: Date): string {
  return `${department.toUpperCase().replace(/[^A-Z0-9]/g, "")}-${beijingDate(at)}-`;
}

/** The next case number of a department on the day of `at`; call inside the inserting transaction. */
export async function nextCaseNo(q: Queryable, department: string, at: Date): Promise<string> {
  const prefix = caseNoPrefix(department, at);
  const row = await q.get<{ last: number | string }>(sql`INSERT INTO case_counters (prefix, last) VALUES (${prefix}, 1)
    ON CONFLICT (prefix) DO UPDATE SET last = case_counters.last + 1 RETURNING last`);
  return prefix + String(Number(row!.last)).padStart(4, "0");
}

/** Whether a text looks like a case number (so a lookup by it is tried before the internal id). */
export function isCaseNo(text: string): boolean {
  return /^[A-Z0-9]+-\d{8}-\d{4,}$/.test(text);
}
