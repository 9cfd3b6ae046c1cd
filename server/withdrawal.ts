// Withdrawal (撤回) by the applicant: allowed only before any department has decided anything (the flow says so in
// its case actions); the flow ends as "withdrawn" — open tasks cancelled, timers stopped — in one transaction.
import { z } from "zod";
import { HttpError, notFound, THE } from "./errors.js";
import type { Deps } from "./routes/route.js";
import { getApplication, type Application } from "./store/applications.js";
import type { User } from "./store/users.js";
import { message, type ServerLang } from "./submission-messages.js";

/** The body of POST /api/applications/:id/withdraw. */
export const WithdrawBody = z.object({ reason: z.string().max(200).default(""), requestId: z.string().min(8).max(100).optional() });
export type WithdrawBody = z.infer<typeof WithdrawBody>;

/** Withdraws the user's own application; 409 (with what is allowed) once it has been accepted or decided. */
export async function withdrawApplication(d: Deps, user: User, id: string, req: WithdrawBody, lang: ServerLang): Promise<Application> {
  const app = await getApplication(d.db, id);
  if (!app || app.applicantId !== user.id) throw notFound(THE.application);
  const now = d.clock.now();
  await d.db.tx(async (q) => {
    const allowed = await d.flow.caseActions(q, app);
    if (!allowed.includes("withdraw")) throw new HttpError(409, "withdraw_not_allowed", message(lang, "withdraw_not_allowed"), { allowedActions: allowed });
    await d.flow.caseEvent({ q, now }, app, { type: "withdraw", requestId: req.requestId ?? null, payload: { reason: req.reason.trim() } }, user);
  });
  return (await getApplication(d.db, app.id))!;
}
