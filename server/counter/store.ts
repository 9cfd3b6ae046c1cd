// The counter's rows: a clerk's working session for one identified applicant, the filing record of a case filed at
// the counter (the audit of who, for whom, how confirmed), and the short codes that hand an online draft to a clerk.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { iso, newId } from "../util.js";
import type { Party } from "./identity.js";

/** How the person at the window relates to the applicant: themselves, a company's legal representative, an agent. */
export type VisitorRole = "self" | "legal_rep" | "agent";

/** A clerk's session for one walk-in applicant and one one-thing. */
export interface CounterSession {
  id: string; clerkId: string; department: string; bundleKey: string; version: number; applicantId: string; party: Party; role: VisitorRole;
  visitorName: string; visitorIdNumber: string; phone: string | null; accountCreated: boolean; draftCodeId: string | null;
  createdAt: string; expiresAt: string; applicationId: string | null;
}

interface SessionRow {
  id: string; clerk_id: string; department: string; bundle_key: string; version: number; applicant_id: string; party: string; role: string;
  visitor_name: string; visitor_id_number: string; phone: string | null; account_created: number; draft_code_id: string | null;
  created_at: string; expires_at: string; application_id: string | null;
}

const toSession = (r: SessionRow): CounterSession => ({
  id: r.id, clerkId: r.clerk_id, department: r.department, bundleKey: r.bundle_key, version: Number(r.version), applicantId: r.applicant_id,
  party: r.party as Party, role: r.role as VisitorRole, visitorName: r.visitor_name, visitorIdNumber: r.visitor_id_number, phone: r.phone,
  accountCreated: Number(r.account_created) === 1, draftCodeId: r.draft_code_id, createdAt: r.created_at, expiresAt: r.expires_at, applicationId: r.application_id,
});

/** Opens a session. */
export async function insertSession(q: Queryable, s: Omit<CounterSession, "id" | "createdAt" | "applicationId">, now: Date): Promise<CounterSession> {
  const id = "cs_" + newId();
  await q.run(sql`INSERT INTO counter_sessions (id, clerk_id, department, bundle_key, version, applicant_id, party, role, visitor_name, visitor_id_number, phone, account_created, draft_code_id, created_at, expires_at, application_id)
    VALUES (${id}, ${s.clerkId}, ${s.department}, ${s.bundleKey}, ${s.version}, ${s.applicantId}, ${s.party}, ${s.role}, ${s.visitorName}, ${s.visitorIdNumber}, ${s.phone}, ${s.accountCreated ? 1 : 0}, ${s.draftCodeId}, ${iso(now)}, ${s.expiresAt}, ${null})`);
  return { ...s, id, createdAt: iso(now), applicationId: null };
}

/** One session. */
export async function getSession(q: Queryable, id: string): Promise<CounterSession | undefined> {
  const r = await q.get<SessionRow>(sql`SELECT * FROM counter_sessions WHERE id = ${id}`);
  return r && toSession(r);
}

/** Marks a session filed (once: false when it already was). */
export async function closeSession(q: Queryable, id: string, applicationId: string): Promise<boolean> {
  return (await q.run(sql`UPDATE counter_sessions SET application_id = ${applicationId} WHERE id = ${id} AND application_id IS NULL`)) > 0;
}

/** How the applicant confirmed a counter filing. */
export type Confirmation = { method: "signature"; signature: string } | { method: "otp"; challengeId: string; phone: string };

/** The filing record of a case filed at the counter. */
export interface CounterFiling {
  applicationId: string; sessionId: string; filedBy: string; filedByName: string; department: string; applicantId: string; party: Party; role: VisitorRole;
  visitorName: string; visitorIdNumber: string; authorisationId: string | null; confirmation: "signature" | "otp"; signature: string | null;
  otpChallengeId: string | null; confirmedPhone: string | null; contentSha256: string; draftTakenOver: boolean; filedAt: string;
}

/** Records a filing (in the submitting transaction). */
export async function insertFiling(q: Queryable, f: CounterFiling): Promise<void> {
  await q.run(sql`INSERT INTO counter_filings (application_id, session_id, filed_by, filed_by_name, department, applicant_id, party, role, visitor_name, visitor_id_number, authorisation_id, confirmation, signature, otp_challenge_id, confirmed_phone, content_sha256, draft_taken_over, filed_at)
    VALUES (${f.applicationId}, ${f.sessionId}, ${f.filedBy}, ${f.filedByName}, ${f.department}, ${f.applicantId}, ${f.party}, ${f.role}, ${f.visitorName}, ${f.visitorIdNumber}, ${f.authorisationId}, ${f.confirmation}, ${f.signature}, ${f.otpChallengeId}, ${f.confirmedPhone}, ${f.contentSha256}, ${f.draftTakenOver ? 1 : 0}, ${f.filedAt})`);
}

/** The filing record of a case, if it was filed at the counter. */
export async function getFiling(q: Queryable, applicationId: string): Promise<CounterFiling | undefined> {
  const r = await q.get<Record<string, unknown>>(sql`SELECT * FROM counter_filings WHERE application_id = ${applicationId}`);
  if (!r) return undefined;
  const s = (k: string) => (r[k] === null || r[k] === undefined ? null : String(r[k]));
  return {
    applicationId: String(r.application_id), sessionId: String(r.session_id), filedBy: String(r.filed_by), filedByName: String(r.filed_by_name),
    department: String(r.department), applicantId: String(r.applicant_id), party: r.party as Party, role: r.role as VisitorRole,
    visitorName: String(r.visitor_name), visitorIdNumber: String(r.visitor_id_number), authorisationId: s("authorisation_id"),
    confirmation: r.confirmation as "signature" | "otp", signature: s("signature"), otpChallengeId: s("otp_challenge_id"), confirmedPhone: s("confirmed_phone"),
    contentSha256: String(r.content_sha256), draftTakenOver: Number(r.draft_taken_over) === 1, filedAt: String(r.filed_at),
  };
}

/** The characters of a draft code: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, so it reads aloud and types without mistakes. */
export const DRAFT_CODE_ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
/** Length of a draft code (25^6 ≈ 244 million codes, guessed only against the rate limit and a verified identity). */
export const DRAFT_CODE_LENGTH = 6;

/** The stored form of a code (only its hash is kept). */
export const hashCode = (code: string): string => createHash("sha256").update(code.toUpperCase()).digest("hex");

/** A draft code row. */
export interface DraftCode { id: string; applicantId: string; bundleKey: string; createdAt: string; expiresAt: string; usedAt: string | null; usedBy: string | null }

/** Stores a new code for an applicant's draft (earlier unused codes of the same draft are retired). */
export async function insertDraftCode(q: Queryable, applicantId: string, bundleKey: string, code: string, expiresAt: Date, now: Date): Promise<DraftCode> {
  await q.run(sql`UPDATE counter_draft_codes SET expires_at = ${iso(now)} WHERE applicant_id = ${applicantId} AND bundle_key = ${bundleKey} AND used_at IS NULL AND expires_at > ${iso(now)}`);
  const id = "dc_" + newId();
  await q.run(sql`INSERT INTO counter_draft_codes (id, code_hash, applicant_id, bundle_key, created_at, expires_at) VALUES (${id}, ${hashCode(code)}, ${applicantId}, ${bundleKey}, ${iso(now)}, ${iso(expiresAt)})`);
  return { id, applicantId, bundleKey, createdAt: iso(now), expiresAt: iso(expiresAt), usedAt: null, usedBy: null };
}

/** A code by its text (any state: the caller tells expired and used apart). */
export async function findDraftCode(q: Queryable, code: string): Promise<DraftCode | undefined> {
  const r = await q.get<{ id: string; applicant_id: string; bundle_key: string; created_at: string; expires_at: string; used_at: string | null; used_by: string | null }>(
    sql`SELECT * FROM counter_draft_codes WHERE code_hash = ${hashCode(code)}`,
  );
  return r && { id: r.id, applicantId: r.applicant_id, bundleKey: r.bundle_key, createdAt: r.created_at, expiresAt: r.expires_at, usedAt: r.used_at, usedBy: r.used_by };
}

/** Marks a code used by a clerk (once: false when someone used it first). */
export async function useDraftCode(q: Queryable, id: string, clerkId: string, now: Date): Promise<boolean> {
  return (await q.run(sql`UPDATE counter_draft_codes SET used_at = ${iso(now)}, used_by = ${clerkId} WHERE id = ${id} AND used_at IS NULL`)) > 0;
}
