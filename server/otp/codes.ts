// One-time codes (短信验证码), the one service for every use (a counter confirmation, a kiosk login): a 6-digit code
// for a purpose and a subject (an ID number, a phone, an account), bound to a context (what it confirms, e.g. the
// digest of a submission), valid 5 minutes, 5 tries, verified once; only a salted hash of the code is stored, and
// only a hash of the subject. Sending is throttled per subject and per phone (one a minute, five per ten minutes).
// The SMS goes out like every notification: an inbox row (which never shows the code) and an SMS row sent by its
// timer through the SMS sender (server/notifications/provider.ts), retried until sent; the log-only sender's record
// holds exactly what would be sent.
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Queryable } from "../db/database.js";
import { HttpError } from "../errors.js";
import { countEn, say } from "../messages.js";
import { SMS_TIMER } from "../notifications/dispatch.js";
import { insertSms } from "../notifications/store.js";
import { SMS_SIGNATURE } from "../notifications/templates.js";
import { hit, hits } from "../store/rate-limits.js";
import { scheduleTimer } from "../store/timers.js";
import { addMs, iso, newId, type Clock } from "../util.js";

/** How long a code is valid, how many wrong tries it takes, how often one subject (or phone) may be sent one. */
export const CODE_MS = 5 * 60_000;
export const CODE_TRIES = 5;
export const SENDS_MAX = 5;
export const SENDS_WINDOW_MS = 10 * 60_000;
export const RESEND_MS = 60_000;

/** What a code is about: a kind and a value ("id" + an ID number, "user" + an account id, "phone" + a number). */
export interface Subject { kind: "id" | "user" | "phone"; value: string }

/** A code to send: why, about whom, the account the inbox row goes to, which phone, what it is bound to, the text. */
export interface CodeRequest { purpose: string; subject: Subject; userId: string; phone: string; context: string; text(code: string): string; inbox: { title: string; body: string } }

/** What a code must match when it is checked. */
export interface CodeExpectation { purpose: string; subject: Subject; context: string }

/** A code sent: its id (the client sends it back with the code), the masked phone and when it expires. */
export interface CodeSent { challengeId: string; phone: string; expiresAt: string }

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const hashOf = (id: string, code: string) => sha256(`${id}:${code}`);
const subjectHash = (s: Subject) => sha256(`${s.kind}:${s.value}`);

/** A phone as it may be shown (138****8000). */
export const maskPhone = (p: string): string => `${p.slice(0, 3)}****${p.slice(-4)}`;

/** 429 when this subject was sent one less than a minute ago, or this subject or phone too many lately. */
async function checkThrottle(db: Database, r: CodeRequest, subject: string, now: Date): Promise<void> {
  const last = await db.get<{ created_at: string }>(sql`SELECT created_at FROM one_time_codes WHERE subject = ${subject} AND purpose = ${r.purpose} ORDER BY created_at DESC LIMIT 1`);
  if (last && Date.parse(last.created_at) + RESEND_MS > now.getTime()) {
    throw new HttpError(429, "too_many_attempts", say("验证码已发送，请 1 分钟后再重新发送", "A code was just sent: wait a minute before sending another"));
  }
  const [bySubject, byPhone] = await Promise.all([hits(db, `otp-subject:${subject}`, now, SENDS_WINDOW_MS), hits(db, `otp-send:${r.phone}`, now, SENDS_WINDOW_MS)]);
  if (bySubject >= SENDS_MAX || byPhone >= SENDS_MAX) {
    throw new HttpError(429, "too_many_attempts", say("验证码发送次数过多，请 10 分钟后再试", "Too many codes were sent: try again in 10 minutes"));
  }
}

/** Sends a new code (429 when throttled). */
export async function issueCode(db: Database, clock: Clock, r: CodeRequest): Promise<CodeSent> {
  const now = clock.now();
  const subject = subjectHash(r.subject);
  await checkThrottle(db, r, subject, now);
  const id = "otp_" + newId();
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const expiresAt = addMs(now, CODE_MS);
  await db.tx(async (q) => {
    await hit(q, `otp-send:${r.phone}`, now, SENDS_WINDOW_MS);
    await hit(q, `otp-subject:${subject}`, now, SENDS_WINDOW_MS);
    await q.run(sql`INSERT INTO one_time_codes (id, purpose, subject, user_id, phone, code_hash, context, attempts, created_at, expires_at)
      VALUES (${id}, ${r.purpose}, ${subject}, ${r.userId}, ${r.phone}, ${hashOf(id, code)}, ${r.context}, 0, ${iso(now)}, ${iso(expiresAt)})`);
    const noteId = newId();
    await q.run(sql`INSERT INTO notifications (id, dedupe_key, application_id, recipient_id, event, title, body, variables, created_at)
      VALUES (${noteId}, ${`otp:${id}`}, ${null}, ${r.userId}, 'one_time_code', ${r.inbox.title}, ${r.inbox.body}, ${JSON.stringify({ purpose: r.purpose, phone: maskPhone(r.phone) })}, ${iso(now)})`);
    const smsId = await insertSms(q, noteId, r.phone, SMS_SIGNATURE + r.text(code), now);
    await scheduleTimer(q, { dedupeKey: `sms:${smsId}`, kind: SMS_TIMER, payload: { smsId }, dueAt: now }, now);
  });
  return { challengeId: id, phone: maskPhone(r.phone), expiresAt: iso(expiresAt) };
}

interface CodeRow { id: string; purpose: string; subject: string; user_id: string; code_hash: string; context: string; attempts: number; expires_at: string; consumed_at: string | null }

/** Checks a code without using it up: right purpose, subject and context, live, not used, tries left, the right
 * digits (a wrong one counts a try). Answers the account the code was sent for; throws a 4xx at `pointer`. */
export async function verifyCode(db: Database, clock: Clock, id: string, code: string, expect: CodeExpectation, pointer = "/code"): Promise<{ userId: string }> {
  const r = await db.get<CodeRow>(sql`SELECT id, purpose, subject, user_id, code_hash, context, attempts, expires_at, consumed_at FROM one_time_codes WHERE id = ${id}`);
  const wrong = (status: 400 | 409 | 429, zh: string, en: string) => new HttpError(status, status === 429 ? "too_many_attempts" : "invalid_code", say(zh, en), [{ pointer, message: say(zh, en) }]);
  if (!r || r.purpose !== expect.purpose || r.subject !== subjectHash(expect.subject)) throw wrong(400, "验证码无效，请重新发送", "This code is not valid: send a new one");
  if (r.consumed_at) throw wrong(409, "验证码已使用过，请重新发送", "This code was used already: send a new one");
  if (Date.parse(r.expires_at) <= clock.now().getTime()) throw wrong(400, "验证码已过期，请重新发送", "The code has expired: send a new one");
  if (Number(r.attempts) >= CODE_TRIES) throw wrong(429, "验证码错误次数过多，请重新发送", "Too many wrong codes: send a new one");
  if (r.context !== expect.context) throw wrong(409, "验证码发送后内容已修改，请重新发送验证码", "The content changed after the code was sent: send a new one");
  const given = Buffer.from(hashOf(id, code.trim()));
  if (!/^\d{6}$/.test(code.trim()) || !timingSafeEqual(given, Buffer.from(r.code_hash))) {
    await db.run(sql`UPDATE one_time_codes SET attempts = attempts + 1 WHERE id = ${id}`);
    const left = CODE_TRIES - Number(r.attempts) - 1;
    throw left > 0 ? wrong(400, `验证码不正确，还可再试 ${left} 次`, `Wrong code: ${countEn(left, "try", "tries")} left`) : wrong(429, "验证码错误次数过多，请重新发送", "Too many wrong codes: send a new one");
  }
  return { userId: r.user_id };
}

/** Uses a verified code up (in the caller's transaction); false when it was used meanwhile. */
export async function consumeCode(q: Queryable, id: string, now: Date): Promise<boolean> {
  return (await q.run(sql`UPDATE one_time_codes SET consumed_at = ${iso(now)} WHERE id = ${id} AND consumed_at IS NULL`)) > 0;
}

/** Checks a code and uses it up at once (a login): the account it was sent for, or a 4xx at `pointer`. */
export async function redeemCode(db: Database, clock: Clock, id: string, code: string, expect: CodeExpectation, pointer = "/code"): Promise<{ userId: string }> {
  const ok = await verifyCode(db, clock, id, code, expect, pointer);
  if (!(await consumeCode(db, id, clock.now()))) throw new HttpError(409, "invalid_code", say("验证码已使用过，请重新发送", "This code was used already: send a new one"), [{ pointer, message: say("验证码已使用过", "The code was used already") }]);
  return ok;
}
