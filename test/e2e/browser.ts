// Shared e2e plumbing: launch Debian's Chromium through playwright-core with flags that avoid network hangs on
// machines without internet, log in through the real UI, and take screenshots of a screen at 1280 px and 360 px.
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
/** Where screenshots go (git-ignored). */
export const ARTIFACTS = join(ROOT, "test-artifacts");

/** Launches headless Chromium from the path the global setup resolved. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject("chromiumPath"),
    args: ["--lang=zh-CN", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** A new page in a fresh context (own cookies) at desktop size, Chinese locale, failing on page errors.
 *  `bypassCSP` only for audits that inject their own script (axe-core); journeys run under the real policy. */
export async function newPage(browser: Browser, errors: string[] = [], opts: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN", timezoneId: "Asia/Shanghai", bypassCSP: opts.bypassCSP ?? false });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error" && !/Failed to load resource/.test(m.text())) errors.push(`console: ${m.text()}`);
  });
  return page;
}

/** Screenshots the current screen full-page at 1280 px and 360 px wide (plus 1920 px, a 1080p kiosk, when asked),
 *  failing on horizontal overflow, then restores the desktop size. */
export async function shoot(page: Page, name: string, widths: number[] = [1280, 360]): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const width of widths) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : width === 1920 ? 1080 : 800 });
    await page.waitForTimeout(100);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${width}.png`), fullPage: true });
    const overflow = await page.evaluate(() => {
      const over = document.documentElement.scrollWidth - document.documentElement.clientWidth;
      const culprit = [...document.querySelectorAll<HTMLElement>("main *")].find((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1);
      return { over, culprit: culprit ? `${culprit.tagName.toLowerCase()}.${culprit.className}#${culprit.id}` : "" };
    });
    if (overflow.over > 1) throw new Error(`${name}: page is ${overflow.over}px wider than the ${width}px viewport (first overflowing: ${overflow.culprit})`);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Logs in through the login form shown on the current page. */
export async function loginHere(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel(/^(用户名|Username)$/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(password);
  await page.getByRole("button", { name: /^(登录|Log in)$/ }).click();
}

/** Calls the API from inside the page (with its session cookie and the CSRF header). */
export async function apiFromPage<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ([m, p, b]) => {
      const res = await fetch(p as string, {
        method: m as string, credentials: "include",
        headers: { "Content-Type": "application/json", "X-Requested-With": "yijian" },
        body: b === undefined ? undefined : JSON.stringify(b),
      });
      return { status: res.status, json: await res.json().catch(() => null) };
    },
    [method, path, body] as const,
  ) as Promise<{ status: number; json: T }>;
}

/** Demo passwords the server seeds, by account name. */
export function passwordOf(username: string): string {
  if (username === "admin") return "Admin#2026";
  if (username === "designer") return "Design#2026";
  if (username.startsWith("clerk-")) return "Clerk#2026";
  if (username.startsWith("reviewer-")) return "Review#2026";
  return "Apply#2026";
}
