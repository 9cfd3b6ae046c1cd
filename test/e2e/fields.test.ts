// Field kinds in real Chromium on the built portal: an ID number fills and locks 性别 and 出生日期, the region
// cascader is filled by keyboard (pinyin type-ahead) at 1280 px and by touch at 360 px, "1e9" is refused as
// 注册资本 while a plain amount shows its 大写, and a shareholder table shows its computed total and its
// 出资比例合计 constraint at submit. Screenshots at 1280 and 360 px.
import { expect, test } from "vitest";
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { startTestServer } from "../helpers/server.js";
import { httpSession } from "./server.js";
import { e2eSuite } from "./suite.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { fieldsBundle, VALID_ID } from "../fixtures/fields-bundle.js";
import { seriousViolations } from "./a11y.js";

const suite = e2eSuite(async () => {
  const server = await startTestServer();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const created = await designer("POST", "/api/bundles", fieldsBundle());
  if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.json)}`);
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  const pub = await admin("POST", "/api/bundles/test-fields/publish", { changeSummary: "字段类型" });
  if (pub.status !== 201) throw new Error(`publish: ${pub.status} ${JSON.stringify(pub.json)}`);
  return { server, bundleKey: "test-fields" };
});
const SHOTS = "/tmp/shots-fields";

/** Opens a section from the section nav (a form whose top level mixes fields and groups is one page: nothing to do). */
async function openSection(page: Page, title: string, tap = false) {
  const button = page.locator(".section-nav button", { hasText: title }).first();
  if (!(await button.count())) return;
  await (tap ? button.tap() : button.click());
  await page.locator("#section-title", { hasText: title }).waitFor();
}

test("ID number, region by keyboard, amount and table by keyboard at 1280 px", async () => {
  mkdirSync(SHOTS, { recursive: true });
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/b/test-fields/apply`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  await openSection(page, "申请人");

  await page.locator("#yj_person_idNumber").fill(VALID_ID);
  await expect.poll(() => page.locator("#yj_person_sex option:checked").textContent()).toBe("男");
  await expect.poll(() => page.locator("#yj_person_birthDate").inputValue()).toBe("1990年3月7日"); // read-only: the date in words, the value stays ISO
  expect(await page.locator("#yj_person_birthDate").getAttribute("data-value")).toBe("1990-03-07");
  await expect.poll(() => page.locator("#yj_person_birthDate").getAttribute("readonly")).not.toBeNull();
  await expect.poll(() => page.locator("#yj_person_sex").isDisabled()).toBe(true);
  await page.getByText("号码有效：男，1990年3月7日 出生").waitFor();
  // In English the derived sex is a word too (the data keeps 男), and so is the line under the number.
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect.poll(() => page.locator("#yj_person_sex option:checked").textContent()).toBe("Male");
  await page.getByText("Valid number: male, born 7 Mar 1990").waitFor();
  await page.getByRole("button", { name: "中文", exact: true }).click();
  await page.getByText("号码有效：男，1990年3月7日 出生").waitFor();
  // A wrong check character says exactly that.
  await page.locator("#yj_person_idNumber").fill(VALID_ID.slice(0, 17) + (VALID_ID[17] === "0" ? "1" : "0"));
  await page.locator("#yj_person_idNumber").blur();
  await page.getByText("校验位不正确，请核对号码").waitFor();
  await page.locator("#yj_person_idNumber").fill(VALID_ID);

  // Region by keyboard: pinyin type-ahead, arrow and Enter.
  const search = page.getByRole("combobox", { name: "搜索申报落户地行政区划" });
  await search.focus();
  await page.keyboard.type("chaoyang");
  await page.getByRole("option", { name: "北京市 / 朝阳区" }).waitFor();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator("#yj_person_region").inputValue()).toBe("110000");
  await expect.poll(() => page.locator("#yj_person_region__l1").inputValue()).toBe("110105");
  // A newborn's birth date cannot be in the future.
  await page.locator("#yj_person_babyBirth").fill("2999-01-01");
  await page.locator("#yj_person_babyBirth").blur();
  await page.getByText(/不能晚于今天/).waitFor();
  await page.locator("#yj_person_babyBirth").fill("");
  await page.locator("#yj_person_name").fill("张三");
  await shoot(page, "fields-person");
  await page.screenshot({ path: `${SHOTS}/person-1280.png`, fullPage: true });

  await openSection(page, "企业信息");
  const capital = page.locator("#yj_company_capital");
  await capital.fill("1e9");
  await capital.blur();
  await page.getByText(/请填写数字/).waitFor();
  await capital.fill("100");
  await page.getByText("大写：壹佰万元整").waitFor();
  // In English the unit and the check line are English: the amount in yuan with its thousands grouped.
  await page.getByRole("button", { name: "English", exact: true }).click();
  await page.getByText("That is 1,000,000.00 yuan").waitFor();
  expect(await page.locator("#yj_company_capital").locator("xpath=following-sibling::*[contains(@class,'number-field__unit')]").textContent()).toBe("×10,000 yuan");
  await page.getByRole("button", { name: "中文", exact: true }).click();
  await page.getByText("大写：壹佰万元整").waitFor();
  // The table: two rows by keyboard, their total computed, the constraint shown on the table.
  for (const [i, [name, ratio]] of [["甲", "60"], ["乙", "30"]].entries()) {
    await page.getByRole("button", { name: "添加一行" }).click();
    await page.locator(`#yj_company_shareholders_${i}_name`).fill(name!);
    await page.locator(`#yj_company_shareholders_${i}_ratio`).fill(ratio!);
  }
  await expect.poll(() => page.locator("#yj_company_total").inputValue()).toBe("90");
  await expect.poll(() => page.locator("#yj_company_total").getAttribute("readonly")).not.toBeNull();
  await page.getByRole("button", { name: /提交申请|下一步/ }).last().click();
  await page.getByText("出资比例合计应为 100%").first().waitFor();
  await page.screenshot({ path: `${SHOTS}/company-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: `${SHOTS}/company-360.png`, fullPage: true });
  expect(suite.pageErrors).toEqual([]);
});

test("region cascader by touch at 360 px, no serious WCAG 2.1 AA violation on the kinds", async () => {
  // bypassCSP: axe-core is injected as an inline script, which the portal's CSP rightly forbids.
  const context = await suite.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: "zh-CN", timezoneId: "Asia/Shanghai", bypassCSP: true });
  const page = await context.newPage();
  page.on("pageerror", (e) => suite.pageErrors.push(e.message));
  await page.goto(`${suite.server.url}/#/b/test-fields/apply`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  await openSection(page, "申请人", true);
  const search = page.getByRole("combobox", { name: "搜索申报落户地行政区划" });
  await search.tap();
  await search.fill("浦东");
  await page.getByRole("option", { name: "上海市 / 浦东新区" }).tap();
  await expect.poll(() => page.locator("#yj_person_region__l1").inputValue()).toBe("310115");
  // The county select is a native control: the phone's own picker; choose another county by it.
  await page.locator("#yj_person_region__l1").selectOption("310104");
  await expect.poll(() => page.locator("#yj_person_region__l1").inputValue()).toBe("310104");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  // A street-level field: its towns load on demand; pick one by touch from the type-ahead.
  const street = page.getByRole("combobox", { name: "搜索现居住街道（乡镇）" });
  await street.tap();
  await street.fill("浓洄");
  await page.getByRole("option", { name: "四川省 / 广安市 / 广安区 / 浓洄街道" }).tap();
  await expect.poll(() => page.locator("#yj_person_street__l3").inputValue()).toBe("511602001");
  await expect.poll(() => page.locator("#yj_person_street__l3").getAttribute("aria-label")).toBe("现居住街道（乡镇）：街道（乡镇）");
  // The county-level field beside it offers no towns.
  expect(await page.locator("#yj_person_region__l2").count()).toBe(0);
  await page.screenshot({ path: `${SHOTS}/person-360-touch.png`, fullPage: true });
  await search.fill("chaoyang");
  await page.getByRole("option", { name: "北京市 / 朝阳区" }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
  expect(suite.pageErrors).toEqual([]);
});
