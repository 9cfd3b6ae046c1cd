// The portal's form follows the guide (tryout 8, issue 1), in real Chromium: with 是否设置户外招牌 answered 否 the
// 户外招牌设置 item does not apply, so its 招牌 section — tied to the item only by the merge's provenance — is not
// shown, not required, and the application is submitted; answered 是, the section is there and its field required.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { httpSession } from "./server.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { startTestServer } from "../helpers/server.js";
import { provenanceOnlyBundle, provenanceTableBundle } from "../fixtures/situated.js";

const KEY = "rent-shop";
const TABLE = "rent-sign-table";
const suite = e2eSuite(async () => {
  const server = await startTestServer();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  for (const [key, doc] of [[KEY, provenanceOnlyBundle(KEY)], [TABLE, provenanceTableBundle(TABLE)]] as const) {
    expect((await designer("POST", "/api/bundles", doc)).status).toBe(201);
    const pub = await admin("POST", `/api/bundles/${key}/publish`, { changeSummary: "情形化表单" });
    expect(pub.status, JSON.stringify(pub.json)).toBe(201);
  }
  return { server, bundleKey: KEY };
});

async function fillShop(page: Page): Promise<void> {
  await page.getByLabel(/^店铺名称/).fill("张记面馆");
  await page.getByLabel(/^联系电话/).fill("13800138000");
  await page.getByLabel(/^经营面积/).fill("45");
}

test("the section of an item the guide rules out is neither shown nor required; with the item it is", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/b/${KEY}/apply?a.has_sign=false`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  await fillShop(page);
  expect(await page.getByText("招牌文字").count()).toBe(0);
  expect(await page.locator("nav").getByText("招牌", { exact: true }).count()).toBe(0);
  await shoot(page, "applicability-no-sign");
  await page.getByRole("button", { name: "提交申请" }).click();
  await page.waitForURL(/#\/my\//);
  await page.locator(".alert--success[role=status]").waitFor();
  await shoot(page, "applicability-submitted");

  // with a sign the item applies: its section is there and required
  await page.goto(`${suite.server.url}/#/b/${KEY}/apply?a.has_sign=true`);
  await page.locator("#section-title").waitFor();
  await fillShop(page);
  await page.getByLabel(/^招牌文字/).waitFor();
  await page.getByRole("button", { name: "提交申请" }).click();
  await page.getByRole("alert").filter({ hasText: "招牌文字" }).first().waitFor();
  await shoot(page, "applicability-sign-required");
  expect(page.url()).toContain("/apply");
  expect(suite.pageErrors).toEqual([]);
}, 120_000);

test("the table of an item the guide rules out is not asked: neither shown nor required (tryout #12)", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/b/${TABLE}/apply?a.has_sign=false`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  await fillShop(page);
  expect(await page.getByText("招牌明细", { exact: true }).count()).toBe(0);
  expect(await page.getByText("设置位置").count()).toBe(0);
  expect(await page.locator("nav").getByText("招牌", { exact: true }).count()).toBe(0);
  await shoot(page, "applicability-no-sign-table");
  await page.getByRole("button", { name: "提交申请" }).click();
  await page.waitForURL(/#\/my\//);
  await page.locator(".alert--success[role=status]").waitFor();

  // with a sign the table is there, its row's columns required
  await page.goto(`${suite.server.url}/#/b/${TABLE}/apply?a.has_sign=true`);
  await page.locator("#section-title").waitFor();
  await fillShop(page);
  await page.getByRole("button", { name: "提交申请" }).click();
  await page.getByRole("alert").filter({ hasText: "设置位置" }).first().waitFor();
  await page.getByLabel(/^招牌尺寸/).waitFor();
  await shoot(page, "applicability-sign-table-required");
  expect(page.url()).toContain("/apply");
  expect(suite.pageErrors).toEqual([]);
}, 120_000);

test("before the question is answered the notice does not call the item not needed, and counts working days (tryout 8 #25)", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/b/${KEY}/guide`);
  const notice = page.locator("section[aria-labelledby=notice-title]");
  await notice.getByText("是否需要办理，取决于您的回答").locator("xpath=following-sibling::ul[1]").getByText("户外招牌设置").waitFor();
  expect(await notice.getByText("您的情形无需办理").count()).toBe(0);
  await notice.getByText("（分别办理合计法定时限 20 个工作日）").waitFor();
  await notice.getByText("承诺 10 个工作日内办结（各事项并联办理）").waitFor();
  await shoot(page, "guide-notice-unanswered");
  await page.getByRole("group", { name: "是否设置户外招牌" }).getByLabel("否").check();
  await notice.getByText("您的情形无需办理").locator("xpath=following-sibling::ul[1]").getByText("户外招牌设置").waitFor();
  expect(await notice.getByText("是否需要办理，取决于您的回答").count()).toBe(0);
  await page.getByRole("group", { name: "是否设置户外招牌" }).getByLabel("是").check();
  await notice.getByText("（分别办理合计法定时限 30 个工作日）").waitFor();
  expect(suite.pageErrors).toEqual([]);
}, 60_000);
