// The editor workspace in real Chromium. A designer changes basics (undo/redo by keyboard), imports two plain
// JSON Schema forms into the items catalog reviewing and overriding their auto-binding, designs a form field,
// meets the flow check naming each new item no step decides (zh and en) and draws a review for each on the canvas,
// edits in the monaco JSON view (shown in the visual view; invalid JSON never reaches it), saves and meets every
// server problem with its pointer (clicking one jumps to the field), previews at three widths and cannot publish.
// The admin sees the change summary suggested from the diff against the latest version, publishes, and rolls
// back by publishing the older version anew; the catalog follows. Screens are shot at 1280 px.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { PublishedBundle, VersionSummary } from "../../spec/api.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { fillItemLimits } from "./editor-import.js";
import { e2eSuite } from "./suite.js";
import { httpSession } from "./server.js";
import { addItemReview } from "./flow-canvas.js";

const suite = e2eSuite();
const W = [1280];


/** 餐饮服务许可 application form as a provincial system exports it: plain JSON Schema, Chinese titles, sections. */
const FOOD_FORM = {
  type: "object", title: "食品经营许可申请书",
  properties: {
    operator: { type: "object", title: "经营者信息", required: ["name"], properties: {
      name: { type: "string", title: "经营者名称" }, uscc: { type: "string", title: "统一社会信用代码" },
      address: { type: "string", title: "住所" } } },
    legal: { type: "object", title: "法定代表人（负责人）", properties: {
      xm: { type: "string", title: "姓名" }, sfz: { type: "string", title: "身份证件号码" }, dh: { type: "string", title: "移动电话" } } },
    scope: { type: "array", title: "经营项目", items: { type: "string", enum: ["热食类食品制售", "冷食类食品制售", "糕点类食品制售"] }, uniqueItems: true },
    area: { type: "number", title: "经营场所面积（平方米）" },
  },
};
/** 公众聚集场所投入使用、营业前消防安全检查 form. */
const FIRE_FORM = {
  type: "object", title: "公众聚集场所投入使用营业前消防安全检查申报表",
  properties: {
    unit: { type: "object", title: "单位信息", properties: {
      mc: { type: "string", title: "单位名称" }, xydm: { type: "string", title: "统一社会信用代码" } } },
    fzr: { type: "object", title: "消防安全责任人", properties: { xm: { type: "string", title: "姓名" }, lxdh: { type: "string", title: "联系电话" } } },
    seats: { type: "integer", title: "座位数" },
  },
};

/** Screenshots from the top of the page (the toolbar is sticky). */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, name, W);
}

async function importForm(page: Page, form: object, name: string): Promise<void> {
  await page.getByRole("button", { name: "导入 JSON Schema 表单" }).click();
  await page.getByLabel("或粘贴 JSON").fill(JSON.stringify(form));
  await page.getByRole("button", { name: "识别字段" }).click();
  await page.getByTestId("binding-table").waitFor();
  await page.getByLabel("事项名称").first().fill(name);
}

test("designer edits in the workspace; admin publishes with a diff summary and rolls back", async () => {
  const before = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}`)).json()) as PublishedBundle;
  const itemCount = before.spec.items.length;
  const page = await newPage(suite.browser, suite.pageErrors);
  page.on("dialog", (d) => void d.accept());
  await page.goto(suite.server.url + "/editor/");
  await loginHere(page, "designer", "Design#2026");
  await page.getByRole("heading", { level: 1, name: "一件事列表" }).waitFor();
  await page.getByRole("link", { name: before.spec.title }).click();

  // 基本信息: edit, undo and redo by keyboard; the dirty indicator follows.
  const title = page.getByLabel("名称", { exact: true });
  await expect.poll(() => title.inputValue()).toBe(before.spec.title);
  await expect.poll(() => page.getByTestId("dirty").textContent()).toBe("已保存");
  await title.fill(`${before.spec.title}（试点）`);
  await expect.poll(() => page.getByTestId("dirty").textContent()).toBe("有未保存的修改");
  await shot(page, "30-editor-basic");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("Control+z");
  await expect.poll(() => title.inputValue()).toBe(before.spec.title);
  await expect.poll(() => page.getByTestId("dirty").textContent()).toBe("已保存");
  await page.keyboard.press("Control+Shift+z");
  await expect.poll(() => title.inputValue()).toBe(`${before.spec.title}（试点）`);

  // 事项: import two plain JSON Schema forms, reviewing the binding (one override).
  await page.getByRole("tab", { name: /^事项/ }).click();
  await importForm(page, FOOD_FORM, "食品经营许可");
  const table = page.getByTestId("binding-table");
  await expect.poll(() => table.locator("tbody tr").count()).toBe(8);
  await expect.poll(async () => (await table.textContent()) ?? "").toContain("法定代表人");
  await shot(page, "31-editor-binding-review");
  // 住所 of the operator: the designer says it is the enterprise's registered address.
  const elementSelect = table.getByLabel("住所 的数据元", { exact: true });
  const options = await elementSelect.locator("option").allTextContents();
  const address = options.find((o) => o.includes("住所")) ?? options.find((o) => o.includes("地址"))!;
  await elementSelect.selectOption({ label: address });
  await expect.poll(() => table.getByLabel("接受 住所 的绑定").isChecked()).toBe(true);
  await page.getByRole("button", { name: "添加为事项" }).click();
  await importForm(page, FIRE_FORM, "公众聚集场所投入使用营业前消防安全检查");
  await page.getByLabel("实施主体").first().selectOption({ label: "消防救援大队" });
  await page.getByRole("button", { name: "添加为事项" }).click();
  const list = page.getByTestId("item-list");
  await expect.poll(() => list.locator("li").count()).toBe(itemCount + 2);
  await list.getByRole("button", { name: /食品经营许可/ }).click();
  await shot(page, "32-editor-item-basic");
  await page.getByRole("tab", { name: "材料" }).click();
  await page.getByRole("button", { name: "+ 添加申请材料" }).click();
  await page.getByLabel("申请材料第 1 行 材料名称").fill("食品安全管理制度");
  await page.getByRole("tab", { name: "时限与收费" }).click();
  await shot(page, "33-editor-item-limits");

  // 表单: the item's form in the form designer — add a dictionary element and set its properties.
  await page.getByRole("tab", { name: "表单", exact: true }).click();
  await page.getByTestId("fd-canvas").waitFor();
  await page.getByLabel("搜索数据元").fill("电子邮箱");
  await page.getByRole("button", { name: /^添加「电子邮箱/ }).first().click();
  const props = page.getByTestId("field-properties");
  await props.getByLabel("标题").fill("经营者电子邮箱");
  await props.getByRole("checkbox", { name: "必填", exact: true }).check();
  await expect.poll(() => page.getByTestId("fd-field").filter({ hasText: "经营者电子邮箱" }).count()).toBe(1);
  await page.getByRole("button", { name: "上移「经营者电子邮箱」" }).click();
  await shot(page, "34-editor-form-designer");

  // Save: the imported items still lack 设定依据 and their time limits — a draft is work in progress, so it is saved
  // with them, and the problems stay listed, each at its place in words (they block publishing only).
  await page.getByRole("button", { name: "保存草稿" }).click();
  await page.getByTestId("dirty").filter({ hasText: /^草稿已保存（.+），还有 \d+ 个问题，解决后才能发布$/ }).waitFor();
  const problems = page.getByTestId("problems");
  await expect.poll(async () => (await problems.textContent()) ?? "").toContain("事项「食品经营许可」· 设定依据");
  expect(await problems.textContent()).not.toContain(`/items/${itemCount}/`);
  await expect.poll(async () => (await problems.textContent()) ?? "").toContain("事项「食品经营许可」未填写法定办结时限");
  const savedWip = await (await httpSession(suite.server.url, "designer", "Design#2026"))<{ spec: { items: Array<{ task_name: string; by_law: string }> }; problems: Array<{ pointer: string }> }>("GET", `/api/bundles/${suite.bundleKey}/draft`);
  expect(savedWip.json.spec.items.map((i) => i.task_name)).toContain("食品经营许可");
  expect(savedWip.json.problems.map((p) => p.pointer)).toEqual(expect.arrayContaining([`/items/${itemCount}/by_law`, `/items/${itemCount}/promise_day`]));
  await shot(page, "35-editor-save-problems");
  await problems.getByRole("button", { name: "事项「食品经营许可」· 设定依据", exact: true }).click();
  const byLaw = page.locator(`#item-${itemCount}-by_law`);
  await expect.poll(() => byLaw.evaluate((el) => el === document.activeElement)).toBe(true);
  await byLaw.fill("《中华人民共和国食品安全法》第三十五条");
  await problems.getByRole("button", { name: "事项「食品经营许可」· 法定办结时限", exact: true }).click();
  const statutory = page.locator(`#item-${itemCount}-anticipate_day`);
  await expect.poll(() => statutory.evaluate((el) => el === document.activeElement)).toBe(true);
  await fillItemLimits(page, itemCount, [20, 10]);
  await page.getByTestId("item-list").getByRole("button", { name: /消防安全检查/ }).click();
  await page.locator(`#item-${itemCount + 1}-by_law`).fill("《中华人民共和国消防法》第十五条");
  await fillItemLimits(page, itemCount + 1, [20, 10]);

  // 审批流程: no step decides the two new items yet — the check says which, why and how to add one, in both languages.
  await page.getByRole("tab", { name: "审批流程" }).click();
  const flowProblems = page.getByTestId("flow-problems");
  const flowText = async () => (await flowProblems.textContent()) ?? "";
  await expect.poll(flowText).toContain("事项「食品经营许可」没有审批环节：市场监督管理局的审批节点都不审批此事项");
  expect(await flowText()).toContain("事项「公众聚集场所投入使用营业前消防安全检查」没有审批环节：流程中没有消防救援大队的审批节点");
  expect(await flowText()).toContain("请从节点面板拖入“部门审批”节点，办理部门选消防救援大队，“对应事项”选「公众聚集场所投入使用营业前消防安全检查」");
  await expect.poll(() => page.getByTestId("flow-error-count").textContent()).toBe("2 个错误");
  await shoot(page, "35b-editor-flow-items-without-step", [1280, 360]);
  await page.getByRole("button", { name: "English" }).click();
  await expect.poll(flowText).toContain('No step decides the item "食品经营许可": none of the reviews by Market Regulation decides it');
  expect(await flowText()).toContain('Drag a "Department review" node from the palette, set its department to Fire and Rescue and "Item decided" to "公众聚集场所投入使用营业前消防安全检查"');
  await page.getByRole("button", { name: "中文" }).click();
  // The designer does as told: a review of each item, in parallel with the other departments' (并联 → … → 汇聚).
  await addItemReview(page, { rx: 0.25, ry: 0.93 }, { label: "食品经营许可审查", department: "samr", item: "食品经营许可", from: "parallel", to: "join" });
  await expect.poll(flowText).not.toContain("食品经营许可」没有审批环节");
  await addItemReview(page, { rx: 0.7, ry: 0.93 }, { label: "消防安全检查", department: "fire", item: "公众聚集场所投入使用营业前消防安全检查", from: "parallel", to: "join" });
  await expect.poll(() => page.getByTestId("flow-error-count").textContent()).toBe("校验通过");
  await shoot(page, "35c-editor-flow-items-decided", [1280, 360]);

  // JSON view: monaco (local, lazy) shows the spec; a replace there reaches the visual view; invalid JSON never does.
  await page.getByRole("tab", { name: "JSON" }).click();
  const monaco = page.getByTestId("monaco");
  await monaco.locator(".view-lines").waitFor({ timeout: 60_000 });
  await monaco.locator(".view-lines").click();
  // A new value for "summary" typed at the end of the document (the later key wins in JSON).
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Home");
  await page.keyboard.insertText(', "summary": "在 JSON 视图中修改的简介"\n');
  await page.waitForTimeout(800);
  await shot(page, "36-editor-json");
  await monaco.locator(".view-lines").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" trailing garbage");
  await page.getByTestId("json-parse-error").waitFor();
  await page.getByRole("tab", { name: "基本信息" }).click();
  await expect.poll(() => page.getByLabel("简介").inputValue()).toBe("在 JSON 视图中修改的简介");
  await expect.poll(() => page.getByLabel("名称", { exact: true }).inputValue()).toBe(`${before.spec.title}（试点）`);

  await page.getByRole("button", { name: "保存草稿" }).click();
  await page.getByTestId("dirty").filter({ hasText: /^草稿已保存（[^）]+）$/ }).waitFor(); // nothing left to solve
  const designerApi = await httpSession(suite.server.url, "designer", "Design#2026");
  const stored = await designerApi<{ spec: { title: string; summary: string; items: Array<{ task_name: string; materials: unknown[]; form: { schema: Record<string, any> } }> } }>("GET", `/api/bundles/${suite.bundleKey}/draft`);
  expect(stored.json.spec.title).toBe(`${before.spec.title}（试点）`);
  const food = stored.json.spec.items[itemCount]!;
  expect(stored.json.spec.summary).toBe("在 JSON 视图中修改的简介");
  expect(food.task_name).toBe("食品经营许可");
  expect(food.materials).toHaveLength(1);
  expect(food.form.schema.properties.operator.properties.address["x-binding"]).toBeTruthy();
  expect(Object.values(food.form.schema.properties).some((f: any) => f.title === "经营者电子邮箱")).toBe(true);

  // Preview as an applicant at phone, desktop and kiosk widths.
  await page.getByRole("tab", { name: "预览" }).click();
  for (const size of ["手机 360", "桌面 1280", "自助终端 1920"]) {
    await page.getByRole("button", { name: size }).click();
    await page.frameLocator(`iframe[title="申请人预览：${size}"]`).locator("input").first().waitFor();
    await shot(page, `37-editor-preview-${size.split(" ")[1]}`);
  }
  await page.getByRole("tab", { name: "发布" }).click();
  await page.getByText("只有管理员可以发布。").waitFor();

  // The admin publishes: the diff against the latest version suggests the change summary.
  const admin = await newPage(suite.browser, suite.pageErrors);
  admin.on("dialog", (d) => void d.accept());
  await admin.goto(`${suite.server.url}/editor/#/bundle/${suite.bundleKey}`);
  await loginHere(admin, "admin", "Admin#2026");
  await admin.getByRole("tab", { name: "发布" }).click();
  const diff = admin.getByTestId("diff");
  await expect.poll(async () => (await diff.textContent()) ?? "").toContain("食品经营许可");
  const summary = admin.getByLabel(/变更说明/);
  await expect.poll(() => summary.inputValue()).toContain("新增事项「食品经营许可」");
  await shot(admin, "38-editor-publish");
  // In English the tab, the diff and the suggested summary are English (the items' own names stay as written).
  await admin.getByRole("button", { name: "English" }).click();
  await expect.poll(() => admin.getByLabel(/Change summary/).inputValue()).toContain('added items "食品经营许可"');
  await expect.poll(async () => (await diff.textContent()) ?? "").toContain("Items added (2)");
  await shot(admin, "38-editor-publish-en");
  await admin.getByRole("button", { name: "中文" }).click();
  await expect.poll(() => summary.inputValue()).toContain("新增事项「食品经营许可」");
  const next = before.version + 1;
  await admin.getByRole("button", { name: "发布新版本" }).click();
  // the confirmation names what changes and the cases still open on the current version before anything is published
  const confirm = admin.getByTestId("publish-confirm");
  await expect.poll(async () => (await confirm.getByTestId("open-cases").textContent()) ?? "").toMatch(new RegExp(`版本 ${before.version} 有 \\d+ 件在办案件`));
  await confirm.getByRole("button", { name: `确认发布版本 ${next}` }).click();
  await admin.getByText(`已发布版本 ${next}`).waitFor();
  let latest = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}`)).json()) as PublishedBundle;
  expect(latest.version).toBe(next);
  expect(latest.spec.items).toHaveLength(itemCount + 2);
  const decided = latest.spec.flow!.nodes.flatMap((n) => (n.type === "review" && ["食品经营许可审查", "消防安全检查"].includes(String(n.data.label)) ? [n.data as { department: string; item?: string }] : []));
  expect(decided.map((d) => [d.department, latest.spec.items.find((i) => i.id === d.item)?.task_name])).toEqual([
    ["samr", "食品经营许可"], ["fire", "公众聚集场所投入使用营业前消防安全检查"],
  ]);

  // Roll back: publish the previous version's spec anew as version next+1.
  await admin.getByTestId("versions").locator("tr", { hasText: `v${before.version}` }).getByRole("button", { name: "以此版本重新发布" }).click();
  await admin.getByText(`已以版本 ${before.version} 的内容发布为版本 ${next + 1}`).waitFor();
  await shot(admin, "39-editor-rolled-back");
  latest = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}`)).json()) as PublishedBundle;
  expect(latest.version).toBe(next + 1);
  expect(latest.spec.items).toHaveLength(itemCount);
  const old = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}/versions/${next}`)).json()) as PublishedBundle;
  expect(old.spec.items).toHaveLength(itemCount + 2);
  const adminApi = await httpSession(suite.server.url, "admin", "Admin#2026");
  const versions = await adminApi<{ versions: VersionSummary[] }>("GET", `/api/bundles/${suite.bundleKey}/versions`);
  expect(versions.json.versions.find((v) => v.version === next + 1)?.changeSummary).toBe(`回滚：以版本 ${before.version} 重新发布`);
  expect(suite.pageErrors).toEqual([]);
}, 300_000);
