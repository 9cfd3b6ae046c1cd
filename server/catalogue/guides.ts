// Public service guides (办事指南) from the catalogue: the latest published version of every item, listed and searched
// by its published name, code and department (never by an unpublished draft), and one item or situation per page.
import { sql } from "drizzle-orm";
import { usageIndex } from "./usage.js";
import type { GuideItemEntry, GuideItemView, GuideListView, GuideSituationView } from "../../spec/catalogue/api.js";
import { pageCount, pageWindow, type CatalogueQuery } from "../../spec/catalogue/search.js";
import { effectiveSituation } from "../../spec/catalogue/situation.js";
import type { Item } from "../../spec/item.js";
import type { Queryable } from "../db/database.js";
import { notFound, THE } from "../errors.js";
import { say } from "../messages.js";
import { fromJson } from "../util.js";
import { termsCondition } from "./search.js";
import { getVersion } from "./store.js";

const inList = (col: ReturnType<typeof sql>, values: readonly string[]) => sql`${col} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

/** One page of published items matching the text, departments and item types of a query. */
export async function listGuides(q: Queryable, query: CatalogueQuery): Promise<GuideListView> {
  const conds = [termsCondition(query.terms, sql`v.search_text`)];
  if (query.department.length) conds.push(inList(sql`v.department`, query.department));
  if (query.task_type.length) conds.push(inList(sql`v.task_type`, query.task_type));
  const where = sql.join(conds.map((c) => sql`(${c})`), sql` AND `);
  const from = sql`FROM catalogue_items i JOIN catalogue_item_versions v ON v.item_id = i.id AND v.version = i.latest_version WHERE ${where}`;
  const count = await q.get<{ n: unknown }>(sql`SELECT COUNT(*) AS n ${from}`);
  const total = Number(count?.n ?? 0);
  const { offset, limit } = pageWindow(query.page, query.pageSize);
  const rows = offset >= total ? [] : await q.all<{ item_id: string; version: number; spec: string; published_at: string; dept_name: string }>(
    sql`SELECT v.item_id, v.version, v.spec, v.published_at, v.dept_name ${from} ORDER BY v.name_initials, v.name, v.item_id LIMIT ${limit} OFFSET ${offset}`);
  const items: GuideItemEntry[] = rows.map((r) => {
    const item = fromJson<Item>(r.spec);
    return {
      id: r.item_id, name: item.task_name, code: item.task_code ?? null, department: item.department, deptName: r.dept_name, taskType: item.task_type,
      version: Number(r.version), publishedAt: r.published_at, situations: item.situations.map((s) => ({ id: s.id, title: s.title })),
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize, pages: pageCount(total, query.pageSize) };
}

/** Which of these item ids have a published guide (the catalogue holds a published version): a one-thing links only
 *  those, never to the missing guide of an item imported without a form or embedded in the one-thing (tryout #26). */
export async function publishedGuideIds(q: Queryable, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await q.all<{ id: string }>(sql`SELECT id FROM catalogue_items WHERE latest_version IS NOT NULL AND ${inList(sql`id`, ids)}`);
  const found = new Set(rows.map((r) => r.id));
  return ids.filter((id) => found.has(id));
}

/** The guide of an item: its latest published version; 404 when it was never published. */
export async function guideItem(q: Queryable, id: string): Promise<GuideItemView> {
  const row = await q.get<{ latest_version: number | null }>(sql`SELECT latest_version FROM catalogue_items WHERE id = ${id}`);
  const v = row && row.latest_version !== null ? await getVersion(q, id, Number(row.latest_version)) : undefined;
  if (!v) throw notFound(THE.guide);
  const dept = await q.get<{ name: string }>(sql`SELECT name FROM departments WHERE id = ${v.spec.department}`);
  const usedIn = ((await usageIndex(q)).byItem.get(id) ?? []).filter((u) => u.pinned !== null && !u.archived).map((u) => ({ key: u.key, title: u.title }));
  return { id, version: v.version, publishedAt: v.publishedAt, item: v.spec, departmentName: dept?.name ?? v.spec.dept_name, usedIn };
}

/** The guide of one situation of an item: the item with the situation's conditions, materials, limits and fees. */
export async function guideSituation(q: Queryable, id: string, situationId: string): Promise<GuideSituationView> {
  const g = await guideItem(q, id);
  const effective = effectiveSituation(g.item, situationId);
  if (!effective) throw notFound(say(`情形「${situationId}」`, `Situation "${situationId}"`));
  return { ...g, effective };
}
