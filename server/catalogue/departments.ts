// One department registry for the template one-things and the seeded district catalogue: templates/departments.json
// lists each registry department with the names a district's item list gives it (aliases: 区人社局 is the district's
// 人力资源和社会保障局), so the district's items of that department belong to the registry department — one entry in
// /api/departments and the pickers, owned by its designer-<id> account — and only the district's other departments
// join the registry, as ga-<pinyin initials>. A database seeded before the aliases has its items moved over once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { nameInitials, namePinyin } from "../../spec/catalogue/pinyin.js";
import { TEMPLATES_DIR } from "../../templates/load.js";
import type { Queryable } from "../db/database.js";
import type { Logger } from "../log.js";
import { fromJson } from "../util.js";

/** A department of the registry, with the names district item lists use for it. */
export interface RegistryDepartment { id: string; name: string; nameEn: string; aliases?: string[] }

/** A district department by the name the district list gives it: its registry id (a registry department's when the
 * name is an alias), and the ga- id it would have on its own (what databases seeded before the alias hold). */
export interface DistrictDepartment { id: string; name: string; nameEn: string; alias: boolean; ownId: string }

/** The registry departments of the templates (templates/departments.json). */
export function registryDepartments(dir = TEMPLATES_DIR): RegistryDepartment[] {
  return (JSON.parse(readFileSync(join(dir, "departments.json"), "utf8")) as { departments: RegistryDepartment[] }).departments;
}

/** The departments of a district list: aliased names map to their registry department, the others are ga-<initials>
 * (区经信局 → ga-qjxj), a digit added when two share initials (counted over every name, so ids never shift). */
export function districtDepartments(items: Array<{ department: string }>, registry: RegistryDepartment[] = registryDepartments()): DistrictDepartment[] {
  const byAlias = new Map(registry.flatMap((d) => (d.aliases ?? []).map((a) => [a, d] as const)));
  const names = [...new Set(items.map((i) => i.department))].sort();
  const taken = new Map<string, number>();
  return names.map((name) => {
    const base = `ga-${nameInitials(name) || "dept"}`;
    const n = (taken.get(base) ?? 0) + 1;
    taken.set(base, n);
    const ownId = n === 1 ? base : `${base}${n}`;
    const reg = byAlias.get(name);
    return reg ? { id: reg.id, name, nameEn: reg.nameEn, alias: true, ownId } : { id: ownId, name, nameEn: `${namePinyin(name)} (Guang'an District)`, alias: false, ownId };
  });
}

/** Whether anything but unpublished catalogue drafts refers to a department id (then it is left as it is). */
async function inUse(q: Queryable, id: string): Promise<boolean> {
  const r = await q.get<{ n: unknown }>(sql`SELECT (SELECT COUNT(*) FROM users WHERE department = ${id}) + (SELECT COUNT(*) FROM tasks WHERE department = ${id})
    + (SELECT COUNT(*) FROM catalogue_items WHERE department = ${id} AND latest_version IS NOT NULL) AS n`);
  return Number(r?.n ?? 0) > 0;
}

/** Moves the unpublished drafts of a district department seeded on its own (ga-qrsj) to the registry department its
 * name is an alias of (hrss) and drops the duplicate; one that published items, tasks or accounts use is kept and
 * logged. Returns how many duplicates were merged. */
export async function mergeAliasedDepartments(q: Queryable, depts: DistrictDepartment[], log?: Logger): Promise<number> {
  const dupes = depts.filter((d) => d.alias && d.ownId !== d.id);
  if (!dupes.length) return 0;
  const present = new Set((await q.all<{ id: string }>(sql`SELECT id FROM departments WHERE id IN (${sql.join(dupes.map((d) => sql`${d.ownId}`), sql`, `)})`)).map((r) => r.id));
  let merged = 0;
  for (const d of dupes.filter((x) => present.has(x.ownId))) {
    if (await inUse(q, d.ownId)) {
      log?.warn(`department ${d.ownId} duplicates ${d.id} (${d.name}) but published items, tasks or accounts use it: left as it is`);
      continue;
    }
    const rows = await q.all<{ id: string; draft: string }>(sql`SELECT id, draft FROM catalogue_items WHERE department = ${d.ownId}`);
    for (const r of rows) {
      const draft = { ...fromJson<Record<string, unknown>>(r.draft), department: d.id };
      await q.run(sql`UPDATE catalogue_items SET department = ${d.id}, draft = ${JSON.stringify(draft)} WHERE id = ${r.id}`);
    }
    await q.run(sql`DELETE FROM departments WHERE id = ${d.ownId}`);
    merged++;
  }
  return merged;
}
