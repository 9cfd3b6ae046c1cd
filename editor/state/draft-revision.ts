// Optimistic concurrency of a one-thing draft (tryout 10 #43): every save names the revision it was based on, and the
// server refuses (409 draft_changed) a save made on a copy someone else has saved over since.
import { ApiRequestError } from "../../runtime/shared/api.js";

/** The If-Match header naming the revision a save is based on. */
export function ifMatch(revision: string): Record<string, string> {
  return { "If-Match": `"${revision}"` };
}

/** The current revision when an error is "someone else saved this draft since", else undefined. */
export function conflictRevision(e: unknown): string | undefined {
  if (!(e instanceof ApiRequestError) || e.status !== 409 || e.code !== "draft_changed") return undefined;
  const rev = (e.details as { revision?: unknown } | undefined)?.revision;
  return typeof rev === "string" ? rev : undefined;
}
