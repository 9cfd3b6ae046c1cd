// Catalogue search over thousands of items: the text terms and filters of spec/catalogue/search.ts as SQL, facet
// counts from ONE grouped query (each facet counted under the other filters, in facetCounts), then one page of rows
// in pinyin, code or last-change order. Two queries a search, whatever the filters.
import { sql, type SQL } from "drizzle-orm";
import type { CatalogueListView } from "../../spec/catalogue/api.js";
import type { CatalogueEntry } from "../../spec/catalogue/record.js";
import { facetCounts, pageCount, pageWindow, type CatalogueQuery, type FacetRow } from "../../spec/catalogue/search.js";
import type { Queryable } from "../db/database.js";
import { fromJson } from "../util.js";
import type { ItemRow } from "./store.js";
import { usageIndex, type UsageIndex } from "./usage.js";

/** Escapes LIKE wildcards of a user's term (the pattern uses \ as its escape character). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every term must be found in the name, the 实施编码, the department name or (letters and digits) the pinyin initials. */
export function termsCondition(terms: string[], cols = { name: sql`name`, code: sql`code`, dept: sql`dept_name`, initials: sql`name_initials` }): SQL {
  if (!terms.length) return sql`1 = 1`;
  return sql.join(terms.map((t) => {
    const p = likePattern(t);
    const initials = /^[a-z0-9]+$/.test(t) ? sql` OR ${cols.initials} LIKE ${p} ESCAPE '\\'` : sql``;
    return sql`(LOWER(${cols.name}) LIKE ${p} ESCAPE '\\' OR LOWER(COALESCE(${cols.code}, '')) LIKE ${p} ESCAPE '\\' OR LOWER(${cols.dept}) LIKE ${p} ESCAPE '\\'${initials})`;
  }), sql` AND `);
}

const inList = (col: SQL, values: readonly string[]): SQL => sql`${col} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

/** The SQL of every filter of a query (the same rules facetCounts applies to grouped rows). */
function filterConditions(query: CatalogueQuery, usage: UsageIndex): SQL[] {
  const out: SQL[] = [termsCondition(query.terms)];
  if (query.department.length) out.push(inList(sql`department`, query.department));
  if (query.task_type.length) out.push(inList(sql`task_type`, query.task_type));
  if (query.online_level.length) out.push(inList(sql`online_level`, query.online_level));
  if (query.cross_scope.length) out.push(inList(sql`cross_scope`, query.cross_scope));
  if (query.origin.length) out.push(inList(sql`origin`, query.origin));
  if (query.serve_type.length) out.push(sql`(${sql.join(query.serve_type.map((s) => sql`serve_type LIKE ${`%"${s}"%`}`), sql` OR `)})`);
  if (query.hasForm !== undefined) out.push(sql`has_form = ${query.hasForm ? 1 : 0}`);
  if (query.published !== undefined) out.push(query.published ? sql`latest_version IS NOT NULL` : sql`latest_version IS NULL`);
  if (query.usedBy !== undefined) {
    const ids = [...(usage.bundles.get(query.usedBy)?.items ?? [])];
    out.push(ids.length ? inList(sql`id`, ids) : sql`1 = 0`);
  }
  return out;
}

/** Grouped counts of the rows matching the text terms, one group per combination of facet values. */
async function facetRows(q: Queryable, query: CatalogueQuery, usage: UsageIndex): Promise<FacetRow[]> {
  const used = [...usage.byItem.keys()];
  const usedCol = used.length ? sql`CASE WHEN ${inList(sql`id`, used)} THEN id ELSE '' END` : sql`''`;
  const rows = await q.all<{ department: string; task_type: string | null; serve_type: string; online_level: string | null; cross_scope: string | null; origin: string; has_form: unknown; published: unknown; used_id: string; n: unknown }>(
    sql`SELECT department, task_type, serve_type, online_level, cross_scope, origin, has_form, published, used_id, COUNT(*) AS n
      FROM (SELECT department, task_type, serve_type, online_level, cross_scope, origin, has_form,
        CASE WHEN latest_version IS NULL THEN 0 ELSE 1 END AS published, ${usedCol} AS used_id
        FROM catalogue_items WHERE ${termsCondition(query.terms)}) s
      GROUP BY department, task_type, serve_type, online_level, cross_scope, origin, has_form, published, used_id`);
  return rows.map((r) => ({
    department: r.department, task_type: r.task_type, serve_type: fromJson<string[]>(r.serve_type), online_level: r.online_level, cross_scope: r.cross_scope,
    origin: r.origin, has_form: Number(r.has_form) === 1, published: Number(r.published) === 1,
    usedBy: r.used_id ? (usage.byItem.get(r.used_id) ?? []).map((u) => u.key) : [], count: Number(r.n),
  }));
}

const ORDERS: Record<CatalogueQuery["sort"], SQL> = {
  name: sql`i.name_initials, i.name, i.id`,
  code: sql`CASE WHEN i.code IS NULL THEN 1 ELSE 0 END, i.code, i.id`,
  updated: sql`i.draft_updated_at DESC, i.id`,
};

type PageRow = ItemRow & { latest_published_at: string | null };

/** A catalogue row as the list shows it. */
export function toEntry(r: ItemRow & { latest_published_at?: string | null }, usage: UsageIndex): CatalogueEntry {
  const latestPublishedAt = r.latest_published_at ?? null;
  return {
    id: r.id, code: r.code, name: r.name, department: r.department, deptName: r.dept_name, taskType: r.task_type,
    serveType: fromJson<string[]>(r.serve_type), onlineLevel: r.online_level, crossScope: r.cross_scope, hasForm: Number(r.has_form) === 1,
    origin: r.origin, latestVersion: r.latest_version === null ? null : Number(r.latest_version), latestPublishedAt,
    draftUpdatedAt: r.draft_updated_at, draftUpdatedBy: r.draft_updated_by,
    unpublishedChanges: latestPublishedAt === null || r.draft_updated_at > latestPublishedAt,
    usedBy: (usage.byItem.get(r.id) ?? []).map((u) => ({ key: u.key, title: u.title })),
  };
}

/** One page of the catalogue for a checked query, with the total and the facet counts. */
export async function searchCatalogue(db: Queryable, query: CatalogueQuery): Promise<CatalogueListView> {
  const usage = await usageIndex(db);
  const { total, facets } = facetCounts(await facetRows(db, query, usage), query);
  const { offset, limit } = pageWindow(query.page, query.pageSize);
  const where = sql.join(filterConditions(query, usage).map((c) => sql`(${c})`), sql` AND `);
  const rows = offset >= total ? [] : await db.all<PageRow>(sql`SELECT i.*, v.published_at AS latest_published_at FROM
    (SELECT * FROM catalogue_items WHERE ${where}) i LEFT JOIN catalogue_item_versions v ON v.item_id = i.id AND v.version = i.latest_version
    ORDER BY ${ORDERS[query.sort]} LIMIT ${limit} OFFSET ${offset}`);
  const deptIds = facets.department.map((f) => f.value);
  const names = deptIds.length ? await db.all<{ id: string; name: string }>(sql`SELECT id, name FROM departments WHERE ${inList(sql`id`, deptIds)}`) : [];
  return {
    items: rows.map((r) => toEntry(r, usage)), total, page: query.page, pageSize: query.pageSize, pages: pageCount(total, query.pageSize), facets,
    labels: {
      department: Object.fromEntries(names.map((n) => [n.id, n.name])),
      usedBy: Object.fromEntries([...usage.bundles].map(([k, b]) => [k, b.title])),
    },
  };
}
