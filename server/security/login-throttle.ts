// Login throttling that an attacker cannot turn against staff: failures count per (account, address) — ten in
// 15 minutes refuse that address only — and per account across addresses, where a slower limit (30 an hour)
// refuses only addresses the account never logged in from, so the owner at their usual desk still gets in.
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import { HttpError } from "../errors.js";
import { clearHits, hit, hits } from "../store/rate-limits.js";
import { say, type Bilingual } from "../messages.js";

/** Failures one address may make on one account per window. */
export const PAIR_MAX = 10;
export const PAIR_WINDOW_MS = 15 * 60_000;
/** Failures an account may take from all addresses per window before unknown addresses are held back. */
export const ACCOUNT_MAX = 30;
export const ACCOUNT_WINDOW_MS = 60 * 60_000;

const pairKey = (username: string, ip: string) => `login:${username.toLowerCase()}:${ip}`;
const accountKey = (username: string) => `login-account:${username.toLowerCase()}`;

async function knownAddress(q: Queryable, username: string, ip: string): Promise<boolean> {
  const r = await q.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.username = ${username} AND s.ip = ${ip}`);
  return Number(r?.n ?? 0) > 0;
}

/** Throws 429 (with Retry-After seconds in the error) when this address may not try this account now. */
export async function checkLoginAllowed(q: Queryable, username: string, ip: string, now: Date): Promise<void> {
  if ((await hits(q, pairKey(username, ip), now, PAIR_WINDOW_MS)) >= PAIR_MAX) {
    throw new LoginThrottled(PAIR_WINDOW_MS, say("登录失败次数过多，请 15 分钟后再试", "Too many failed logins from this address: try again in 15 minutes"));
  }
  if ((await hits(q, accountKey(username), now, ACCOUNT_WINDOW_MS)) >= ACCOUNT_MAX && !(await knownAddress(q, username, ip))) {
    throw new LoginThrottled(ACCOUNT_WINDOW_MS, say("该账户近期登录失败过多，请稍后在常用设备上登录或联系管理员", "Too many failed logins for this account: log in later from a device you usually use, or contact an admin"));
  }
}

/** Counts a failed login for the pair and the account. */
export async function recordLoginFailure(q: Queryable, username: string, ip: string, now: Date): Promise<void> {
  await hit(q, pairKey(username, ip), now, PAIR_WINDOW_MS);
  await hit(q, accountKey(username), now, ACCOUNT_WINDOW_MS);
}

/** Forgets the pair's failures after a successful login (the account's stay: they expire with their window). */
export async function recordLoginSuccess(q: Queryable, username: string, ip: string): Promise<void> {
  await clearHits(q, pairKey(username, ip));
}

/** 429 with the seconds to wait. */
export class LoginThrottled extends HttpError {
  constructor(readonly retryMs: number, message: Bilingual) {
    super(429, "too_many_attempts", message);
  }
}
