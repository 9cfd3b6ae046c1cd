// The correction loop in real Chromium: a department sends a correction notice (一次性告知补正) naming a material and
// its reason; the applicant sees the notice on their case, uploads the material on the correction page (which
// refuses to resubmit without it) and resubmits; the case goes back to the departments. A notice naming form
// entries is proven in handling.test.ts.
import { expect, test } from "vitest";
import type { ApplicationView, PublishedBundle, TaskView } from "../../spec/api.js";
import { effectiveForm } from "../../spec/form-rules.js";
import { loginHere, newPage, passwordOf, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { answerEverything, buildData } from "./fill.js";
import { deskFor, httpSession, submitWithMaterials } from "./server.js";
import { tinyPdf } from "../helpers/files.js";

const suite = e2eSuite();


test("a department returns the application for correction; the applicant corrects and resubmits", async () => {
  const published = (await (await fetch(`${suite.server.url}/api/catalog/${suite.bundleKey}`)).json()) as PublishedBundle;
  const spec = published.spec;
  // The applicant's situation: every question answered (its default, else its first option).
  const answers = answerEverything(spec.guide);
  const data = buildData(effectiveForm(spec.form, { answers, data: {} }).schema);
  const applicant = await httpSession(suite.server.url, "zhangsan", "Apply#2026");
  const submitted = await submitWithMaterials<ApplicationView>(applicant, { bundleKey: suite.bundleKey, version: published.version, answers, data });
  expect(submitted.status, JSON.stringify(submitted.json)).toBe(201);
  const appId = submitted.json.id;

  // Staff handle open tasks until one of them offers 退回补正; that desk sends the notice through the workbench.
  let returned = false;
  await new Promise((r) => setTimeout(r, 500)); // let timers due at submission fire
  for (let round = 0; round < 15 && !returned; round++) {
    const app = (await applicant<ApplicationView>("GET", `/api/applications/${appId}`)).json;
    const task = app.tasks.find((t) => t.status === "open");
    expect(task, `no open task (status ${app.status})`).toBeDefined();
    const staff = await deskFor(suite.server.url, appId, task!);
    const desk = await httpSession(suite.server.url, staff, passwordOf(staff));
    const inbox = (await desk<{ tasks: TaskView[] }>("GET", "/api/tasks/inbox")).json.tasks.find((t) => t.id === task!.id);
    if (!inbox) {
      // Escalated between the two look-ups (its time limit passed): look again.
      await new Promise((r) => setTimeout(r, 300));
      continue;
    }
    if (!inbox.allowedActions.includes("return_for_correction")) {
      const next = inbox.allowedActions.find((a) => a === "accept" || a === "approve");
      expect(next, `task ${inbox.name} offers ${inbox.allowedActions.join(", ")}`).toBeDefined();
      const body = next === "approve" ? { action: next, comment: "同意", result: { document: "TEST-001" } } : { action: next, comment: "同意" };
      expect((await desk("POST", `/api/tasks/${task!.id}/complete`, body)).status).toBe(200);
      continue;
    }
    const wb = await newPage(suite.browser, suite.pageErrors);
    await wb.goto(`${suite.server.url}/workbench/#/case/${encodeURIComponent(appId)}?task=${encodeURIComponent(task!.id)}`);
    await loginHere(wb, staff, passwordOf(staff));
    const decision = wb.locator("form[aria-labelledby=decision-title]");
    await decision.getByRole("button", { name: "退回补正", exact: true }).click();
    // Confirming an empty notice is refused: everything must be told at once, with reasons.
    await decision.getByRole("button", { name: "确认退回补正" }).click();
    await wb.getByText("请至少列出一项需补正的内容，并写明原因").waitFor();
    await wb.getByLabel("补正项 1").selectOption({ index: 1 });
    // a chosen item without its reason is refused with where, not left out of the notice (tryout 10 #37)
    await decision.getByRole("button", { name: "确认退回补正" }).click();
    await wb.getByText("补正项 1 请填写原因").waitFor();
    await wb.getByLabel("原因 1").fill("与营业执照登记信息不一致，请核对后重新填写");
    await shoot(wb, "40-workbench-correction-notice");
    await decision.getByRole("button", { name: "确认退回补正" }).click();
    await wb.getByText(/已办理：/).waitFor();
    await wb.context().close();
    returned = true;
  }
  expect(returned).toBe(true);

  // The applicant sees the notice, corrects and resubmits.
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${suite.server.url}/#/my/${encodeURIComponent(appId)}`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.getByRole("heading", { name: "您的申请需要补正" }).waitFor();
  expect(await page.locator("#facts-title .badge").getAttribute("data-status")).toBe("correction_requested");
  await shoot(page, "41-portal-correction-requested");
  await page.getByRole("button", { name: "修改并重新提交" }).click();
  await page.getByRole("heading", { name: "补正通知所列内容" }).waitFor();
  await shoot(page, "42-portal-correcting");
  // Without the listed material the resubmission is refused; with it, it goes through.
  await page.getByRole("button", { name: "提交补正" }).click();
  await page.getByText(/^请先上传「/).first().waitFor();
  await page.locator("#correct-file-0").setInputFiles({ name: "补正材料.pdf", mimeType: "application/pdf", buffer: tinyPdf() });
  await page.getByText(/已上传/).first().waitFor();
  await page.getByRole("button", { name: "提交补正" }).click();
  await page.getByText("已提交，等待部门继续办理。").waitFor();
  await expect.poll(() => page.locator("#facts-title .badge").getAttribute("data-status")).toBe("in_review");
  await shoot(page, "43-portal-corrected");
  expect(suite.pageErrors).toEqual([]);
});
