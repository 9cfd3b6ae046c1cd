// 情形引导 → 字段规则 in real Chromium (tryout 10 #10, #11, #12, #3): the consistency warning about a 代办人 section that
// answering "否" to 是否委托他人代办？ still requires names the place in words and fixes itself in one click; a section can
// carry a rule (listed by its path of titles); a new rule starts as a condition row, not JSON; an item that always
// applies says so once.
import { expect, test } from "vitest";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { httpSession } from "./server.js";

const suite = e2eSuite();
const KEY = "chusheng";

test("a section's rule: the warning's one-click fix, sections in the rule picker, a new rule in rows", async () => {
  const designer = await httpSession(suite.server.url, "designer", "Design#2026");
  const draft = await designer<{ spec: Record<string, any> }>("GET", `/api/bundles/${KEY}/draft`);
  expect(draft.status).toBe(200);
  const spec = draft.json.spec;
  spec.guide.questions.push({ id: "by_agent", title: "是否委托他人代办？", type: "boolean", default: false });
  expect((await designer.saveDraft(KEY, spec)).status).toBe(200);

  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/editor/#/bundle/${KEY}`);
  await loginHere(page, "designer", "Design#2026");
  const problems = page.getByTestId("problems");
  await page.locator("#ws-problems > summary").click();
  const warning = problems.locator("li").filter({ hasText: "引导问题「是否委托他人代办？」回答“否”时仍要求填写整个「代办人」部分" }).first();
  await warning.waitFor();
  // words, not pointers: the place is the field's path of titles
  expect(await problems.textContent()).not.toContain("/form/schema");
  await expect.poll(() => warning.getByRole("button").first().textContent()).toBe("表单合并「代办人」");
  await shoot(page, "g1-guide-warning-fix", [1280, 360]);

  await page.getByRole("tab", { name: "情形引导" }).click();
  const designerPanel = page.getByTestId("guide-designer");
  // 事项适用条件: an item that always applies says so once
  const always = spec.items.find((it: { id: string }) => !(it.id in spec.guide.applicability));
  const alwaysBox = designerPanel.getByRole("group", { name: always.task_name, exact: true });
  await expect.poll(() => alwaysBox.textContent()).toContain("始终办理");
  expect(await alwaysBox.locator(".cb__summary").textContent()).toBe("");
  // a catalogue item's material conditions are its department's (a changed pinned item is refused on save): shown, not edited
  await designerPanel.locator("summary", { hasText: /^社会保障卡申领（\d+ 项材料）$/ }).click();
  const cardMaterials = designerPanel.locator("details").filter({ has: page.locator("summary", { hasText: /^社会保障卡申领（\d+ 项材料）$/ }) });
  await cardMaterials.getByRole("note").getByText(/^本事项的材料及其适用情形由「.+」在事项目录中维护，这里只读。$/).waitFor();
  expect(await cardMaterials.locator("textarea, select, input").count()).toBe(0);
  // sections are in the picker by their path of titles
  const picker = page.locator("#new-rule");
  const options = await picker.locator("option").allTextContents();
  expect(options).toContain("代办人（整个部分）");
  expect(options.some((o) => o.startsWith("代办人 · "))).toBe(true);
  // a new rule starts as a condition row (no JSON to type) and its header is the path of titles
  await picker.selectOption({ label: "代办人 · 姓名" });
  await designerPanel.getByRole("button", { name: "添加规则" }).click();
  const rule = designerPanel.locator("details").filter({ has: page.locator("summary", { hasText: /^代办人 · 姓名$/ }) });
  await rule.locator("summary").click();
  const visible = rule.getByRole("group", { name: "何时显示" });
  await visible.getByLabel("第 1 条：变量").waitFor();
  expect(await visible.locator("textarea").count()).toBe(0);
  expect(await rule.textContent()).not.toContain("/properties/");
  await rule.getByRole("button", { name: "删除规则" }).click();

  // the one-click fix: the section shows only on 是, and the warning goes
  await warning.getByRole("button", { name: "让「代办人」只在回答“是”时显示" }).click();
  const atSection = problems.locator("li").filter({ has: page.getByRole("button", { name: "表单合并「代办人」", exact: true }) });
  await expect.poll(() => atSection.count()).toBe(0);
  const sectionRule = designerPanel.locator("details").filter({ has: page.locator("summary", { hasText: /^代办人（整个部分）$/ }) });
  await sectionRule.locator("summary").click();
  await expect.poll(() => sectionRule.locator(".cb__summary").first().textContent()).toContain("是否委托他人代办？");
  await shoot(page, "g2-guide-section-rule", [1280, 360]);
  expect(suite.pageErrors).toEqual([]);
});
