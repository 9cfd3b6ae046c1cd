// The counter API's answers as the workbench reads them (server/counter/routes.ts).
import type { ApplicationView } from "../../../spec/api.js";

/** A counter session (identity numbers masked by the server). */
export interface CounterSession {
  id: string; bundleKey: string; version: number; bundleTitle: string;
  applicant: { displayName: string; party: "person" | "company"; idNumber: string; accountCreated: boolean };
  visitor: { name: string; idNumber: string; role: "self" | "legal_rep" | "agent" };
  needsAuthorisation: boolean; phone: string | null; draftTakenOver: boolean; createdAt: string; expiresAt: string; applicationId: string | null;
}

/** A draft taken over by its code. */
export interface TakenDraft { version: number; answers: Record<string, unknown>; data: Record<string, unknown>; updatedAt: string }

/** The answer of POST /api/counter/sessions. */
export interface CounterStart { session: CounterSession; draft?: TakenDraft }

/** The filing record of a case filed at the counter. */
export interface CounterFiling {
  applicationId: string; filedBy: string; department: string; party: "person" | "company"; role: "self" | "legal_rep" | "agent";
  visitor: { name: string; idNumber: string }; confirmation: "signature" | "otp"; signature?: string; confirmedPhone?: string;
  authorisation?: { id: string; url: string }; contentSha256: string; draftTakenOver: boolean; filedAt: string;
}

/** The answer of POST /api/counter/sessions/:id/submit. */
export interface CounterFiled { application: ApplicationView; filing: CounterFiling }

/** The answer of POST /api/counter/sessions/:id/otp. */
export interface OtpSent { challengeId: string; phone: string; expiresAt: string }
