// The editor step both designer journeys share: import a department's plain JSON Schema form as a new item.
import type { Page } from "playwright-core";

/** A form to import and what the designer types for its item (time limits: statutory, promised working days). */
export interface ImportedForm { form: unknown; name: string; dept: string; byLaw: string; limits?: [number, number] }

/** Pastes the form into 导入 JSON Schema 表单, names the item and its department, adds it and fills what a new item
 *  leaves empty for the department to decide: its legal basis and its time limits (20 / 10 working days unless told). */
export async function importFormAsItem(page: Page, f: ImportedForm, index: number): Promise<void> {
  await page.getByRole("button", { name: "导入 JSON Schema 表单" }).click();
  await page.getByLabel("或粘贴 JSON").fill(JSON.stringify(f.form));
  await page.getByRole("button", { name: "识别字段" }).click();
  await page.getByTestId("binding-table").waitFor();
  await page.getByLabel("事项名称").first().fill(f.name);
  await page.getByLabel("实施主体").first().selectOption(f.dept);
  await page.getByRole("button", { name: "添加为事项" }).click();
  await page.locator(`#item-${index}-by_law`).fill(f.byLaw);
  await fillItemLimits(page, index, f.limits ?? [20, 10]);
}

/** Types an item's statutory and promised time limits in its 时限与收费 group, then goes back to its basic group. */
export async function fillItemLimits(page: Page, index: number, [statutory, promised]: [number, number]): Promise<void> {
  await page.locator('[id="itab-时限与收费"]').click();
  await page.locator(`#item-${index}-anticipate_day`).fill(String(statutory));
  await page.locator(`#item-${index}-promise_day`).fill(String(promised));
  await page.locator('[id="itab-基本"]').click();
}
