// Who may see a case's documents and hand-over: its applicant, or staff of a department with a task in it (who may
// also issue documents and record the hand-over). Anyone else gets the same 404 as for a missing case.
import { notFound, THE } from "../errors.js";
import { getApplication, type Application } from "../store/applications.js";
import { tasksOfApplication } from "../store/tasks.js";
import type { User } from "../store/users.js";
import type { Deps } from "./route.js";

/** How a user relates to a case. */
export async function caseAccess(d: Deps, user: User, app: Application): Promise<"owner" | "staff" | undefined> {
  if (app.applicantId === user.id) return "owner";
  const staff = !!user.department && (user.roles.includes("clerk") || user.roles.includes("reviewer"));
  if (staff && (await tasksOfApplication(d.db, app.id)).some((t) => t.department === user.department)) return "staff";
  return undefined;
}

/** The case and the user's relation to it, or 404 (no existence oracle). */
export async function caseFor(d: Deps, user: User, id: string): Promise<{ app: Application; who: "owner" | "staff" }> {
  const app = await getApplication(d.db, id);
  const who = app && (await caseAccess(d, user, app));
  if (!app || !who) throw notFound(THE.application);
  return { app, who };
}
