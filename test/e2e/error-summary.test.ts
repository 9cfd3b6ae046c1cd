// Tryout 9, #20 in Chromium: after a failed submit the portal's error summary names each field by its label (the
// date bound's message does not), shows the date as a Beijing calendar date in words (never ISO), and each line is a
// link that opens the field's section and focuses it. Screenshots at 1280 and 360 px.
import { expect, test } from "vitest";
import { startTestServer } from "../helpers/server.js";
import { httpSession } from "./server.js";
import { e2eSuite } from "./suite.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { fieldsBundle } from "../fixtures/fields-bundle.js";

const suite = e2eSuite(async () => {
  const server = await startTestServer();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const created = await designer("POST", "/api/bundles", fieldsBundle("summary-fields"));
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.json)}`);
  const pub = await (await httpSession(server.url, "admin", "Admin#2026"))("POST", "/api/bundles/summary-fields/publish", { changeSummary: "错误汇总" });
  if (pub.status !== 201) throw new Error(`publish: ${pub.status} ${JSON.stringify(pub.json)}`);
  return { server, bundleKey: "summary-fields" };
});

test("the error summary names each field, reads dates in words and links to the field", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/b/summary-fields/apply`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  const nav = page.locator(".section-nav button", { hasText: "申请人" }).first();
  if (await nav.count()) await nav.click();
  await page.locator("#yj_person_babyBirth").fill("2999-01-01");
  await page.locator("#yj_person_babyBirth").blur();
  // to the last section, and submit
  const last = page.locator(".section-nav button").last();
  if (await last.count()) await last.click();
  await page.getByRole("button", { name: "提交申请" }).click();
  const summary = page.locator(".error-summary");
  await summary.getByRole("heading", { name: /还有 \d+ 处需要修改/ }).waitFor();
  const lines = await summary.locator("li a").allInnerTexts();
  const birth = lines.find((l) => l.includes("不能晚于今天"));
  expect(birth).toMatch(/^申请人 \/ 新生儿出生日期：不能晚于今天（\d{4}年\d{1,2}月\d{1,2}日）$/);
  expect(lines.join("\n")).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  // a message that names its field is not prefixed twice
  expect(lines.filter((l) => /请填写姓名/.test(l)).every((l) => !/姓名：请填写姓名/.test(l))).toBe(true);
  await shoot(page, "portal-error-summary");
  // the line is a link to its field: following it opens the section and focuses the field
  const link = summary.locator("li a", { hasText: "新生儿出生日期" });
  await link.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("yj_person_babyBirth");
});
