// 好差评 on the department side: the lead department sees the ratings of its one-things — a bad one (不满意 /
// 非常不满意) with its reason — contacts the applicant and records the rectification (差评整改) within the
// working-day limit; supervisors see every rating. The rectification joins the case's audit trail.
import { z } from "zod";
import { sql } from "drizzle-orm";
import type { RatedCaseView, RatingsView } from "../../spec/api.js";
import { conflict, HttpError, notFound, THE } from "../errors.js";
import { addWorkingDays } from "../flow/calendar.js";
import { getPublished } from "../store/bundles.js";
import { appendEvent } from "../store/events.js";
import { BAD_SCORE, insertRectification, RECTIFY_WORKING_DAYS, ratedCases, type RatedCase } from "../store/rating-rectifications.js";
import type { User } from "../store/users.js";
import { iso } from "../util.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";
import { say, zodSay } from "../messages.js";

const RectifyBody = z.object({
  contact: z.string().trim().min(1, zodSay("请填写联系申请人的情况", "Describe how the applicant was contacted")).max(1000),
  measures: z.string().trim().min(1, zodSay("请填写整改措施", "Describe the measures taken")).max(2000),
});
const VIEWERS: ["clerk", "reviewer", "supervisor", "admin"] = ["clerk", "reviewer", "supervisor", "admin"];
const seesAll = (u: User) => u.roles.includes("supervisor") || u.roles.includes("admin");

/** Routes of /api/ratings. */
export function ratingHandlingRoutes(d: Deps): RouteDef[] {
  const names = async () => new Map((await d.db.all<{ id: string; name: string }>(sql`SELECT id, name FROM departments`)).map((r) => [r.id, r.name]));
  const view = async (r: RatedCase, depts: Map<string, string>, now: Date): Promise<RatedCaseView> => {
    const spec = (await getPublished(d.db, r.bundleKey, r.version))?.spec;
    const lead = spec?.lead ?? "";
    const bad = r.score <= BAD_SCORE;
    const dueAt = bad ? iso(addWorkingDays(new Date(r.at), RECTIFY_WORKING_DAYS)) : undefined;
    const status = !bad ? "none" : r.rectification ? "done" : now.toISOString() > dueAt! ? "overdue" : "pending";
    return {
      applicationId: r.applicationId, bundleKey: r.bundleKey, bundleTitle: spec?.title ?? r.bundleKey, applicant: r.applicant, score: r.score, comment: r.comment, at: r.at,
      lead, leadName: depts.get(lead) ?? lead, bad, status, ...(dueAt ? { dueAt } : {}),
      ...(r.rectification ? { rectification: { contact: r.rectification.contact, measures: r.rectification.measures, by: r.rectification.byName, at: r.rectification.at } } : {}),
    };
  };
  const visible = async (user: User, badOnly: boolean): Promise<RatedCaseView[]> => {
    const [rows, depts] = await Promise.all([ratedCases(d.db, { badOnly, limit: 1000 }), names()]);
    const now = d.clock.now();
    const all = await Promise.all(rows.map((r) => view(r, depts, now)));
    return seesAll(user) ? all : all.filter((r) => r.lead === user.department);
  };
  return [
    route("GET", "/api/ratings", VIEWERS, async (c, u) => {
      const user = must(u);
      const ratings = await visible(user, c.req.query("bad") === "1");
      const summary = { total: ratings.length, bad: ratings.filter((r) => r.bad).length, pending: ratings.filter((r) => r.status === "pending").length, overdue: ratings.filter((r) => r.status === "overdue").length };
      return c.json({ ratings, summary } satisfies RatingsView);
    }),
    route("POST", "/api/ratings/:applicationId/rectification", ["clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const req = await body(c, RectifyBody);
      const id = param(c, "applicationId");
      const rated = (await visible(user, true)).find((r) => r.applicationId === id);
      if (!rated) {
        const any = (await ratedCases(d.db, { badOnly: false, limit: 1000 })).find((r) => r.applicationId === id);
        if (!any) throw notFound(THE.rating);
        if (any.score > BAD_SCORE) throw conflict(say("该评价不是差评，无需整改", "This is not a bad rating: there is nothing to put right"), []);
        throw new HttpError(403, "forbidden", say("只有牵头部门可以登记差评整改", "Only the lead department records how a bad rating was put right"));
      }
      const now = d.clock.now();
      const ok = await d.db.tx(async (q) => {
        if (!(await insertRectification(q, { applicationId: id, department: rated.lead, dueAt: rated.dueAt!, contact: req.contact, measures: req.measures, by: user.id }, now))) return false;
        await appendEvent(q, { applicationId: id, bundleKey: rated.bundleKey, actor: { id: user.id, name: user.displayName }, department: rated.lead, kind: "rating_rectified",
          message: say(`差评整改：${req.contact}；整改措施：${req.measures}${now.toISOString() > rated.dueAt! ? "（逾期整改）" : ""}`, `Bad rating put right: ${req.contact}; measures: ${req.measures}${now.toISOString() > rated.dueAt! ? " (late)" : ""}`) }, now);
        return true;
      });
      if (!ok) throw conflict(say("该差评已登记整改", "How this bad rating was put right is already recorded"), []);
      const after = (await visible(user, true)).find((r) => r.applicationId === id)!;
      return c.json(after);
    }),
  ];
}
