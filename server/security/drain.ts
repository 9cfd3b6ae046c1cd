// Answering before the request body was read (a role refused, an unknown route, a 413) must not reset the
// connection under a client still sending: Node would destroy the socket and the client would lose the answer
// (and any request it had queued behind). So a body small enough is read to its end before the answer; a larger
// one gets "Connection: close", honestly, and the socket is closed only after the answer.
import type { Context } from "hono";

/** Bodies up to this size are drained before an early answer; larger ones close the connection. */
export const DRAIN_MAX_BYTES = 5 * 1024 * 1024;

/** Reads and discards an unread request body (bounded), or marks the answer Connection: close. */
export async function settleUnreadBody(c: Context): Promise<void> {
  const raw = c.req.raw;
  if (!raw.body || raw.bodyUsed || c.req.method === "GET" || c.req.method === "HEAD") return;
  const declared = Number(c.req.header("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > DRAIN_MAX_BYTES) {
    c.header("Connection", "close");
    return;
  }
  try {
    const reader = raw.body.getReader();
    let seen = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      seen += value.byteLength;
      if (seen > DRAIN_MAX_BYTES) {
        await reader.cancel();
        c.header("Connection", "close");
        return;
      }
    }
  } catch {
    c.header("Connection", "close"); // the body stream failed (over a limit, aborted): do not keep this connection
  }
}
