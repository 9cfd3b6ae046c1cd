// The thin journey in real Chromium: the applicant logs in, picks the one-thing, answers the guide, fills the
// smart form section by section (meeting the section check and the submit-time error summary on the way),
// submits; every department with an open task logs into the workbench and approves (a second, stale tab gets
// the server's 409); the applicant reloads and sees the case approved. Screens are shot at 1280 and 360 px.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { ApplicationView, PublishedBundle } from "../../spec/api.js";
import { withDefaults } from "../../spec/guide.js";
import { effectiveForm } from "../../spec/form-rules.js";
import { answersFromQuery } from "../../runtime/portal/answers.js";
import { splitSections } from "../../runtime/shared/form/sections.js";
import { apiFromPage, loginHere, newPage, passwordOf, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { fillSection } from "./fill.js";
import { deskFor } from "./server.js";
import { tinyPdf, tinyPng } from "../helpers/files.js";

const suite = e2eSuite();


async function answerGuide(page: Page): Promise<void> {
  // Questions can appear as others are answered: answer until every visible question has a choice.
  for (let round = 0; round < 10; round++) {
    const unanswered = page.locator("main fieldset").filter({ hasNot: page.locator("input:checked") });
    if ((await unanswered.count()) === 0) return;
    await unanswered.first().locator("input").first().check();
  }
}

function queryOf(page: Page): URLSearchParams {
  const hash = new URL(page.url()).hash;
  return new URLSearchParams(hash.includes("?") ? hash.slice(hash.indexOf("?") + 1) : "");
}

test("applicant submits the one-thing, the departments handle it, the applicant sees it decided", async () => {
  const published = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}`)).json()) as PublishedBundle;
  const spec = published.spec;
  const page = await newPage(suite.browser, suite.pageErrors);

  // Portal, keyboard first: the skip link is the first tab stop.
  await page.goto(suite.server.url + "/");
  await page.getByRole("heading", { level: 1, name: "一件事目录" }).waitFor();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到主要内容");
  await shoot(page, "01-portal-catalog");

  await page.getByRole("link", { name: "登录", exact: true }).click();
  await shoot(page, "02-portal-login");
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.getByText("您好，张三").waitFor();

  // Catalog search finds the one-thing; its page lists lead department and items.
  await page.getByLabel("搜索一件事").fill(spec.title.slice(0, 2));
  await page.locator(".bundle-card", { hasText: spec.title }).click();
  await page.getByRole("heading", { level: 1, name: spec.title }).waitFor();
  expect(await page.locator("table tbody tr").count()).toBe(spec.items.length);
  await shoot(page, "03-portal-bundle");
  await page.getByRole("link", { name: "开始办理" }).click();

  if (spec.guide.questions.length) {
    await page.getByRole("heading", { level: 1, name: /情形引导/ }).waitFor();
    await answerGuide(page);
    await page.getByRole("heading", { name: /需办理的事项/ }).waitFor();
    await shoot(page, "04-portal-guide");
    await page.getByRole("link", { name: "下一步：填写申报表" }).click();
  }

  // The smart form.
  await page.locator("#section-title").waitFor();
  const answers = withDefaults(spec.guide, answersFromQuery(spec.guide, queryOf(page)));
  const eff = effectiveForm(spec.form, { answers, data: {} });
  const sections = splitSections(eff.schema, spec.form.uiSchema as Record<string, unknown> | undefined, "");
  await shoot(page, "05-portal-form", [1280, 360, 1920]);
  const submitButton = page.getByRole("button", { name: "提交申请" });

  if (sections.length > 1) {
    // Leaving a section validates it: "下一步" on the empty first section stays and lists its problems.
    await page.getByRole("button", { name: "下一步" }).click();
    await page.getByRole("heading", { name: /本部分还有 \d+ 处需要修改/ }).waitFor();
    await expect.poll(() => page.locator(".field__error li").count()).toBeGreaterThan(0);
    await shoot(page, "06-portal-form-section-errors");
    // Jump straight to the last section through the section nav and try to submit.
    await page.locator(".section-nav button").last().click();
    await page.locator("#section-title", { hasText: sections[sections.length - 1]!.title }).waitFor();
  }
  await submitButton.click();
  const summary = page.getByRole("heading", { name: /还有 \d+ 处需要修改/ });
  await summary.waitFor();
  const links = page.locator(".error-summary a");
  expect(await links.count()).toBeGreaterThan(0);
  await shoot(page, "07-portal-form-error-summary");
  // Problems outside the form (the required materials) come first; their link puts the keyboard focus in the
  // material's file input, which has a label.
  const materialLinks = page.locator('.error-summary a[href^="#mat-"]');
  expect(await materialLinks.count()).toBeGreaterThan(0);
  expect(await links.first().getAttribute("href")).toMatch(/^#mat-/);
  const materialTarget = (await materialLinks.first().getAttribute("href"))!.slice(1);
  await materialLinks.first().click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? "")).toBe(materialTarget);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe("file");
  expect(await page.locator(`label[for="${materialTarget}"]`).count()).toBeGreaterThanOrEqual(1);
  // A link into the form opens its section and puts the keyboard focus in the field.
  await page.locator('.error-summary a[href^="#yj_"]').first().click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? "")).toMatch(/^yj_/);
  const focusedId = await page.evaluate(() => document.activeElement!.id);
  expect(await page.locator(`label[for="${focusedId}"]`).count()).toBeGreaterThanOrEqual(1);

  // Fill section by section, only what is required, with realistic values.
  if (sections.length > 1) await page.locator(".section-nav button").first().click();
  for (let i = 0; i < sections.length; i++) {
    await page.locator("#section-title", { hasText: sections[i]!.title }).waitFor();
    await fillSection(page, { key: spec.key, version: published.version, form: spec.form }, answers, sections[i]!.key);
    if (i < sections.length - 1) {
      await page.getByRole("button", { name: "下一步" }).click();
      // Staying on the section means it still has problems: show them in the failure.
      const stuck = await page.getByRole("heading", { name: /本部分还有/ }).isVisible();
      if (stuck) {
        await shoot(page, `xx-stuck-${i}`).catch(() => undefined);
        throw new Error(`section ${sections[i]!.key} still invalid: ${await page.locator(".error-summary").innerText()}`);
      }
    }
  }
  // Every required material offering an upload gets a small real file (a PDF, else a PNG where only images are
  // accepted).
  const rows = page.locator("section#materials li.material");
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const input = row.locator("input[type=file]");
    if (!(await input.count())) continue;
    const text = (await row.textContent()) ?? "";
    const pdf = /格式：[^；]*PDF/.test(text) || !/格式：/.test(text);
    const name = pdf ? `材料${i}.pdf` : `材料${i}.png`;
    await input.first().setInputFiles(pdf ? { name, mimeType: "application/pdf", buffer: tinyPdf() } : { name, mimeType: "image/png", buffer: tinyPng() });
    await row.getByRole("link", { name }).waitFor();
  }
  await shoot(page, "08-portal-form-filled");
  await submitButton.click();

  await page.getByText(/提交成功！您的办件编号是/).waitFor();
  const appId = decodeURIComponent(new URL(page.url()).hash.match(/#\/my\/([^?]+)/)![1]!);
  const badge = page.locator("#facts-title .badge");
  expect(["submitted", "in_review"]).toContain(await badge.getAttribute("data-status"));
  await shoot(page, "09-portal-submitted");

  // Every department with an open task acts in its workbench (accept, approve, issue results …) until the case
  // is decided.
  let shotInbox = false;
  let staleChecked = false;
  let final = "";
  await page.waitForTimeout(500); // let timers due at submission fire
  for (let round = 0; round < 25; round++) {
    const { json: app } = await apiFromPage<ApplicationView>(page, "GET", `/api/applications/${encodeURIComponent(appId)}`);
    if (["approved", "rejected", "completed"].includes(app.status)) {
      final = app.status;
      break;
    }
    const open = app.tasks.filter((t) => t.status === "open");
    expect(open.length, `case ${app.status} has no open task`).toBeGreaterThan(0);
    const task = open[0]!;
    // (A task past its time limit may have been escalated to the other desk of its department.)
    const staff = await deskFor(suite.server.url, appId, task);
    const wb = await newPage(suite.browser, suite.pageErrors);
    await wb.goto(suite.server.url + "/workbench/");
    await loginHere(wb, staff, passwordOf(staff));
    await wb.getByRole("heading", { level: 1, name: /待办事项/ }).waitFor();
    const row = wb.locator(`tr[data-task="${task.id}"]`);
    if (!(await row.waitFor({ timeout: 5000 }).then(() => true, () => false))) {
      // The task moved (escalated past its time limit) between the look-up and the login: look again.
      await wb.context().close();
      continue;
    }
    if (!shotInbox) await shoot(wb, "10-workbench-inbox");
    await row.getByRole("link").first().click();
    await wb.getByRole("heading", { name: /办理意见/ }).waitFor();
    const decision = wb.locator("form[aria-labelledby=decision-title]");
    await decision.getByRole("button").first().waitFor();
    const labels = await decision.getByRole("button").allTextContents();
    const action = ["受理", "通过", "出件", "告知承诺", "认领"].find((l) => labels.includes(l));
    expect(action, `no positive action among ${labels.join(", ")}`).toBeDefined();
    // A second tab of the same desk, opened before the decision, will be stale.
    const stale = !staleChecked && action === "受理" ? await wb.context().newPage() : undefined;
    if (stale) {
      await stale.goto(wb.url());
      await stale.getByRole("heading", { name: /办理意见/ }).waitFor();
    }
    if (!shotInbox) await shoot(wb, "11-workbench-case");
    await wb.getByLabel("意见说明").fill("材料齐全，符合法定条件，同意。");
    await decision.getByRole("button", { name: action, exact: true }).click();
    if (action === "通过" && (await wb.getByLabel("证照编号或文号").count())) {
      // This department issues a licence: record its number with the approval, and attach the result document
      // where the step requires one.
      await wb.getByLabel("证照编号或文号").fill("91350100M000100Y43");
      if (await wb.locator("#result-file").count()) {
        await wb.locator("#result-file").setInputFiles({ name: "结果文书.pdf", mimeType: "application/pdf", buffer: tinyPdf() });
      }
      await shoot(wb, "13-workbench-approve-result");
      await decision.getByRole("button", { name: "确认通过" }).click();
    }
    if (action === "出件") {
      await wb.getByRole("radio", { name: /网上送达/ }).check();
      await shoot(wb, "13-workbench-results-delivery");
      await decision.getByRole("button", { name: "确认出件" }).click();
    }
    await wb.getByText(/已办理：/).waitFor().catch(async (e: unknown) => {
      const alert = await wb.locator("[role=alert]").allInnerTexts();
      throw new Error(`${staff} ${action}: no confirmation; alerts: ${alert.join(" | ")}; ${String(e)}`);
    });
    if (!shotInbox) await shoot(wb, "12-workbench-done");
    if (stale) {
      await stale.locator("form[aria-labelledby=decision-title]").getByRole("button", { name: action!, exact: true }).click();
      await stale.getByRole("heading", { name: /该环节已被他人处理/ }).waitFor();
      await shoot(stale, "14-workbench-conflict");
      staleChecked = true;
    }
    if (!shotInbox) {
      // The handled list shows the decision.
      await wb.getByRole("link", { name: "待办事项", exact: true }).first().click();
      await wb.getByRole("button", { name: "已办" }).click();
      await wb.locator(`tr[data-task="${task.id}"] .badge--done`).waitFor();
      await shoot(wb, "15-workbench-handled");
    }
    shotInbox = true;
    await wb.context().close();
  }
  expect(["approved", "completed"]).toContain(final);

  // The applicant sees the decision, in Chinese and in English.
  await page.reload();
  await expect.poll(() => badge.getAttribute("data-status")).toBe(final);
  expect(await badge.textContent()).toBe(final === "approved" ? "已通过" : "已办结");
  // 好差评: the finished case is rated once.
  await page.getByRole("radio", { name: "非常满意" }).check();
  await page.getByLabel("意见和建议（选填）").fill("一次办好，不用跑腿。");
  await page.getByRole("button", { name: "提交评价" }).click();
  await page.getByText(/您已评价 5 星/).waitFor();
  await shoot(page, "16-portal-decided");
  await page.getByRole("button", { name: "English" }).click();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  expect(await badge.textContent()).toBe(final === "approved" ? "Approved" : "Completed");
  await shoot(page, "17-portal-decided-en");
  await page.getByRole("button", { name: "中文" }).click();
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "我的办件" }).click();
  await page.locator(`td .badge[data-status=${final}]`).first().waitFor();
  await shoot(page, "18-portal-my-applications");

  expect(suite.pageErrors).toEqual([]);
});
