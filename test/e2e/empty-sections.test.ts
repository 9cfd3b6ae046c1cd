// An applicant never walks through an empty page (tryout 10 #16), in real Chromium: in 出生一件事 with the question
// 是否委托他人代办？ answered 否, every 代办人 field is hidden by a rule, so the 代办人 section is not in the step list,
// not counted in "已完成 0 / N 部分" or in "第 i / N 部分", and the sub-heading 代办人信息 of 社会保障卡申领 is not drawn;
// answered 是, the section and the sub-heading are back.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { httpSession } from "./server.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { startTestServer } from "../helpers/server.js";

const KEY = "chusheng";
const AGENT_FIELDS = ["/properties/proxy", "/properties/shebaoka-shenling/properties/dbr", "/properties/jumin-yibao-canbao/properties/dbr"];

const suite = e2eSuite(async () => {
  const server = await startTestServer();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  const draft = await designer<{ spec: Record<string, any> }>("GET", `/api/bundles/${KEY}/draft`);
  expect(draft.status).toBe(200);
  const spec = draft.json.spec;
  spec.guide.questions.push({ id: "by_agent", title: "是否委托他人代办？", type: "boolean", default: false });
  // Each field of the 代办人 groups is hidden on its own (as the designer's one-click fix does), not the group itself.
  const schema = spec.form.schema;
  for (const group of AGENT_FIELDS) {
    const node = group.split("/").slice(1).reduce((n: any, seg: string) => n[seg], schema);
    for (const field of Object.keys(node.properties)) {
      spec.form.rules[`${group}/properties/${field}`] = { visibleIf: { "==": [{ var: "answers.by_agent" }, true] } };
    }
  }
  const saved = await designer.saveDraft(KEY, spec);
  expect(saved.status, JSON.stringify(saved.json)).toBe(200);
  const pub = await admin("POST", `/api/bundles/${KEY}/publish`, { changeSummary: "代办人仅在委托代办时填写" });
  expect(pub.status, JSON.stringify(pub.json)).toBe(201);
  return { server, bundleKey: KEY };
});

const steps = (page: Page) => page.locator("nav.section-nav li");

/** The step titles, and the N of "已完成 0 / N 部分". */
async function stepList(page: Page): Promise<{ titles: string[]; counted: number }> {
  const titles = (await steps(page).locator("button > span:not(.step-num):not(.visually-hidden)").allTextContents()).map((s) => s.trim());
  const progress = (await page.locator("#form-progress-label").textContent()) ?? "";
  const m = /已完成 (\d+) \/ (\d+) 部分/.exec(progress);
  expect(m, progress).not.toBeNull();
  return { titles, counted: Number(m![2]) };
}

test("with 不委托代办 the 代办人 page is not shown, counted or reached, nor its sub-heading; with 委托 they are", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/b/${KEY}/apply?a.sscard=true&a.by_agent=false`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  const without = await stepList(page);
  expect(without.titles).not.toContain("代办人");
  expect(without.titles).toContain("社会保障卡申领");
  expect(without.counted).toBe(without.titles.length);
  expect(await page.locator(".smart-form .card > p.small.muted").textContent()).toBe(`第 1 / ${without.titles.length} 部分`);

  await steps(page).filter({ hasText: "社会保障卡申领" }).getByRole("button").click();
  await expect.poll(() => page.locator("#section-title").textContent()).toBe("社会保障卡申领");
  await page.getByLabel(/^领卡方式/).waitFor();
  // its place is counted without the empty page before it (下一步 / 上一步 walk this same list)
  expect(await page.locator(".smart-form .card > p.small.muted").textContent()).toBe(`第 ${without.titles.indexOf("社会保障卡申领") + 1} / ${without.titles.length} 部分`);
  expect(await page.locator("legend").allTextContents()).not.toContain("代办人信息");
  expect(await page.getByText("与申领人关系").count()).toBe(0);
  await shoot(page, "empty-sections-no-agent");
  await steps(page).filter({ hasText: "城乡居民基本医疗保险参保登记" }).getByRole("button").click();
  await page.getByLabel(/^缴费方式/).waitFor();
  expect(await page.locator("legend").allTextContents()).not.toContain("代办人");

  // with an agent, the page and the sub-heading are there and counted
  await page.goto(`${suite.server.url}/#/b/${KEY}/apply?a.sscard=true&a.by_agent=true`);
  await page.locator("#section-title").waitFor();
  const withAgent = await stepList(page);
  expect(withAgent.titles).toEqual([...without.titles.slice(0, without.titles.indexOf("参保人") + 1), "代办人", ...without.titles.slice(without.titles.indexOf("参保人") + 1)]);
  expect(withAgent.counted).toBe(without.counted + 1);
  await steps(page).filter({ hasText: "社会保障卡申领" }).getByRole("button").click();
  await page.getByText("与申领人关系").first().waitFor();
  expect(await page.locator("legend").allTextContents()).toContain("代办人信息");
  await shoot(page, "empty-sections-agent");
  expect(suite.pageErrors).toEqual([]);
}, 120_000);
