// Automated WCAG 2.1 AA checks with axe-core on every main screen of the three apps, in zh-CN: the portal (catalog,
// bundle page, guide with the one-time notice, the smart form before and after a failed submit, my applications,
// a case's status page) at 360 px and 1280 px; the workbench (login, inbox, case with the decision panel,
// supervision); the editor (bundle list and every workspace tab). Serious and critical violations fail with the
// rule, its help and the offending selectors. A keyboard check proves the apply page is usable without a mouse.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { startTestServer } from "../helpers/server.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { checkScreen, focusVisible } from "./a11y.js";
import { loginHere, newPage } from "./browser.js";
import { httpSession, PREFERRED } from "./server.js";
import { e2eSuite } from "./suite.js";

const FLOW_KEY = "a11y-shop";
const FLOW_TITLE = "测试开店（流程）";
let appId = "";

/** The built-in one-thing for the portal screens, plus a flow bundle with one submitted case for the status page,
 *  the inbox, the case page and supervision. */
const suite = e2eSuite(async () => {
  const server = await startTestServer();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  expect((await designer("POST", "/api/bundles", flowBundle(FLOW_KEY))).status).toBe(201);
  expect((await admin("POST", `/api/bundles/${FLOW_KEY}/publish`, { changeSummary: "无障碍检查" })).status).toBe(201);
  const applicant = await httpSession(server.url, "zhangsan", "Apply#2026");
  const created = await applicant<{ id: string }>("POST", "/api/applications", { bundleKey: FLOW_KEY, version: 1, answers: {}, data: VALID_DATA });
  expect(created.status).toBe(201);
  appId = created.json.id;
  const catalog = (await (await fetch(server.url + "/api/catalog")).json()) as { bundles: Array<{ key: string }> };
  const keys = catalog.bundles.map((b) => b.key);
  return { server, bundleKey: PREFERRED.find((k) => keys.includes(k)) ?? keys.find((k) => k !== FLOW_KEY) ?? FLOW_KEY };
});

/** Checks the portal screen at 360 px and at 1280 px. */
async function checkPortal(page: Page, screen: string, found: string[]): Promise<void> {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
    await page.waitForTimeout(50);
    await checkScreen(page, `${screen} @${width}px`, found);
  }
}

async function answerGuide(page: Page): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const unanswered = page.locator("main fieldset").filter({ hasNot: page.locator("input:checked") });
    if ((await unanswered.count()) === 0) return;
    await unanswered.first().locator("input").first().check();
  }
}

test("the portal screens have no serious or critical WCAG 2.1 AA violations at 360 and 1280 px", async () => {
  const found: string[] = [];
  const page = await newPage(suite.browser, suite.pageErrors, { bypassCSP: true });
  const base = suite.server.url;
  await page.goto(`${base}/#/login`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.getByText("您好，张三").waitFor();

  await page.goto(`${base}/#/`);
  await page.locator(".bundle-card").first().waitFor();
  await checkPortal(page, "portal catalog", found);

  await page.goto(`${base}/#/b/${suite.bundleKey}`);
  await page.getByRole("link", { name: "开始办理" }).waitFor();
  await checkPortal(page, "portal bundle", found);

  await page.getByRole("link", { name: "开始办理" }).click();
  if (await page.getByRole("heading", { level: 1, name: /情形引导/ }).waitFor({ timeout: 3000 }).then(() => true, () => false)) {
    await answerGuide(page);
    await page.getByRole("heading", { name: /需办理的事项/ }).waitFor();
    await checkPortal(page, "portal guide with notice", found);
    await page.getByRole("link", { name: "下一步：填写申报表" }).click();
  }

  await page.locator("#section-title").waitFor();
  await checkPortal(page, "portal apply (first section)", found);
  // Submit from the last section (the button is there): every problem of every section is summarised.
  if (await page.locator(".section-nav button").count()) await page.locator(".section-nav button").last().click();
  await page.getByRole("button", { name: "提交申请" }).click();
  await page.getByRole("heading", { name: /还有 \d+ 处需要修改/ }).waitFor();
  await checkPortal(page, "portal apply (error summary)", found);

  await page.goto(`${base}/#/my`);
  await page.locator("td .badge").first().waitFor();
  await checkPortal(page, "portal my applications", found);

  await page.goto(`${base}/#/my/${encodeURIComponent(appId)}`);
  await page.locator("#facts-title .badge").waitFor();
  await checkPortal(page, "portal application status", found);

  expect(found, found.join("\n")).toEqual([]);
  expect(suite.pageErrors).toEqual([]);
});

test("keyboard: Tab from the top of the apply page reaches the first field and the section nav, with visible focus", async () => {
  const page = await newPage(suite.browser, suite.pageErrors, { bypassCSP: true });
  await page.goto(`${suite.server.url}/#/login`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.getByText("您好，张三").waitFor();
  await page.goto(`${suite.server.url}/#/b/${suite.bundleKey}/apply`);
  await page.locator("#section-title").waitFor();
  await page.locator("main input, main select, main textarea").first().waitFor();
  // From the top: the page moves focus to the section heading when it opens; start again above the header.
  await page.evaluate(() => {
    const root = document.documentElement;
    root.tabIndex = -1;
    root.focus();
    root.removeAttribute("tabindex");
    window.scrollTo(0, 0);
  });
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到主要内容");
  expect((await focusVisible(page)).visible).toBe(true);
  const reached = { field: false, sectionNav: false };
  const invisible: string[] = [];
  for (let i = 0; i < 60 && !(reached.field && reached.sectionNav); i++) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const el = document.activeElement!;
      return { desc: el.tagName + "#" + el.id + "." + el.className + " " + (el.textContent ?? "").slice(0, 20), inNav: !!el.closest(".section-nav"), field: !!el.closest(".smart-form .card") && /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) };
    });
    if (process.env.A11Y_DEBUG) console.info("tab", i, where.desc);
    const focus = await focusVisible(page);
    if (!focus.visible) invisible.push(`${focus.tag} "${focus.text}"`);
    reached.field ||= where.field;
    reached.sectionNav ||= where.inNav;
  }
  expect(reached).toEqual({ field: true, sectionNav: true });
  expect(invisible, `focus not visible on: ${invisible.join(", ")}`).toEqual([]);
});

test("the workbench screens have no serious or critical WCAG 2.1 AA violations", async () => {
  const found: string[] = [];
  const base = suite.server.url;
  const page = await newPage(suite.browser, suite.pageErrors, { bypassCSP: true });
  await page.goto(`${base}/workbench/`);
  await page.getByLabel(/^(用户名|Username)$/).waitFor();
  await checkScreen(page, "workbench login", found);
  await loginHere(page, "clerk-samr", "Clerk#2026");
  await page.getByRole("heading", { level: 1, name: /待办事项/ }).waitFor();
  await page.locator("tbody tr").first().waitFor();
  await checkScreen(page, "workbench inbox", found);
  await page.goto(`${base}/workbench/#/case/${encodeURIComponent(appId)}`);
  await page.getByRole("heading", { name: /办理意见/ }).waitFor();
  await page.locator("form[aria-labelledby=decision-title]").getByRole("button").first().waitFor();
  await checkScreen(page, "workbench case with decision panel", found);

  const sv = await newPage(suite.browser, suite.pageErrors, { bypassCSP: true });
  await sv.goto(`${base}/workbench/#/supervision`);
  await loginHere(sv, "supervisor", "Supervise#2026");
  await sv.getByRole("heading", { level: 1, name: "全程电子监察" }).waitFor();
  await sv.locator("table.sv-cases tbody tr").first().waitFor();
  await checkScreen(sv, "workbench supervision", found);

  expect(found, found.join("\n")).toEqual([]);
  expect(suite.pageErrors).toEqual([]);
});

test("the editor's bundle list and every workspace tab have no serious or critical WCAG 2.1 AA violations", async () => {
  const found: string[] = [];
  const page = await newPage(suite.browser, suite.pageErrors, { bypassCSP: true });
  await page.goto(`${suite.server.url}/editor/`);
  await loginHere(page, "admin", "Admin#2026");
  await page.getByRole("heading", { level: 1, name: "一件事列表" }).waitFor();
  await page.getByRole("link", { name: FLOW_TITLE }).waitFor();
  await checkScreen(page, "editor bundle list", found);
  await page.getByRole("link", { name: FLOW_TITLE }).click();
  await page.getByRole("tab", { name: /^基本信息/ }).waitFor();
  const ready: Record<string, () => Promise<unknown>> = {
    "事项": () => page.getByTestId("item-list").waitFor(),
    "表单合并": () => page.locator(".tabpanel h2, .tabpanel h3").first().waitFor(),
    "情形引导": () => page.locator(".tabpanel h2, .tabpanel h3").first().waitFor(),
    "审批流程": () => page.locator(".react-flow__node").first().waitFor(),
    "JSON": () => page.locator(".monaco-editor").first().waitFor(),
    "预览": () => page.locator(".tabpanel iframe, .tabpanel form, .tabpanel h2").first().waitFor(),
  };
  for (const tab of ["基本信息", "事项", "表单合并", "情形引导", "审批流程", "JSON", "预览", "发布"]) {
    await page.getByRole("tab", { name: new RegExp(`^${tab}`) }).click();
    await page.waitForTimeout(100);
    await ready[tab]?.();
    await page.waitForTimeout(200);
    await checkScreen(page, `editor tab ${tab}`, found);
    if (tab === "事项") {
      // An item's element groups, the form designer among them.
      await page.getByTestId("item-list").getByRole("button").first().click();
      for (const group of ["基本", "时限与收费", "材料", "渠道", "表单"]) {
        await page.locator(`#itab-${group}`).click();
        await page.waitForTimeout(150);
        await checkScreen(page, `editor tab 事项 › ${group}`, found);
      }
    }
    if (tab === "审批流程") {
      // A selected node shows its properties panel (the fixture's nodes all sit at 0,0: lay them out first).
      await page.getByRole("button", { name: "自动布局" }).click();
      await page.getByRole("button", { name: "适应画布" }).click();
      await page.locator(`.react-flow__node[data-id="acceptance"]`).click();
      await page.waitForTimeout(200);
      await checkScreen(page, "editor tab 审批流程 › node selected", found);
    }
  }
  expect(found, found.join("\n")).toEqual([]);
  expect(suite.pageErrors).toEqual([]);
});
