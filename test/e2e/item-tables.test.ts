// The item editor's tables (申请材料, 收费项目 …) in Chromium, in Chinese and in English: the caption, the add button
// the row buttons and the undo step of adding a row are each in the interface language only, as are the toolbar and
// its problem count; the table scrolls in its box at 1280 and 360 px instead of widening the page.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { PublishedBundle } from "../../spec/api.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";

const suite = e2eSuite();
const CJK = /[\u4e00-\u9fff]/;

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, name);
}

test("the materials table speaks one language: caption, add button and undo step", async () => {
  const before = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}`)).json()) as PublishedBundle;
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(suite.server.url + "/editor/");
  await loginHere(page, "designer", "Design#2026");
  await page.getByRole("link", { name: before.spec.title }).click();
  await page.getByRole("tab", { name: /^事项/ }).click();
  // the one-thing's own item (a catalogue item is read-only here: its department maintains it)
  await page.getByRole("button", { name: "+ 新建事项" }).click();
  await page.getByRole("tab", { name: "材料", exact: true }).click();
  const table = page.locator("table").filter({ has: page.locator("caption", { hasText: "申请材料" }) }).first();
  await table.waitFor();
  const add = page.getByRole("button", { name: "+ 添加申请材料" });
  await add.click();
  await expect.poll(() => page.getByRole("button", { name: /^撤销/ }).first().textContent()).toBe("撤销：添加申请材料");
  await shot(page, "item-tables-zh");

  await page.getByRole("button", { name: "English" }).click();
  const caption = page.locator("caption").filter({ hasText: /^Materials$/ });
  await expect.poll(() => caption.count()).toBe(1);
  await page.getByRole("button", { name: "+ Add a row to Materials" }).click();
  const undo = (await page.getByRole("button", { name: /^Undo/ }).first().textContent())!;
  expect(undo).toBe("Undo: Add a row to Materials");
  const problems = (await page.getByTestId("problem-count").textContent())!;
  expect(problems).toMatch(/^Problems: \d+$/);
  for (const text of [await caption.textContent(), undo, await page.getByRole("toolbar").getAttribute("aria-label")]) expect(text).not.toMatch(CJK);
  expect(await page.getByRole("button", { name: "Delete Materials row 1" }).count()).toBe(1);
  await shot(page, "item-tables-en");
  expect(suite.pageErrors).toEqual([]);
});
