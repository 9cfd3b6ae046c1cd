// The counter's use of one-time codes (server/otp): the code goes to the applicant's phone (the account's, else the
// one given at the window), names what they are confirming, and is bound to this session and to the digest of
// exactly the content filed.
import type { Queryable } from "../db/database.js";
import { HttpError } from "../errors.js";
import { say } from "../messages.js";
import { consumeCode, issueCode, verifyCode, type CodeSent } from "../otp/codes.js";
import type { Deps } from "../routes/route.js";
import type { CounterSession } from "./store.js";

/** The purpose of a counter code: confirming one session's filing (a code of another session is simply invalid). */
const purpose = (s: CounterSession) => `counter_confirm:${s.id}`;
const subject = (s: CounterSession) => ({ kind: "user" as const, value: s.applicantId });

/** Sends the applicant the code that confirms this content. */
export async function sendChallenge(d: Deps, s: CounterSession, bundleTitle: string, digest: string): Promise<CodeSent> {
  if (!s.phone) throw new HttpError(409, "conflict", say("申请人没有登记手机号码，请改用手写签名确认", "The applicant has no mobile number: confirm by signature"), { allowedActions: ["signature"] });
  return issueCode(d.db, d.clock, {
    purpose: purpose(s), subject: subject(s), userId: s.applicantId, phone: s.phone, context: digest,
    text: (code) => `您正在政务服务中心窗口办理「${bundleTitle}」，确认提交的验证码为 ${code}，5 分钟内有效。确认由您本人办理后，请将验证码告知窗口工作人员。`,
    inbox: { title: "窗口办理确认验证码", body: `您正在政务服务中心窗口办理「${bundleTitle}」，确认提交的验证码已通过短信发送到您的手机。如非本人办理，请勿将验证码告诉他人。` },
  });
}

/** Checks the code the applicant read out (a wrong one counts a try; nothing is used up yet). */
export async function verifyChallenge(d: Deps, s: CounterSession, challengeId: string, code: string, digest: string): Promise<void> {
  await verifyCode(d.db, d.clock, challengeId, code, { purpose: purpose(s), subject: subject(s), context: digest }, "/confirmation/code");
}

/** Uses the code up in the filing transaction. */
export function consumeChallenge(q: Queryable, challengeId: string, now: Date): Promise<boolean> {
  return consumeCode(q, challengeId, now);
}
