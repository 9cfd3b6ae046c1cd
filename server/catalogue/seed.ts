// The catalogue's first-start data: the built-in template items published as version 1, and a real district's item
// list (广安区, 1,135 items in district/catalogue-guangan.json) as drafts without forms, with its 34 departments as
// ga-<pinyin initials>. Only what is missing is written (a restart costs two small queries), on SQLite and PostgreSQL.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { ItemDraft } from "../../spec/catalogue/record.js";
import type { Item } from "../../spec/item.js";
import { validateItem } from "../../spec/spec-validation.js";
import { zhOf } from "../../spec/bilingual.js";
import type { Database, Queryable } from "../db/database.js";
import type { Logger } from "../log.js";
import { bumpRevision, createDraft, insertDrafts, publishItem } from "./store.js";
import { districtDepartments, mergeAliasedDepartments, registryDepartments, type RegistryDepartment } from "./departments.js";

export { districtDepartments, type DistrictDepartment, type RegistryDepartment } from "./departments.js";

/** The district list shipped with yijian. */
export const DISTRICT_FILE = fileURLToPath(new URL("./district/catalogue-guangan.json", import.meta.url));

/** One row of the district list as the file holds it. */
export interface DistrictItem { department: string; group: string; name: string; itemCode: string; taskType: string; deptCode: string; areaCode: string }

/** Reads the district list. */
export function readDistrictItems(file = DISTRICT_FILE): DistrictItem[] {
  return (JSON.parse(readFileSync(file, "utf8")) as { items: DistrictItem[] }).items;
}

const USCC = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The draft of one district item: name, 实施编码, 事项类型 (two-digit code), department; no form. */
export function districtDraft(item: DistrictItem, department: string): ItemDraft {
  const draft: ItemDraft = {
    id: `ga-${item.itemCode.toLowerCase()}`.slice(0, 64), task_name: item.name.trim(), task_code: item.itemCode, department, dept_name: item.department,
    task_type: item.taskType.padStart(2, "0") as ItemDraft["task_type"], use_level: "4",
  };
  // The list's department codes are not all 18-character credit codes: only real ones become 实施主体编码.
  if (USCC.test(item.deptCode)) draft.dept_code = item.deptCode;
  return draft;
}

/** Inserts the district's own departments and every missing district item (many rows a statement), the items of a
 * department the registry already has (by alias) under its id; returns the items added. */
export async function seedDistrictCatalogue(db: Database, now: Date, file = DISTRICT_FILE, registry?: RegistryDepartment[], log?: Logger): Promise<number> {
  if (!existsSync(file)) return 0;
  const items = readDistrictItems(file);
  const depts = districtDepartments(items, registry);
  const merged = await db.tx(async (q) => {
    const n = await mergeAliasedDepartments(q, depts, log);
    if (n) await bumpRevision(q);
    return n;
  });
  if (merged) log?.info(`catalogue: ${merged} district departments merged into the registry departments they duplicate`);
  const have = await db.get<{ n: unknown }>(sql`SELECT COUNT(*) AS n FROM catalogue_items WHERE origin = 'seed-district'`);
  if (Number(have?.n ?? 0) >= items.length) return 0;
  const idOf = new Map(depts.map((d) => [d.name, d.id]));
  return db.tx(async (q) => {
    for (const d of depts.filter((x) => !x.alias)) await q.run(sql`INSERT INTO departments (id, name, name_en) VALUES (${d.id}, ${d.name}, ${d.nameEn}) ON CONFLICT (id) DO NOTHING`);
    const rows = items.map((it) => ({ draft: districtDraft(it, idOf.get(it.department)!), deptName: it.department }));
    return insertDrafts(q, rows, "seed-district", { by: "system", now });
  });
}

/** Puts built-in items into the catalogue and publishes each as version 1 (skipping items already there); returns how many were published. */
export async function publishTemplateItems(q: Queryable, items: Item[], by: string, now: Date): Promise<number> {
  if (!items.length) return 0;
  const known = new Map((await q.all<{ id: string; latest_version: unknown }>(sql`SELECT id, latest_version FROM catalogue_items WHERE id IN (${sql.join(items.map((i) => sql`${i.id}`), sql`, `)})`))
    .map((r) => [r.id, r.latest_version]));
  let published = 0;
  for (const item of items) {
    if (known.has(item.id) && known.get(item.id) !== null) continue;
    if (!known.has(item.id)) await createDraft(q, item as unknown as ItemDraft, "template", { by, now });
    await publishItem(q, item.id, "内置模板事项", { by, now });
    published++;
  }
  return published;
}

function readItems(dir: string): unknown[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown);
}

/** Every built-in item once: templates/catalogue/items/ first, then the items the one-thing templates embed (by id). */
export function templateItems(templatesDir: string, log?: Logger): Item[] {
  const raw = [...readItems(join(templatesDir, "catalogue", "items"))];
  if (existsSync(templatesDir)) {
    for (const name of readdirSync(templatesDir).sort()) {
      if (name !== "catalogue" && statSync(join(templatesDir, name)).isDirectory()) raw.push(...readItems(join(templatesDir, name, "items")));
    }
  }
  const out = new Map<string, Item>();
  for (const doc of raw) {
    const r = validateItem(doc);
    if (!r.ok) {
      log?.error(`built-in item "${String((doc as { id?: unknown })?.id)}" is invalid and was NOT added to the catalogue:\n` + r.problems.map((p) => `  ${p.pointer}: ${zhOf(p.message)}`).join("\n"));
      continue;
    }
    if (!out.has(r.value.id)) out.set(r.value.id, r.value);
  }
  return [...out.values()];
}

/** Seeds the catalogue (template items, then the district list); logs what it added. */
export async function seedCatalogue(db: Database, log: Logger, now: Date, templatesDir: string): Promise<{ published: number; district: number }> {
  const items = templateItems(templatesDir, log);
  let published = 0;
  try {
    published = await db.tx((q) => publishTemplateItems(q, items, "system", now));
  } catch (err) {
    log.error("built-in items could NOT be added to the catalogue", err);
  }
  let district = 0;
  try {
    district = await seedDistrictCatalogue(db, now, DISTRICT_FILE, registryDepartments(templatesDir), log);
  } catch (err) {
    log.error("the district item list could NOT be added to the catalogue", err);
  }
  if (published || district) log.info(`catalogue: published ${published} built-in items, added ${district} district items`);
  return { published, district };
}
