// The item data of a case (GET /api/applications/:id/items[/:item]): each department reads its own items' forms
// filled with the applicant's data (server/item-data.ts) — the workbench's 本部门表单 and what a department system
// consumes. The same rule as the case and its tasks: staff of a department with a task in the case, and of an item
// only its own department; supervisors and admins (全程电子监察) read every item of any case, as they read the case
// (GET /api/supervision/cases/:id) — read only, these routes change nothing. Reading is recorded in the access log.
import type { CaseItemDataView, CaseItemsView } from "../../spec/api.js";
import { HttpError, notFound, THE } from "../errors.js";
import { caseItemData } from "../item-data.js";
import { say } from "../messages.js";
import { auditAccess } from "../security/access-audit.js";
import { getApplication, getApplicationByCaseNo, type Application } from "../store/applications.js";
import { getPublished } from "../store/bundles.js";
import { isCaseNo } from "../store/case-numbers.js";
import { tasksOfApplication } from "../store/tasks.js";
import type { User } from "../store/users.js";
import { must, param, route, type Deps, type RouteDef } from "./route.js";

const READERS: ["clerk", "reviewer", "supervisor", "admin"] = ["clerk", "reviewer", "supervisor", "admin"];

/** Supervisors and admins oversee every department's handling, so they read every item (and only read). */
const oversees = (user: User) => user.roles.includes("supervisor") || user.roles.includes("admin");

/** The case by id or case number when the user oversees or their department has a task in it; 404 otherwise (no existence oracle). */
async function handledCase(d: Deps, user: User, ref: string): Promise<Application> {
  const app = isCaseNo(ref) ? await getApplicationByCaseNo(d.db, ref) : await getApplication(d.db, ref);
  if (app && oversees(user)) return app;
  if (!app || !user.department || !(await tasksOfApplication(d.db, app.id)).some((t) => t.department === user.department)) throw notFound(THE.application);
  return app;
}

/** The items of the case a department reads: its own, and those of tasks transferred to it (转办: the receiving
 *  reviewer must see the form of the item the task is about), each marked with the task's name. */
async function readableItems(d: Deps, app: Application, items: CaseItemDataView[], user: User): Promise<CaseItemDataView[]> {
  if (oversees(user)) return items;
  const published = await getPublished(d.db, app.bundleKey, app.version);
  const nodes = published?.spec.flow?.nodes ?? [];
  const sent = new Map<string, string>();
  for (const t of await tasksOfApplication(d.db, app.id)) {
    const item = (nodes.find((n) => n.id === t.node)?.data as { item?: string } | undefined)?.item;
    if (item && t.department === user.department && !sent.has(item)) sent.set(item, t.name);
  }
  return items.filter((it) => it.department === user.department || sent.has(it.item))
    .map((it) => (it.department !== user.department ? { ...it, viaTask: sent.get(it.item)! } : it));
}

/** Routes of /api/applications/:id/items. */
export function itemDataRoutes(d: Deps): RouteDef[] {
  const itemsOf = async (app: Application) => {
    const published = await getPublished(d.db, app.bundleKey, app.version);
    if (!published) throw notFound(THE.version);
    return caseItemData(published, app);
  };
  return [
    route("GET", "/api/applications/:id/items", READERS, async (c, u) => {
      const user = must(u);
      const app = await handledCase(d, user, param(c, "id"));
      const all = oversees(user);
      const items = await readableItems(d, app, await itemsOf(app), user);
      await auditAccess(d, c, user, app.id, "view_case", items.map((it) => `item:${it.item}`));
      const view: CaseItemsView = { applicationId: app.id, ...(app.caseNo ? { caseNo: app.caseNo } : {}), ...(all ? {} : { department: user.department! }), items };
      return c.json(view);
    }),
    route("GET", "/api/applications/:id/items/:item", READERS, async (c, u) => {
      const user = must(u);
      const app = await handledCase(d, user, param(c, "id"));
      const id = param(c, "item");
      const items = await itemsOf(app);
      const readable = await readableItems(d, app, items, user);
      const it = readable.find((x) => x.item === id) ?? items.find((x) => x.item === id);
      if (!it) {
        const own = readable;
        const list = say(own.map((x) => `${x.item}（${x.name}）`).join("、") || "无", own.map((x) => `${x.item} (${x.name})`).join(", ") || "none");
        const whose = oversees(user) ? say("本案的事项", "the case's items") : say("本部门在本案的事项", "your department's items in it");
        throw new HttpError(404, "not_found", say(`本案没有事项「${id.slice(0, 64)}」；${whose.zh}：${list.zh}`, `This case has no item "${id.slice(0, 64)}"; ${whose.en}: ${list.en}`));
      }
      if (!readable.includes(it)) {
        throw new HttpError(403, "forbidden", say(`事项「${it.name}」由${it.deptName}办理，只有该部门的人员可以查看它的表单数据`, `The item "${it.name}" is handled by ${it.deptName}; only that department's staff may read its form data`));
      }
      await auditAccess(d, c, user, app.id, "view_case", [`item:${it.item}`]);
      return c.json(it);
    }),
  ];
}
