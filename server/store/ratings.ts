// Ratings (好差评) of finished applications: one per application, by its applicant.
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { iso, newId } from "../util.js";

/** A rating. */
export interface Rating { applicationId: string; score: number; comment: string; at: string }

/** Stores a rating; false when the application was already rated. */
export async function insertRating(q: Queryable, r: { applicationId: string; applicantId: string; score: number; comment: string }, now: Date): Promise<boolean> {
  const n = await q.run(sql`INSERT INTO ratings (id, application_id, applicant_id, score, comment, at)
    VALUES (${newId()}, ${r.applicationId}, ${r.applicantId}, ${r.score}, ${r.comment}, ${iso(now)}) ON CONFLICT (application_id) DO NOTHING`);
  return n > 0;
}

/** The rating of an application, if any. */
export async function getRating(q: Queryable, applicationId: string): Promise<Rating | undefined> {
  const r = await q.get<{ application_id: string; score: number; comment: string; at: string }>(sql`SELECT * FROM ratings WHERE application_id = ${applicationId}`);
  return r && { applicationId: r.application_id, score: Number(r.score), comment: r.comment, at: r.at };
}
