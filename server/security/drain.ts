// Answering before the request body was read (a role refused, an unknown route, a 413) must not reset the
// connection under a client still sending: Node would destroy the socket and the client would lose the answer
// (and any request it had queued behind). So a body small enough is read to its end before the answer; a larger
// one gets "Connection: close", honestly, and the socket is closed only after the answer. A body refused as too large
// (413) is read and discarded too, up to OVERSIZE_DRAIN_BYTES and DRAIN_MS: answering and closing under a client still
// writing sends a reset, and a client that writes its whole body before reading (most do; over a slow link that takes
// seconds) then loses the 413 it had not read yet — Node closes right after a Connection: close answer, and
// @hono/node-server drains for only 500 ms.
import type { Context } from "hono";

/** Bodies up to this size are drained before an early answer; larger ones close the connection. */
export const DRAIN_MAX_BYTES = 5 * 1024 * 1024;
/** A body refused as too large is still drained up to this size (past it the client may see a reset). */
export const OVERSIZE_DRAIN_BYTES = 64 * 1024 * 1024;
/** No drain waits longer than this for a slow client. */
export const DRAIN_MS = 30_000;

/** Reads and discards an unread request body (at most maxBytes, DRAIN_MS), or marks the answer Connection: close. */
export async function settleUnreadBody(c: Context, maxBytes = DRAIN_MAX_BYTES): Promise<void> {
  const raw = c.req.raw;
  if (!raw.body || raw.bodyUsed || c.req.method === "GET" || c.req.method === "HEAD") return;
  const declared = Number(c.req.header("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    c.header("Connection", "close");
    return;
  }
  const deadline = Date.now() + DRAIN_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<"late">((resolve) => { timer = setTimeout(() => resolve("late"), DRAIN_MS); });
  try {
    const reader = raw.body.getReader();
    let seen = 0;
    for (;;) {
      const next = await Promise.race([reader.read(), late]);
      if (next === "late" || Date.now() > deadline) {
        void reader.cancel().catch(() => {});
        c.header("Connection", "close");
        return;
      }
      if (next.done) return;
      seen += next.value.byteLength;
      if (seen > maxBytes) {
        await reader.cancel();
        c.header("Connection", "close");
        return;
      }
    }
  } catch {
    c.header("Connection", "close"); // the body stream failed (over a limit, aborted): do not keep this connection
  } finally {
    clearTimeout(timer);
  }
}
