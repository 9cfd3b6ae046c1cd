// First start seeds departments, demo accounts and every built-in template (draft + published version 1); a second
// start writes nothing; a broken template folder is reported and skipped, never stopping the server.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { loadBuiltinTemplates, TEMPLATES_DIR } from "../../templates/load.js";
import { demoAccounts, departments, seed } from "../../server/seed.js";
import { verifyPassword } from "../../server/auth/password.js";
import { findUserByName } from "../../server/store/users.js";
import { DIALECTS, openTestDb } from "../helpers/db.js";
import { fixtureBundle } from "../fixtures/bundle.js";
import { districtDepartments, readDistrictItems } from "../../server/catalogue/seed.js";

const quiet = { info() {}, warn() {}, error() {} };

describe("built-in templates", () => {
  it("all load and validate", () => {
    const bundles = loadBuiltinTemplates();
    expect(bundles.length).toBeGreaterThan(0);
  });
});

describe.each(DIALECTS)("seeding on %s", (dialect) => {
  it("seeds once, keeps data on the second run, and skips a broken template with a clear log", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yijian-templates-"));
    cpSync(join(TEMPLATES_DIR, "departments.json"), join(dir, "departments.json"));
    const good = fixtureBundle("good-one") as Record<string, unknown>;
    const { items, form, ...rest } = good as { items: Array<{ id: string }>; form: unknown };
    mkdirSync(join(dir, "good-one", "items"), { recursive: true });
    writeFileSync(join(dir, "good-one", "bundle.json"), JSON.stringify(rest));
    items.forEach((it, i) => writeFileSync(join(dir, "good-one", "items", `${i}-${it.id}.json`), JSON.stringify(it)));
    writeFileSync(join(dir, "good-one", "form.json"), JSON.stringify(form));
    mkdirSync(join(dir, "broken"));
    writeFileSync(join(dir, "broken", "bundle.json"), "{ not json");
    const errors: string[] = [];
    const t = await openTestDb(dialect);
    try {
      const first = await seed(t.db, { ...quiet, error: (m: string) => errors.push(m) }, new Date(), dir);
      expect(first).toEqual({ bundles: 1, users: demoAccounts().length });
      expect(errors.join("\n")).toMatch(/"broken" is invalid/);
      const second = await seed(t.db, quiet, new Date(), dir);
      expect(second).toEqual({ bundles: 0, users: 0 });
      const versions = await t.db.all<{ key: string; version: number }>(sql`SELECT key, version FROM bundle_versions`);
      expect(versions.map((v) => [v.key, Number(v.version)])).toEqual([["good-one", 1]]);
      const depts = await t.db.all(sql`SELECT id FROM departments`);
      // the registry's departments and the seeded district's own (those the registry has by alias are not added twice)
      expect(depts).toHaveLength(departments().length + districtDepartments(readDistrictItems()).filter((d) => !d.alias).length);
      expect(districtDepartments(readDistrictItems()).filter((d) => d.alias)).toHaveLength(10);
      const zhangsan = await findUserByName(t.db, "zhangsan");
      expect(zhangsan).toMatchObject({ displayName: "张三", roles: ["applicant"], profile: { idNumber: "11010519491231002X" } });
      expect(zhangsan!.passwordHash).not.toContain("Apply#2026");
      expect(await verifyPassword("Apply#2026", zhangsan!.passwordHash)).toBe(true);
      expect(await verifyPassword("apply#2026", zhangsan!.passwordHash)).toBe(false);
      const reviewer = await findUserByName(t.db, "reviewer-samr");
      expect(reviewer).toMatchObject({ roles: ["reviewer"], department: "samr" });
    } finally {
      await t.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
