// First-start data: departments, demo accounts, e-licences of the demo applicant, and every built-in template as a
// bundle with its draft and published version 1. Only what is missing is written, so restarts keep all data.
import { readdirSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { Role } from "../spec/api.js";
import { loadTemplate, TEMPLATES_DIR, TemplateError } from "../templates/load.js";
import type { Database } from "./db/database.js";
import { hashPassword } from "./auth/password.js";
import { insertBundle, insertVersion } from "./store/bundles.js";
import { appendEvent, SYSTEM_ACTOR } from "./store/events.js";
import { insertUser } from "./store/users.js";
import { flowProblems } from "./flow/machine-runner.js";
import type { Logger } from "./log.js";
import { iso, newId } from "./util.js";
import { seedCatalogue } from "./catalogue/seed.js";
import { registryDepartments } from "./catalogue/departments.js";
import { say } from "./messages.js";
import { zhOf } from "../spec/bilingual.js";

/** The demo company's unified social credit code (valid check character). */
export const DEMO_USCC = "91110105MA01ABCD26";

/** E-licences the demo applicants hold (the local licence store's seed). */
export const DEMO_LICENCES = [
  // The demo ID number 11010519491231002X encodes a woman (17th digit even): gender follows it, or the form would refuse the prefill.
  { holder: "11010519491231002X", type: "resident_id", title: "居民身份证", fields: { name: "张三", idNumber: "11010519491231002X", gender: "女", nation: "汉", birthDate: "1949-12-31", address: "北京市朝阳区示例路 1 号", validUntil: "2036-01-01" } },
  { holder: "11010519491231002X", type: "marriage_certificate", title: "结婚证", fields: { number: "J110105-2020-000123", registeredOn: "2020-05-20", spouseName: "李四" } },
  { holder: DEMO_USCC, type: "business_licence", title: "营业执照", fields: { name: "北京示例餐饮有限公司", uscc: DEMO_USCC, type: "有限责任公司（自然人投资或控股）", registered_capital: "50万元", scope: "餐饮服务；食品销售", domicile: "北京市朝阳区示例路 8 号", legal_representative: "张三" } },
];

/** A demo account (the README lists them). */
export interface DemoAccount { username: string; password: string; displayName: string; roles: Role[]; department?: string; profile?: Record<string, unknown> }

/** The departments of the registry. */
export function departments(dir = TEMPLATES_DIR): Array<{ id: string; name: string; nameEn: string }> {
  return registryDepartments(dir).map(({ id, name, nameEn }) => ({ id, name, nameEn }));
}

/** Every demo account: admin, designer, supervisor, a clerk and a reviewer per department, applicant 张三. */
export function demoAccounts(): DemoAccount[] {
  const out: DemoAccount[] = [
    { username: "admin", password: "Admin#2026", displayName: "系统管理员", roles: ["admin"] },
    { username: "designer", password: "Design#2026", displayName: "事项设计员", roles: ["designer"] },
    { username: "supervisor", password: "Supervise#2026", displayName: "电子监察员", roles: ["supervisor"] },
  ];
  for (const d of departments()) {
    // A designer of each department edits and publishes that department's catalogue items (docs/catalogue.md).
    out.push({ username: `designer-${d.id}`, password: "Design#2026", displayName: `${d.name}事项设计员`, roles: ["designer"], department: d.id });
    out.push({ username: `clerk-${d.id}`, password: "Clerk#2026", displayName: `${d.name}窗口受理员`, roles: ["clerk"], department: d.id });
    out.push({ username: `reviewer-${d.id}`, password: "Review#2026", displayName: `${d.name}审核员`, roles: ["reviewer"], department: d.id });
  }
  out.push({
    username: "zhangsan", password: "Apply#2026", displayName: "张三", roles: ["applicant"],
    profile: { name: "张三", idType: "居民身份证", idNumber: "11010519491231002X", mobile: "13800138000", gender: "女", birthDate: "1949-12-31", address: "北京市朝阳区示例路 1 号" },
  });
  out.push({
    username: "qiye", password: "Apply#2026", displayName: "北京示例餐饮有限公司", roles: ["applicant"],
    profile: { name: "北京示例餐饮有限公司", uscc: DEMO_USCC, legalRepresentative: "张三", legalRepresentativeIdNumber: "11010519491231002X", mobile: "13800138000" },
  });
  return out;
}

/** Seeds whatever is missing; a broken template is logged and skipped, never stops the server. */
export async function seed(db: Database, log: Logger, now = new Date(), templatesDir = TEMPLATES_DIR): Promise<{ bundles: number; users: number }> {
  await db.tx(async (q) => {
    for (const d of departments(templatesDir)) {
      await q.run(sql`INSERT INTO departments (id, name, name_en) VALUES (${d.id}, ${d.name}, ${d.nameEn}) ON CONFLICT (id) DO NOTHING`);
    }
  });
  await seedCatalogue(db, log, now, templatesDir);
  const existing = new Set((await db.all<{ username: string }>(sql`SELECT username FROM users`)).map((r) => r.username));
  const missing = demoAccounts().filter((a) => !existing.has(a.username));
  const hashed = await Promise.all(missing.map(async (a) => ({ ...a, passwordHash: await hashPassword(a.password) })));
  let users = 0;
  for (const a of hashed) if (await insertUser(db, a, now)) users++;
  for (const l of DEMO_LICENCES) {
    await db.run(sql`INSERT INTO licences (id, holder_id, type, title, fields, issued_at)
      VALUES (${newId()}, ${l.holder}, ${l.type}, ${l.title}, ${JSON.stringify(l.fields)}, ${iso(now)}) ON CONFLICT (holder_id, type) DO NOTHING`);
  }
  let bundles = 0;
  const folders = existsSync(templatesDir)
    ? readdirSync(templatesDir).filter((n) => statSync(join(templatesDir, n)).isDirectory() && existsSync(join(templatesDir, n, "bundle.json"))).sort()
    : [];
  for (const name of folders) {
    let spec;
    try {
      spec = loadTemplate(join(templatesDir, name));
    } catch (err) {
      log.error(`built-in template "${name}" is invalid and was NOT loaded:\n${err instanceof TemplateError ? err.message : String(err)}`);
      continue;
    }
    const flow = flowProblems(spec, 1);
    if (flow.length) {
      log.error(`built-in template "${name}" has an invalid flow and was NOT loaded:\n` + flow.map((p) => `  ${p.pointer}: ${zhOf(p.message)}`).join("\n"));
      continue;
    }
    const created = await db.tx(async (q) => {
      if (!(await insertBundle(q, spec.key, spec, "system", now))) return false;
      const v = await insertVersion(q, spec.key, spec, "system", "内置模板", now);
      await appendEvent(q, { bundleKey: spec.key, definitionVersion: v, actor: SYSTEM_ACTOR, kind: "published", message: say(`内置模板发布版本 ${v}`, `Built-in template published as version ${v}`) }, now);
      return true;
    });
    if (created) bundles++;
  }
  if (users || bundles) log.info(`seeded ${users} accounts and ${bundles} built-in one-things`);
  return { bundles, users };
}
