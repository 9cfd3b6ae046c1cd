// First render of the editor's item catalogue page with 10,000 items (issue 15: ≤ 1.2× the one-thing list page
// measured in the same run): one server on a SQLite file filled like catalogue-search (template items, the district's
// 1,135 real items, generated variants), one Chromium, one logged-in designer. Each run opens a fresh page and times
// from navigation start until the screen's content is on screen — the one-thing list's rows, or the catalogue's first
// page of rows with its facet counts — alternating the two pages so both see the same machine state.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { openDatabase } from "../server/db/database.js";
import { createLogger } from "../server/log.js";
import { seed } from "../server/seed.js";
import { startTestServer } from "../test/helpers/server.js";
import { fill } from "./catalogue-search.bench.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const RUNS = 15;
const SCREENS = [
  { name: "one-thing list (baseline)", hash: "#/", ready: "table.bundle-list tbody tr" },
  { name: "item catalogue, 10,000 items", hash: "#/catalogue", ready: "table.cat-results tbody tr td a, .cat-facet__count" },
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** Milliseconds from navigation start until every part of `ready` (comma-separated selectors) is in the document
 * (Playwright's selector wait, the same small polling cost for both screens). */
async function firstRender(context: BrowserContext, url: string, ready: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  for (const sel of ready.split(",").map((x) => x.trim())) await page.waitForSelector(sel, { timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

/** Runs the benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "yijian-bench-catpage-"));
  const dbPath = join(dir, "bench.db");
  const db = await openDatabase({ url: dbPath });
  await seed(db, createLogger(true));
  const total = await fill(db);
  await db.close();
  const server = await startTestServer({ dbPath });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--lang=zh-CN"] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
    const login = await context.request.post(`${server.url}/api/auth/login`, { data: { username: "designer", password: "Design#2026" }, headers: { "X-Requested-With": "yijian" } });
    if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
    const times: number[][] = SCREENS.map(() => []);
    for (let i = 0; i < RUNS + 2; i++) {
      for (const [k, s] of SCREENS.entries()) {
        const ms = await firstRender(context, `${server.url}/editor/${s.hash}`, s.ready);
        if (i >= 2) times[k]!.push(ms); // the first two rounds warm the server's caches and the browser's HTTP cache
      }
    }
    console.log(`${total.toLocaleString("en")} items in the catalogue; ${RUNS} runs each, Chromium 1280 px, production build, same server`);
    const base = median(times[0]!);
    for (const [k, s] of SCREENS.entries()) {
      const m = median(times[k]!);
      const ratio = m / base;
      console.log(`  ${s.name.padEnd(30)} median ${m.toFixed(0).padStart(5)} ms  p90 ${pct(times[k]!, 0.9).toFixed(0).padStart(5)} ms  ${k === 0 ? "(baseline)" : `${ratio.toFixed(2)}× baseline  ${ratio <= 1.2 ? "ok ≤ 1.2×" : "OVER 1.2×"}`}`);
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
