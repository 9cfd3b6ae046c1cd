// Tryout 9, #9 and #12 in Chromium: a one-thing's designer adds a published catalogue item from the 事项 tab
// (从事项目录添加: search, choose, pick the version), sees it read-only with its department and catalogue link (tryout 10
// #6), and saves — the draft holds exactly that published version; an
// item page's 删除事项 is refused naming the one-things that use the item, and an unused item is deleted.
import { expect, test } from "vitest";
import { startTestServer } from "../helpers/server.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { httpSession } from "./server.js";
import { e2eSuite } from "./suite.js";

const suite = e2eSuite(async () => ({ server: await startTestServer() }));
const KEY = "catalogue-add-e2e";

test("a designer adds a published item from the catalogue and saves; the draft pins that version", { timeout: 240_000 }, async () => {
  const url = suite.server.url;
  const designer = await httpSession(url, "designer", "Design#2026");
  expect((await designer("POST", "/api/bundles", { key: KEY, title: "个体开业一件事", lead: "samr" })).status).toBe(201);
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${url}/editor/#/bundle/${KEY}`);
  await loginHere(page, "designer", "Design#2026");
  await page.getByRole("tab", { name: /^事项/ }).click();
  await page.getByRole("button", { name: "从事项目录添加" }).click();
  const picker = page.getByTestId("catalogue-picker");
  await picker.getByLabel("搜索事项").fill("个体工商户设立");
  await picker.getByRole("button", { name: "查询" }).click();
  await picker.getByRole("button", { name: /个体工商户设立登记/ }).click();
  const version = picker.getByLabel("「个体工商户设立登记」的版本");
  await expect.poll(async () => (await version.locator("option").allTextContents()).join("|")).toMatch(/^版本 1（\d{4}年\d+月\d+日）/);
  await shoot(page, "catalogue-add-picker");
  await picker.getByRole("button", { name: "添加该版本" }).click();
  await expect.poll(() => page.getByTestId("item-list").locator("li").allTextContents()).toEqual([expect.stringContaining("个体工商户设立登记")]);
  // the pinned item is read-only here (tryout 10 #6): its department maintains it in the catalogue, linked
  const readOnly = page.getByTestId("item-readonly");
  await expect.poll(async () => (await readOnly.textContent()) ?? "").toContain("本事项由「市场监督管理局」在事项目录中维护，这里使用其已发布的版本 1，在一件事中只读");
  expect(await readOnly.getByRole("link", { name: "在事项目录中查看「个体工商户设立登记」" }).getAttribute("href")).toMatch(/#\/catalogue\/geti-dengji$/);
  expect(await readOnly.locator("input, textarea, select").count()).toBe(0);
  expect(await page.locator("#item-0-by_law").count()).toBe(0);
  await shoot(page, "catalogue-add-pinned-readonly");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect.poll(async () => (await page.getByTestId("dirty").textContent()) ?? "").toMatch(/^草稿已保存（/);
  const draft = (await designer<{ spec: { items: unknown[] } }>("GET", `/api/bundles/${KEY}/draft`)).json.spec;
  const published = (await designer<{ spec: unknown }>("GET", "/api/items/geti-dengji/versions/1")).json.spec;
  expect(draft.items).toEqual([published]);

  // Opened again, the item is offered no more.
  await page.getByRole("button", { name: "从事项目录添加" }).click();
  await picker.getByLabel("搜索事项").fill("个体工商户设立");
  await picker.getByRole("button", { name: "查询" }).click();
  const taken = picker.getByRole("button", { name: /个体工商户设立登记/ });
  await expect.poll(() => taken.textContent()).toContain("已在本一件事中");
  expect(await taken.isDisabled()).toBe(true);
  // the one-thing's own item stays editable
  await page.getByRole("button", { name: "+ 新建事项" }).click();
  await page.locator("#item-1-by_law").waitFor();
});

test("删除事项 is refused while one-things use the item, naming them; an unused item is deleted", { timeout: 240_000 }, async () => {
  const url = suite.server.url;
  const page = await newPage(suite.browser, suite.pageErrors);
  page.on("dialog", (d) => void d.accept());
  await page.goto(`${url}/editor/#/catalogue/geti-dengji`);
  await loginHere(page, "admin", "Admin#2026");
  await page.getByRole("heading", { level: 1, name: "个体工商户设立登记" }).waitFor();
  await page.getByRole("button", { name: "删除事项" }).click();
  const refusal = page.getByTestId("delete-refusal");
  await expect.poll(async () => (await refusal.textContent()) ?? "").toMatch(/^事项「个体工商户设立登记」正被 \d+ 个一件事使用，不能删除：.*「我要开餐馆」（草稿、已发布版本 1）.*「个体开业一件事」（草稿）/);
  await shoot(page, "catalogue-delete-refused");

  const samr = await httpSession(url, "designer-samr", "Design#2026");
  const item = { schemaVersion: 1, kind: "item", id: "e2e-unused", task_name: "试行登记（界面删除）", task_type: "01", by_law: "《试行办法》", department: "samr", dept_name: "市场监督管理局", anticipate_day: 20, promise_day: 10, project_type: "2", serve_type: ["2"], handle_type: ["1"], form: { schema: { type: "object", properties: {} } } };
  expect((await samr("POST", "/api/items", item)).status).toBe(201);
  expect((await samr("POST", "/api/items/e2e-unused/publish", { changeSummary: "首次发布" })).status).toBe(201);
  await page.goto(`${url}/editor/#/catalogue/e2e-unused`);
  await page.getByRole("heading", { level: 1, name: "试行登记（界面删除）" }).waitFor();
  await page.getByRole("button", { name: "删除事项" }).click();
  await page.waitForURL(/#\/catalogue$/);
  expect((await samr("GET", "/api/items/e2e-unused")).status).toBe(404);
});
