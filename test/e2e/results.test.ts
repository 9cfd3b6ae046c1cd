// Results at the one exit with the department's real result file, end to end in Chromium: the reviewer approves in
// the workbench, attaching the licence as a PDF next to its number (a wrong file refused at the field first), the
// front desk issues the results, and the applicant downloads from the portal exactly the bytes that were attached.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import type { ApplicationResultsView, ApplicationView } from "../../spec/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { loginHere, newPage, passwordOf, shoot } from "./browser.js";
import { httpSession, startWithFlowBundle } from "./server.js";
import { e2eSuite } from "./suite.js";

const KEY = "res-e2e";
const suite = e2eSuite(() => startWithFlowBundle(KEY, "结果文件端到端测试"));

// A small but real PDF (one page with text), as a department would attach.
const PDF = Buffer.from(`%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj
4 0 obj<</Length 52>>stream
BT /F1 24 Tf 72 760 Td (JY11105000012345) Tj ET
endstream endobj
5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj
trailer<</Root 1 0 R>>
%%EOF
`);
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

test("a reviewer attaches the licence PDF on approval; the applicant downloads the same bytes at the one exit", async () => {
  const { server, browser, pageErrors } = suite;
  const applicant = await httpSession(server.url, "zhangsan", "Apply#2026");
  const sub = await applicant<ApplicationView>("POST", "/api/applications", { bundleKey: KEY, version: 1, answers: {}, data: VALID_DATA });
  expect(sub.status, JSON.stringify(sub.json)).toBe(201);
  const appId = sub.json.id;
  const clerk = await httpSession(server.url, "clerk-samr", "Clerk#2026");
  const openTask = async () => (await clerk<ApplicationView>("GET", `/api/applications/${appId}`)).json.tasks.find((t) => t.status === "open")!;
  expect((await clerk("POST", `/api/tasks/${(await openTask()).id}/complete`, { action: "accept" })).status).toBe(200);
  const review = await openTask();
  expect(review.role).toBe("reviewer");

  // The reviewer approves in the workbench: the licence number and its PDF.
  const wb = await newPage(browser, pageErrors);
  await wb.goto(`${server.url}/workbench/#/case/${encodeURIComponent(appId)}?task=${encodeURIComponent(review.id)}`);
  await loginHere(wb, "reviewer-samr", passwordOf("reviewer-samr"));
  const decision = wb.locator("form[aria-labelledby=decision-title]");
  await decision.getByRole("button", { name: "通过", exact: true }).click();
  await decision.getByLabel(/^证照编号或文号/).fill("JY11105000012345");
  const fileInput = decision.getByLabel("结果文件（证照或批文的电子文件）");
  await decision.getByText("可选。格式：PDF、OFD、JPG、PNG；不超过 20 MB。", { exact: false }).waitFor();
  // A file of another type is refused at the field before anything is sent.
  await fileInput.setInputFiles({ name: "执照.txt", mimeType: "text/plain", buffer: Buffer.from("not a licence") });
  await decision.locator("#result-file-error").getByText("“执照.txt”的格式不符合要求，只接受 PDF、OFD、JPG、PNG").waitFor();
  expect(await fileInput.getAttribute("aria-invalid")).toBe("true");
  await decision.getByRole("button", { name: "确认通过" }).click();
  await expect.poll(() => wb.evaluate(() => document.activeElement?.id)).toBe("result-file");
  // The real PDF is accepted, shown with its size, and uploaded on approval.
  await fileInput.setInputFiles({ name: "食品经营许可证.pdf", mimeType: "application/pdf", buffer: PDF });
  await decision.getByText(/已选择：食品经营许可证\.pdf（\d+ KB）/).waitFor();
  await shoot(wb, "80-workbench-result-file");
  await decision.getByRole("button", { name: "确认通过" }).click();
  await wb.getByText(/已办理：/).waitFor();
  await wb.context().close();

  // The front desk issues the results at the one exit.
  const results = await openTask();
  expect(results.name).toBeTruthy();
  expect((await clerk("POST", `/api/tasks/${results.id}/complete`, { action: "results_issued", delivery: "online" })).status).toBe(200);
  const view = (await applicant<ApplicationResultsView>("GET", `/api/applications/${appId}/results`)).json;
  expect(view).toMatchObject({ issued: true, results: [{ document: "JY11105000012345", file: { name: "食品经营许可证.pdf", mime: "application/pdf", size: PDF.length, sha256: sha(PDF) } }] });

  // The applicant sees the file on their case and downloads exactly the attached bytes.
  const portal = await newPage(browser, pageErrors);
  await portal.goto(`${server.url}/#/my/${encodeURIComponent(appId)}`);
  await loginHere(portal, "zhangsan", "Apply#2026");
  const card = portal.locator("section[aria-labelledby=results-title]");
  await card.getByText(/电子文件 食品经营许可证\.pdf（\d+ KB）/).waitFor();
  await shoot(portal, "81-portal-result-file");
  const [download] = await Promise.all([portal.waitForEvent("download"), card.getByRole("link", { name: "下载 食品经营许可证.pdf" }).click()]);
  expect(download.suggestedFilename()).toBe("食品经营许可证.pdf");
  const bytes = readFileSync((await download.path())!);
  expect(sha(bytes)).toBe(sha(PDF));
  expect(pageErrors).toEqual([]);
});
