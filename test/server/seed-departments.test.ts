// One department per real department on both dialects: a database seeded before templates/departments.json had its
// aliases holds the district's 区人社局 as ga-qrsj next to hrss 人力资源和社会保障局; the next start moves those
// unpublished drafts (column and draft) to hrss and drops the duplicate, and the district's own departments keep their ids.
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS, openTestDb } from "../helpers/db.js";
import { DISTRICT_FILE, readDistrictItems, seedDistrictCatalogue } from "../../server/catalogue/seed.js";
import { districtDepartments, registryDepartments } from "../../server/catalogue/departments.js";

describe.each(DIALECTS)("district departments merged into the registry on %s", (dialect) => {
  it("moves a duplicate department's drafts to the registry department once, and keeps the others", async () => {
    const t = await openTestDb(dialect);
    try {
      const registry = registryDepartments();
      for (const d of registry) await t.db.run(sql`INSERT INTO departments (id, name, name_en) VALUES (${d.id}, ${d.name}, ${d.nameEn})`);
      const items = readDistrictItems();
      const hr = items.filter((i) => i.department === "区人社局").length;
      // the seed as it was: every district department on its own
      expect(await seedDistrictCatalogue(t.db, new Date(), DISTRICT_FILE, registry.map(({ aliases: _a, ...d }) => d))).toBe(items.length);
      expect(await t.db.get(sql`SELECT name FROM departments WHERE id = 'ga-qrsj'`)).toEqual({ name: "区人社局" });
      // the next start with the aliases
      expect(await seedDistrictCatalogue(t.db, new Date(), DISTRICT_FILE, registry)).toBe(0);
      expect(await t.db.get(sql`SELECT name FROM departments WHERE id = 'ga-qrsj'`)).toBeUndefined();
      const moved = await t.db.all<{ department: string; draft: string; dept_name: string }>(sql`SELECT department, draft, dept_name FROM catalogue_items WHERE dept_name = '区人社局'`);
      expect(moved).toHaveLength(hr);
      expect(moved.every((r) => r.department === "hrss" && JSON.parse(r.draft).department === "hrss")).toBe(true);
      const all = await t.db.all<{ id: string; name: string }>(sql`SELECT id, name FROM departments`);
      expect(all).toHaveLength(registry.length + districtDepartments(items).filter((d) => !d.alias).length);
      expect(new Set(all.map((d) => d.name)).size).toBe(all.length);
      expect(all).toContainEqual({ id: "ga-qswj2", name: "区水务局" });
      // nothing left to merge
      expect(await seedDistrictCatalogue(t.db, new Date(), DISTRICT_FILE, registry)).toBe(0);
    } finally {
      await t.dispose();
    }
  }, 180_000);
});
