// Identity login at the self-service terminal (自助终端): the applicant types their ID number (or the terminal's card
// reader reads it, with the name on the card), the server sends a one-time code (server/otp) to the mobile number of
// the account that holds this ID number, and the code opens a short session. An account created at the counter
// (no password) is reached this way too. A card read only fills in who it is: a browser cannot prove a card was on the
// reader, so possession of the phone is what authenticates; the name on the card is checked against the identity
// platform. Requests are throttled per terminal address on top of the code service's per-subject limits.
import { z } from "zod";
import { idCardProblem } from "../../spec/dictionary/validators.js";
import { clientIp } from "../auth/client.js";
import { findApplicantByHolder, verifyPerson } from "../counter/identity.js";
import { HttpError } from "../errors.js";
import { say } from "../messages.js";
import { issueCode, redeemCode, type CodeSent } from "../otp/codes.js";
import type { Deps } from "../routes/route.js";
import { hit, hits } from "../store/rate-limits.js";
import type { User } from "../store/users.js";
import type { Context } from "hono";
import type { AppEnv } from "../routes/route.js";

/** How long a kiosk session lives on the server (the terminal logs out much sooner when left idle). */
export const KIOSK_SESSION_MS = 30 * 60_000;
/** Code requests (and failed ones) one terminal address may make per window. */
export const TERMINAL_MAX = 30;
export const TERMINAL_WINDOW_MS = 10 * 60_000;

const PURPOSE = "kiosk_login";
const IdNumber = z.string("请输入公民身份号码").trim().toUpperCase().pipe(z.string().max(18, "公民身份号码为 18 位"));

/** The body of POST /api/kiosk/otp: the ID number, and the name when a card reader read it. */
export const CodeBody = z.object({ idNumber: IdNumber, name: z.string().trim().max(50).optional() });
/** The body of POST /api/kiosk/login. */
export const LoginBody = z.object({ idNumber: IdNumber, challengeId: z.string().min(1).max(100), code: z.string().trim().max(10) });

const atId = (zh: string, en: string) => new HttpError(400, "invalid_request", say(zh, en), [{ pointer: "/idNumber", code: "id_number", message: say(zh, en) }]);

/** 429 when this terminal made too many requests; otherwise counts this one. */
async function throttleTerminal(d: Deps, c: Context<AppEnv>): Promise<void> {
  const key = `kiosk:${clientIp(c)}`;
  if ((await hits(d.db, key, d.clock.now(), TERMINAL_WINDOW_MS)) >= TERMINAL_MAX) {
    throw new HttpError(429, "too_many_attempts", say("本终端请求过于频繁，请 10 分钟后再试，或到人工窗口办理", "Too many requests from this terminal: try again in 10 minutes or go to a staffed desk"));
  }
  await hit(d.db, key, d.clock.now(), TERMINAL_WINDOW_MS);
}

/** Sends the login code to the phone of the account holding this ID number. */
export async function sendLoginCode(d: Deps, c: Context<AppEnv>, req: z.infer<typeof CodeBody>): Promise<CodeSent> {
  await throttleTerminal(d, c);
  const shape = idCardProblem(req.idNumber, d.clock.now());
  if (shape) throw atId(`公民身份号码有误：${shape}`, "The ID number is not valid");
  if (req.name) await verifyPerson(d.licences, req.idNumber, req.name, "");
  const user = await findApplicantByHolder(d.db, "person", req.idNumber);
  const phone = typeof user?.profile.mobile === "string" ? user.profile.mobile : "";
  if (!user || !phone) {
    throw atId("没有找到登记了手机号码的该证件号码账户，请到人工窗口办理或在网上办事大厅注册", "No account with a mobile number holds this ID number: go to a staffed desk or register online");
  }
  return issueCode(d.db, d.clock, {
    purpose: PURPOSE, subject: { kind: "id", value: req.idNumber }, userId: user.id, phone, context: PURPOSE,
    text: (code) => `您正在政务服务中心自助终端登录，验证码为 ${code}，5 分钟内有效。如非本人操作，请勿告诉他人。`,
    inbox: { title: "自助终端登录验证码", body: "您正在政务服务中心自助终端登录，验证码已通过短信发送到您的手机。如非本人操作，请忽略并注意账户安全。" },
  });
}

/** Checks the code (used once) and answers the account it opens. */
export async function loginByCode(d: Deps, req: z.infer<typeof LoginBody>, find: (id: string) => Promise<User | undefined>): Promise<User> {
  const { userId } = await redeemCode(d.db, d.clock, req.challengeId, req.code, { purpose: PURPOSE, subject: { kind: "id", value: req.idNumber }, context: PURPOSE });
  const user = await find(userId);
  if (!user || !user.roles.includes("applicant")) throw new HttpError(409, "conflict", say("该账户已不能登录", "This account can no longer log in"), { allowedActions: [] });
  return user;
}
