// Document numbers (文号) per department, kind and Beijing year: a counter row moved in the issuing transaction
// (INSERT … ON CONFLICT DO UPDATE … RETURNING takes the row lock on PostgreSQL; SQLite has one writer), so two
// concurrent issues never share a serial, and a rolled-back issue gives its serial back: no gaps, no duplicates.
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { beijingParts } from "./format.js";

/** The next serial of a department's documents of a kind in the Beijing year of `at`. */
export async function nextSerial(q: Queryable, department: string, kind: string, at: Date): Promise<{ year: number; serial: number }> {
  const year = beijingParts(at).y;
  const row = await q.get<{ last: number }>(sql`INSERT INTO document_counters (department, kind, year, last) VALUES (${department}, ${kind}, ${year}, 1)
    ON CONFLICT (department, kind, year) DO UPDATE SET last = document_counters.last + 1 RETURNING last`);
  return { year, serial: Number(row!.last) };
}

/** The short form of a department's name used in 文号 (北京市市场监督管理局 → 市场监督管理局 stays readable). */
export function numberPrefix(departmentName: string): string {
  return departmentName.replace(/^(北京市|上海市|天津市|重庆市)/, "").replace(/(人民政府|委员会)$/, "") || departmentName;
}

/** 市场监督管理局受〔2026〕7号. */
export function formatDocNo(departmentName: string, word: string, year: number, serial: number): string {
  return `${numberPrefix(departmentName)}${word}〔${year}〕${serial}号`;
}
