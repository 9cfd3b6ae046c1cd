// Issue 5: a merged form of 400 fields — keystroke → next frame, processing (keydown → input handled and React
// committed) and first render of yijian's smart form, in the same run as the plain-React floor, stock rjsf and
// SurveyJS (production Vite builds, Debian Chromium, renderers interleaved round by round to cancel drift).
// BENCH_ROUNDS (default 10) page loads per renderer, 30 keystrokes each.
import { rmSync } from "node:fs";
import { chromium } from "playwright-core";
import { buildPages } from "./form/build.js";
import { serveStatic } from "./form/serve.js";
import { measurePage, KEY_DELAY_MS, TYPED, RENDERERS, type PageRun, type Renderer } from "./form/measure.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const LABELS: Record<Renderer, string> = {
  plain: "plain React controlled inputs (floor)",
  rjsf: "@rjsf/core stock Form, ajv8, no live valid.",
  survey: "SurveyJS survey-react-ui, onTyping",
  yijian: "yijian SmartFormView (as the portal)",
  yijianRule: "yijian, a rule reads the typed field",
  yijianFields: "yijian, field kinds (40 regions, 5 tables × 10 rows, 20 computed)",
};

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface Figures { firstRender: number; mount: number; frameP50: number; frameP95: number; procP50: number; procP95: number; samples: number; switchP50: number; switchP95: number; heapGrowth: number }

function figures(runs: PageRun[]): Figures {
  const frames = runs.flatMap((r) => r.keys.map((k) => k.frame).filter((x): x is number => x !== null));
  const procs = runs.flatMap((r) => r.keys.map((k) => k.processing).filter((x): x is number => x !== null));
  const switches = runs.map((r) => r.sectionSwitch?.frame).filter((x): x is number => typeof x === "number");
  return {
    firstRender: percentile(runs.map((r) => r.firstRender), 50), mount: percentile(runs.map((r) => r.mount), 50),
    frameP50: percentile(frames, 50), frameP95: percentile(frames, 95), procP50: percentile(procs, 50), procP95: percentile(procs, 95),
    samples: frames.length, heapGrowth: percentile(runs.map((r) => r.heapGrowth), 50), switchP50: percentile(switches, 50), switchP95: percentile(switches, 95),
  };
}

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : "–");
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

/** Builds the pages, measures the four renderers interleaved, prints the table and the ratios. */
export async function run(): Promise<void> {
  const dir = await buildPages();
  const server = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const runs = Object.fromEntries(RENDERERS.map((r) => [r, [] as PageRun[]])) as Record<Renderer, PageRun[]>;
  try {
    for (const name of RENDERERS) await measurePage(browser, server.url, name); // warm-up: HTTP cache, disk, JIT of the harness
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < RENDERERS.length; i++) {
        const name = RENDERERS[(i + round) % RENDERERS.length]!;
        runs[name].push(await measurePage(browser, server.url, name));
      }
      process.stderr.write(`round ${round + 1}/${ROUNDS}\r`);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const version = browser.version();
  const fig = Object.fromEntries(RENDERERS.map((p) => [p, figures(runs[p])])) as Record<Renderer, Figures>;
  const out: string[] = [];
  out.push(`Chromium ${version}, production Vite builds, 400 fields (20 sections × 20), ${ROUNDS} page loads per renderer interleaved, `
    + `${TYPED.length} keys each at ${KEY_DELAY_MS} ms into a text field of section 10; load average ${(await import("node:os")).loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  out.push("");
  out.push("| renderer | first render (median, from navigation) | mount (median) | key → next frame p50 | p95 | processing p50 | p95 | samples | JS heap after typing (median) |");
  out.push("|---|---|---|---|---|---|---|---|---|");
  for (const p of RENDERERS) {
    const f = fig[p];
    out.push(`| ${LABELS[p]} | ${ms(f.firstRender)} | ${ms(f.mount)} | ${ms(f.frameP50)} | ${ms(f.frameP95)} | ${ms(f.procP50)} | ${ms(f.procP95)} | ${f.samples} | ${f.heapGrowth >= 0 ? "+" : ""}${(f.heapGrowth / 1024).toFixed(0)} KB |`);
  }
  out.push("");
  out.push("| ratio | first render | key → next frame p50 | p95 | processing p95 |");
  out.push("|---|---|---|---|---|");
  const short: Record<Renderer, string> = { plain: "plain React", rjsf: "stock rjsf", survey: "SurveyJS", yijian: "yijian", yijianRule: "yijian (rule on typed field)", yijianFields: "yijian (field kinds)" };
  for (const mine of ["yijian", "yijianRule"] as const) {
    for (const p of ["plain", "rjsf", "survey"] as const) {
      const y = fig[mine];
      const b = fig[p];
      out.push(`| ${short[mine]} ÷ ${short[p]} | ${ratio(y.firstRender, b.firstRender)} | ${ratio(y.frameP50, b.frameP50)} | ${ratio(y.frameP95, b.frameP95)} | ${ratio(y.procP95, b.procP95)} |`);
    }
  }
  const kinds = fig.yijianFields;
  out.push(`| yijian (field kinds) ÷ yijian, same run | ${ratio(kinds.firstRender, fig.yijian.firstRender)} | ${ratio(kinds.frameP50, fig.yijian.frameP50)} | ${ratio(kinds.frameP95, fig.yijian.frameP95)} | ${ratio(kinds.procP95, fig.yijian.procP95)} |`);
  out.push("");
  const ok = (b: boolean) => (b ? "met" : "MISSED");
  out.push(`field kinds: key → next frame p95 ≤ 1.2× yijian: ${ok(kinds.frameP95 <= 1.2 * fig.yijian.frameP95)} (${ratio(kinds.frameP95, fig.yijian.frameP95)})`);
  for (const mine of ["yijian", "yijianRule"] as const) {
    const y = fig[mine];
    out.push(`${short[mine]}: section switch 1 → 10 (nav click → next frame) p50 ${ms(y.switchP50)}, p95 ${ms(y.switchP95)}`);
    out.push(`  targets: first render ≤ 500 ms: ${ok(y.firstRender <= 500)} (${ms(y.firstRender)}; ${ratio(y.firstRender, fig.plain.firstRender)} floor); `
      + `processing p95 ≤ 16 ms: ${ok(y.procP95 <= 16)} (${ms(y.procP95)}); `
      + `next frame p95 ≤ 1.15× floor: ${ok(y.frameP95 <= 1.15 * fig.plain.frameP95)} (${ratio(y.frameP95, fig.plain.frameP95)}); `
      + `literal next frame p95 ≤ 16 ms: ${ok(y.frameP95 <= 16)} (the floor itself: ${ms(fig.plain.frameP95)})`);
  }
  process.stdout.write(out.join("\n") + "\n");
}
