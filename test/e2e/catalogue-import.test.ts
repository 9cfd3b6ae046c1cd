// The catalogue import panel in real Chromium: a department's designer goes from the catalogue page to 批量导入事项,
// chooses an .xlsx with one bad row, sees the problem with its sheet, row and column before anything is written, ticks
// "import only the valid items", imports them and sees the count; the items are then in the catalogue, the bad one not.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { writeWorkbook } from "../../server/catalogue/io/xlsx.js";
import { writeSheets } from "../../spec/catalogue/rows-write.js";
import { apiFromPage, loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";

const s = e2eSuite();

/** Three items of 市场监督管理局; the second (sheet row 4) has a 事项类型 that is not in the code list. */
async function fileWithOneBadRow(): Promise<string> {
  const drafts = [1, 2, 3].map((n) => ({ id: `e2e-io-${n}`, task_name: `端到端导入事项${n}`, department: "samr", dept_name: "市场监督管理局", task_code: `E2E-IO-${n}`, task_type: "01" }));
  const sheets = writeSheets(drafts);
  const items = sheets[0]!;
  items.rows[3]![items.def.columns.findIndex((c) => c.header === "事项类型")] = "99 不存在的类型";
  const path = join(mkdtempSync(join(tmpdir(), "yijian-e2e-io-")), "事项导入.xlsx");
  writeFileSync(path, await writeWorkbook(sheets));
  return path;
}

test("upload a file with one bad row, see it by row and column, import the valid rows and see the count", async () => {
  const file = await fileWithOneBadRow();
  const page = await newPage(s.browser, s.pageErrors);
  await page.goto(`${s.server.url}/editor/#/catalogue`);
  await loginHere(page, "designer-samr", "Design#2026");
  await page.getByRole("link", { name: "批量导入事项" }).click();
  await page.getByRole("heading", { level: 1, name: "事项清单导入导出" }).waitFor();

  await page.getByLabel("选择文件").setInputFiles(file);
  const summary = page.getByTestId("import-summary");
  await summary.getByText("检查结果：文件中共有 3 个事项").waitFor();
  await expect(summary.innerText()).resolves.toContain("可以导入 2 个：新建 2 个");
  const problem = page.getByTestId("import-problems").locator("tbody tr").first();
  await expect(problem.locator("td").nth(0).innerText()).resolves.toBe("事项");
  await expect(problem.locator("td").nth(1).innerText()).resolves.toBe("第 4 行");
  await expect(problem.locator("td").nth(2).innerText()).resolves.toBe("F（事项类型）");
  await expect(problem.locator("td").nth(3).innerText()).resolves.toContain("不是事项类型的取值");
  // nothing is written yet, and importing the whole file is not offered while it has a problem
  expect((await apiFromPage(page, "GET", "/api/items/e2e-io-1")).status).toBe(404);
  const importButton = page.getByRole("button", { name: "导入 2 个事项" });
  await expect(importButton.isDisabled()).resolves.toBe(true);
  await shoot(page, "catalogue-import-problems");

  await page.getByLabel("只导入无误的 2 个事项，跳过有问题的 1 个").check();
  await importButton.click();
  await summary.getByText("导入完成").waitFor();
  await expect(summary.innerText()).resolves.toContain("已导入 2 个事项：新建 2 个");
  await expect(summary.innerText()).resolves.toContain("跳过了有问题的 1 个事项");
  await shoot(page, "catalogue-import-done");
  expect((await apiFromPage(page, "GET", "/api/items/e2e-io-1")).status).toBe(200);
  expect((await apiFromPage(page, "GET", "/api/items/e2e-io-3")).status).toBe(200);
  expect((await apiFromPage(page, "GET", "/api/items/e2e-io-2")).status).toBe(404);
  expect(s.pageErrors).toEqual([]);
}, 120_000);
