// What the workbench needs to hand a task on (转办): the departments of the registry, each with its staff of the
// task's role, so the person transferring picks a real target (the transfer itself is a task action, checked again);
// a department without such staff is not offered.
import { sql } from "drizzle-orm";
import { HttpError, notFound, THE } from "../errors.js";
import { getTask } from "../store/tasks.js";
import { fromJson } from "../util.js";
import { must, OTHER_DEPARTMENTS_TASK, param, route, type Deps, type RouteDef } from "./route.js";

/** Routes of /api/tasks/:id/transfer-targets. */
export function taskHandlingRoutes(d: Deps): RouteDef[] {
  return [
    route("GET", "/api/tasks/:id/transfer-targets", ["clerk", "reviewer"], async (c, u) => {
      const user = must(u);
      const task = await getTask(d.db, param(c, "id"));
      if (!task) throw notFound(THE.task);
      if (task.department !== user.department) throw new HttpError(403, "forbidden", OTHER_DEPARTMENTS_TASK);
      const [departments, users] = await Promise.all([
        d.db.all<{ id: string; name: string; name_en: string }>(sql`SELECT id, name, name_en FROM departments ORDER BY id`),
        d.db.all<{ id: string; display_name: string; department: string | null; roles: string }>(sql`SELECT id, display_name, department, roles FROM users WHERE department IS NOT NULL ORDER BY display_name, id`),
      ]);
      const staff = users.filter((x) => fromJson<string[]>(x.roles).includes(task.role) && x.id !== user.id);
      return c.json({
        role: task.role,
        // only departments with someone in the task's post: a task sent anywhere else could never be taken (the transfer refuses it)
        departments: departments.map((dep) => ({
          id: dep.id, name: dep.name, nameEn: dep.name_en,
          staff: staff.filter((x) => x.department === dep.id).map((x) => ({ id: x.id, displayName: x.display_name })),
        })).filter((dep) => dep.staff.length > 0),
      });
    }),
  ];
}
