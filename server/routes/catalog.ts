// The applicant catalog (published versions only) and the department registry.
import { sql } from "drizzle-orm";
import type { CatalogEntry, PublishedBundle } from "../../spec/api.js";
import { HttpError, notFound, THE } from "../errors.js";
import { getPublished, isArchived, listLatestPublished, type Published } from "../store/bundles.js";
import { intParam, param, route, type Deps, type RouteDef } from "./route.js";
import { say } from "../messages.js";
import { registryDepartments } from "../catalogue/departments.js";
import { publishedGuideIds } from "../catalogue/guides.js";
import type { Queryable } from "../db/database.js";

let aliasesById: Map<string, string[]> | undefined;
/** The other names a registry department goes by in the district's item lists (区人社局 for 人力资源和社会保障局). */
const aliasesOf = (id: string): string[] | undefined =>
  (aliasesById ??= new Map(registryDepartments().map((d) => [d.id, d.aliases ?? []]))).get(id);

/** A published version as the apps read it, with the items whose service guide can be linked. */
const publishedBundle = async (q: Queryable, p: Published): Promise<PublishedBundle> => ({
  key: p.key, version: p.version, publishedAt: p.publishedAt, spec: p.spec, guides: await publishedGuideIds(q, p.spec.items.map((it) => it.id)),
});

/** Routes of /api/catalog and /api/departments. */
export function catalogRoutes(d: Deps): RouteDef[] {
  return [
    route("GET", "/api/departments", "anyone", async (c) => {
      const rows = await d.db.all<{ id: string; name: string; name_en: string }>(sql`SELECT id, name, name_en FROM departments ORDER BY id`);
      return c.json({ departments: rows.map((r) => {
        const aliases = aliasesOf(r.id)?.filter((a) => a !== r.name);
        return { id: r.id, name: r.name, nameEn: r.name_en, ...(aliases?.length ? { aliases } : {}) };
      }) });
    }),
    route("GET", "/api/catalog", "anyone", async (c) => {
      const bundles: CatalogEntry[] = (await listLatestPublished(d.db)).map(({ spec, version }) => ({
        key: spec.key, title: spec.title, category: spec.category, summary: spec.summary, audience: spec.audience, version,
        itemCount: spec.items.length, lead: spec.lead,
      }));
      return c.json({ bundles });
    }),
    route("GET", "/api/catalog/:key", "anyone", async (c) => {
      const p = await getPublished(d.db, param(c, "key"));
      if (!p) throw notFound(THE.item);
      if (await isArchived(d.db, p.key)) throw new HttpError(404, "not_found", say("该事项已停止受理新的申请", "This service no longer accepts new applications"));
      return c.json(await publishedBundle(d.db, p));
    }),
    route("GET", "/api/catalog/:key/versions/:v", "anyone", async (c) => {
      const p = await getPublished(d.db, param(c, "key"), intParam(c, "v"));
      if (!p) throw notFound(THE.version);
      return c.json(await publishedBundle(d.db, p));
    }),
    route("GET", "/api/health", "anyone", async (c) => {
      await d.db.get(sql`SELECT 1 AS ok`);
      return c.json({ ok: true, database: d.db.dialect });
    }),
  ];
}
