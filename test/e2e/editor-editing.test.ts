// Editing in the designer as a new user does it (tryout 8): typing a guide question's title, id and option texts
// keystroke by keystroke keeps the card open and the focus in the field (issue 7); leaving a draft with unsaved
// changes by a header or breadcrumb link, or Back, asks 保存 / 不保存离开 / 取消 in the interface language (issue 8).
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";

const suite = e2eSuite();

async function openDraft(page: Page): Promise<void> {
  await page.goto(`${suite.server.url}/editor/#/bundle/${suite.bundleKey}`);
  await loginHere(page, "designer", "Design#2026");
  await page.getByRole("tab", { name: "基本信息" }).waitFor();
}

/** Types text one key at a time and checks after each key that the field still has the focus. */
async function typeKeeping(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true }).last();
  await input.click();
  await input.press("Control+A");
  await input.press("Backspace");
  for (const ch of text) {
    await page.keyboard.type(ch);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("INPUT");
  }
  expect(await input.inputValue()).toBe(text);
}

test("guide designer: typing in a new question keeps it open and focused", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await openDraft(page);
  await page.getByRole("tab", { name: "情形引导" }).click();
  await page.getByTestId("guide-designer").waitFor();
  const before = await page.locator(".qlist > li").count();
  await page.getByRole("button", { name: "＋ 添加问题" }).click();
  const card = page.locator(".qlist > li").nth(before).locator("details.qcard");
  expect(await card.getAttribute("open")).not.toBeNull();
  await typeKeeping(page, "问题", "您是因为租房提取公积金吗？");
  await typeKeeping(page, "变量名（ID）", "zufang");
  expect(await card.getAttribute("open")).not.toBeNull();
  await expect.poll(() => card.locator("summary").textContent()).toContain(`问题 ${before + 1}：您是因为租房提取公积金吗？`);
  await card.getByLabel("类型").selectOption("single");
  await card.getByRole("button", { name: "＋ 添加选项" }).click();
  await typeKeeping(page, "选项 1 显示文字", "租住商品房");
  expect(await card.getAttribute("open")).not.toBeNull();
  // Closing and reopening by hand still works, and an earlier question's card does not open on its own.
  await card.locator("summary").click();
  expect(await card.getAttribute("open")).toBeNull();
  await card.locator("summary").click();
  expect(await card.getAttribute("open")).not.toBeNull();
  await card.scrollIntoViewIfNeeded();
  await shoot(page, "editor-guide-typing", [1280, 360]);
  expect(suite.pageErrors).toEqual([]);
});

test("unsaved changes: leaving by link or Back asks, and each answer does what it says", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await openDraft(page);
  const title = page.getByLabel("名称", { exact: true });
  const original = await title.inputValue();
  await title.fill(original + "（改）");
  await page.getByTestId("dirty").filter({ hasText: "有未保存的修改" }).waitFor();

  // 取消 (and Escape): stay, the edit kept.
  await page.locator(".breadcrumb").getByRole("link", { name: "一件事列表" }).click();
  const dialog = page.getByRole("alertdialog", { name: "有未保存的修改" });
  await dialog.waitFor();
  expect(await dialog.getByRole("button", { name: "保存", exact: true }).evaluate((b) => b === document.activeElement)).toBe(true);
  await shoot(page, "editor-leave-unsaved", [1280, 360]);
  await dialog.getByRole("button", { name: "取消" }).click();
  await dialog.waitFor({ state: "detached" });
  expect(page.url()).toContain(`#/bundle/${suite.bundleKey}`);
  expect(await title.inputValue()).toBe(original + "（改）");
  await page.getByRole("banner").getByRole("link", { name: "一件事列表" }).click();
  await dialog.waitFor();
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" });
  expect(await title.inputValue()).toBe(original + "（改）");

  // Back asks too; 保存 saves the draft and then leaves.
  await page.goBack();
  await dialog.waitFor();
  expect(page.url()).toContain(`#/bundle/${suite.bundleKey}`);
  await dialog.getByRole("button", { name: "取消" }).click();
  await page.getByRole("banner").getByRole("link", { name: "一件事列表" }).click();
  await dialog.getByRole("button", { name: "保存", exact: true }).click();
  await page.getByRole("heading", { name: "一件事列表" }).waitFor();
  const saved = await page.evaluate(async (key) => (await (await fetch(`/api/bundles/${key}/draft`)).json()) as { spec: { title: string } }, suite.bundleKey);
  expect(saved.spec.title).toBe(original + "（改）");

  // 不保存离开 leaves and drops the edit; an unchanged draft leaves without asking.
  await page.goto(`${suite.server.url}/editor/#/bundle/${suite.bundleKey}`);
  await title.fill(original);
  await page.getByRole("banner").getByRole("link", { name: "一件事列表" }).click();
  await dialog.getByRole("button", { name: "不保存离开" }).click();
  await page.getByRole("heading", { name: "一件事列表" }).waitFor();
  await page.goto(`${suite.server.url}/editor/#/bundle/${suite.bundleKey}`);
  expect(await title.inputValue()).toBe(original + "（改）");
  await page.getByRole("banner").getByRole("link", { name: "一件事列表" }).click();
  await page.getByRole("heading", { name: "一件事列表" }).waitFor();
  expect(await dialog.count()).toBe(0);

  // In English the dialog speaks English.
  await page.getByRole("button", { name: "English" }).click();
  await page.goto(`${suite.server.url}/editor/#/bundle/${suite.bundleKey}`);
  await page.getByLabel("Title", { exact: true }).fill(original);
  await page.getByRole("banner").getByRole("link", { name: "One-things" }).click();
  const en = page.getByRole("alertdialog", { name: "Unsaved changes" });
  await en.getByRole("button", { name: "Leave without saving" }).waitFor();
  await shoot(page, "editor-leave-unsaved-en", [360]);
  await en.getByRole("button", { name: "Cancel" }).click();
  expect(suite.pageErrors).toEqual([]);
});
