// The apps work under the Content-Security-Policy the server sends (issue 13): the portal renders the catalogue
// and a smart form (Ajv compiles its validators), the editor's monaco JSON view runs its language worker (errors
// are underlined), the workbench shows a case's ID number masked and reveals it on request with a reason — with
// no CSP violation reported by Chromium on any of them.
import { expect, test } from "vitest";
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { e2eSuite } from "./suite.js";
import { httpSession } from "./server.js";
import { loginHere, newPage } from "./browser.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";

const suite = e2eSuite();
const SHOTS = "/tmp/shots-security";
const ID = "11010519491231002X";

/** A page that collects every CSP violation the browser reports. */
async function watched(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const console: string[] = [];
  page.on("console", (m) => { if (/Content Security Policy/i.test(m.text())) console.push(m.text()); });
  return { page, violations: async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))] };
}

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("the portal renders the catalogue and a smart form under the CSP", async () => {
  const res = await fetch(`${suite.server.url}/`);
  expect(res.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
  const { page, violations } = await watched();
  await page.goto(`${suite.server.url}/`);
  await page.locator(`a[href*='${suite.bundleKey}']`).first().waitFor({ timeout: 30_000 });
  await page.goto(`${suite.server.url}/#/b/${encodeURIComponent(suite.bundleKey)}/apply`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor({ timeout: 30_000 });
  await page.locator("form input").first().waitFor({ timeout: 30_000 });
  expect(await violations()).toEqual([]);
  expect(suite.pageErrors).toEqual([]);
}, 120_000);

test("the editor's monaco JSON view runs its worker under the CSP", async () => {
  const { page, violations } = await watched();
  await page.goto(`${suite.server.url}/editor/`);
  await loginHere(page, "admin", "Admin#2026");
  await page.getByRole("heading", { level: 1, name: "一件事列表" }).waitFor();
  await page.locator("main a[href*='bundle'], main table a").first().click();
  await page.getByRole("tab", { name: /^JSON/ }).click();
  const lines = page.getByTestId("monaco").locator(".view-lines");
  await lines.waitFor({ timeout: 60_000 });
  await lines.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" trailing garbage");
  // The JSON worker reports the error: monaco underlines it (no worker, no squiggle).
  await page.locator(".monaco-editor .squiggly-error").first().waitFor({ timeout: 30_000 });
  expect(await violations()).toEqual([]);
  expect(suite.pageErrors).toEqual([]);
}, 180_000);

test("the workbench shows an ID number masked and reveals it with a reason, under the CSP", async () => {
  const designer = await httpSession(suite.server.url, "designer", "Design#2026");
  const admin = await httpSession(suite.server.url, "admin", "Admin#2026");
  const doc = fixtureBundle("csp-shop", "测试开店（个人信息）") as { form: { schema: { properties: Record<string, unknown> } } };
  doc.form.schema.properties.idNumber = { type: "string", title: "身份证号" };
  expect((await designer("POST", "/api/bundles", doc)).status).toBe(201);
  expect([200, 201]).toContain((await admin("POST", "/api/bundles/csp-shop/publish", { changeSummary: "CSP 测试" })).status);
  const applicant = await httpSession(suite.server.url, "zhangsan", "Apply#2026");
  const sub = await applicant<{ id: string }>("POST", "/api/applications", { bundleKey: "csp-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三", idNumber: ID } });
  expect(sub.status, JSON.stringify(sub.json)).toBe(201);

  const { page, violations } = await watched();
  await page.goto(`${suite.server.url}/workbench/`);
  await loginHere(page, "reviewer-samr", "Review#2026");
  await page.waitForLoadState("networkidle");
  await page.goto(`${suite.server.url}/workbench/#/case/${encodeURIComponent(sub.json.id)}`);
  const panel = page.getByRole("region", { name: "已隐藏的敏感信息" });
  await panel.waitFor();
  await expect.poll(async () => (await page.content()).includes(ID)).toBe(false);
  await shot(page, "reveal-masked");
  await panel.getByRole("button", { name: "查看 身份证号" }).click();
  await panel.getByRole("button", { name: "确认查看" }).click();
  await panel.getByText("请填写查看原因").waitFor();
  await panel.getByLabel("查看原因").fill("核对身份证件原件");
  await shot(page, "reveal-reason");
  await panel.getByRole("button", { name: "确认查看" }).click();
  await panel.getByText("已显示（已记入访问记录）").waitFor();
  await expect.poll(() => page.locator("input").evaluateAll((els, id) => els.some((e) => (e as HTMLInputElement).value === id), ID)).toBe(true);
  await shot(page, "reveal-shown");
  const log = await admin<{ entries: Array<{ username: string; action: string; reason: string | null }> }>("GET", `/api/access-log?application=${sub.json.id}&action=reveal`);
  expect(log.json.entries).toEqual([expect.objectContaining({ username: "reviewer-samr", action: "reveal", reason: "核对身份证件原件" })]);
  expect(await violations()).toEqual([]);
  expect(suite.pageErrors).toEqual([]);
}, 180_000);
