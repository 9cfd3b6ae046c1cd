// The code an applicant shows at the window to hand a saved online draft to a clerk (窗口接办): short, readable
// aloud, valid 30 minutes, used once, stored only as a hash. The code alone opens nothing — the clerk must also
// identify its owner by ID number and name — and wrong codes are rate limited per clerk (server/counter/session.ts).
import { randomInt } from "node:crypto";
import { isUniqueViolation } from "../db/database.js";
import { HttpError } from "../errors.js";
import { say } from "../messages.js";
import type { Deps } from "../routes/route.js";
import { getFormDraft } from "../store/applications.js";
import type { User } from "../store/users.js";
import { addMs } from "../util.js";
import { DRAFT_CODE_ALPHABET, DRAFT_CODE_LENGTH, insertDraftCode } from "./store.js";

/** How long a draft code stays valid. */
export const DRAFT_CODE_MS = 30 * 60_000;

/** A fresh random code. */
export function newDraftCode(): string {
  let s = "";
  for (let i = 0; i < DRAFT_CODE_LENGTH; i++) s += DRAFT_CODE_ALPHABET[randomInt(DRAFT_CODE_ALPHABET.length)];
  return s;
}

/** Issues a code for the applicant's saved draft of a one-thing (404 when there is no saved draft). */
export async function issueDraftCode(d: Deps, applicant: User, bundleKey: string): Promise<{ code: string; expiresAt: string }> {
  if (!(await getFormDraft(d.db, applicant.id, bundleKey))) {
    throw new HttpError(404, "not_found", say("没有这件事的已保存草稿，请先在填写页点「保存草稿」", "No saved draft of this one-thing: save the draft first"));
  }
  const now = d.clock.now();
  for (let attempt = 0; ; attempt++) {
    const code = newDraftCode();
    try {
      const row = await d.db.tx((q) => insertDraftCode(q, applicant.id, bundleKey, code, addMs(now, DRAFT_CODE_MS), now));
      return { code, expiresAt: row.expiresAt };
    } catch (err) {
      if (!isUniqueViolation(err) || attempt >= 4) throw err;
    }
  }
}
