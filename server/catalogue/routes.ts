// Routes of the item catalogue (/api/items, docs/catalogue.md) and the public service guides (/api/guides/items).
// Staff search every item; the owning department's designers and admins create, edit and publish. Import and
// export (/api/items/import, /export, /import-template.xlsx) live in server/catalogue/io/ and are registered first.
import type { Context } from "hono";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { CatalogueItemView, ItemVersionView, PublishItemResult } from "../../spec/catalogue/api.js";
import { parseCatalogueQuery, type CatalogueQuery } from "../../spec/catalogue/search.js";
import type { Queryable } from "../db/database.js";
import { badRequest, notFound, THE } from "../errors.js";
import { requestLang, say, zodSay, type ServerLang } from "../messages.js";
import type { User } from "../store/users.js";
import { body, intParam, jsonBody, must, param, route, type AppEnv, type Deps, type RouteDef } from "../routes/route.js";
import { assertCanEdit, permissionsIn } from "./access.js";
import { guideItem, guideSituation, listGuides } from "./guides.js";
import { searchCatalogue, toEntry } from "./search.js";
import { createDraft, departmentName, getItemRow, getVersion, listItemVersions, parseDraft, publishItem, rowDraft, saveDraft } from "./store.js";
import { usageIndex } from "./usage.js";
import { deleteCatalogueItem } from "./delete.js";

const PublishBody = z.object({
  changeSummary: z.string().trim().min(1, zodSay("请填写本次发布的修改说明", "Enter a summary of what this version changes")).max(500, zodSay("修改说明最多 500 个字", "The change summary has at most 500 characters")),
});
const langOf = (c: Context<AppEnv>) => requestLang(c.req.header("accept-language"));

/** The checked query of a request's search parameters; 400 naming every bad parameter. */
export function queryOf(c: Context<AppEnv>, allowed?: readonly string[]): CatalogueQuery {
  const params = [...new URL(c.req.url).searchParams];
  const refused = allowed ? [...new Set(params.map(([k]) => k))].filter((k) => !allowed.includes(k)) : [];
  const r = parseCatalogueQuery(params.filter(([k]) => !refused.includes(k)));
  const problems = [...refused.map((k) => ({ pointer: `/${k}`, message: say(`不认识的查询参数「${k}」，可用：${allowed!.join("、")}`, `Unknown query parameter "${k}"; use one of: ${allowed!.join(", ")}`) })), ...(r.ok ? [] : r.problems)];
  if (!r.ok || problems.length) throw badRequest("invalid_request", say("查询参数不合法", "The query parameters are not valid"), problems);
  return r.query;
}

/** Everything the item page shows: the row, the draft, the versions, where it is used and what the caller may do. */
export async function itemView(q: Queryable, id: string, user: User, lang: ServerLang): Promise<CatalogueItemView> {
  const row = await getItemRow(q, id);
  if (!row) throw notFound(THE.item);
  const usage = await usageIndex(q);
  const versions = await listItemVersions(q, id);
  const entry = toEntry({ ...row, latest_published_at: versions[0]?.publishedAt ?? null }, usage);
  return { entry, draft: rowDraft(row), versions, usedBy: usage.byItem.get(id) ?? [], permissions: permissionsIn(lang, user, row.department, row.dept_name) };
}

/** Routes of /api/items and /api/guides/items. */
export function catalogueItemRoutes(d: Deps): RouteDef[] {
  const staff: ["designer", "admin"] = ["designer", "admin"];
  const now = () => d.clock.now();
  return [
    route("GET", "/api/items", staff, async (c) => c.json(await searchCatalogue(d.db, queryOf(c)))),
    route("POST", "/api/items", staff, async (c, u) => {
      const user = must(u);
      const draft = parseDraft(await jsonBody(c));
      const view = await d.db.tx(async (q) => {
        assertCanEdit(user, draft.department, await departmentName(q, draft.department));
        await createDraft(q, draft, "editor", { by: user.displayName, now: now() });
        return itemView(q, draft.id, user, langOf(c));
      });
      return c.json(view, 201);
    }),
    route("GET", "/api/items/:id", staff, async (c, u) => c.json(await itemView(d.db, param(c, "id"), must(u), langOf(c)))),
    route("PUT", "/api/items/:id/draft", staff, async (c, u) => {
      const user = must(u);
      const id = param(c, "id");
      const draft = parseDraft(await jsonBody(c));
      const view = await d.db.tx(async (q) => {
        const row = await getItemRow(q, id);
        if (!row) throw notFound(THE.item);
        assertCanEdit(user, row.department, row.dept_name);
        if (draft.department !== row.department) assertCanEdit(user, draft.department, await departmentName(q, draft.department));
        await saveDraft(q, id, draft, { by: user.displayName, now: now() });
        return itemView(q, id, user, langOf(c));
      });
      return c.json(view);
    }),
    route("POST", "/api/items/:id/publish", staff, async (c, u) => {
      const user = must(u);
      const id = param(c, "id");
      const req = await body(c, PublishBody);
      const result: PublishItemResult = await d.db.tx(async (q) => {
        const row = await getItemRow(q, id);
        if (!row) throw notFound(THE.item);
        assertCanEdit(user, row.department, row.dept_name);
        const p = await publishItem(q, id, req.changeSummary, { by: user.displayName, now: now() });
        return { id, version: p.version, publishedAt: p.publishedAt };
      });
      return c.json(result, 201);
    }),
    route("DELETE", "/api/items/:id", staff, async (c, u) => c.json(await d.db.tx((q) => deleteCatalogueItem(q, param(c, "id"), must(u))))),
    route("GET", "/api/items/:id/versions", staff, async (c) => {
      const id = param(c, "id");
      if (!(await d.db.get(sql`SELECT id FROM catalogue_items WHERE id = ${id}`))) throw notFound(THE.item);
      return c.json({ versions: await listItemVersions(d.db, id) });
    }),
    route("GET", "/api/items/:id/versions/:v", staff, async (c) => {
      const v = await getVersion(d.db, param(c, "id"), intParam(c, "v"));
      if (!v) throw notFound(THE.version);
      const view: ItemVersionView = v;
      return c.json(view);
    }),
    route("GET", "/api/guides/items", "anyone", async (c) => c.json(await listGuides(d.db, queryOf(c, ["q", "department", "task_type", "page", "pageSize"])))),
    route("GET", "/api/guides/items/:id", "anyone", async (c) => c.json(await guideItem(d.db, param(c, "id")))),
    route("GET", "/api/guides/items/:id/situations/:sid", "anyone", async (c) => c.json(await guideSituation(d.db, param(c, "id"), param(c, "sid")))),
  ];
}
