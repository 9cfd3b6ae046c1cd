// Drives Debian's Chromium (playwright-core) through one renderer's page: first render, then (yijian: after
// opening section 10 from the section nav, as an applicant would) typing into a text field of section 10 with
// 60 ms between keys. Checks that the field really holds what was typed, so a renderer that drops keys fails.
import type { Browser } from "playwright-core";
import type { BenchState, Sample } from "./probe.js";
import { TARGET, fieldKey, sectionKey } from "./fixture.js";

/** What is measured: the four renderers, and yijian's page with a rule reading the typed field. */
export const RENDERERS = ["plain", "rjsf", "survey", "yijian", "yijianRule", "yijianFields"] as const;
export type Renderer = (typeof RENDERERS)[number];
const URLS: Record<Renderer, string> = { plain: "plain.html", rjsf: "rjsf.html", survey: "survey.html", yijian: "yijian.html", yijianRule: "yijian.html?rule=1", yijianFields: "yijian.html?fields=1" };

export const TYPED = "abcdefghijklmnopqrstuvwxyzabcd";
export const KEY_DELAY_MS = 60;

const s = sectionKey(TARGET.section);
const f = fieldKey(TARGET.field);
const TARGETS: Record<Renderer, string> = {
  plain: `#${s}_${f}`,
  rjsf: `#root_${s}_${f}`,
  survey: `[data-name="${s}_${f}"] input`,
  yijian: `#yj_${s}_${f}`,
  yijianRule: `#yj_${s}_${f}`,
  yijianFields: `#yj_${s}_${f}`,
};

/** What one page load yields. */
export interface PageRun { firstRender: number; mount: number; keys: Sample[]; sectionSwitch: Sample | null; heapGrowth: number }

/** One measurement of one renderer on a fresh page. */
export async function measurePage(browser: Browser, baseUrl: string, name: Renderer): Promise<PageRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${baseUrl}/${URLS[name]}`);
    await page.waitForFunction(() => window.__bench?.firstRender, undefined, { timeout: 60_000 });
    let sectionSwitch: Sample | null = null;
    if (name === "yijian" || name === "yijianRule" || name === "yijianFields") {
      await page.click(`.section-nav li:nth-child(${TARGET.section}) button`);
      await page.waitForSelector(TARGETS.yijian);
      await page.waitForTimeout(300);
      sectionSwitch = (await page.evaluate(() => window.__bench.clicks[0] ?? null)) as Sample | null;
    }
    const target = page.locator(TARGETS[name]);
    await target.click();
    await page.waitForTimeout(300);
    await page.evaluate(() => { window.__bench.keys.length = 0; });
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    };
    const heapBefore = await heap();
    await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
    await page.waitForTimeout(300);
    const heapGrowth = (await heap()) - heapBefore;
    await cdp.detach();
    const value = await target.inputValue();
    if (value !== TYPED) throw new Error(`${name}: the field holds ${JSON.stringify(value)} after typing ${JSON.stringify(TYPED)}`);
    const state = (await page.evaluate(() => window.__bench)) as BenchState;
    if (errors.length) throw new Error(`${name}: page errors: ${errors.join("; ")}`);
    if (state.keys.length !== TYPED.length) throw new Error(`${name}: ${state.keys.length} keydowns recorded, ${TYPED.length} typed`);
    return { firstRender: state.firstRender!.fromNavigation, mount: state.firstRender!.mount, keys: state.keys, sectionSwitch, heapGrowth };
  } finally {
    await page.close();
  }
}
