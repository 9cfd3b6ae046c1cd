// Department inboxes and task completion. Completion is decided by a conditional update: when two staff race,
// exactly one wins and the other gets 409 with the actions still allowed.
import { z } from "zod";
import { HttpError, notFound, THE } from "../errors.js";
import { getApplication } from "../store/applications.js";
import { getTask } from "../store/tasks.js";
import { applicationView, pausedTaskIds, taskView } from "../views.js";
import { inboxHandler } from "./inbox.js";
import { getPublished } from "../store/bundles.js";
import { body, must, param, route, type Deps, type RouteDef } from "./route.js";
import { guardTaskAction } from "../security/task-guard.js";
import { auditAccess } from "../security/access-audit.js";
import { say } from "../messages.js";
import { decideDelivery, recordDeliveryChange } from "../results/delivery-choice.js";

const CompleteBody = z.object({ action: z.string().min(1).max(40), comment: z.string().max(2000).default(""), requestId: z.string().min(8).max(100).optional() }).passthrough();
const STAFF: ["clerk", "reviewer"] = ["clerk", "reviewer"];

/** Routes of /api/tasks. */
export function taskRoutes(d: Deps): RouteDef[] {
  return [
    route("GET", "/api/tasks/inbox", STAFF, (c, u) => inboxHandler(d, c, u)),
    route("POST", "/api/tasks/:id/complete", STAFF, async (c, u) => {
      const user = must(u);
      const req = await body(c, CompleteBody);
      const task = await getTask(d.db, param(c, "id"));
      if (!task) throw notFound(THE.task);
      // Another department's task is not found (no answer may confirm that an id exists).
      if (task.department !== user.department) throw notFound(THE.task);
      if (!user.roles.includes(task.role)) {
        throw new HttpError(403, "forbidden", say("该任务不属于您的岗位", "This task belongs to another role"));
      }
      const replayed = task.status !== "open" && !!req.requestId && task.requestId === req.requestId && task.completedBy === user.id;
      if (!replayed) {
        const now = d.clock.now();
        const { action, comment, requestId, ...payload } = req;
        guardTaskAction(task, action, payload);
        const delivery = action === "results_issued" ? decideDelivery((await getApplication(d.db, task.applicationId))?.delivery, payload) : undefined;
        if (delivery) { payload.delivery = delivery.method; delete payload.deliveryChangeReason; }
        await d.db.tx(async (q) => {
          if (delivery) await recordDeliveryChange(q, task.applicationId, delivery, user, now);
          await d.flow.complete({ q, now }, task, { action, comment, requestId: requestId ?? null, payload }, user);
        });
      }
      const now = d.clock.now();
      const [after, app] = await Promise.all([getTask(d.db, task.id), getApplication(d.db, task.applicationId)]);
      if (!after || !app) throw notFound(THE.task);
      const view = await applicationView(d.db, app, user, d.flow, now);
      // the answer carries the case as it stands after the action: a read of the case, recorded like any other
      await auditAccess(d, c, user, app.id, "view_case", [`task:${task.id}`]);
      const title = (await getPublished(d.db, app.bundleKey, app.version))?.spec.title ?? app.bundleKey;
      return c.json({ task: taskView(after, title, view.applicant, await d.flow.allowedActions(d.db, after, user), now, (await pausedTaskIds(d.db, [after])).has(after.id), view.caseNo), application: view });
    }),
  ];
}
