// Catalogue import of a 10,000-row .xlsx (issue 15: under 10 s with progress shown), end to end: real HTTP to an
// in-process server, the file as the body, the streamed answer (progress lines, then the report) read as the editor
// reads it; on SQLite and on PostgreSQL. The file: the district's 1,135 real items varied to 10,000 (each with a
// material, limits, service objects), i.e. two 10,000-row sheets. Baseline: parsing the same file only (readWorkbook),
// in the same run. Also measured: the dry run of a file already imported (10,000 unchanged) and a re-import changing
// every item (10,000 new drafts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "../server/db/database.js";
import { createLogger } from "../server/log.js";
import { seed, demoAccounts } from "../server/seed.js";
import { startServer } from "../server/server.js";
import { districtDepartments, districtDraft, readDistrictItems } from "../server/catalogue/seed.js";
import { readWorkbook, writeWorkbook } from "../server/catalogue/io/xlsx.js";
import { writeSheets } from "../spec/catalogue/rows.js";
import type { ImportEvent, ImportReport } from "../spec/catalogue/import.js";
import { freshPgSchema } from "../test/helpers/db.js";
import { pgUrl } from "./pg-url.js";

const ROWS = 10_000;

/** The 10,000 items of the file (renamed when `suffix` is given, so a re-import changes every one). */
function drafts(suffix = ""): Array<Record<string, unknown>> {
  const items = readDistrictItems();
  const ids = new Map(districtDepartments(items).map((d) => [d.name, d.id]));
  return Array.from({ length: ROWS }, (_, n) => {
    const it = items[n % items.length]!;
    const d = districtDraft({ ...it, name: it.name + suffix, itemCode: `${it.itemCode}-B${n}` }, ids.get(it.department)!) as unknown as Record<string, unknown>;
    return { ...d, id: `bench-${n}`, anticipate_day: 20, promise_day: 5 + (n % 10), serve_type: n % 3 ? ["1"] : ["2", "5"], online_level: "四级",
      materials: [{ id: "sqb", material_name: "申请表", necessity: "必要", source_type: "10", originals: 1 }] };
  });
}

/** POSTs a file to the import route, streamed; the report, the progress lines and when the first one came. */
async function post(base: string, cookie: string, bytes: Uint8Array, query = ""): Promise<{ ms: number; firstMs: number; progress: number; report: ImportReport }> {
  const s = performance.now();
  const res = await fetch(`${base}/api/items/import${query}`, { method: "POST", body: bytes as BodyInit, headers: { cookie, "x-requested-with": "yijian", accept: "application/x-ndjson" } });
  const reader = res.body!.getReader();
  const dec = new TextDecoder();
  let buf = "", progress = 0, firstMs = 0;
  let last: ImportEvent | undefined;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true });
    let i;
    while ((i = buf.indexOf("\n")) >= 0) {
      last = JSON.parse(buf.slice(0, i)) as ImportEvent;
      buf = buf.slice(i + 1);
      if (last.type === "progress" && progress++ === 0) firstMs = performance.now() - s;
    }
  }
  if (last?.type !== "result") throw new Error(`import failed: ${JSON.stringify(last)}`);
  return { ms: performance.now() - s, firstMs, progress, report: last.report };
}

async function measure(label: string, db: Database, file: Uint8Array, changed: Uint8Array, baseMs: number): Promise<void> {
  await seed(db, createLogger(true));
  const server = await startServer({ db, log: createLogger(true), config: { port: 0, host: "127.0.0.1", workers: false, distDir: "/nonexistent-dist", filesDir: mkdtempSync(join(tmpdir(), "yijian-bench-files-")) } });
  try {
    const admin = demoAccounts().find((a) => a.username === "admin")!;
    const login = await fetch(`${server.url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json", "x-requested-with": "yijian" }, body: JSON.stringify({ username: admin.username, password: admin.password }) });
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const line = (what: string, r: Awaited<ReturnType<typeof post>>, counts: string) =>
      console.log(`  ${what.padEnd(34)} ${(r.ms / 1000).toFixed(2).padStart(6)} s  (${(r.ms / baseMs).toFixed(1)}× parsing)  ${counts}; ${r.progress} progress lines, first after ${r.firstMs.toFixed(0)} ms  ${r.ms < 10_000 ? "ok < 10 s" : "OVER 10 s"}`);
    const created = await post(server.url, cookie, file);
    line("import 10,000 new items", created, `${created.report.create} created`);
    const dry = await post(server.url, cookie, file, "?dryRun=1");
    line("dry run, already imported", dry, `${dry.report.unchanged} unchanged`);
    const updated = await post(server.url, cookie, changed);
    line("re-import, every item changed", updated, `${updated.report.update} new drafts`);
    console.log(`${label}: done`);
  } finally {
    await server.stop();
  }
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const file = new Uint8Array(await writeWorkbook(writeSheets(drafts())));
  const changed = new Uint8Array(await writeWorkbook(writeSheets(drafts("（修订）"))));
  const times: number[] = [];
  for (let i = 0; i < 3; i++) { const s = performance.now(); await readWorkbook(file); times.push(performance.now() - s); }
  const baseMs = times.sort((a, b) => a - b)[1]!;
  console.log(`file: ${ROWS.toLocaleString("en")} items + ${ROWS.toLocaleString("en")} materials, ${(file.length / 1024 / 1024).toFixed(1)} MB; baseline (parsing it, readWorkbook, median of 3): ${(baseMs / 1000).toFixed(2)} s`);
  const dir = mkdtempSync(join(tmpdir(), "yijian-bench-import-"));
  const lite = await openDatabase({ url: join(dir, "bench.db") });
  console.log("SQLite:");
  try { await measure("SQLite", lite, file, changed, baseMs); } finally { await lite.close(); rmSync(dir, { recursive: true, force: true }); }
  const url = await pgUrl();
  if (!url) { console.log("PostgreSQL: no server answered (DATABASE_URL or 127.0.0.1:5432); measured SQLite only"); return; }
  const s = await freshPgSchema(url);
  const pg = await openDatabase({ url, schema: s.schema, poolSize: 5 });
  console.log("PostgreSQL:");
  try { await measure("PostgreSQL", pg, file, changed, baseMs); } finally { await pg.close(); await s.drop(); }
}
