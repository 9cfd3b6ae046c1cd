// The client's address as the app worked it out for this request (server/security/proxy.ts: the socket's, or the
// X-Forwarded-For entry the configured proxies vouch for).
import type { Context } from "hono";
import type { AppEnv } from "../routes/route.js";

/** Address of the caller for rate limiting and session records. */
export function clientIp(c: Context<AppEnv>): string {
  return c.get("clientIp") ?? "unknown";
}
