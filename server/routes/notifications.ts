// The applicant's message inbox (站内消息) and, for admins, the SMS record (what the log-only sender would have sent).
import { notFound, THE } from "../errors.js";
import { inboxOf, markRead, recentSms } from "../notifications/store.js";
import { must, param, route, type Deps, type RouteDef } from "./route.js";

/** Routes of /api/notifications. */
export function notificationRoutes(d: Deps): RouteDef[] {
  return [
    route("GET", "/api/notifications", "logged-in", async (c, u) => c.json(await inboxOf(d.db, must(u).id))),
    route("POST", "/api/notifications/:id/read", "logged-in", async (c, u) => {
      if (!(await markRead(d.db, must(u).id, param(c, "id"), d.clock.now()))) throw notFound(THE.message);
      return c.json({ ok: true });
    }),
    route("GET", "/api/notifications/sms", ["admin"], async (c) => c.json({ messages: await recentSms(d.db) })),
  ];
}
