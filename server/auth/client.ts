// The client's address: the socket's, or the first X-Forwarded-For hop when YIJIAN_TRUST_PROXY=1 (behind a load balancer).
import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";

/** Address of the caller for rate limiting and session records. */
export function clientIp(c: Context): string {
  if (process.env.YIJIAN_TRUST_PROXY === "1") {
    const fwd = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (fwd) return fwd;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}
