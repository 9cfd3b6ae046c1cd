// Read-only dates as people read them, in real Chromium: a submitted case's dates (a birth date, a derived 营业期限至)
// and times read 1990年3月7日 / 7 Mar 1990 in Beijing time — never the native control's mm/dd/yyyy nor a UTC string.
import { expect, test } from "vitest";
import { fieldsBundle, validFieldsData } from "../fixtures/fields-bundle.js";
import { startTestServer } from "../helpers/server.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { httpSession, submitWithMaterials } from "./server.js";
import { e2eSuite } from "./suite.js";

const suite = e2eSuite(async () => {
  const server = await startTestServer();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const created = await designer("POST", "/api/bundles", fieldsBundle("dates-shop"));
  if (created.status !== 201) throw new Error(`creating: ${created.status} ${JSON.stringify(created.json)}`);
  const pub = await (await httpSession(server.url, "admin", "Admin#2026"))("POST", "/api/bundles/dates-shop/publish", { changeSummary: "日期测试" });
  if (pub.status !== 201) throw new Error(`publishing: ${pub.status} ${JSON.stringify(pub.json)}`);
  return { server, bundleKey: "dates-shop" };
});

test("a submitted case shows its dates in words, in Chinese and in English", async () => {
  const applicant = await httpSession(suite.server.url, "zhangsan", "Apply#2026");
  const sub = await submitWithMaterials<{ id: string; submittedAt: string }>(applicant, { bundleKey: suite.bundleKey, version: 1, answers: {}, data: validFieldsData() });
  expect(sub.status, JSON.stringify(sub.json)).toBe(201);
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/my/${encodeURIComponent(sub.json.id)}`);
  await loginHere(page, "zhangsan", "Apply#2026");
  const birth = page.getByLabel("出生日期", { exact: true });
  await expect.poll(() => birth.inputValue()).toBe("1990年3月7日");
  expect(await birth.getAttribute("type")).toBe("text");
  expect(await page.getByLabel("营业期限至").inputValue()).toBe("2046年1月15日");
  expect(await page.getByLabel("成立日期").inputValue()).toBe("2026年1月15日");
  // the submission time in Beijing time, in the same words
  const beijing = new Date(new Date(sub.json.submittedAt).getTime() + 8 * 3600_000);
  const day = `${beijing.getUTCFullYear()}年${beijing.getUTCMonth() + 1}月${beijing.getUTCDate()}日`;
  expect(await page.locator(".facts").innerText()).toContain(day);
  expect(await page.locator("main").innerText()).not.toMatch(/\d{2}\/\d{2}\/\d{4}|\d{4}-\d{2}-\d{2}/);
  expect(await page.locator("main").innerText()).toContain("1990年3月7日 出生");
  await shoot(page, "portal-case-dates");

  await page.getByRole("button", { name: "English" }).click();
  await expect.poll(() => birth.inputValue()).toBe("7 Mar 1990");
  expect(await page.getByLabel("营业期限至").inputValue()).toBe("15 Jan 2046");
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  expect(await page.locator(".facts").innerText()).toContain(`${beijing.getUTCDate()} ${months[beijing.getUTCMonth()]} ${beijing.getUTCFullYear()}`);
  await shoot(page, "portal-case-dates-en");
});
