// Login, logout and the current user. Login failures are counted in the database per username and client address
// (10 per 15 minutes, then 429), so every server process enforces the same limit.
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { HttpError } from "../errors.js";
import { DUMMY_HASH_PROMISE, verifyPassword } from "../auth/password.js";
import { clearHits, hit, hits } from "../store/rate-limits.js";
import { createSession, deleteSession, findUserByName, userView } from "../store/users.js";
import { body, must, route, type Deps, type RouteDef } from "./route.js";
import { clientIp } from "../auth/client.js";

/** Name of the session cookie. */
export const SESSION_COOKIE = "yj_session";
const LOGIN_WINDOW_MS = 15 * 60_000;
const LOGIN_MAX_FAILURES = 10;

const LoginBody = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });

/** Routes of /api/auth. */
export function authRoutes(d: Deps): RouteDef[] {
  return [
    route("POST", "/api/auth/login", "anyone", async (c) => {
      const { username, password } = await body(c, LoginBody);
      const now = d.clock.now();
      const key = `login:${username.toLowerCase()}:${clientIp(c)}`;
      if ((await hits(d.db, key, now, LOGIN_WINDOW_MS)) >= LOGIN_MAX_FAILURES) {
        c.header("Retry-After", String(LOGIN_WINDOW_MS / 1000));
        throw new HttpError(429, "too_many_attempts", "登录失败次数过多，请 15 分钟后再试 (too many failed logins, retry in 15 minutes)");
      }
      const user = await findUserByName(d.db, username);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
      if (!user || !ok) {
        await hit(d.db, key, now, LOGIN_WINDOW_MS);
        throw new HttpError(401, "invalid_credentials", "用户名或密码错误 (wrong username or password)");
      }
      await clearHits(d.db, key);
      const token = await createSession(d.db, user.id, now, d.config.sessionMs, clientIp(c));
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true, sameSite: "Lax", path: "/", maxAge: Math.floor(d.config.sessionMs / 1000),
        secure: process.env.YIJIAN_COOKIE_SECURE === "1",
      });
      return c.json({ user: userView(user) });
    }),
    route("POST", "/api/auth/logout", "logged-in", async (c) => {
      const token = getCookie(c, SESSION_COOKIE);
      if (token) await deleteSession(d.db, token);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return c.json({ ok: true });
    }),
    route("GET", "/api/auth/me", "logged-in", async (c, user) => c.json({ user: userView(must(user)) })),
  ];
}
