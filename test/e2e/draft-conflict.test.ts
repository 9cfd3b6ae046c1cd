// Two designers on one draft in the editor (tryout 10 #43): the second save, made on a copy loaded before the first
// designer saved, is refused and says who saved and when, with 重新载入 (loads their change) and 仍然保存 (overwrites
// knowingly) — never a silent overwrite.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { apiFromPage, loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";

const suite = e2eSuite();

async function openDraft(username: string, password: string): Promise<Page> {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/editor/#/bundle/${suite.bundleKey}`);
  await loginHere(page, username, password);
  await page.getByRole("tab", { name: "基本信息" }).waitFor();
  return page;
}

async function renameAndSave(page: Page, title: string): Promise<void> {
  await page.getByLabel("名称", { exact: true }).fill(title);
  await page.locator('.ws-toolbar button[aria-keyshortcuts="Control+S"]').click();
}

test("the second of two designers is told who saved, reloads their change, or overwrites it knowingly", async () => {
  const a = await openDraft("designer", "Design#2026");
  const b = await openDraft("admin", "Admin#2026");

  await renameAndSave(a, "甲改的名称");
  await expect.poll(() => a.getByTestId("dirty").textContent()).toContain("草稿已保存");
  await renameAndSave(b, "乙改的名称");
  const conflict = b.getByTestId("draft-conflict");
  await conflict.waitFor();
  expect(await conflict.textContent()).toMatch(/草稿已被 事项设计员 于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 修改，请重新载入后再保存/);
  const stored = await apiFromPage<{ spec: { title: string } }>(b, "GET", `/api/bundles/${suite.bundleKey}/draft`);
  expect(stored.json.spec.title).toBe("甲改的名称");
  await shoot(b, "editor-draft-conflict", [1280, 360]);

  await conflict.getByRole("button", { name: "重新载入" }).click();
  await expect.poll(() => b.getByLabel("名称", { exact: true }).inputValue()).toBe("甲改的名称");
  expect(await b.getByTestId("draft-conflict").count()).toBe(0);

  // now b saves on the current revision, a's copy is stale: a overwrites knowingly
  await renameAndSave(b, "乙重新载入后改的");
  await expect.poll(() => b.getByTestId("dirty").textContent()).toContain("草稿已保存");
  await renameAndSave(a, "甲坚持的名称");
  await a.getByTestId("draft-conflict").getByRole("button", { name: "仍然保存" }).click();
  await expect.poll(() => a.getByTestId("dirty").textContent()).toContain("草稿已保存");
  expect(await a.getByTestId("draft-conflict").count()).toBe(0);
  const after = await apiFromPage<{ spec: { title: string } }>(b, "GET", `/api/bundles/${suite.bundleKey}/draft`);
  expect(after.json.spec.title).toBe("甲坚持的名称");
  expect(suite.pageErrors).toEqual([]);
});
