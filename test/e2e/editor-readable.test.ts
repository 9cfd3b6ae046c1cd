// What a new designer reads in the editor says what it means (tryout 8): a key suggestion is itself a valid key
// (issue 17), departments are listed by name in the interface language (issue 31), a binding's confidence is a
// word and a percent on one line (issue 30), and the merge studio says 尚未合并 before any merge instead of
// "21 → 0" and 100 % fewer (issue 19); a binding row names its sections and a pattern in words (tryout 10 #3). Screenshots at 1280 and 360.
import { expect, test } from "vitest";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { httpSession } from "./server.js";

const suite = e2eSuite();

test("new one-thing: the proposed key is valid and the departments are in name order", async () => {
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/editor/`);
  await loginHere(page, "designer", "Design#2026");
  await page.getByRole("button", { name: "新建一件事" }).click();
  const form = page.locator("form.new-bundle");
  await form.getByLabel("标识").fill("GJJ 提取");
  await form.getByText("标识只能用小写字母、数字、- 和 _，不能有 大写字母、空格、「提」、「取」，请改为「gjj-tiqu」", { exact: true }).waitFor();
  const leads = (await form.getByLabel("牵头部门").locator("option").allTextContents()).slice(1);
  expect(leads.length).toBeGreaterThan(5);
  expect(leads).toEqual([...leads].sort(new Intl.Collator("zh-Hans-CN-u-co-pinyin").compare));
  expect(leads).not.toEqual([...leads].sort()); // code-point order is not pinyin order for these names
  await shoot(page, "editor-new-bundle-key", [1280, 360]);
  await form.getByLabel("标识").fill("gjj-tiqu");
  await form.getByText(/请改为/).waitFor({ state: "detached" });

  await page.getByRole("button", { name: "English" }).click();
  const en = (await page.locator("form.new-bundle").getByLabel("Lead department").locator("option").allTextContents()).slice(1);
  expect(en).toEqual([...en].sort(new Intl.Collator("en").compare));
  expect(en.some((n) => /[A-Za-z]/.test(n))).toBe(true);
  await page.getByRole("button", { name: "中文" }).click();
  expect(suite.pageErrors).toEqual([]);
});

test("binding review confidence reads as a word and percent on one line; merge figures wait for a merge", async () => {
  const designer = await httpSession(suite.server.url, "designer", "Design#2026");
  const made = await designer("POST", "/api/bundles", { key: "gjj-tiqu", title: "公积金提取一件事", lead: "hpf" });
  expect(made.status).toBe(201);
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/editor/#/bundle/gjj-tiqu`);
  await loginHere(page, "designer", "Design#2026");
  await page.getByRole("tab", { name: "事项" }).click();
  const form = {
    type: "object", title: "住房公积金提取申请表",
    properties: { xm: { type: "string", title: "职工姓名" }, zjhm: { type: "string", title: "居民身份证号" }, lxdh: { type: "string", title: "联系电话" }, yhzh: { type: "string", title: "银行账号" }, bz: { type: "string", title: "提取原因说明" } },
  };
  await page.getByRole("button", { name: "导入 JSON Schema 表单" }).click();
  await page.getByLabel("或粘贴 JSON").fill(JSON.stringify(form));
  await page.getByRole("button", { name: "识别字段" }).click();
  const table = page.getByTestId("binding-table");
  await table.waitFor();
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    const cells = await table.locator("td.confidence").evaluateAll((tds) => tds.map((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return { text: td.textContent ?? "", lines: range.getClientRects().length };
    }));
    expect(cells.length).toBe(5);
    for (const c of cells) {
      expect(c.text).toMatch(/^(高|中|低) \d{1,3}%$/);
      expect(c.lines, `${c.text} at ${width} px`).toBe(1);
    }
  }
  await shoot(page, "editor-binding-confidence", [1280, 360]);
  await page.getByLabel("事项名称").first().fill("住房公积金提取");
  await page.getByLabel("实施主体").first().selectOption("hpf");
  await page.getByRole("button", { name: "添加为事项" }).click();

  await page.getByRole("tab", { name: "表单合并" }).click();
  const stats = page.getByTestId("merge-stats");
  await stats.waitFor();
  await expect.poll(() => stats.textContent()).toContain("尚未合并");
  expect(await page.getByTestId("fields-before").textContent()).toBe("5");
  expect(await stats.textContent()).not.toMatch(/%|→/);
  await shoot(page, "editor-merge-not-merged", [1280, 360]);
  expect(suite.pageErrors).toEqual([]);
});

test("binding review names a field's place by its sections and a pattern by what it accepts, never a pointer or a regex (tryout 10 #3)", async () => {
  const designer = await httpSession(suite.server.url, "designer", "Design#2026");
  expect((await designer("POST", "/api/bundles", { key: "yibao-canbao", title: "医保参保一件事", lead: "hrss" })).status).toBe(201);
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/editor/#/bundle/yibao-canbao`);
  await loginHere(page, "designer", "Design#2026");
  await page.getByRole("tab", { name: "事项" }).click();
  const form = {
    type: "object", title: "灵活就业人员参保登记表",
    properties: { canbaoren: { type: "object", title: "参保人", properties: { xingming: { type: "string", title: "参保人姓名" }, zjhm: { type: "string", title: "证件号码", pattern: "^\\d{17}[\\dXx]$" } } } },
  };
  await page.getByRole("button", { name: "导入 JSON Schema 表单" }).click();
  await page.getByLabel("或粘贴 JSON").fill(JSON.stringify(form));
  await page.getByRole("button", { name: "识别字段" }).click();
  const table = page.getByTestId("binding-table");
  await table.waitFor();
  const text = (await table.textContent()) ?? "";
  expect(text).not.toContain("/properties/");
  expect(text).not.toContain("\\d");
  const idRow = table.locator("tbody tr").filter({ has: page.locator("th", { hasText: /^证件号码/ }) });
  expect(await idRow.locator("th").textContent()).toBe("证件号码参保人");
  expect(await idRow.textContent()).toContain("取值规则只接受18 位身份号码");
  await shoot(page, "editor-binding-words", [1280, 360]);
  expect(suite.pageErrors).toEqual([]);
});
