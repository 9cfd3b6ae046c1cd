// Applications (申请): the exact bundle version they were filled on, the guide answers, the validated data.
import { sql } from "drizzle-orm";
import type { ApplicationStatus, ResultDelivery } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { fromJson, iso, newId } from "../util.js";
import { pageOf, type CursorKey, type Page } from "../paging.js";

/** A stored application. */
export interface Application {
  id: string; bundleKey: string; version: number; applicantId: string; answers: Record<string, unknown>; data: Record<string, unknown>;
  status: ApplicationStatus; submittedAt: string; updatedAt: string; requestId: string | null;
  /** The readable case number (办件编号), e.g. SAMR-20261202-0007; null only for rows older than migration 7. */
  caseNo: string | null;
  /** How the applicant wants the results (null: as the department decides). */
  delivery: ResultDelivery | null;
}

interface AppRow { id: string; bundle_key: string; version: number; applicant_id: string; answers: string; data: string; status: string; submitted_at: string; updated_at: string; request_id: string | null; case_no?: string | null; delivery?: string | null }

const toApp = (r: AppRow): Application => ({
  id: r.id, bundleKey: r.bundle_key, version: Number(r.version), applicantId: r.applicant_id, answers: fromJson(r.answers), data: fromJson(r.data),
  status: r.status as ApplicationStatus, submittedAt: r.submitted_at, updatedAt: r.updated_at, requestId: r.request_id, caseNo: r.case_no ?? null,
  delivery: r.delivery ? fromJson<ResultDelivery>(r.delivery) : null,
});

/** Stores a validated application; a duplicate (applicant, requestId) raises a unique violation. */
export async function insertApplication(q: Queryable, a: Omit<Application, "id" | "submittedAt" | "updatedAt">, now: Date): Promise<Application> {
  const id = newId();
  await q.run(sql`INSERT INTO applications (id, bundle_key, version, applicant_id, answers, data, status, submitted_at, updated_at, request_id, case_no, delivery)
    VALUES (${id}, ${a.bundleKey}, ${a.version}, ${a.applicantId}, ${JSON.stringify(a.answers)}, ${JSON.stringify(a.data)}, ${a.status}, ${iso(now)}, ${iso(now)}, ${a.requestId}, ${a.caseNo}, ${a.delivery ? JSON.stringify(a.delivery) : null})`);
  return { ...a, id, submittedAt: iso(now), updatedAt: iso(now) };
}

/** One application. */
export async function getApplication(q: Queryable, id: string): Promise<Application | undefined> {
  const r = await q.get<AppRow>(sql`SELECT * FROM applications WHERE id = ${id}`);
  return r && toApp(r);
}

/** One application by its case number (办件编号). */
export async function getApplicationByCaseNo(q: Queryable, caseNo: string): Promise<Application | undefined> {
  const r = await q.get<AppRow>(sql`SELECT * FROM applications WHERE case_no = ${caseNo}`);
  return r && toApp(r);
}

/** The application an applicant already submitted with this request id (idempotent retries). */
export async function findByRequestId(q: Queryable, applicantId: string, requestId: string): Promise<Application | undefined> {
  const r = await q.get<AppRow>(sql`SELECT * FROM applications WHERE applicant_id = ${applicantId} AND request_id = ${requestId}`);
  return r && toApp(r);
}

/** Sort key of an applicant's case in their list: [submitted at, id]. */
export const APPLICATION_KEY_ARITY = 2;

/** One page of an applicant's applications, newest first (keyset on applications_applicant_page_idx). */
export async function applicationsPageOf(q: Queryable, applicantId: string, limit: number, cursor?: CursorKey): Promise<Page<Application>> {
  const after = cursor ? sql` AND (submitted_at, id) < (${cursor[0]}, ${cursor[1]})` : sql``;
  const rows = await q.all<AppRow>(sql`SELECT * FROM applications WHERE applicant_id = ${applicantId}${after}
    ORDER BY submitted_at DESC, id DESC LIMIT ${limit + 1}`);
  const page = pageOf(rows, limit, (r) => [r.submitted_at, r.id]);
  return { rows: page.rows.map(toApp), ...(page.next ? { next: page.next } : {}) };
}

/** Sets an application's status. */
export async function setApplicationStatus(q: Queryable, id: string, status: ApplicationStatus, now: Date): Promise<void> {
  await q.run(sql`UPDATE applications SET status = ${status}, updated_at = ${iso(now)} WHERE id = ${id}`);
}

/** Replaces an application's answers and data (a validated correction by the applicant). */
export async function setApplicationContent(q: Queryable, id: string, answers: Record<string, unknown>, data: Record<string, unknown>, now: Date): Promise<void> {
  await q.run(sql`UPDATE applications SET answers = ${JSON.stringify(answers)}, data = ${JSON.stringify(data)}, updated_at = ${iso(now)} WHERE id = ${id}`);
}

/** An applicant's saved form draft (resumable on another device). */
export interface FormDraft { bundleKey: string; version: number; answers: Record<string, unknown>; data: Record<string, unknown>; updatedAt: string }

/** Saves (replaces) a draft. */
export async function saveDraft(q: Queryable, applicantId: string, d: Omit<FormDraft, "updatedAt">, now: Date): Promise<FormDraft> {
  await q.run(sql`INSERT INTO drafts (applicant_id, bundle_key, version, answers, data, updated_at)
    VALUES (${applicantId}, ${d.bundleKey}, ${d.version}, ${JSON.stringify(d.answers)}, ${JSON.stringify(d.data)}, ${iso(now)})
    ON CONFLICT (applicant_id, bundle_key) DO UPDATE SET version = excluded.version, answers = excluded.answers, data = excluded.data, updated_at = excluded.updated_at`);
  return { ...d, updatedAt: iso(now) };
}

/** Loads a draft. */
export async function getFormDraft(q: Queryable, applicantId: string, bundleKey: string): Promise<FormDraft | undefined> {
  const r = await q.get<{ bundle_key: string; version: number; answers: string; data: string; updated_at: string }>(
    sql`SELECT * FROM drafts WHERE applicant_id = ${applicantId} AND bundle_key = ${bundleKey}`,
  );
  return r && { bundleKey: r.bundle_key, version: Number(r.version), answers: fromJson(r.answers), data: fromJson(r.data), updatedAt: r.updated_at };
}

/** An applicant's saved drafts, most recently saved first (one per one-thing, so a short list: no paging). */
export async function listFormDrafts(q: Queryable, applicantId: string): Promise<Array<{ bundleKey: string; version: number; updatedAt: string }>> {
  const rows = await q.all<{ bundle_key: string; version: number; updated_at: string }>(
    sql`SELECT bundle_key, version, updated_at FROM drafts WHERE applicant_id = ${applicantId} ORDER BY updated_at DESC LIMIT 100`,
  );
  return rows.map((r) => ({ bundleKey: r.bundle_key, version: Number(r.version), updatedAt: r.updated_at }));
}

/** Deletes a draft (after submission or on request). */
export async function deleteFormDraft(q: Queryable, applicantId: string, bundleKey: string): Promise<boolean> {
  return (await q.run(sql`DELETE FROM drafts WHERE applicant_id = ${applicantId} AND bundle_key = ${bundleKey}`)) > 0;
}
