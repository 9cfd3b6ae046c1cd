// Routes of the self-service terminal (/api/kiosk/…): identity login by ID number and a one-time code, and the
// case-status lookup by case number without login (server/kiosk/status.ts says what it shows).
import { z } from "zod";
import { HttpError } from "../errors.js";
import { say } from "../messages.js";
import { openSession } from "../routes/auth.js";
import { body, param, route, type Deps, type RouteDef } from "../routes/route.js";
import { hit, hits } from "../store/rate-limits.js";
import { findUser, userView } from "../store/users.js";
import { clientIp } from "../auth/client.js";
import { CodeBody, KIOSK_SESSION_MS, LoginBody, loginByCode, sendLoginCode, TERMINAL_MAX, TERMINAL_WINDOW_MS } from "./login.js";
import { caseStatus } from "./status.js";

const CaseNo = z.string().trim().toUpperCase().pipe(z.string().regex(/^[A-Z0-9]{2,16}-\d{8}-\d{4,6}$/, "办件编号形如 SAMR-20261202-0007"));

/** Routes of /api/kiosk. */
export function kioskRoutes(d: Deps): RouteDef[] {
  return [
    route("POST", "/api/kiosk/otp", "anyone", async (c) => c.json(await sendLoginCode(d, c, await body(c, CodeBody)), 201)),
    route("POST", "/api/kiosk/login", "anyone", async (c) => {
      const user = await loginByCode(d, await body(c, LoginBody), (id) => findUser(d.db, id));
      await openSession(d, c, user.id, KIOSK_SESSION_MS);
      return c.json({ user: userView(user), expiresInMs: KIOSK_SESSION_MS });
    }),
    route("GET", "/api/kiosk/cases/:caseNo", "anyone", async (c) => {
      const key = `kiosk-case:${clientIp(c)}`;
      const now = d.clock.now();
      // Case numbers are sequential: a terminal (or a script) may not walk through them.
      if ((await hits(d.db, key, now, TERMINAL_WINDOW_MS)) >= TERMINAL_MAX * 2) throw new HttpError(429, "too_many_attempts", say("查询过于频繁，请稍后再试", "Too many lookups: try again later"));
      await hit(d.db, key, now, TERMINAL_WINDOW_MS);
      const parsed = CaseNo.safeParse(param(c, "caseNo"));
      if (!parsed.success) throw new HttpError(400, "invalid_request", say("办件编号格式不正确，形如 SAMR-20261202-0007", "A case number looks like SAMR-20261202-0007"), [{ pointer: "/caseNo", code: "case_no", message: say("办件编号格式不正确", "Invalid case number") }]);
      const view = await caseStatus(d.db, parsed.data);
      if (!view) throw new HttpError(404, "not_found", say("没有查到该办件编号，请核对回执上的编号", "No case has this number: check the number on your receipt"));
      return c.json({ case: view });
    }),
  ];
}
