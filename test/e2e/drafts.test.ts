// Drafts follow the applicant across devices: what is typed in one browser is saved on the server (debounced) and
// comes back in a second browser context (another device: no shared cookies or sessionStorage) after login.
import { expect, test } from "vitest";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";

const suite = e2eSuite();


test("a draft typed on one device is resumed on another after login", async () => {
  const applyUrl = `${suite.server.url}/#/b/${encodeURIComponent(suite.bundleKey)}/apply`;
  const first = await newPage(suite.browser, suite.pageErrors);
  await first.goto(applyUrl);
  await loginHere(first, "zhangsan", "Apply#2026");
  await first.locator("#section-title").waitFor();
  // Type into the first two empty, editable text fields of the form.
  const inputs = first.locator("form input[type=text]:not([readonly]):not([disabled]), form textarea:not([readonly])");
  const typed: Array<{ id: string; value: string }> = [];
  for (let i = 0; i < (await inputs.count()) && typed.length < 2; i++) {
    const input = inputs.nth(i);
    if (!(await input.isVisible()) || (await input.inputValue()) !== "") continue;
    const id = await input.getAttribute("id");
    if (!id) continue;
    const value = `草稿内容${typed.length + 1}号`;
    await input.fill(value);
    typed.push({ id, value });
  }
  expect(typed.length).toBeGreaterThan(0);
  // The server copy is written after a pause in typing.
  const saved = await first.waitForResponse((r) => r.url().includes(`/api/drafts/${suite.bundleKey}`) && r.request().method() === "PUT", { timeout: 10_000 });
  expect(saved.status()).toBe(200);
  await first.context().close();

  // Another device: a fresh context with no session and no sessionStorage.
  const second = await newPage(suite.browser, suite.pageErrors);
  await second.goto(applyUrl);
  await loginHere(second, "zhangsan", "Apply#2026");
  await second.getByText(/已恢复|恢复/).first().waitFor();
  for (const f of typed) await expect.poll(() => second.locator(`[id="${f.id}"]`).inputValue()).toBe(f.value);
  await shoot(second, "60-portal-draft-resumed");

  // The draft is the applicant's own: another applicant starts from scratch.
  const other = await newPage(suite.browser, suite.pageErrors);
  await other.goto(applyUrl);
  await loginHere(other, "qiye", "Apply#2026");
  await other.locator("#section-title").waitFor();
  for (const f of typed) {
    const el = other.locator(`[id="${f.id}"]`);
    if (await el.count()) expect(await el.inputValue()).not.toBe(f.value);
  }
  await other.context().close();
  await second.context().close();
  expect(suite.pageErrors).toEqual([]);
});
