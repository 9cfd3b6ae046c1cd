// The editor step both designer journeys share: import a department's plain JSON Schema form as a new item.
import type { Page } from "playwright-core";

/** A form to import and what the designer types for its item. */
export interface ImportedForm { form: unknown; name: string; dept: string; byLaw: string }

/** Pastes the form into 导入 JSON Schema 表单, names the item and its department, adds it and fills its legal basis. */
export async function importFormAsItem(page: Page, f: ImportedForm, index: number): Promise<void> {
  await page.getByRole("button", { name: "导入 JSON Schema 表单" }).click();
  await page.getByLabel("或粘贴 JSON").fill(JSON.stringify(f.form));
  await page.getByRole("button", { name: "识别字段" }).click();
  await page.getByTestId("binding-table").waitFor();
  await page.getByLabel("事项名称").first().fill(f.name);
  await page.getByLabel("实施主体").first().selectOption(f.dept);
  await page.getByRole("button", { name: "添加为事项" }).click();
  await page.locator(`#item-${index}-by_law`).fill(f.byLaw);
}
