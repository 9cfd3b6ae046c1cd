// Filing at the counter: the clerk's submit goes through THE submission service (server/submission-service.ts) as
// the applicant's own submission — same checks, same case number, same flow — with the counter's additions in the
// same 400 and the same transaction: an agent's authorisation letter, the applicant's confirmation (an on-screen
// signature, or the one-time code sent to their phone for exactly this content), and the filing record of who filed
// it, for whom and how it was confirmed, plus an audit event by the clerk.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { ProblemDetail } from "../../spec/api.js";
import { SIGNATURE_MAX_CHARS } from "../../spec/fields/kinds/signature.js";
import type { Queryable } from "../db/database.js";
import { HttpError } from "../errors.js";
import { say, SIGNATURE_TOO_LARGE } from "../messages.js";
import type { Deps } from "../routes/route.js";
import { contentMismatch } from "../security/file-check.js";
import type { Application } from "../store/applications.js";
import { pendingAttachments } from "../store/attachments.js";
import { appendEvent } from "../store/events.js";
import { findUser, type User } from "../store/users.js";
import { SubmitBody, submitApplication, type Submitted } from "../submission-service.js";
import type { ServerLang } from "../submission-messages.js";
import { AUTHORISATION_KEY } from "./materials.js";
import { consumeChallenge, verifyChallenge } from "./otp.js";
import { closeSession, insertFiling, type CounterSession } from "./store.js";

/** How the applicant confirms what the clerk filed. */
export const ConfirmationBody = z.discriminatedUnion("method", [
  z.object({ method: z.literal("signature"), signature: z.string().max(SIGNATURE_MAX_CHARS, SIGNATURE_TOO_LARGE) }),
  z.object({ method: z.literal("otp"), challengeId: z.string().min(1).max(100), code: z.string().trim().max(10) }),
]);

/** The body of POST /api/counter/sessions/:id/submit: the portal's submit body (one-thing and version come from the
 * session) and the confirmation. */
export const CounterSubmitBody = SubmitBody.omit({ bundleKey: true, version: true }).extend({ confirmation: ConfirmationBody });
export type CounterSubmitBody = z.infer<typeof CounterSubmitBody>;

/** What the applicant confirms: the content as JSON with sorted keys, hashed (a code is bound to exactly this). */
export function contentDigest(c: { answers?: unknown; data?: unknown; materials?: unknown; delivery?: unknown }): string {
  const canon = (v: unknown): unknown => (Array.isArray(v) ? v.map(canon) : v && typeof v === "object"
    ? Object.fromEntries(Object.keys(v as object).sort().map((k) => [k, canon((v as Record<string, unknown>)[k])])) : v);
  return createHash("sha256").update(JSON.stringify(canon({ answers: c.answers ?? {}, data: c.data ?? {}, materials: c.materials ?? {}, delivery: c.delivery ?? null }))).digest("hex");
}

/** Problems of an on-screen signature: a PNG data URL whose bytes really are a PNG image. */
export async function signatureProblems(sig: string): Promise<ProblemDetail[]> {
  const m = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(sig);
  const bytes = m ? Buffer.from(m[1]!, "base64") : undefined;
  const wrong = !bytes || bytes.length < 60 || (await contentMismatch("image/png", bytes));
  return wrong ? [{ pointer: "/confirmation/signature", code: "signature", message: "请申请人在签名板上手写签名后再提交（签名须为 PNG 图片）" }] : [];
}

/** The agent's authorisation letter (授权委托书) among the applicant's pending files, if uploaded. */
async function authorisationOf(q: Queryable, s: CounterSession): Promise<string | undefined> {
  return (await pendingAttachments(q, s.applicantId, s.bundleKey)).find((a) => a.material === AUTHORISATION_KEY)?.id;
}

const ROLE_TEXT = { self: "本人", legal_rep: "法定代表人", agent: "代办人" } as const;

/** The audit line of a filing. */
function filedMessage(clerk: User, s: CounterSession, applicant: User, method: "signature" | "otp") {
  const how = method === "signature" ? "申请人手写签名确认" : "申请人短信验证码确认";
  const by = s.role === "self" ? "" : `，${ROLE_TEXT[s.role]}${s.visitorName}到场`;
  return say(`${clerk.displayName}在窗口代${applicant.displayName}提交申请${by}（${how}）`,
    `Clerk ${clerk.displayName} filed at the counter on behalf of ${applicant.displayName} (confirmed by ${method === "signature" ? "on-screen signature" : "one-time code"})`);
}

/** Files the session's case for its applicant; one 400 with every problem, or the stored case. */
export async function fileAtCounter(d: Deps, clerk: User, s: CounterSession, body: CounterSubmitBody, lang: ServerLang): Promise<Submitted> {
  const applicant = await findUser(d.db, s.applicantId);
  if (!applicant) throw new HttpError(409, "conflict", say("申请人账户已不存在", "The applicant's account no longer exists"), { allowedActions: [] });
  const { confirmation, ...content } = body;
  const req: SubmitBody = { ...content, bundleKey: s.bundleKey, version: s.version };
  const digest = contentDigest(content);
  const problems: ProblemDetail[] = [];
  const letter = s.role === "agent" ? await authorisationOf(d.db, s) : undefined;
  if (s.role === "agent" && !letter) {
    problems.push({ pointer: "/materials/required/counter~1authorisation", code: "material_missing", field: "授权委托书", message: s.party === "company" ? "代办人代企业办理，须上传企业出具的授权委托书（加盖公章）" : "代办人受他人委托办理，须上传委托人签名的授权委托书" });
  }
  if (confirmation.method === "signature") problems.push(...(await signatureProblems(confirmation.signature)));
  else await verifyChallenge(d, s, confirmation.challengeId, confirmation.code, digest);
  return submitApplication(d, applicant, req, lang, {
    problems,
    within: async (q: Queryable, app: Application, now: Date) => {
      if (!(await closeSession(q, s.id, app.id))) throw new HttpError(409, "conflict", say("该会话已提交过申请", "This session was submitted already"), { allowedActions: [] });
      if (confirmation.method === "otp" && !(await consumeChallenge(q, confirmation.challengeId, now))) {
        throw new HttpError(409, "conflict", say("验证码已被使用，请重新发送", "The code was used already: send a new one"), { allowedActions: [] });
      }
      if (letter) await q.run(sql`UPDATE attachments SET application_id = ${app.id} WHERE id = ${letter} AND owner_id = ${s.applicantId} AND application_id IS NULL`);
      await insertFiling(q, {
        applicationId: app.id, sessionId: s.id, filedBy: clerk.id, filedByName: clerk.displayName, department: s.department, applicantId: applicant.id,
        party: s.party, role: s.role, visitorName: s.visitorName, visitorIdNumber: s.visitorIdNumber, authorisationId: letter ?? null,
        confirmation: confirmation.method, signature: confirmation.method === "signature" ? confirmation.signature : null,
        otpChallengeId: confirmation.method === "otp" ? confirmation.challengeId : null, confirmedPhone: confirmation.method === "otp" ? s.phone : null,
        contentSha256: digest, draftTakenOver: !!s.draftCodeId, filedAt: now.toISOString(),
      });
      await appendEvent(q, {
        applicationId: app.id, bundleKey: app.bundleKey, actor: { id: clerk.id, name: clerk.displayName }, department: s.department, kind: "counter_filed",
        message: filedMessage(clerk, s, applicant, confirmation.method), data: { session: s.id, role: s.role, confirmation: confirmation.method, draftTakenOver: !!s.draftCodeId },
      }, now);
    },
  });
}
