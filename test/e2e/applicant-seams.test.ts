// The applicant's seams in real Chromium, as the screen says them: a blocked submit lists the missing materials
// first and the keyboard lands on the first one; 保存草稿 says when it saved, in Beijing time; the submitted case
// shows its readable case number, Beijing times and no system events; 撤回 before acceptance withdraws it.
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { PublishedBundle } from "../../spec/api.js";
import { withDefaults } from "../../spec/guide.js";
import { effectiveForm } from "../../spec/form-rules.js";
import { answersFromQuery } from "../../runtime/portal/answers.js";
import { splitSections } from "../../runtime/shared/form/sections.js";
import { tinyPdf, tinyPng } from "../helpers/files.js";
import { ARTIFACTS, loginHere, newPage, shoot } from "./browser.js";
import { fillSection } from "./fill.js";
import { e2eSuite } from "./suite.js";

const suite = e2eSuite();
const SHOTS = "/tmp/shots-portal-e2e";
const ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z\b/;

function queryOf(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.includes("?") ? hash.slice(hash.indexOf("?") + 1) : "");
}

/** The current hour in Beijing as the portal prints it ("04" at 20:xx UTC). */
function beijingHour(at: Date): string {
  return new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", hour12: false }).format(at).replace(/\D/g, "").padStart(2, "0");
}

/** Screenshots at 1280 and 360 px (failing on overflow) and keeps a copy under /tmp/shots-portal-e2e. */
async function shootCase(page: Page, name: string): Promise<void> {
  await shoot(page, name);
  mkdirSync(SHOTS, { recursive: true });
  for (const w of [1280, 360]) copyFileSync(join(ARTIFACTS, `${name}-${w}.png`), join(SHOTS, `${name}-${w}.png`));
}

test("blocked submit focuses the first missing material; draft, case page and withdrawal speak plainly", async () => {
  const published = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}`)).json()) as PublishedBundle;
  const spec = published.spec;
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/b/${encodeURIComponent(suite.bundleKey)}/apply`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  const answers = withDefaults(spec.guide, answersFromQuery(spec.guide, queryOf(page)));
  const sections = splitSections(effectiveForm(spec.form, { answers, data: {} }).schema, spec.form.uiSchema as Record<string, unknown> | undefined, "");
  const submit = page.getByRole("button", { name: "提交申请" });

  // 1. Nothing uploaded, nothing filled: submit is blocked; the summary lists the missing materials first.
  if (sections.length > 1) {
    await page.locator(".section-nav button").last().click();
    await page.locator("#section-title", { hasText: sections[sections.length - 1]!.title }).waitFor();
  }
  await submit.click();
  await page.getByRole("heading", { name: /还有 \d+ 处需要修改/ }).waitFor();
  const links = page.locator(".error-summary a");
  const first = links.first();
  expect(await first.getAttribute("href")).toMatch(/^#mat-\d+-file$/);
  expect(await first.innerText()).toMatch(/请上传/);
  // The materials list says what the server enforces: nothing required may be left for the front desk to chase.
  const materialsStatus = await page.getByText(/项必要材料未上传/).innerText();
  expect(materialsStatus).toMatch(/^还有 \d+ 项必要材料未上传：上传后才能提交/);
  expect(materialsStatus).not.toMatch(/可提交后/);
  // A blocked submit moves the keyboard focus straight to the first problem: that material's file input.
  const firstId = (await first.getAttribute("href"))!.slice(1);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(firstId);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe("file");
  // Following the summary link with the keyboard lands there too.
  await first.focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(firstId);
  const missing = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")!.slice(1)).filter((h) => /^mat-\d+-file$/.test(h)));
  expect(missing.length).toBeGreaterThan(0);

  // Upload each missing material: a tiny PDF, or a PNG where PDF is not accepted.
  for (const id of missing) {
    const input = page.locator(`[id="${id}"]`);
    const accept = (await input.getAttribute("accept")) ?? "";
    const pdf = !accept || /pdf/i.test(accept);
    await input.setInputFiles(pdf ? { name: "材料.pdf", mimeType: "application/pdf", buffer: tinyPdf() } : { name: "材料.png", mimeType: "image/png", buffer: tinyPng() });
    await page.locator(`[id="${id}"]`).locator("xpath=ancestor::li[contains(@class,'material')]").locator(".file-list li").first().waitFor();
  }

  // Delivery: 邮寄 with a postal address, when the page offers a choice.
  const post = page.getByRole("radio", { name: "邮寄送达" });
  const byPost = (await post.count()) > 0;
  if (byPost) {
    await post.check();
    await page.locator("#delivery-recipient").fill("张三");
    await page.locator("#delivery-phone").fill("13800138000");
    await page.locator("#delivery-region").fill("北京市朝阳区");
    await page.locator("#delivery-detail").fill("示例路 1 号 2 单元 301");
    await page.locator("#delivery-postalCode").fill("100020");
  }

  // The form, section by section.
  if (sections.length > 1) await page.locator(".section-nav button").first().click();
  for (let i = 0; i < sections.length; i++) {
    await page.locator("#section-title", { hasText: sections[i]!.title }).waitFor();
    await fillSection(page, { key: spec.key, version: published.version, form: spec.form }, answers, sections[i]!.key);
    if (i < sections.length - 1) await page.getByRole("button", { name: "下一步" }).click();
  }

  // 2. 保存草稿 says it saved, in Beijing time, with no machine time on screen.
  const before = new Date();
  await page.getByRole("button", { name: "保存草稿" }).click();
  const saved = page.getByText(/草稿已保存（.+）/);
  await saved.waitFor();
  const savedText = await saved.innerText();
  expect(savedText).not.toMatch(ISO);
  expect([beijingHour(before), beijingHour(new Date())].some((h) => savedText.includes(` ${h}:`))).toBe(true);
  expect(await page.locator("main").innerText()).not.toMatch(ISO);

  // 3. Submit: the case page shows the readable case number, Beijing times and no system events.
  await submit.click();
  const ok = page.getByText(/提交成功！您的办件编号是/);
  await ok.waitFor().catch(async (e: unknown) => {
    throw new Error(`not submitted: ${(await page.locator(".error-summary, [role=alert]").allInnerTexts()).join(" | ")}; ${String(e)}`);
  });
  const caseNo = (await ok.innerText()).match(/[A-Z]+-\d{8}-\d{4}/)?.[0];
  expect(caseNo).toMatch(/^[A-Z]+-\d{8}-\d{4}$/);
  const appId = decodeURIComponent(new URL(page.url()).hash.match(/#\/my\/([^?]+)/)![1]!);
  const text = await page.locator("main").innerText();
  expect(text).toContain(caseNo!);
  if (appId !== caseNo) expect(text).not.toContain(appId);
  expect(text).not.toMatch(ISO);
  expect(text).not.toMatch(/已汇聚/);
  if (byPost) expect(text).toContain("邮寄至：张三，13800138000，北京市朝阳区示例路 1 号 2 单元 301（100020）");
  expect(text).toMatch(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  await shootCase(page, "case-submitted");

  // 4. 撤回 before acceptance: confirmed, then the status says withdrawn.
  await page.getByRole("button", { name: "撤回申请" }).click();
  await page.getByLabel("撤回原因（选填）").fill("信息填写有误，重新申请");
  await page.getByRole("button", { name: "确认撤回" }).click();
  await page.getByText("申请已撤回。").waitFor();
  await expect.poll(() => page.locator("#facts-title .badge").innerText()).toBe("已撤回");
  expect(await page.getByRole("button", { name: "撤回申请" }).count()).toBe(0);
  expect(await page.locator("main").innerText()).not.toMatch(ISO);
  await shootCase(page, "case-withdrawn");
  expect(suite.pageErrors).toEqual([]);
});
