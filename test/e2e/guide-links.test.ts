// No dead link to a service guide (tryout #26), in real Chromium: a one-thing whose items are not published in the
// catalogue — one imported by spreadsheet without a form (so it cannot be published), one embedded in the one-thing —
// names them without a link on its page and in its guide's notice; once an item's guide is published it is linked, and
// every link followed opens a guide with content, never 办事指南尚未发布.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { writeWorkbook } from "../../server/catalogue/io/xlsx.js";
import { writeSheets } from "../../spec/catalogue/rows-write.js";
import { fixtureBundle } from "../fixtures/bundle.js";
import { guideItemDraft } from "../fixtures/guide-item.js";
import { newPage, shoot } from "./browser.js";
import { httpSession } from "./server.js";
import { e2eSuite } from "./suite.js";
import { startTestServer } from "../helpers/server.js";

const KEY = "links-shop";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const s = e2eSuite(async () => {
  const server = await startTestServer();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  expect((await designer("POST", "/api/bundles", fixtureBundle(KEY, "测试开店（指南链接）"))).status).toBe(201);
  expect((await admin("POST", `/api/bundles/${KEY}/publish`, { changeSummary: "首次发布" })).status).toBe(201);
  // the 户外招牌设置 item is in the catalogue, imported from a spreadsheet: no form, never published
  const rows = [{ id: "sign", task_name: "户外招牌设置", department: "urban", dept_name: "城市管理局", task_code: "E2E-SIGN", task_type: "10", by_law: "《城市市容和环境卫生管理条例》" }];
  const imported = await admin.upload("/api/items/import", Buffer.from(await writeWorkbook(writeSheets(rows))), XLSX, "事项.xlsx");
  expect(imported.status, JSON.stringify(imported.json)).toBe(200);
  return { server, bundleKey: KEY };
});

/** The guide links in the page's main content. */
const guideLinks = (page: Page) => page.locator("main a[href*='#/items/']").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));

/** Follows each link and checks it opens a guide with its conditions, not a missing one. */
async function followAll(page: Page, hrefs: string[]): Promise<void> {
  for (const h of hrefs) {
    await page.goto(new URL(h, s.server.url).href);
    await page.getByRole("heading", { name: "受理条件" }).waitFor();
    expect(await page.getByText("尚未发布").count(), h).toBe(0);
  }
}

test("a one-thing links only the guides that exist: none before, the published one after", async () => {
  const page = await newPage(s.browser, s.pageErrors);
  await page.goto(`${s.server.url}/#/b/${KEY}`);
  const items = page.locator("section[aria-labelledby=items-title]");
  await items.getByText("户外招牌设置").waitFor();
  expect(await guideLinks(page)).toEqual([]);
  expect(await items.getByRole("link").count()).toBe(0);
  await shoot(page, "guide-links-bundle");
  await page.goto(`${s.server.url}/#/b/${KEY}/guide?a.has_sign=true`);
  const notice = page.locator("section[aria-labelledby=notice-title]");
  await notice.getByText("户外招牌设置").waitFor();
  expect(await notice.getByRole("link").count()).toBe(0);
  await shoot(page, "guide-links-notice");

  // the 食品经营许可 item's guide is published in the catalogue: now it, and only it, is linked, and the link opens it
  const admin = await httpSession(s.server.url, "admin", "Admin#2026");
  expect((await admin("POST", "/api/items", { ...guideItemDraft("licence"), task_name: "食品经营许可" })).status).toBe(201);
  expect((await admin("POST", "/api/items/licence/publish", { changeSummary: "首次发布" })).status).toBe(201);
  await page.goto(`${s.server.url}/#/b/${KEY}`);
  await items.getByRole("link", { name: "食品经营许可" }).waitFor();
  expect(await items.getByRole("link").count()).toBe(1);
  const fromBundle = await guideLinks(page);
  await page.goto(`${s.server.url}/#/b/${KEY}/guide?a.has_sign=true`);
  await notice.getByRole("link", { name: /食品经营许可/ }).waitFor();
  expect(await notice.getByRole("link").count()).toBe(1);
  await shoot(page, "guide-links-notice-published");
  const fromNotice = await guideLinks(page);
  expect([...fromBundle, ...fromNotice]).toEqual(["#/items/licence", "#/items/licence"]);
  await followAll(page, [...fromBundle, ...fromNotice]);
  expect(s.pageErrors).toEqual([]);
}, 120_000);
