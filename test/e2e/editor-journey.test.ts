// Issue journey in real Chromium: a designer imports two plain JSON Schema forms as items (fire safety check and
// public-place hygiene licence), merges the bundle's forms and resolves a merge suggestion, draws a parallel split
// with the two new departments' reviews and a join, saves; the admin publishes (change summary from the diff);
// an applicant files against the new version and the case reaches the right inboxes: the lead's window first,
// then both parallel reviews at once.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import type { ApplicationView, PublishedBundle, TaskView } from "../../spec/api.js";
import { effectiveForm } from "../../spec/form-rules.js";
import { loginHere, newPage, passwordOf, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { answerEverything, buildData } from "./fill.js";
import { httpSession, submitWithMaterials } from "./server.js";
import { dragMouse, drawParallelReviews, handle } from "./flow-canvas.js";
import { importFormAsItem } from "./editor-import.js";

const suite = e2eSuite();


const FIRE_FORM = {
  type: "object", title: "公众聚集场所投入使用营业前消防安全检查申报表",
  properties: {
    unit: { type: "object", title: "单位信息", properties: { mc: { type: "string", title: "单位名称" }, xydm: { type: "string", title: "统一社会信用代码" } } },
    fzr: { type: "object", title: "消防安全责任人", properties: { xm: { type: "string", title: "姓名" }, lxdh: { type: "string", title: "联系电话" } } },
    seats: { type: "integer", title: "座位数", minimum: 0 },
  },
};
const HYGIENE_FORM = {
  type: "object", title: "公共场所卫生许可申请书",
  properties: {
    unit: { type: "object", title: "单位信息", properties: { mc: { type: "string", title: "单位名称" }, xydm: { type: "string", title: "统一社会信用代码" }, dz: { type: "string", title: "经营地址" } } },
    legal: { type: "object", title: "法定代表人", properties: { xm: { type: "string", title: "姓名" }, sj: { type: "string", title: "手机号码" } } },
    area: { type: "number", title: "营业面积（平方米）", minimum: 0 },
  },
};

const importForm = (page: Page, form: object, name: string, dept: string, index: number, byLaw: string) => importFormAsItem(page, { form, name, dept, byLaw }, index);

test("import two forms, merge, resolve a suggestion, draw a parallel flow, publish; an application reaches the right inboxes", async () => {
  const before = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}`)).json()) as PublishedBundle;
  const n = before.spec.items.length;
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/editor/#/bundle/${suite.bundleKey}`);
  await loginHere(page, "designer", "Design#2026");

  // Two plain JSON Schema forms become items of two more departments.
  await page.getByRole("tab", { name: /^事项/ }).click();
  await importForm(page, FIRE_FORM, "公众聚集场所投入使用营业前消防安全检查", "fire", n, "《中华人民共和国消防法》第十五条");
  await importForm(page, HYGIENE_FORM, "公共场所卫生许可", "nhc", n + 1, "《公共场所卫生管理条例》第八条");
  await expect.poll(() => page.getByTestId("item-list").locator("li").count()).toBe(n + 2);

  // Merge all forms again (the template's decisions replayed: only the new forms' suggestions wait — the group
  // 消防安全责任人 ~ 法定代表人), and resolve one by accepting it: merged pair by pair into a named field.
  await page.getByRole("tab", { name: "表单合并" }).click();
  await page.getByTestId("merge-stats").waitFor();
  await page.getByRole("button", { name: "重新合并", exact: true }).click();
  await page.getByText(/已重新合并/).waitFor();
  const pending = page.locator('[data-testid^="suggestion-"][data-status="pending"]');
  await expect.poll(() => pending.count()).toBeGreaterThan(0);
  const first = pending.first();
  const sid = await first.getAttribute("data-testid");
  await first.getByRole("button", { name: "接受（合并）" }).click();
  // Accepted: no longer pending (shown as merged, or gone once the re-analysis applies the hand merge).
  await expect.poll(() => page.locator(`[data-testid="${sid}"][data-status="pending"]`).count()).toBe(0);
  await page.getByText(/^已合并为「.+」$/).waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await shoot(page, "40-editor-journey-merge", [1280]);

  // Flow: acceptance → parallel split → fire and hygiene reviews → join → registration review.
  await page.getByRole("tab", { name: "审批流程" }).click();
  await page.getByTestId("flow-designer").waitFor();
  await drawParallelReviews(page, "e-acceptance-registration", ["fire", "nhc"]);
  await dragMouse(page, handle(page, "join-1", "source"), handle(page, "review-registration", "target"));
  await expect.poll(() => page.getByTestId("flow-error-count").textContent()).toBe("校验通过");
  await page.getByRole("button", { name: "自动布局" }).click();
  await page.waitForTimeout(800);

  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect.poll(() => page.getByTestId("dirty").textContent()).toContain("草稿已保存");

  // The admin publishes; the suggested summary names the new items and the flow change.
  const admin = await newPage(suite.browser, suite.pageErrors);
  await admin.goto(`${suite.server.url}/editor/#/bundle/${suite.bundleKey}`);
  await loginHere(admin, "admin", "Admin#2026");
  await admin.getByRole("tab", { name: "发布" }).click();
  const summary = admin.getByLabel(/变更说明/);
  await expect.poll(() => summary.inputValue()).toContain("新增事项「公众聚集场所投入使用营业前消防安全检查」");
  await expect.poll(() => summary.inputValue()).toContain("流程：");
  const version = before.version + 1;
  await admin.getByRole("button", { name: "发布新版本" }).click();
  // the confirmation names what changes and the cases still open on the current version before anything is published
  const confirm = admin.getByTestId("publish-confirm");
  await expect.poll(async () => (await confirm.getByTestId("open-cases").textContent()) ?? "").toMatch(new RegExp(`版本 ${before.version} 有 \\d+ 件在办案件`));
  await confirm.getByRole("button", { name: `确认发布版本 ${version}` }).click();
  await admin.getByText(`已发布版本 ${version}`).waitFor();
  await admin.evaluate(() => window.scrollTo(0, 0));
  await shoot(admin, "41-editor-journey-published", [1280]);
  const published = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}/versions/${version}`)).json()) as PublishedBundle;
  const provenanceItems = new Set(Object.values(published.spec.form.provenance).flat().map((r) => r.item));
  expect(provenanceItems.has(published.spec.items[n]!.id)).toBe(true);
  expect(provenanceItems.has(published.spec.items[n + 1]!.id)).toBe(true);

  // An applicant files against the new version.
  const spec = published.spec;
  const answers = answerEverything(spec.guide);
  const data = buildData(effectiveForm(spec.form, { answers, data: {} }).schema);
  const applicant = await httpSession(suite.server.url, "zhangsan", "Apply#2026");
  const submitted = await submitWithMaterials<ApplicationView>(applicant, { bundleKey: suite.bundleKey, version, answers, data });
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(201);
  expect(submitted.json.version).toBe(version);
  const appId = submitted.json.id;

  // The lead's window (one-window acceptance) has it first; it accepts in the workbench.
  await new Promise((r) => setTimeout(r, 500));
  const open = async () => (await applicant<ApplicationView>("GET", `/api/applications/${appId}`)).json.tasks.filter((t) => t.status === "open");
  const [acceptance] = await open();
  expect(acceptance?.department).toBe(spec.lead);
  const clerkName = `clerk-${acceptance!.department}`;
  const clerk = await httpSession(suite.server.url, clerkName, passwordOf(clerkName));
  const inbox = (await clerk<{ tasks: TaskView[] }>("GET", "/api/tasks/inbox")).json.tasks;
  expect(inbox.some((t) => t.applicationId === appId)).toBe(true);
  const wb = await newPage(suite.browser, suite.pageErrors);
  await wb.goto(`${suite.server.url}/workbench/`);
  await loginHere(wb, clerkName, passwordOf(clerkName));
  await wb.getByRole("link", { name: new RegExp(spec.title) }).first().waitFor();
  await shoot(wb, "42-editor-journey-lead-inbox", [1280]);
  await wb.context().close();
  const task = inbox.find((t) => t.applicationId === appId)!;
  const action = task.allowedActions.find((a) => a === "accept" || a === "approve")!;
  expect((await clerk("POST", `/api/tasks/${task.id}/complete`, { action, comment: "材料齐全，予以受理" })).status).toBe(200);

  // Both parallel reviews are open at once, each in its own department's inbox.
  await expect.poll(async () => (await open()).map((t) => t.department).sort().join(","), { timeout: 15_000 }).toContain("fire");
  const depts = (await open()).map((t) => t.department);
  expect(depts).toEqual(expect.arrayContaining(["fire", "nhc"]));
  for (const dept of ["fire", "nhc"]) {
    const name = `reviewer-${dept}`;
    const desk = await httpSession(suite.server.url, name, passwordOf(name));
    const tasks = (await desk<{ tasks: TaskView[] }>("GET", "/api/tasks/inbox")).json.tasks;
    expect(tasks.some((t) => t.applicationId === appId), `${name} inbox`).toBe(true);
  }
  const fire = await newPage(suite.browser, suite.pageErrors);
  await fire.goto(`${suite.server.url}/workbench/`);
  await loginHere(fire, "reviewer-fire", passwordOf("reviewer-fire"));
  await fire.getByRole("link", { name: new RegExp(spec.title) }).first().waitFor();
  await shoot(fire, "43-editor-journey-fire-inbox", [1280]);
  // Another department saw nothing of it.
  const other = await httpSession(suite.server.url, "reviewer-urban", passwordOf("reviewer-urban"));
  expect((await other<{ tasks: TaskView[] }>("GET", "/api/tasks/inbox")).json.tasks.some((t) => t.applicationId === appId)).toBe(false);
  expect(suite.pageErrors).toEqual([]);
}, 300_000);
