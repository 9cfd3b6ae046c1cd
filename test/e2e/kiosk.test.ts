// The self-service terminal (/kiosk/) in Chromium with a touch screen only: every step is a tap (hasTouch,
// locator.tap → touch events), nothing is typed on a keyboard. An applicant logs in by ID number and the code the
// log-only SMS sender recorded (read through the server, as an operator would), both typed on the on-screen keyboard;
// fills the portal's own guide and smart form, the shop name in Chinese by pinyin; submits and sees (and prints) the
// receipt, and once the front desk accepted the case prints its 受理通知书 from 我的办件. The case's status is looked
// up by its number without login. Left alone, the terminal counts down and wipes session, form and storage.
// Screenshots portrait 1080×1920 and landscape 1920×1080.
import { expect, test } from "vitest";
import type { Browser, Page } from "playwright-core";
import { join } from "node:path";
import { mkdirSync } from "node:fs";
import { ARTIFACTS } from "./browser.js";
import { httpSession, startWithFlowBundle } from "./server.js";
import { e2eSuite } from "./suite.js";
import { checkScreen } from "./a11y.js";

const KEY = "kiosk-e2e";
const ID = "11010519491231002X";
const suite = e2eSuite(() => startWithFlowBundle(KEY, "自助终端端到端测试"));
const PORTRAIT = { width: 1080, height: 1920 };
const LANDSCAPE = { width: 1920, height: 1080 };

/** A touch-screen terminal page (no mouse or keyboard is used on it). */
async function terminal(browser: Browser, query: string, errors: string[], audit = false): Promise<Page> {
  // bypassCSP only for the audit, which injects axe-core as a script; the journeys run under the real policy.
  const context = await browser.newContext({ viewport: PORTRAIT, hasTouch: true, isMobile: false, locale: "zh-CN", timezoneId: "Asia/Shanghai", bypassCSP: audit });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => { (window as unknown as { prints: number }).prints = 0; window.print = () => { (window as unknown as { prints: number }).prints++; }; });
  await page.goto(`${suite.server.url}/kiosk/?${query}`);
  return page;
}

/** Taps keys of the on-screen keyboard, one per character (digits, letters, X). */
async function tapKeys(page: Page, keys: string): Promise<void> {
  for (const k of keys) await page.locator(`.osk [data-key="${k}"]`).tap();
}

/** Screenshots the screen in portrait and landscape, failing on horizontal overflow. */
async function shootBoth(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const [label, size] of [["portrait", PORTRAIT], ["landscape", LANDSCAPE]] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(ARTIFACTS, `kiosk-${name}-${label}.png`) });
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(over, `${name} overflows in ${label}`).toBeLessThanOrEqual(1);
  }
  await page.setViewportSize(PORTRAIT);
}

/** Every visible button and link of the screen is a touch target of at least 64 px height. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll<HTMLElement>(".kiosk-frame button, .kiosk-frame a.btn, .kiosk-tile, .osk__key")]
    .filter((el) => el.offsetParent !== null).filter((el) => el.getBoundingClientRect().height < 64).map((el) => `${el.tagName} ${el.textContent?.trim()} ${Math.round(el.getBoundingClientRect().height)}px`));
}

/** The latest login code the log-only SMS sender recorded for this phone, as the server lists it to an admin. */
async function loginCode(since: string): Promise<string> {
  const admin = await httpSession(suite.server.url, "admin", "Admin#2026");
  let code: string | undefined;
  await expect.poll(async () => {
    const sms = await admin<{ messages: Array<{ phone: string; body: string; createdAt: string }> }>("GET", "/api/notifications/sms");
    const m = sms.json.messages.find((x) => x.phone === "13800138000" && x.createdAt >= since && x.body.includes("自助终端登录"));
    code = m && /验证码为 (\d{6})/.exec(m.body)?.[1];
    return code;
  }).toMatch(/^\d{6}$/);
  return code!;
}

test("an applicant logs in, fills the form with the on-screen keyboard (Chinese by pinyin), submits and prints the receipt; the case is looked up by its number", async () => {
  const errors: string[] = [];
  const page = await terminal(suite.browser, "printer=1&idle=600", errors);
  await page.getByRole("heading", { name: "欢迎使用政务服务自助终端" }).waitFor();
  await shootBoth(page, "home");
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole("link", { name: /办理业务/ }).tap();
  await page.getByLabel("公民身份号码").tap();
  await page.locator(".osk").waitFor();
  await tapKeys(page, ID.slice(0, 17));
  await page.locator('.osk [data-key="X"]').tap();
  expect(await page.getByLabel("公民身份号码").inputValue()).toBe(ID);
  await shootBoth(page, "login-keyboard");
  expect(await smallTargets(page)).toEqual([]);
  const since = new Date(Date.now() - 1000).toISOString();
  await page.getByRole("button", { name: "获取短信验证码" }).tap();
  await page.getByText("验证码已发送到 138****8000").waitFor();
  const code = await loginCode(since);
  await page.getByLabel("短信验证码").tap();
  await tapKeys(page, code);
  await page.getByRole("button", { name: "登录", exact: true }).tap();
  await page.getByText("张三，您好").waitFor();
  await page.getByRole("link", { name: /测试开店（流程）/ }).first().waitFor();
  await shootBoth(page, "catalog");
  expect(await smallTargets(page)).toEqual([]);

  // The portal's own screens: one-thing, guide, smart form.
  await page.getByRole("link", { name: /测试开店（流程）/ }).first().tap();
  await page.getByRole("link", { name: "开始办理" }).tap();
  await page.getByLabel("否").first().tap();
  await page.getByRole("link", { name: "下一步：填写申报表" }).tap();
  const shop = page.getByLabel("店铺名称");
  await shop.tap();
  await page.locator('.osk [data-key="mode-pinyin"][aria-pressed="true"]').waitFor();
  await tapKeys(page, "mianguan");
  await page.locator(".osk__letters", { hasText: "mianguan" }).waitFor();
  await shootBoth(page, "pinyin");
  await page.locator(".osk__picks button", { hasText: /^面$/ }).tap();
  await page.locator(".osk__letters", { hasText: /^guan$/ }).waitFor();
  await page.locator(".osk__picks button", { hasText: /^馆$/ }).tap();
  expect(await shop.inputValue()).toBe("面馆");
  // This field has no phone format in the fixture, so it opens in pinyin; the applicant switches to digits.
  await page.getByLabel("联系电话").tap();
  await page.locator('.osk [data-key="mode-digits"]').tap();
  await tapKeys(page, "13800138000");
  await page.getByLabel("经营面积").tap();
  await page.locator('.osk [data-key="mode-digits"][aria-pressed="true"]').waitFor();
  await tapKeys(page, "45");
  await page.locator('.osk [data-key="done"]').tap();
  await page.locator(".osk").waitFor({ state: "detached" });
  await shootBoth(page, "form");
  await page.getByRole("button", { name: "提交申请" }).tap();

  // The receipt: case number, printable on this terminal.
  await page.getByRole("heading", { name: "申请已提交" }).waitFor();
  const caseNo = (await page.locator(".kiosk-receipt .kiosk-caseno").textContent())!.trim();
  expect(caseNo).toMatch(/^SAMR-\d{8}-\d{4}$/);
  await expect.poll(() => page.locator(".kiosk-receipt").textContent()).toContain("测试开店（流程）");
  await shootBoth(page, "receipt");
  await page.getByRole("button", { name: "打印回执" }).tap();
  expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);
  const applicant = await httpSession(suite.server.url, "zhangsan", "Apply#2026");
  const mine = await applicant<{ applications: Array<{ caseNo: string; id: string }> }>("GET", "/api/applications");
  const app = mine.json.applications.find((a) => a.caseNo === caseNo)!;
  const stored = await applicant<{ data: Record<string, unknown> }>("GET", `/api/applications/${app.id}`);
  expect(stored.json.data).toMatchObject({ shopName: "面馆", mobile: "13800138000", area: 45, applicantName: "张三" });

  // The front desk accepts the case and issues the 受理通知书; on the terminal it is printed from 我的办件.
  const clerk = await httpSession(suite.server.url, "clerk-samr", "Clerk#2026");
  const inbox = await clerk<{ tasks: Array<{ id: string; applicationId: string }> }>("GET", "/api/tasks/inbox");
  const task = inbox.json.tasks.find((x) => x.applicationId === app.id)!;
  expect((await clerk("POST", `/api/tasks/${task.id}/complete`, { action: "accept" })).status).toBe(200);
  const doc = await clerk<{ id: string }>("POST", `/api/applications/${app.id}/documents`, { kind: "acceptance" });
  expect(doc.status).toBe(201);
  await page.getByRole("link", { name: "我的办件" }).tap();
  await page.getByRole("link", { name: "测试开店（流程）" }).first().tap();
  await page.getByRole("heading", { name: "办件详情" }).waitFor();
  await page.getByRole("heading", { name: "可打印的文书" }).waitFor();
  await shootBoth(page, "case-documents");
  const printed = page.waitForResponse((r) => r.url().endsWith(`/api/documents/${doc.json.id}/html`) && r.status() === 200);
  await page.locator(".kiosk-panel li", { hasText: "受理" }).getByRole("button", { name: "打印" }).tap();
  await printed;

  // Finish: logged out and wiped; the status lookup needs no login and shows nothing personal.
  await page.getByRole("button", { name: "完成并退出" }).tap();
  await page.getByRole("heading", { name: "欢迎使用政务服务自助终端" }).waitFor();
  expect(await page.evaluate(() => fetch("/api/auth/me").then((r) => r.status))).toBe(401);
  await page.getByRole("link", { name: /办件进度查询/ }).tap();
  await page.getByLabel("办件编号").tap();
  await page.locator('.osk [data-key="mode-latin"][aria-pressed="true"]').waitFor();
  await page.locator('.osk [data-key="shift"]').tap();
  for (const ch of caseNo.toLowerCase()) {
    await page.locator(`.osk [data-key="${ch === "-" ? "dash" : ch}"]`).tap();
  }
  expect(await page.getByLabel("办件编号").inputValue()).toBe(caseNo);
  await page.locator('.osk [data-key="done"]').tap();
  await page.getByRole("button", { name: "查询" }).tap();
  const status = page.locator(".kiosk-status");
  await status.waitFor();
  expect(await status.textContent()).toContain("测试开店（流程）");
  expect(await status.textContent()).toContain("市场监督管理局");
  expect(await status.textContent()).not.toContain("张三");
  await shootBoth(page, "status");
  await page.getByRole("button", { name: "English" }).tap();
  await page.getByRole("heading", { name: "Case status" }).waitFor();
  expect(await status.textContent()).toContain("Now handled by");
  await shootBoth(page, "status-en");
  expect(errors).toEqual([]);
});

test("left alone, the terminal counts down, then logs out and wipes session, form and storage", async () => {
  const errors: string[] = [];
  const page = await terminal(suite.browser, "idle=4&warn=5", errors);
  await page.getByRole("link", { name: /办理业务/ }).tap();
  await page.getByLabel("公民身份号码").tap();
  await tapKeys(page, "1101051949");
  await page.evaluate(() => { localStorage.setItem("yijian.test", "x"); sessionStorage.setItem("yijian.test", "x"); });
  const dialog = page.getByRole("alertdialog");
  await dialog.waitFor({ timeout: 10_000 });
  expect(await dialog.textContent()).toMatch(/[1-5] 秒后将自动退出并清除/);
  await shootBoth(page, "idle");
  // A touch keeps the session and what was typed.
  await page.getByRole("button", { name: "继续办理" }).tap();
  await dialog.waitFor({ state: "detached" });
  expect(await page.getByLabel("公民身份号码").inputValue()).toBe("1101051949");
  // Then nobody touches it: it counts down to zero and starts afresh.
  await dialog.waitFor({ timeout: 10_000 });
  const first = Number(await page.locator(".kiosk-idle__count").textContent());
  await expect.poll(() => page.locator(".kiosk-idle__count").textContent().then(Number).catch(() => 0)).toBeLessThan(first);
  await page.getByRole("heading", { name: "欢迎使用政务服务自助终端" }).waitFor({ timeout: 15_000 });
  await dialog.waitFor({ state: "detached" });
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(page.url()).toMatch(/\/kiosk\/\?idle=4&warn=5#\/$/);
  await page.getByRole("link", { name: /办理业务/ }).tap();
  expect(await page.getByLabel("公民身份号码").inputValue()).toBe("");
  expect(errors).toEqual([]);
});

test("the terminal's screens have no serious WCAG violations, the keyboard open and in English too", async () => {
  const errors: string[] = [];
  const found: string[] = [];
  const page = await terminal(suite.browser, "idle=600", errors, true);
  await page.getByRole("heading", { name: "欢迎使用政务服务自助终端" }).waitFor();
  await checkScreen(page, "kiosk-home", found);
  await page.getByRole("link", { name: /办理业务/ }).tap();
  await page.getByLabel("公民身份号码").tap();
  await page.locator(".osk").waitFor();
  await checkScreen(page, "kiosk-login-digits", found);
  await page.locator('.osk [data-key="mode-pinyin"]').tap();
  await tapKeys(page, "zhang");
  await page.locator(".osk__picks button").first().waitFor();
  await checkScreen(page, "kiosk-login-pinyin", found);
  await page.locator('.osk [data-key="done"]').tap();
  await page.getByRole("button", { name: "English" }).tap();
  await page.getByRole("heading", { name: "Log in" }).waitFor();
  await checkScreen(page, "kiosk-login-en", found);
  await page.getByRole("link", { name: "Home" }).tap();
  await page.getByRole("link", { name: /Case status/ }).tap();
  await checkScreen(page, "kiosk-status-en", found);
  expect(found).toEqual([]);
  expect(errors).toEqual([]);
});
