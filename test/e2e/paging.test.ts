// Paged, searchable lists in real Chromium: a reviewer's inbox shows one page of 50 with the department's counts,
// loads the rest with 加载更多 and finds a company's case by the applicant's name; the applicant's 我的办件 lists the
// saved draft above the cases and pages through 55 cases 20 at a time; the supervision summary fits at 360 px and
// its overdue history and closed statistics views open.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";
import { launchBrowser, loginHere, newPage, shoot } from "./browser.js";
import { httpSession } from "./server.js";

let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];
const CASES = 55;
let companyCase = "";

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  expect((await designer("POST", "/api/bundles", fixtureBundle("test-shop"))).status).toBe(201);
  expect((await admin("POST", "/api/bundles/test-shop/publish", { changeSummary: "分页端到端测试" })).status).toBe(201);
  const zhangsan = await httpSession(server.url, "zhangsan", "Apply#2026");
  for (let i = 0; i < CASES; i++) {
    expect((await zhangsan("POST", "/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: { ...VALID_DATA, shopName: `店铺${i}` } })).status).toBe(201);
  }
  expect((await zhangsan("PUT", "/api/drafts/test-shop", { version: 1, answers: {}, data: { shopName: "未提交的店" } })).status).toBe(200);
  const qiye = await httpSession(server.url, "qiye", "Apply#2026");
  const r = await qiye<{ id: string }>("POST", "/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA });
  expect(r.status).toBe(201);
  companyCase = r.json.id;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("the inbox pages 50 at a time and finds a case by the applicant's name", async () => {
  const page = await newPage(browser, pageErrors);
  await page.goto(`${server.url}/workbench/#/`);
  await loginHere(page, "reviewer-samr", "Review#2026");
  const rows = page.locator("table tbody tr");
  await page.getByText(`待办 ${CASES + 1} 件 · 已办 0 件`).waitFor();
  await expect(rows.count()).resolves.toBe(50);
  await expect(page.getByRole("status").filter({ hasText: "已显示 50 条" }).count()).resolves.toBe(1);
  await shoot(page, "inbox-paged");
  await page.getByRole("button", { name: "加载更多" }).click();
  await page.getByText("已全部显示").waitFor();
  await expect(rows.count()).resolves.toBe(CASES + 1);
  await expect(page.getByRole("button", { name: "加载更多" }).count()).resolves.toBe(0);

  await page.getByLabel("办件编号或申请人姓名").fill("北京示例餐饮有限公司");
  await page.getByRole("button", { name: "查询" }).click();
  await page.waitForFunction(() => location.hash.includes("q=") && document.querySelectorAll("table tbody tr").length === 1);
  await expect(rows.first().getAttribute("data-task")).resolves.toBeTruthy();
  await expect(rows.first().locator("td").nth(2).innerText()).resolves.toBe("北京示例餐饮有限公司");
  await expect(rows.first().getByRole("link").getAttribute("href")).resolves.toContain(encodeURIComponent(companyCase));
  await shoot(page, "inbox-search");

  await page.getByLabel("办件编号或申请人姓名").fill("没有这个人");
  await page.getByRole("button", { name: "查询" }).click();
  await page.getByText("没有符合条件的办件。").waitFor();
  await page.getByRole("button", { name: "清除条件" }).click();
  await page.waitForFunction(() => document.querySelectorAll("table tbody tr").length === 50);
  expect(pageErrors).toEqual([]);
});

test("我的办件 lists the draft above the cases and pages through them 20 at a time", async () => {
  const page = await newPage(browser, pageErrors);
  await page.goto(`${server.url}/#/my`);
  await loginHere(page, "zhangsan", "Apply#2026");
  const drafts = page.getByRole("region", { name: "草稿（尚未提交）" });
  await drafts.getByRole("link", { name: "测试开店", exact: true }).waitFor();
  await expect(drafts.getByRole("link", { name: "继续填写：测试开店" }).getAttribute("href")).resolves.toBe("#/b/test-shop/apply");
  const rows = page.locator("table tbody tr");
  await page.waitForFunction(() => document.querySelectorAll("table tbody tr").length === 20);
  await shoot(page, "my-applications-paged");
  for (const n of [40, CASES]) {
    await page.getByRole("button", { name: "加载更多" }).click();
    await page.waitForFunction((want) => document.querySelectorAll("table tbody tr").length === want, n);
  }
  await page.getByText("已全部显示").waitFor();
  await expect(rows.count()).resolves.toBe(CASES);
  const shops = await rows.locator("td:first-child a").allInnerTexts();
  expect(new Set(shops)).toEqual(new Set(["测试开店"]));
  expect(pageErrors).toEqual([]);
});

test("the supervision summary fits at 360 px; the overdue history and closed statistics open", async () => {
  const page = await newPage(browser, pageErrors);
  await page.goto(`${server.url}/workbench/#/supervision`);
  await loginHere(page, "supervisor", "Supervise#2026");
  const summary = page.getByRole("table", { name: "各部门在办、即将到期和已超期的环节数，超期多的部门在前" });
  await summary.locator('tr[data-department="samr"]').waitFor();
  await expect(page.getByText(`共 ${CASES + 1} 条，已显示 50 条`).count()).resolves.toBe(1);
  await page.setViewportSize({ width: 360, height: 740 });
  const clipped = await page.evaluate(() => {
    const box = document.querySelector(".table-scroll--summary")!;
    return box.scrollWidth - box.clientWidth;
  });
  expect(clipped).toBeLessThanOrEqual(0);
  await shoot(page, "supervision-paged");
  await page.getByRole("link", { name: "超期记录" }).click();
  await page.getByText("没有超期办结的记录。").waitFor();
  await expect(page.getByRole("link", { name: "导出 CSV（Excel 可打开）" }).getAttribute("href")).resolves.toBe("/api/supervision/export?kind=overdue");
  await page.getByRole("link", { name: "办结统计" }).click();
  const stats = page.getByRole("table", { name: "各部门办结统计" });
  await stats.locator('tr[data-department="samr"]').waitFor();
  await expect(stats.locator('tr[data-department="samr"] td').first().innerText()).resolves.toBe("0");
  await shoot(page, "supervision-stats");
  expect(pageErrors).toEqual([]);
});
