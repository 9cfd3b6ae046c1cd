// Exporting the catalogue: the drafts matching the list's filters (every match, not one page), as our JSON catalogue
// file or as the .xlsx workbook catalogue offices exchange; and the blank import template. Both files import back
// unchanged (export → import reports every item "unchanged").
import { sql } from "drizzle-orm";
import { catalogueFile } from "../../../spec/catalogue/import.js";
import type { ItemDraft } from "../../../spec/catalogue/record.js";
import { templateSheets, writeSheets } from "../../../spec/catalogue/rows.js";
import type { CatalogueQuery } from "../../../spec/catalogue/search.js";
import type { Queryable } from "../../db/database.js";
import { fromJson, iso } from "../../util.js";
import { filterConditions } from "../search.js";
import { usageIndex } from "../usage.js";
import { writeWorkbook } from "./xlsx.js";

/** Every draft matching a query's filters, in pinyin order. */
export async function exportDrafts(q: Queryable, query: CatalogueQuery): Promise<ItemDraft[]> {
  const usage = await usageIndex(q);
  const where = sql.join(filterConditions(query, usage).map((c) => sql`(${c})`), sql` AND `);
  const rows = await q.all<{ draft: string }>(sql`SELECT draft FROM catalogue_items WHERE ${where} ORDER BY name_initials, name, id`);
  return rows.map((r) => fromJson<ItemDraft>(r.draft));
}

/** The date of a file name, Beijing time (20261203). */
export function fileDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, "");
}

/** The JSON catalogue file of some drafts. */
export function exportJson(drafts: ItemDraft[], now: Date): string {
  return JSON.stringify(catalogueFile(drafts, iso(now)), null, 1);
}

/** The .xlsx workbook of some drafts. */
export function exportXlsx(drafts: ItemDraft[]): Promise<Buffer> {
  return writeWorkbook(writeSheets(drafts as unknown as Array<Record<string, unknown>>));
}

/** The blank import template: every sheet with its element-name headers, the notes row and drop-down lists. */
export function templateXlsx(): Promise<Buffer> {
  return writeWorkbook(templateSheets());
}
