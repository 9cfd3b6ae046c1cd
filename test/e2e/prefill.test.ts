// Prefill and resume in real Chromium: a field the government holds (from the applicant's verified profile) starts
// filled and locked; what the applicant types survives a reload (draft), and the page says it was restored.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import type { CatalogEntry, PublishedBundle } from "../../spec/api.js";
import { dataPointerOf } from "../../spec/form-rules.js";
import { fieldIdOf } from "../../runtime/shared/form/ids.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, loginHere, newPage, shoot } from "./browser.js";

let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type PrefillEntry = [string, PublishedBundle["spec"]["form"]["prefill"][string]];

/** The first built-in one-thing with a prefill entry the test wants, opened on the portal's form at that field's
 *  section, logged in as the demo applicant. */
async function openPrefilled(why: string, wanted: (e: PrefillEntry) => boolean) {
  const { bundles } = (await (await fetch(`${server.url}/api/catalog`)).json()) as { bundles: CatalogEntry[] };
  let target: { bundle: PublishedBundle; pointer: string } | undefined;
  for (const entry of bundles) {
    const bundle = (await (await fetch(`${server.url}/api/catalog/${entry.key}`)).json()) as PublishedBundle;
    const hit = Object.entries(bundle.spec.form.prefill).find((e) => wanted(e as PrefillEntry));
    if (hit) { target = { bundle, pointer: hit[0].startsWith("/properties") ? dataPointerOf(hit[0]) : hit[0] }; break; }
  }
  expect(target, why).toBeDefined();
  const { bundle, pointer } = target!;
  const page = await newPage(browser, pageErrors);
  await page.goto(`${server.url}/#/b/${bundle.spec.key}/apply`);
  await loginHere(page, "zhangsan", "Apply#2026");
  const section = pointer.split("/")[1]!;
  const sectionTitle = String((bundle.spec.form.schema.properties as Record<string, { title?: string }>)[section]?.title ?? section);
  await page.locator("#section-title").waitFor();
  return { bundle, pointer, page, sectionTitle };
}

test("profile-prefilled fields start filled and locked; typed data survives a reload", async () => {
  const { pointer, page, sectionTitle } = await openPrefilled("a built-in template prefills the applicant's name from the profile",
    ([, p]) => p.source === "profile" && p.key === "name" && !p.editable);
  await page.locator(".section-nav button", { hasText: sectionTitle }).first().click().catch(() => undefined);
  const name = page.locator(`[id="${fieldIdOf(pointer)}"]`);
  await expect.poll(() => name.inputValue()).toBe("张三");
  expect(await name.getAttribute("readonly")).not.toBeNull();
  await page.getByText("已由您的实名信息预填，不可修改").first().waitFor();
  await shoot(page, "30-portal-prefill");

  // Type into the first editable empty text field of the section, reload, find it again.
  const editable = page.locator(".card input[type=text]:not([readonly]), .card input[type=tel]:not([readonly])").first();
  await editable.fill("13800138000");
  await editable.blur();
  await page.reload();
  await page.getByText("已恢复您上次未提交的填写内容。").waitFor();
  await page.locator(".section-nav button", { hasText: sectionTitle }).first().click().catch(() => undefined);
  await expect.poll(() => page.locator(".card input[value='13800138000'], .card input").evaluateAll((els) => els.some((e) => (e as HTMLInputElement).value === "13800138000"))).toBe(true);
  expect(pageErrors).toEqual([]);
});

test("an editable prefilled field's hint sits right under its own control, not in the next row (tryout 8 #27)", async () => {
  const { pointer, page, sectionTitle } = await openPrefilled("a built-in template prefills an editable field from the profile",
    ([p, f]) => f.source === "profile" && f.editable && !p.includes("*"));
  await page.locator(".section-nav button", { hasText: sectionTitle }).first().click().catch(() => undefined);
  const input = page.locator(`[id="${fieldIdOf(pointer)}"]`);
  await input.waitFor();
  const help = page.locator(`[id="${fieldIdOf(pointer)}__help"]`);
  await expect.poll(() => help.textContent()).toBe("已由您的实名信息预填");
  const [inputBox, helpBox] = [await input.boundingBox(), await help.boundingBox()];
  expect(helpBox!.y - (inputBox!.y + inputBox!.height)).toBeLessThan(8);
  expect(Math.abs(helpBox!.x - inputBox!.x)).toBeLessThan(2);
  await shoot(page, "prefill-editable-hint");
  expect(pageErrors).toEqual([]);
});

test("a 性别 locked by the prefilled ID number shows the sex the number gives, not 请选择 (#13)", async () => {
  // 我要开餐馆 as a 个体工商户: the operator's ID number comes from the applicant's verified identity (locked), and the
  // 性别 select beside it is derived from that number and locked — before anything is typed.
  const page = await newPage(browser, pageErrors);
  await page.goto(`${server.url}/#/b/canguan/apply?a.entitytype=individual`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();
  await page.locator(".section-nav button", { hasText: "经营者" }).first().click();
  const idNumber = page.locator(`[id="${fieldIdOf("/operator/idNumber")}"]`);
  await expect.poll(() => idNumber.inputValue()).toBe("11010519491231002X");
  const sex = page.locator(`[id="${fieldIdOf("/operator/sex")}"]`);
  await expect.poll(() => sex.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe("女");
  expect(await sex.isDisabled()).toBe(true);
  await shoot(page, "prefill-derived-sex");
  // In English the stored 女 reads as its word (the data keeps 女).
  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect.poll(() => sex.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe("Female");
  await shoot(page, "prefill-derived-sex-en");
  expect(pageErrors).toEqual([]);
});
