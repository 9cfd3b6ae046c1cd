// Electronic supervision (全程电子监察) in real Chromium: a supervisor logs into the workbench, sees the summary per
// department and an overdue case at the top of the list in the inbox's colours, filters to overdue steps, and opens
// the case read-only. A case becomes overdue the way time does it: its task's deadline is moved into the past in
// the server's SQLite file (the server reads deadlines from the database on every request).
import BetterSqlite from "better-sqlite3";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { launchBrowser, loginHere, newPage, shoot } from "./browser.js";
import { httpSession } from "./server.js";

let server: TestServer;
let browser: Browser;
const pageErrors: string[] = [];
const ids = { overdue: "", onTime: "" };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  expect((await designer("POST", "/api/bundles", flowBundle("flow-shop"))).status).toBe(201);
  expect((await admin("POST", "/api/bundles/flow-shop/publish", { changeSummary: "电子监察端到端测试" })).status).toBe(201);
  const applicant = await httpSession(server.url, "zhangsan", "Apply#2026");
  for (const which of ["overdue", "onTime"] as const) {
    const res = await applicant<{ id: string }>("POST", "/api/applications", { bundleKey: "flow-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(res.status).toBe(201);
    ids[which] = res.json.id;
  }
  // Two weeks pass for the first case: its acceptance deadline was Monday 5 January 2026, 17:30 Beijing time.
  const db = new BetterSqlite(server.dbPath!);
  try {
    const changed = db.prepare("UPDATE tasks SET due_at = ? WHERE application_id = ? AND status = 'open'").run("2026-01-05T09:30:00.000Z", ids.overdue).changes;
    expect(changed).toBe(1);
  } finally {
    db.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("a supervisor sees every department's overdue cases, most overdue first, and opens one", async () => {
  const page = await newPage(browser, pageErrors);
  await page.goto(`${server.url}/workbench/#/supervision`);
  await loginHere(page, "supervisor", "Supervise#2026");
  await page.getByRole("heading", { level: 1, name: "全程电子监察" }).waitFor();
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "电子监察" }).count()).resolves.toBe(1);
  await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "待办事项" }).count()).resolves.toBe(0);

  // The summary: 市场监督管理局 first, with its one overdue step.
  const summary = page.getByRole("table", { name: "各部门在办、即将到期和已超期的环节数，超期多的部门在前" });
  const samr = summary.locator('tr[data-department="samr"]');
  await samr.waitFor();
  await expect(summary.locator("tbody tr").first().getAttribute("data-department")).resolves.toBe("samr");
  await expect(samr.locator("td").allInnerTexts()).resolves.toEqual(["2", "0", "1"]);

  // The list: the overdue case first, red badge with text, and how many working days late.
  const cases = page.getByRole("table", { name: "在办环节，超期最久的在前" });
  const rows = cases.locator("tbody tr");
  await expect(rows.count()).resolves.toBe(2);
  const first = rows.first();
  await expect(first.getAttribute("data-sla")).resolves.toBe("overdue");
  await expect(first.getByRole("link", { name: "测试开店（流程）" }).getAttribute("href")).resolves.toContain(encodeURIComponent(ids.overdue));
  await expect(first.locator(".badge--overdue").first().innerText()).resolves.toBe("已超期");
  await expect(first.locator(".sv-overdue-days").innerText()).resolves.toMatch(/^\d+ 个工作日$/);
  await expect(first.locator("td").nth(1).innerText()).resolves.toBe("市场监督管理局");
  await expect(rows.nth(1).getAttribute("data-sla")).resolves.not.toBe("overdue");
  await shoot(page, "supervision");

  // Filter to overdue steps: the URL keeps the filter, the list narrows, the summary stays.
  await page.getByLabel("时效").selectOption("overdue");
  await page.waitForFunction(() => location.hash.includes("sla=overdue") && document.querySelectorAll("table.sv-cases tbody tr").length === 1);
  await expect(samr.locator("td").allInnerTexts()).resolves.toEqual(["2", "0", "1"]);
  await shoot(page, "supervision-overdue");

  // The case, read-only: facts and timeline, no decision panel, and the way back to supervision.
  await rows.first().getByRole("link", { name: "测试开店（流程）" }).click();
  await page.getByRole("heading", { level: 1, name: "测试开店（流程） · 张三" }).waitFor();
  await expect(page.getByRole("navigation", { name: "路径" }).getByRole("link", { name: "全程电子监察" }).count()).resolves.toBe(1);
  await expect(page.getByRole("button", { name: "受理" }).count()).resolves.toBe(0);
  await shoot(page, "supervision-case");

  // English.
  await page.getByRole("navigation", { name: "路径" }).getByRole("link", { name: "全程电子监察" }).click();
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Electronic supervision" }).waitFor();
  await page.getByRole("table", { name: "Open steps, most overdue first" }).locator("tbody tr").first().waitFor();
  await shoot(page, "supervision-en", [1280]);
  expect(pageErrors).toEqual([]);
});

test("department staff are not shown the supervision view", async () => {
  const page = await newPage(browser, pageErrors);
  await page.goto(`${server.url}/workbench/#/supervision`);
  await loginHere(page, "reviewer-samr", "Review#2026");
  await page.getByText("全程电子监察仅供监察人员和管理员使用。").waitFor();
  await expect(page.getByRole("link", { name: "电子监察" }).count()).resolves.toBe(0);
});
