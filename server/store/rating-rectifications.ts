// Ratings as the departments handle them (好差评): every rating with its case and lead department, and for a bad
// rating (不满意 / 非常不满意) the rectification (差评整改) the lead department records after contacting the applicant,
// due within RECTIFY_WORKING_DAYS working days of the rating.
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { iso } from "../util.js";

/** A rating at or below this score is a bad rating (差评) that needs rectification. */
export const BAD_SCORE = 2;
/** Working days the lead department has to contact the applicant and rectify (差评整改时限). */
export const RECTIFY_WORKING_DAYS = 15;

/** A rating with what the departments need to handle it. */
export interface RatedCase {
  applicationId: string; bundleKey: string; version: number; applicant: string;
  score: number; comment: string; at: string;
  rectification?: { department: string; dueAt: string; contact: string; measures: string; by: string; byName: string; at: string };
}

interface Row {
  application_id: string; bundle_key: string; version: number; applicant: string; score: number; comment: string; at: string;
  department: string | null; due_at: string | null; contact: string | null; measures: string | null; rectified_by: string | null; rectified_by_name: string | null; rectified_at: string | null;
}

/** Ratings, newest first; only the bad ones when asked; at most `limit` rows. */
export async function ratedCases(q: Queryable, opts: { badOnly: boolean; limit: number }): Promise<RatedCase[]> {
  const rows = await q.all<Row>(sql`SELECT r.application_id, a.bundle_key, a.version, u.display_name AS applicant, r.score, r.comment, r.at,
      x.department, x.due_at, x.contact, x.measures, x.rectified_by, s.display_name AS rectified_by_name, x.rectified_at
    FROM ratings r JOIN applications a ON a.id = r.application_id JOIN users u ON u.id = r.applicant_id
    LEFT JOIN rating_rectifications x ON x.application_id = r.application_id LEFT JOIN users s ON s.id = x.rectified_by
    ${opts.badOnly ? sql`WHERE r.score <= ${BAD_SCORE}` : sql``} ORDER BY r.at DESC, r.application_id LIMIT ${opts.limit}`);
  return rows.map((r) => ({
    applicationId: r.application_id, bundleKey: r.bundle_key, version: Number(r.version), applicant: r.applicant,
    score: Number(r.score), comment: r.comment, at: r.at,
    ...(r.rectified_at ? { rectification: { department: r.department!, dueAt: r.due_at!, contact: r.contact!, measures: r.measures!, by: r.rectified_by!, byName: r.rectified_by_name ?? r.rectified_by!, at: r.rectified_at } } : {}),
  }));
}

/** Records a rectification once; false when one is already recorded. */
export async function insertRectification(q: Queryable, r: { applicationId: string; department: string; dueAt: string; contact: string; measures: string; by: string }, now: Date): Promise<boolean> {
  const n = await q.run(sql`INSERT INTO rating_rectifications (application_id, department, due_at, contact, measures, rectified_by, rectified_at)
    VALUES (${r.applicationId}, ${r.department}, ${r.dueAt}, ${r.contact}, ${r.measures}, ${r.by}, ${iso(now)}) ON CONFLICT (application_id) DO NOTHING`);
  return n > 0;
}
