// A saved draft survives a new version of its one-thing (tryout #33), in real Chromium: the applicant types part of
// the form and saves the draft; an admin publishes version 2, which no longer asks for 经营面积; the applicant
// comes back and finds what they typed carried onto version 2, with a notice naming what was left out. Meanwhile the
// server still holds the draft on version 1 — nothing vanished before the applicant saw it.
import { expect, test } from "vitest";
import { httpSession } from "./server.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { startTestServer } from "../helpers/server.js";
import { fixtureBundle } from "../fixtures/bundle.js";

const KEY = "draft-shop";
const suite = e2eSuite(async () => {
  const server = await startTestServer();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  expect((await designer("POST", "/api/bundles", fixtureBundle(KEY, "测试开店（草稿）"))).status).toBe(201);
  expect((await admin("POST", `/api/bundles/${KEY}/publish`, { changeSummary: "首次发布" })).status).toBe(201);
  return { server, bundleKey: KEY };
});

test("a draft saved on version 1 is carried onto version 2, naming what the new version no longer asks", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/b/${KEY}/apply?a.has_sign=false`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  await page.getByLabel(/^店铺名称/).fill("张记面馆");
  await page.getByLabel(/^经营面积/).fill("45");
  const saved = page.waitForResponse((r) => r.url().includes(`/api/drafts/${KEY}`) && r.request().method() === "PUT");
  await page.getByRole("button", { name: "保存草稿" }).click();
  expect((await saved).status()).toBe(200);
  await page.context().close();

  // version 2: 经营面积 is no longer asked
  const admin = await httpSession(suite.server.url, "admin", "Admin#2026");
  const v2 = fixtureBundle(KEY, "测试开店（草稿）") as Record<string, any>;
  delete v2.form.schema.properties.area;
  v2.form.schema.required = v2.form.schema.required.filter((k: string) => k !== "area");
  expect((await admin.saveDraft(KEY, v2)).status).toBe(200);
  const pub = await admin("POST", `/api/bundles/${KEY}/publish`, { changeSummary: "不再填写经营面积" });
  expect(pub.status, JSON.stringify(pub.json)).toBe(201);
  const applicant = await httpSession(suite.server.url, "zhangsan", "Apply#2026");
  expect((await applicant<{ version: number; data: Record<string, unknown> }>("GET", `/api/drafts/${KEY}`)).json).toMatchObject({ version: 1, data: { shopName: "张记面馆", area: 45 } });

  const again = await newPage(suite.browser, suite.pageErrors);
  await again.goto(`${suite.server.url}/#/b/${KEY}/apply?a.has_sign=false`);
  await loginHere(again, "zhangsan", "Apply#2026");
  const notice = again.getByRole("status").filter({ hasText: "第 2 版" });
  await notice.waitFor();
  expect(await notice.locator("p").allInnerTexts()).toEqual(["此一件事已更新为第 2 版。您在第 1 版保存的草稿已带入新版，请核对后继续填写。", "以下内容新版不再需要或填写要求已变化，未带入：经营面积。"]);
  await expect.poll(() => again.getByLabel(/^店铺名称/).inputValue()).toBe("张记面馆");
  expect(await again.getByLabel(/^经营面积/).count()).toBe(0);
  await shoot(again, "draft-carried-to-new-version");
  // the carried draft is submitted on version 2
  await again.getByLabel(/^联系电话/).fill("13800138000");
  await again.getByRole("button", { name: "提交申请" }).click();
  await again.waitForURL(/#\/my\//);
  expect(suite.pageErrors).toEqual([]);
}, 120_000);

test("a submit on a version replaced meanwhile is refused, and what was filled is carried onto the new one (tryout 10 #49)", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/b/${KEY}/apply?a.has_sign=false`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  await page.getByLabel(/^店铺名称/).fill("李记包子");
  await page.getByLabel(/^联系电话/).fill("13900139000");

  // while the applicant fills in version 2, an admin publishes version 3
  const admin = await httpSession(suite.server.url, "admin", "Admin#2026");
  const current = await admin<{ spec: Record<string, unknown> }>("GET", `/api/bundles/${KEY}/draft`);
  expect((await admin.saveDraft(KEY, { ...current.json.spec, summary: "第 3 版" })).status).toBe(200);
  expect((await admin("POST", `/api/bundles/${KEY}/publish`, { changeSummary: "第 3 版" })).status).toBe(201);

  const refused = page.waitForResponse((r) => r.url().endsWith("/api/applications") && r.request().method() === "POST");
  await page.getByRole("button", { name: "提交申请" }).click();
  expect((await refused).status()).toBe(409);
  const notice = page.getByRole("status").filter({ hasText: "第 3 版" });
  await notice.waitFor();
  expect(await notice.locator("p").first().innerText()).toBe("申请未提交：此一件事已更新为第 3 版。您在第 2 版填写的内容已带入新版，请核对后再提交。");
  await expect.poll(() => page.getByLabel(/^店铺名称/).inputValue()).toBe("李记包子");
  await expect.poll(() => page.getByLabel(/^联系电话/).inputValue()).toBe("13900139000");
  await shoot(page, "apply-superseded-carried");
  await page.getByRole("button", { name: "提交申请" }).click();
  await page.waitForURL(/#\/my\//);
  const mine = await httpSession(suite.server.url, "zhangsan", "Apply#2026");
  const list = await mine<{ applications: Array<{ version: number }> }>("GET", `/api/applications`);
  expect(list.json.applications.map((a) => a.version)).toContain(3);
  expect(suite.pageErrors).toEqual([]);
}, 120_000);
