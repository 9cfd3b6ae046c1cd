// Recording an access from a route: the reader, their department and address, the case, what and why.
import type { Context } from "hono";
import type { AppEnv, Deps } from "../routes/route.js";
import type { User } from "../store/users.js";
import { recordAccess, type AccessAction } from "../store/access-log.js";

/** Records that `user` read something of a case (never for the applicant reading their own case). */
export async function auditAccess(d: Deps, c: Context<AppEnv>, user: User, applicationId: string, action: AccessAction, targets: Array<string | null> = [], reason: string | null = null): Promise<void> {
  await recordAccess(d.db, {
    userId: user.id, username: user.username, department: user.department ?? null, applicationId, action, targets, reason, ip: c.get("clientIp") ?? null,
  }, d.clock.now());
}
