// Admins subscribe external systems (a department's own case system, an SMS gateway) to outbox topics.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { HttpError, notFound, THE } from "../errors.js";
import { webhookTargetProblem } from "../security/ssrf.js";
import { deactivateSubscription, insertSubscription, listSubscriptions } from "../store/outbox.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";
import { say } from "../messages.js";

const SubBody = z.strictObject({
  url: z.string().max(2000).url().refine((u) => /^https?:\/\//.test(u), "http(s) only"),
  topics: z.array(z.string().min(1).max(100)).min(1).max(50),
  secret: z.string().min(16).max(200).optional(),
});

/** Routes of /api/webhooks. */
export function webhookRoutes(d: Deps): RouteDef[] {
  return [
    route("GET", "/api/webhooks", ["admin"], async (c) => c.json({ subscriptions: await listSubscriptions(d.db) })),
    route("POST", "/api/webhooks", ["admin"], async (c, u) => {
      const req = await body(c, SubBody);
      const problem = await webhookTargetProblem(req.url, d.config.webhookAllow);
      if (problem) throw new HttpError(400, "invalid_request", say(`订阅地址不可用：${problem.zh}`, `The subscription URL cannot be used: ${problem.en}`), [{ pointer: "/url", message: problem }]);
      const sub = await insertSubscription(d.db, { url: req.url, topics: req.topics, secret: req.secret ?? randomBytes(24).toString("base64url") }, must(u).username, d.clock.now());
      return c.json(sub, 201);
    }),
    route("DELETE", "/api/webhooks/:id", ["admin"], async (c) => {
      if (!(await deactivateSubscription(d.db, param(c, "id"), d.clock.now()))) throw notFound(THE.subscription);
      return c.json({ ok: true });
    }),
  ];
}
