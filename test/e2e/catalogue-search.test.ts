// The editor's item catalogue over the seeded 1,135 district items (plus the template items) in real Chromium: search
// by pinyin initials, filter by department and 事项类型 (the counts agree with the rows), page forward, narrow to the
// items of one one-thing, open an item and see where it is used — read-only for a designer without a department —
// and the owning department's designer edits the draft and publishes a new version, which the portal's guide shows.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { nameInitials } from "../../spec/catalogue/pinyin.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";

const s = e2eSuite();

const rows = (page: Page) => page.locator("table.cat-results tbody tr");
const names = (page: Page) => page.locator("table.cat-results tbody tr td:first-child a").allInnerTexts();
const total = async (page: Page) => Number(/共 (\d+) 个事项/.exec(await page.locator("#cat-results-title").innerText())?.[1]);

/** The count a facet shows beside one of its values. */
/** Ticks a facet value. The box follows the address (the filter is in the URL), so it shows ticked once the page has
 *  read the new address — a moment after the click, which locator.check() does not wait for. */
async function checkFacet(page: Page, legend: string, value: RegExp): Promise<void> {
  const box = page.getByRole("group", { name: legend }).getByLabel(value);
  await box.click();
  await expect.poll(() => box.isChecked()).toBe(true);
}

async function facetCount(page: Page, legend: string, value: string): Promise<number> {
  const label = page.getByRole("group", { name: legend }).locator("label").filter({ hasText: value }).first();
  return Number(await label.locator(".cat-facet__count").innerText());
}

test("search by pinyin initials, filter by department and type, page forward, open an item and see where it is used", async () => {
  const page = await newPage(s.browser, s.pageErrors);
  await page.goto(`${s.server.url}/editor/#/catalogue`);
  await loginHere(page, "designer", "Design#2026");
  await page.getByRole("heading", { level: 1, name: "事项清单" }).waitFor();
  await page.waitForFunction(() => /共 \d+ 个事项/.test(document.querySelector("#cat-results-title")?.textContent ?? ""));
  expect(await total(page)).toBeGreaterThanOrEqual(1135);
  await expect(rows(page).count()).resolves.toBe(20);
  await shoot(page, "catalogue-list");

  // pinyin initials, by keyboard: type, Enter
  const search = page.getByLabel("搜索事项");
  await search.focus();
  await page.keyboard.type("gtgsh");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash.includes("q=gtgsh"));
  await page.waitForFunction(() => /共 \d+ 个事项/.test(document.querySelector("#cat-results-title")?.textContent ?? "") && !document.querySelector("[aria-busy=true]"));
  // the list may still be the unfiltered one for a moment (the request has not started): wait for the searched rows
  await expect.poll(async () => (await names(page)).every((n) => nameInitials(n).includes("gtgsh"))).toBe(true);
  const found = await names(page);
  expect(found).toContain("个体工商户变更登记（备案）");
  for (const n of found) expect(nameInitials(n), n).toContain("gtgsh");

  // department and type filters: the total is the count the facet showed, every row has both
  await search.fill("");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => !location.hash.includes("q="));
  await page.getByRole("group", { name: "部门" }).getByRole("button", { name: /显示全部 \d+ 项/ }).click();
  // the district's 区人社局 is the registry's 人力资源和社会保障局: one department in the facet
  await expect(page.getByRole("group", { name: "部门" }).getByLabel(/区人社局/).count()).resolves.toBe(0);
  const deptCount = await facetCount(page, "部门", "人力资源和社会保障局");
  await checkFacet(page, "部门", /人力资源和社会保障局/);
  await page.waitForFunction((n) => document.querySelector("#cat-results-title")?.textContent?.includes(`共 ${n} 个事项`), deptCount);
  const typeCount = await facetCount(page, "事项类型", "公共服务");
  expect(typeCount).toBeLessThanOrEqual(deptCount);
  await checkFacet(page, "事项类型", /公共服务/);
  await page.waitForFunction((n) => document.querySelector("#cat-results-title")?.textContent?.includes(`共 ${n} 个事项`), typeCount);
  expect(typeCount).toBeGreaterThan(20);
  for (const row of await rows(page).all()) {
    const cells = await row.locator("td").allInnerTexts();
    expect(["区人社局", "人力资源和社会保障局"]).toContain(cells[1]);
    expect(cells[2]).toBe("公共服务");
  }
  await expect(page.getByRole("list", { name: "已选条件" }).getByRole("button").allInnerTexts()).resolves.toEqual(expect.arrayContaining([expect.stringContaining("部门：人力资源和社会保障局"), expect.stringContaining("事项类型：公共服务")]));
  await shoot(page, "catalogue-filtered");

  // page forward
  const first = await names(page);
  await page.getByRole("button", { name: "下一页" }).click();
  await page.waitForFunction(() => location.hash.includes("page=2"));
  await page.getByText(/第 2 页，共 \d+ 页/).waitFor();
  await page.waitForFunction((prev) => document.querySelector("table.cat-results tbody tr td a")?.textContent !== prev, first[0]);
  const second = await names(page);
  expect(second.filter((n) => first.includes(n))).toEqual([]);

  // the items of one one-thing, then one of them: where it is used, read-only for a designer without a department
  await page.getByRole("button", { name: "清除全部条件" }).click();
  await page.getByLabel("所属一件事").selectOption({ label: (await page.getByLabel("所属一件事").locator("option", { hasText: "我要开餐馆" }).innerText()) });
  await page.waitForFunction(() => location.hash.includes("usedBy=canguan"));
  await page.waitForFunction(() => [...document.querySelectorAll("table.cat-results tbody tr td:first-child a")].some((a) => a.textContent === "食品经营许可（餐饮服务经营者）"));
  for (const row of await rows(page).all()) await expect(row.locator("td").nth(4).innerText()).resolves.toContain("我要开餐馆");
  await page.getByRole("link", { name: "食品经营许可（餐饮服务经营者）" }).click();
  await page.getByRole("heading", { level: 1, name: "食品经营许可（餐饮服务经营者）" }).waitFor();
  const usage = page.locator("section", { has: page.getByRole("heading", { name: /使用该事项的一件事/ }) });
  await expect(usage.getByRole("link", { name: "我要开餐馆" }).getAttribute("href")).resolves.toBe("#/bundle/canguan");
  await expect(usage.innerText()).resolves.toContain("事项版本 1");
  await page.getByText(/只读：/).waitFor();
  await expect(page.getByRole("button", { name: "编辑草稿" }).count()).resolves.toBe(0);
  await shoot(page, "catalogue-item-readonly");
  expect(s.pageErrors).toEqual([]);
}, 120_000);

test("the owning department's designer edits the item's draft and publishes it; the portal's guide shows the change", async () => {
  const page = await newPage(s.browser, s.pageErrors);
  await page.goto(`${s.server.url}/editor/#/catalogue/shipin-jingying-xuke`);
  await loginHere(page, "designer-samr", "Design#2026");
  await page.getByRole("button", { name: "编辑草稿" }).click();
  await page.getByRole("tab", { name: "渠道" }).click();
  await page.getByLabel("咨询电话").fill("0826-8887777");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await page.locator(".alert--success", { hasText: "草稿已保存" }).waitFor();
  await shoot(page, "catalogue-item-edit");
  await page.getByLabel("本次发布的修改说明").fill("公布咨询电话");
  await page.getByRole("button", { name: "发布新版本" }).click();
  await page.locator(".alert--success", { hasText: "已发布版本 2" }).waitFor();
  const versions = page.locator("section", { has: page.getByRole("heading", { name: "已发布版本" }) });
  await expect(versions.innerText()).resolves.toContain("公布咨询电话");

  const portal = await newPage(s.browser, s.pageErrors);
  await portal.goto(`${s.server.url}/#/items/shipin-jingying-xuke`);
  await portal.getByText("0826-8887777").waitFor();
  await expect(portal.locator(".guide-meta").innerText()).resolves.toContain("版本 2");
  expect(s.pageErrors).toEqual([]);
}, 90_000);
