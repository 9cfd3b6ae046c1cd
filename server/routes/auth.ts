// Login, logout and the current user. Login failures are counted in the database per (username, address) and per
// account (server/security/login-throttle.ts), so every server process enforces the same limits.
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { z } from "zod";
import { HttpError } from "../errors.js";
import { DUMMY_HASH_PROMISE, verifyPassword } from "../auth/password.js";
import { checkLoginAllowed, LoginThrottled, recordLoginFailure, recordLoginSuccess } from "../security/login-throttle.js";
import { createSession, deleteSession, findUserByName, userView } from "../store/users.js";
import type { Context } from "hono";
import { body, must, route, type AppEnv, type Deps, type RouteDef } from "./route.js";
import { clientIp } from "../auth/client.js";
import { say } from "../messages.js";

/** Name of the session cookie. */
export const SESSION_COOKIE = "yj_session";

/** Opens a session for an account and sets its cookie (password login here, identity login at the kiosk). */
export async function openSession(d: Deps, c: Context<AppEnv>, userId: string, lifetimeMs: number): Promise<void> {
  const token = await createSession(d.db, userId, d.clock.now(), lifetimeMs, clientIp(c));
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true, sameSite: "Lax", path: "/", maxAge: Math.floor(lifetimeMs / 1000),
    secure: d.config.cookieSecure || c.get("tls"),
  });
}

const LoginBody = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(200) });

/** Routes of /api/auth. */
export function authRoutes(d: Deps): RouteDef[] {
  return [
    route("POST", "/api/auth/login", "anyone", async (c) => {
      const { username, password } = await body(c, LoginBody);
      const now = d.clock.now();
      const ip = clientIp(c);
      try {
        await checkLoginAllowed(d.db, username, ip, now);
      } catch (err) {
        if (err instanceof LoginThrottled) c.header("Retry-After", String(err.retryMs / 1000));
        throw err;
      }
      const user = await findUserByName(d.db, username);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE));
      if (!user || !ok) {
        await recordLoginFailure(d.db, username, ip, now);
        throw new HttpError(401, "invalid_credentials", say("用户名或密码错误", "Wrong username or password"));
      }
      await recordLoginSuccess(d.db, username, ip);
      await openSession(d, c, user.id, d.config.sessionMs);
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
