// The access log at scale (issue 13): 100,000 entries over 2,000 cases in a SQLite file. Figures: the cost of
// recording a read, one case's page of entries (indexed) against the same filter on an unindexed column (a scan
// of the table, the baseline), and the CSV export of every entry.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase } from "../server/db/database.js";
import { listAccess, recordAccess } from "../server/store/access-log.js";
import { toCsv } from "../server/csv.js";

const ENTRIES = 100_000;
const CASES = 2_000;

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "yijian-bench-access-"));
  const db = await openDatabase({ url: join(dir, "bench.db") });
  try {
    const t0 = performance.now();
    const base = Date.parse("2026-11-01T00:00:00Z");
    for (let i = 0; i < ENTRIES; i += 1000) {
      await db.tx(async (q) => {
        for (let j = i; j < i + 1000; j++) {
          await recordAccess(q, { userId: `u${j % 40}`, username: `clerk-${j % 40}`, department: "samr", applicationId: `case-${j % CASES}`, action: j % 10 ? "view_case" : "reveal", targets: [j % 10 ? null : "/idNumber"], reason: j % 10 ? null : "核对身份", ip: "10.0.0.1" }, new Date(base + j * 1000));
        }
      });
    }
    const writeMs = performance.now() - t0;
    const single: number[] = [];
    for (let i = 0; i < 200; i++) {
      const s = performance.now();
      await recordAccess(db, { userId: "u1", username: "clerk-1", department: "samr", applicationId: `case-${i}`, action: "view_case", ip: "10.0.0.1", reason: null }, new Date());
      single.push(performance.now() - s);
    }
    const indexed: number[] = [];
    const scan: number[] = [];
    for (let i = 0; i < 50; i++) {
      let s = performance.now();
      await listAccess(db, { applicationId: `case-${i * 37}` }, 50);
      indexed.push(performance.now() - s);
      s = performance.now();
      await db.all(sql`SELECT * FROM access_log WHERE ip || '' = ${"10.0.0.1"} AND target = ${`/x${i}`} ORDER BY at DESC, id DESC LIMIT 50`);
      scan.push(performance.now() - s);
    }
    const e0 = performance.now();
    const rows: Array<Array<string | number>> = [["at", "user", "department", "case", "action", "target", "reason", "ip"]];
    let after: { at: string; id: string } | undefined;
    for (;;) {
      const page = await listAccess(db, {}, 500, after);
      for (const e of page) rows.push([e.at, e.username, e.department ?? "", e.applicationId, e.action, e.target ?? "", e.reason ?? "", e.ip ?? ""]);
      if (page.length < 500) break;
      after = { at: page[page.length - 1]!.at, id: page[page.length - 1]!.id };
    }
    const csv = toCsv(rows);
    const exportMs = performance.now() - e0;
    console.log(`entries written: ${ENTRIES} over ${CASES} cases in ${(writeMs / 1000).toFixed(1)} s (${Math.round(ENTRIES / (writeMs / 1000))}/s in batches of 1,000)`);
    console.log(`recording one read (own transaction): median ${median(single).toFixed(2)} ms`);
    console.log(`one case's page (index on application_id, at): median ${median(indexed).toFixed(2)} ms; the same page by a scan: ${median(scan).toFixed(2)} ms (${(median(scan) / median(indexed)).toFixed(0)}× slower)`);
    console.log(`CSV export of all ${rows.length - 1} entries: ${(exportMs / 1000).toFixed(2)} s, ${(csv.length / 1024 / 1024).toFixed(1)} MB`);
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
