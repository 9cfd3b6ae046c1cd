// Catalogue search over 10,000 items (issue 15: server p95 ≤ 20 ms): the seeded catalogue (template items and the
// district's 1,135 real items) plus generated variants of the real ones (other situations, service objects, online
// levels, forms), on SQLite and on PostgreSQL. Each query type runs 200 times through searchCatalogue (facet counts,
// total and one page, exactly what GET /api/items does); the baseline is reading one item by its id in the same run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { parseCatalogueQuery } from "../spec/catalogue/search.js";
import { openDatabase, type Database } from "../server/db/database.js";
import { createLogger } from "../server/log.js";
import { seed } from "../server/seed.js";
import { districtDepartments, districtDraft, readDistrictItems, type DistrictItem } from "../server/catalogue/seed.js";
import { nameInitials } from "../spec/catalogue/pinyin.js";
import type { ItemDraft } from "../spec/catalogue/record.js";
import { searchCatalogue } from "../server/catalogue/search.js";
import { getItemRow, insertDrafts } from "../server/catalogue/store.js";
import { freshPgSchema } from "../test/helpers/db.js";
import { pgUrl } from "./pg-url.js";

const TARGET = 10_000;
const RUNS = 200;
const SUFFIXES = ["（变更）", "（注销）", "（延续）", "（补办）", "（新办）", "（迁移）", "（预约）", "（查询）"];
const ONLINE = ["一级", "二级", "三级", "四级"];
const SCOPE = ["全国", "跨省", "跨市", "跨县", "无"];

/** The query types measured, as the editor sends them; text queries take a different real term each run (nothing warm). */
function queryTypes(items: DistrictItem[]): Array<[string, (i: number) => string]> {
  const pick = (i: number) => items[(i * 7919) % items.length]!;
  const zh = (i: number) => { const n = pick(i).name.replace(/[（）()、，/]/g, ""); const at = i % Math.max(1, n.length - 2); return n.slice(at, at + 2); };
  const initials = (i: number) => { const s = nameInitials(pick(i).name); const at = i % Math.max(1, s.length - 3); return s.slice(at, at + 3); };
  const code = (i: number) => pick(i).itemCode.split("-")[0]!.slice(-8).toLowerCase();
  return [
    ["first page, no filter", () => ""],
    ["Chinese term (varied)", (i) => `q=${encodeURIComponent(zh(i))}`],
    ["pinyin initials (varied)", (i) => `q=${initials(i)}`],
    ["实施编码 fragment (varied)", (i) => `q=${code(i)}`],
    ["department + 事项类型", () => "department=ga-qxzspj&task_type=01"],
    ["term + 3 filters, page 5", (i) => `q=${encodeURIComponent(zh(i).slice(0, 1))}&serve_type=2&online_level=四级&hasForm=0&page=5`],
    ["used by 企业开办", () => "usedBy=qiye-kaiban"],
    ["sorted by last change", () => "sort=updated&pageSize=50"],
  ];
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** Fills a seeded database up to TARGET items with variants of the district's real items (also used by catalogue-page). */
export async function fill(db: Database): Promise<number> {
  const items = readDistrictItems();
  const depts = new Map(districtDepartments(items).map((d) => [d.name, d.id]));
  const rows: Array<{ draft: ItemDraft; deptName: string }> = [];
  for (let n = 0, i = 0; rows.length < TARGET - items.length - 30; n++, i = n % items.length) {
    const it = items[i]!;
    const round = Math.floor(n / items.length);
    const draft = districtDraft({ ...it, name: it.name + SUFFIXES[round % SUFFIXES.length]!, itemCode: `${it.itemCode}-v${round}` }, depts.get(it.department)!);
    Object.assign(draft, { serve_type: n % 3 ? ["1"] : ["2", "5"], online_level: ONLINE[n % 4], cross_scope: SCOPE[n % 5] });
    if (n % 7 === 0) draft.form = { schema: { type: "object", properties: { name: { type: "string", title: "申请人" } } } };
    rows.push({ draft, deptName: it.department });
  }
  await db.tx((q) => insertDrafts(q, rows, "import", { by: "bench", now: new Date() }));
  const r = await db.get<{ n: unknown }>(sql`SELECT COUNT(*) AS n FROM catalogue_items`);
  return Number(r?.n);
}

async function measure(label: string, db: Database): Promise<void> {
  const s0 = performance.now();
  await seed(db, createLogger(true));
  const seedMs = performance.now() - s0;
  const total = await fill(db);
  console.log(`${label}: ${total.toLocaleString("en")} items (first-start seed ${seedMs.toFixed(0)} ms)`);
  const base: number[] = [];
  for (let i = 0; i < RUNS; i++) { const s = performance.now(); await getItemRow(db, "company-registration"); base.push(performance.now() - s); }
  const baseP50 = pct(base, 0.5);
  console.log(`  baseline (one item by id): p50 ${baseP50.toFixed(2)} ms`);
  for (const [name, make] of queryTypes(readDistrictItems())) {
    const times: number[] = [];
    let hits = 0;
    for (let i = 0; i < RUNS; i++) {
      const parsed = parseCatalogueQuery(new URLSearchParams(make(i)));
      if (!parsed.ok) throw new Error(`bad bench query ${make(i)}`);
      const s = performance.now();
      hits += (await searchCatalogue(db, parsed.query)).total;
      times.push(performance.now() - s);
    }
    hits = Math.round(hits / RUNS);
    const p95 = pct(times, 0.95);
    console.log(`  ${name.padEnd(28)} ${String(hits).padStart(6)} hits avg  p50 ${pct(times, 0.5).toFixed(2).padStart(6)} ms  p95 ${p95.toFixed(2).padStart(6)} ms  (${(p95 / baseP50).toFixed(0)}× baseline)  ${p95 <= 20 ? "ok ≤ 20 ms" : "OVER 20 ms"}`);
  }
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "yijian-bench-catalogue-"));
  const lite = await openDatabase({ url: join(dir, "bench.db") });
  try { await measure("SQLite", lite); } finally { await lite.close(); rmSync(dir, { recursive: true, force: true }); }
  const url = await pgUrl();
  if (!url) { console.log("PostgreSQL: no server answered (DATABASE_URL or 127.0.0.1:5432); measured SQLite only"); return; }
  const s = await freshPgSchema(url);
  const pg = await openDatabase({ url, schema: s.schema, poolSize: 5 });
  try { await measure("PostgreSQL", pg); } finally { await pg.close(); await s.drop(); }
}
