// What a case's state looks like on screen, in real Chromium: a withdrawn case says 已撤回 in the portal and the
// workbench (never a green 已办结 next to 已取消) and loses the 提交成功 banner; a task returned for correction says
// so, not 已办结; a suspended case is 已暂停 in the inbox; and in English the timeline and audit trail are English.
import { expect, test } from "vitest";
import { VALID_DATA } from "../fixtures/bundle.js";
import { loginHere, newPage, shoot } from "./browser.js";
import { httpSession, startWithFlowBundle, submitWithMaterials } from "./server.js";
import { e2eSuite } from "./suite.js";

const suite = e2eSuite(() => startWithFlowBundle("states-shop", "案件状态测试"));
const HAN = /[\u3400-\u9fff]/;

async function newCase(): Promise<string> {
  const applicant = await httpSession(suite.server.url, "zhangsan", "Apply#2026");
  const sub = await submitWithMaterials<{ id: string }>(applicant, { bundleKey: suite.bundleKey, version: 1, answers: {}, data: VALID_DATA });
  expect(sub.status, JSON.stringify(sub.json)).toBe(201);
  return sub.json.id;
}

async function act(username: string, password: string, appId: string, body: Record<string, unknown>): Promise<void> {
  const staff = await httpSession(suite.server.url, username, password);
  const inbox = await staff<{ tasks: Array<{ id: string; applicationId: string }> }>("GET", "/api/tasks/inbox");
  const task = inbox.json.tasks.find((t) => t.applicationId === appId)!;
  const r = await staff("POST", `/api/tasks/${task.id}/complete`, body);
  expect(r.status, JSON.stringify(r.json)).toBe(200);
}

test("a withdrawn case reads 已撤回 everywhere and its 提交成功 banner goes away", async () => {
  const id = await newCase();
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/my/${encodeURIComponent(id)}?submitted=1`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.getByText("提交成功！").waitFor();
  await page.getByRole("button", { name: "撤回申请" }).click();
  await page.getByRole("button", { name: "确认撤回" }).click();
  await page.getByText("申请已撤回。").waitFor();
  await expect.poll(() => page.locator("#facts-title .badge").innerText()).toBe("已撤回");
  expect(await page.getByText("提交成功！").count()).toBe(0);
  expect(page.url()).not.toContain("submitted=1");
  const portalTasks = await page.locator("#facts-title").locator("xpath=..").locator("ul").innerText();
  expect(portalTasks).toContain("已撤回");
  expect(portalTasks).not.toContain("已办结");
  await page.reload();
  await expect.poll(() => page.locator("#facts-title .badge").innerText()).toBe("已撤回");
  expect(await page.getByText("提交成功！").count()).toBe(0);
  await shoot(page, "portal-case-withdrawn");

  const wb = await newPage(suite.browser, suite.pageErrors);
  await wb.goto(`${suite.server.url}/workbench/#/case/${encodeURIComponent(id)}`);
  await loginHere(wb, "clerk-samr", "Clerk#2026");
  await expect.poll(() => wb.locator("[data-task-state]").first().innerText()).toBe("已撤回");
  expect(await wb.locator("[data-task-state]").first().getAttribute("class")).not.toContain("badge--done");
  expect(await wb.locator("#facts-title").locator("xpath=..").innerText()).not.toContain("已办结");
  await shoot(wb, "workbench-case-withdrawn");
});

test("a task returned for correction reads 已退回补正, in the case and in the handled list", async () => {
  const id = await newCase();
  await act("clerk-samr", "Clerk#2026", id, { action: "return_for_correction", deficiencies: [{ kind: "field", ref: "/area", label: "经营面积", reason: "面积与租赁合同不符" }] });
  const wb = await newPage(suite.browser, suite.pageErrors);
  await wb.goto(`${suite.server.url}/workbench/#/case/${encodeURIComponent(id)}`);
  await loginHere(wb, "clerk-samr", "Clerk#2026");
  await expect.poll(() => wb.locator("[data-task-state]").first().innerText()).toBe("已退回补正");
  expect(await wb.locator("#facts-title").locator("xpath=..").innerText()).not.toContain("已办结");
  await shoot(wb, "workbench-case-returned");
  await wb.goto(`${suite.server.url}/workbench/#/?status=done`);
  const row = wb.locator("tr", { has: wb.locator(`a[href*="${encodeURIComponent(id)}"]`) });
  await expect.poll(() => row.locator("[data-task-state]").innerText()).toBe("已退回补正");
});

test("a suspended case is 已暂停 in the inbox with no running due date; English shows an English audit trail", async () => {
  const id = await newCase();
  await act("clerk-samr", "Clerk#2026", id, { action: "accept" });
  await act("reviewer-samr", "Review#2026", id, { action: "suspend", reason: "site_inspection" });
  const wb = await newPage(suite.browser, suite.pageErrors);
  await wb.goto(`${suite.server.url}/workbench/#/`);
  await loginHere(wb, "reviewer-samr", "Review#2026");
  const row = wb.locator("tr", { has: wb.locator(`a[href*="${encodeURIComponent(id)}"]`) });
  await expect.poll(() => row.locator("[data-task-state]").innerText()).toBe("已暂停");
  expect(await row.innerText()).toContain("计时暂停，恢复后顺延");
  await shoot(wb, "workbench-inbox-paused");

  await wb.evaluate(() => localStorage.setItem("yijian.lang", "en"));
  await wb.goto(`${suite.server.url}/workbench/#/case/${encodeURIComponent(id)}`);
  await wb.reload();
  const timeline = wb.locator("ol.timeline");
  await timeline.getByText("The applicant submitted the application").waitFor();
  const entries = await timeline.locator("li > span:nth-of-type(1)").allInnerTexts();
  expect(entries.length).toBeGreaterThanOrEqual(3);
  // what people named (quoted) stays as they wrote it; every word of ours is English
  for (const e of entries) expect(e.replace(/"[^"]*"/g, ""), e).not.toMatch(HAN);
  expect(await timeline.innerText()).toContain("suspended for on-site inspection");
  expect(await timeline.innerText()).not.toContain("系统");
  await shoot(wb, "workbench-case-english");
});
