// The one exit's hand-over of a case: how the results go (pick-up code, postal address and tracking number, or
// online), for its applicant and handling staff; staff record the tracking number and the hand-over (送达).
import { HttpError } from "../errors.js";
import { say } from "../messages.js";
import { getHandover } from "../results/handover-store.js";
import { HandoverBody, recordHandover, recordTracking, TrackingBody } from "../results/handover.js";
import { maskIdNumber } from "../documents/format.js";
import { caseFor } from "./case-access.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";

/** Routes of /api/applications/:id/handover. */
export function handoverRoutes(d: Deps): RouteDef[] {
  const staffOnly = (who: string) => { if (who !== "staff") throw new HttpError(403, "forbidden", say("只有办理本案的部门可以登记出件", "Only the department handling this case records the hand-over")); };
  // The pick-up code is the applicant's to show at the window: staff never see it, they check it.
  const view = async (id: string, who: "owner" | "staff") => {
    const h = await getHandover(d.db, id);
    if (!h) return { handover: null };
    const { signature, recipientIdNumber, pickupCode, ...rest } = h;
    return { handover: { ...rest, ...(who === "owner" && pickupCode ? { pickupCode } : {}), ...(recipientIdNumber ? { recipientIdNumber: maskIdNumber(recipientIdNumber) } : {}), signed: !!signature } };
  };
  return [
    route("GET", "/api/applications/:id/handover", ["applicant", "clerk", "reviewer"], async (c, u) => {
      const { app, who } = await caseFor(d, must(u), param(c, "id"));
      return c.json(await view(app.id, who));
    }),
    route("PUT", "/api/applications/:id/handover/tracking", ["clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const req = await body(c, TrackingBody);
      const { app, who } = await caseFor(d, user, param(c, "id"));
      staffOnly(who);
      await recordTracking(d.db, app.id, req, user, d.clock.now());
      return c.json(await view(app.id, who));
    }),
    route("POST", "/api/applications/:id/handover", ["clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const req = await body(c, HandoverBody);
      const { app, who } = await caseFor(d, user, param(c, "id"));
      staffOnly(who);
      await recordHandover(d.db, app.id, req, user, d.clock.now());
      return c.json(await view(app.id, who));
    }),
  ];
}
