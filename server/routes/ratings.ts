// Applicants rate a finished application once (好差评, 1–5); the rating is part of its audit trail.
import { z } from "zod";
import { conflict, HttpError, notFound, THE } from "../errors.js";
import { getApplication } from "../store/applications.js";
import { appendEvent } from "../store/events.js";
import { getRating, insertRating } from "../store/ratings.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";
import { message, problem, requestLang } from "../submission-messages.js";
import { say } from "../messages.js";
import { countEn } from "../../spec/bilingual.js";

const RatingBody = z.object({ score: z.number().int().min(1).max(5), comment: z.string().max(1000).default("") });
const FINISHED = new Set(["approved", "rejected", "completed"]);
/** Scores that are a bad rating (差评): 不满意 and 非常不满意. */
export const BAD_RATING_MAX = 2;

/** Routes of /api/applications/:id/rating. */
export function ratingRoutes(d: Deps): RouteDef[] {
  return [
    route("POST", "/api/applications/:id/rating", ["applicant"], async (c, u) => {
      const user = must(u);
      const req = await body(c, RatingBody);
      // 差评 (不满意, 非常不满意) needs its reason: the lead department follows it up (差评整改).
      if (req.score <= BAD_RATING_MAX && !req.comment.trim()) {
        const lang = requestLang(c.req.header("accept-language"));
        throw new HttpError(400, "invalid_request", message(lang, "rating_reason"), [problem(lang, "rating_reason", "/comment")]);
      }
      const app = await getApplication(d.db, param(c, "id"));
      if (!app || app.applicantId !== user.id) throw notFound(THE.application);
      if (!FINISHED.has(app.status)) throw conflict(say("办结后才能评价", "A case can be rated once it is finished"), []);
      const now = d.clock.now();
      const ok = await d.db.tx(async (q) => {
        if (!(await insertRating(q, { applicationId: app.id, applicantId: user.id, ...req }, now))) return false;
        await appendEvent(q, { applicationId: app.id, bundleKey: app.bundleKey, definitionVersion: app.version, actor: { id: user.id, name: user.displayName }, kind: "rated", message: say(`评价 ${req.score} 星${req.comment ? `：${req.comment}` : ""}`, `Rated ${countEn(req.score, "star", "stars")}${req.comment ? `: ${req.comment}` : ""}`) }, now);
        return true;
      });
      if (!ok) throw new HttpError(409, "conflict", say("您已评价过这件事", "You have already rated this case"), { allowedActions: [] });
      return c.json(await getRating(d.db, app.id), 201);
    }),
    route("GET", "/api/applications/:id/rating", ["applicant"], async (c, u) => {
      const app = await getApplication(d.db, param(c, "id"));
      if (!app || app.applicantId !== must(u).id) throw notFound(THE.application);
      const r = await getRating(d.db, app.id);
      if (!r) throw notFound(THE.rating);
      return c.json(r);
    }),
  ];
}
