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
import { BUNDLES_FINGERPRINT, usageIndex, type UsageIndex } from "./usage.js";

/** Escapes LIKE wildcards of a user's term (the pattern uses \ as its escape character). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every term must be found in the name, the 实施编码, the department name or the pinyin initials (one column, searchText). */
export function termsCondition(terms: string[], col: SQL = sql`search_text`): SQL {
  if (!terms.length) return sql`1 = 1`;
  return sql.join(terms.map((t) => sql`${col} LIKE ${likePattern(t)} ESCAPE '\\'`), sql` AND `);
}

const inList = (col: SQL, values: readonly string[]): SQL => sql`${col} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

/** The SQL of every filter of a query (the same rules facetCounts applies to grouped rows). */
export function filterConditions(query: CatalogueQuery, usage: UsageIndex): SQL[] {
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

type GroupRow = { department: string; task_type: string | null; serve_type: string; online_level: string | null; cross_scope: string | null; origin: string; has_form: unknown; latest_version: unknown; n: unknown; id?: string };

const groupKey = (r: GroupRow) => [r.department, r.task_type, r.serve_type, r.online_level, r.cross_scope, r.origin, Number(r.has_form), r.latest_version === null ? 0 : 1].join("\u0001");

function facetRow(r: GroupRow, count: number, usedBy: string[]): FacetRow {
  return {
    department: r.department, task_type: r.task_type, serve_type: fromJson<string[]>(r.serve_type), online_level: r.online_level, cross_scope: r.cross_scope,
    origin: r.origin, has_form: Number(r.has_form) === 1, published: r.latest_version !== null, usedBy, count,
  };
}

/** Grouped counts of the rows matching the text terms (one group per combination of facet values; the GROUP BY walks
 * the covering catalogue_items_facets_idx in order), with the few items one-things use split out to carry their users. */
async function facetRows(q: Queryable, query: CatalogueQuery, usage: UsageIndex): Promise<FacetRow[]> {
  const terms = termsCondition(query.terms);
  const cols = sql`department, task_type, serve_type, online_level, cross_scope, origin, has_form, latest_version`;
  const groups = await q.all<GroupRow>(sql`SELECT ${cols}, COUNT(*) AS n FROM catalogue_items WHERE ${terms} GROUP BY ${cols}`);
  const used = [...usage.byItem.keys()];
  const usedRows = used.length ? await q.all<GroupRow>(sql`SELECT id, ${cols}, 1 AS n FROM catalogue_items WHERE ${inList(sql`id`, used)} AND (${terms})`) : [];
  const merged = new Map<string, { row: GroupRow; count: number }>();
  for (const r of groups) {
    const k = groupKey(r);
    const m = merged.get(k);
    if (m) m.count += Number(r.n); else merged.set(k, { row: r, count: Number(r.n) });
  }
  for (const r of usedRows) merged.get(groupKey(r))!.count -= 1;
  return [
    ...[...merged.values()].filter((m) => m.count > 0).map((m) => facetRow(m.row, m.count, [])),
    ...usedRows.map((r) => facetRow(r, 1, (usage.byItem.get(r.id!) ?? []).map((u) => u.key))),
  ];
}

// Grouped rows of recent text queries per database, valid while the catalogue revision and the bundles are unchanged:
// clicking filters and pages re-counts in memory, and a new term or any write reads the index again.
const facetCache = new WeakMap<object, Map<string, FacetRow[]>>();

async function cachedFacetRows(db: Queryable, query: CatalogueQuery, usage: UsageIndex, revision: string): Promise<FacetRow[]> {
  let perDb = facetCache.get(db);
  if (!perDb) facetCache.set(db, (perDb = new Map()));
  const key = `${revision}\u0000${query.terms.join("\u0000")}`;
  const hit = perDb.get(key);
  if (hit) return hit;
  const rows = await facetRows(db, query, usage);
  if (perDb.size >= 200) perDb.delete(perDb.keys().next().value!);
  perDb.set(key, rows);
  return rows;
}

const ORDERS: Record<CatalogueQuery["sort"], SQL> = {
  name: sql`i.name_initials, i.name, i.id`,
  code: sql`CASE WHEN i.code IS NULL THEN 1 ELSE 0 END, i.code, i.id`,
  updated: sql`i.draft_updated_at DESC, i.id DESC`,
};

type PageRow = Omit<ItemRow, "draft" | "search_text"> & { latest_published_at: string | null };

/** The columns a list row shows (never the draft document). */
const ENTRY_COLUMNS = sql`i.id, i.code, i.department, i.name, i.name_initials, i.dept_name, i.task_type, i.serve_type, i.online_level, i.cross_scope,
  i.has_form, i.origin, i.draft_updated_at, i.draft_updated_by, i.latest_version, i.created_at`;

/** A catalogue row as the list shows it. */
export function toEntry(r: Omit<ItemRow, "draft" | "search_text"> & { latest_published_at?: string | null }, usage: UsageIndex): CatalogueEntry {
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
  const fp = await db.get<{ rev: unknown; bundles: unknown }>(sql`SELECT (SELECT rev FROM catalogue_revision WHERE id = 'catalogue') AS rev, ${BUNDLES_FINGERPRINT} AS bundles`);
  const usage = await usageIndex(db, String(fp?.bundles));
  const { total, facets } = facetCounts(await cachedFacetRows(db, query, usage, `${String(fp?.rev)}|${String(fp?.bundles)}`), query);
  const { offset, limit } = pageWindow(query.page, query.pageSize);
  const where = sql.join(filterConditions(query, usage).map((c) => sql`(${c})`), sql` AND `);
  // The page's ids first (narrow rows, in an index's order), then those rows with their latest publish time.
  const ids = offset >= total ? [] : (await db.all<{ id: string }>(sql`SELECT i.id FROM catalogue_items i WHERE ${where}
    ORDER BY ${ORDERS[query.sort]} LIMIT ${limit} OFFSET ${offset}`)).map((r) => r.id);
  const found = ids.length ? await db.all<PageRow>(sql`SELECT ${ENTRY_COLUMNS}, v.published_at AS latest_published_at FROM catalogue_items i
    LEFT JOIN catalogue_item_versions v ON v.item_id = i.id AND v.version = i.latest_version WHERE ${inList(sql`i.id`, ids)}`) : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = ids.map((id) => byId.get(id)!).filter(Boolean);
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
