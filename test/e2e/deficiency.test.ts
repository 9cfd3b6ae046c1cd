// 容缺受理 end to end in Chromium: the applicant declares a material "supplied later" and signs the promise in the
// portal (the material's limits shown, a wrong file refused in the browser), the front desk accepts with deficiency
// in the workbench, time passes the promised deadline without the material (test-only server clock offset), and
// the broken promise is visible: credit record written, the flow's promise_broken branch taken, the applicant's
// timeline showing it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createServer, type Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import type { ApplicationView, PublishedBundle, TaskView } from "../../spec/api.js";
import { withDefaults } from "../../spec/guide.js";
import { effectiveForm } from "../../spec/form-rules.js";
import { splitSections } from "../../runtime/shared/form/sections.js";
import { startTestServer, type TestServer } from "../helpers/server.js";
import { launchBrowser, loginHere, newPage, passwordOf, shoot } from "./browser.js";
import { fillSection } from "./fill.js";
import { tinyPdf, tinyPng } from "../helpers/files.js";
import { deskFor, httpSession } from "./server.js";

const BUNDLE = "qiye-kaiban";
const DAY = 86_400_000;
let server: TestServer;
let browser: Browser;
let clockDir: string;
let clockFile: string;
const pageErrors: string[] = [];
// The credit system (信用平台) at the boundary: a local webhook receiver subscribed to credit.record.
let credit: Server;
const creditRecords: Array<{ topic: string; payload: Record<string, unknown> }> = [];

beforeAll(async () => {
  clockDir = mkdtempSync(join(tmpdir(), "yijian-clock-"));
  clockFile = join(clockDir, "offset");
  writeFileSync(clockFile, "0");
  server = await startTestServer({ env: { YIJIAN_SWEEP_MS: "200", NODE_ENV: "test", YIJIAN_TEST_CLOCK_OFFSET_FILE: clockFile } });
  browser = await launchBrowser();
  credit = createServer((req, res) => {
    let body = "";
    req.on("data", (b: Buffer) => (body += b.toString()));
    req.on("end", () => {
      creditRecords.push(JSON.parse(body) as { topic: string; payload: Record<string, unknown> });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => credit.listen(0, "127.0.0.1", r));
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  const sub = await admin("POST", "/api/webhooks", { url: `http://127.0.0.1:${(credit.address() as { port: number }).port}/credit`, topics: ["credit.record"] });
  expect(sub.status, JSON.stringify(sub.json)).toBe(201);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((r) => credit?.close(r));
  rmSync(clockDir, { recursive: true, force: true });
});

async function fillForm(page: Page, published: PublishedBundle) {
  const spec = published.spec;
  const answers = withDefaults(spec.guide, {});
  const sections = splitSections(effectiveForm(spec.form, { answers, data: {} }).schema, spec.form.uiSchema as Record<string, unknown> | undefined, "");
  for (let i = 0; i < sections.length; i++) {
    await page.locator("#section-title", { hasText: sections[i]!.title }).waitFor();
    await fillSection(page, { key: spec.key, version: published.version, form: spec.form }, answers, sections[i]!.key);
    if (i < sections.length - 1) await page.getByRole("button", { name: "下一步" }).click();
  }
}

test("a 容缺 promise made in the portal, accepted at the front desk and broken by the deadline is recorded", async () => {
  const published = (await (await fetch(`${server.url}/api/catalog/${BUNDLE}`)).json()) as PublishedBundle;
  const page = await newPage(browser, pageErrors);
  await page.goto(`${server.url}/#/b/${BUNDLE}/apply`);
  await loginHere(page, "zhangsan", "Apply#2026");
  await page.locator("#section-title").waitFor();

  // The materials card shows each material's limits before anything is chosen.
  const materials = page.locator("section#materials");
  await materials.getByRole("heading", { name: "申请材料" }).waitFor();
  const articles = materials.locator("li.material", { hasText: "公司章程" });
  await articles.getByText("格式：PDF、JPG、PNG；单个文件不超过 10 MB").waitFor();
  // A file of another type is refused in the browser, with the accepted types named.
  await articles.locator("input[type=file]").setInputFiles({ name: "章程.txt", mimeType: "text/plain", buffer: Buffer.from("plain text") });
  await articles.getByRole("alert").getByText("“章程.txt”的格式不符合要求，本材料只接受 PDF、JPG、PNG").waitFor();
  // A real PDF is uploaded and listed.
  await articles.locator("input[type=file]").setInputFiles({ name: "公司章程.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await articles.getByRole("link", { name: "公司章程.pdf" }).waitFor();

  // 住所使用相关文件 may be supplied later: declare it and sign the promise.
  const domicile = materials.locator("li.material", { hasText: "住所使用相关文件" });
  await domicile.getByText("可容缺后补（30 个工作日）").waitFor();
  await domicile.getByLabel("暂缺此材料，签署承诺书后补交（容缺）").check();
  await domicile.getByText(/将在受理后 30 个工作日内补交/).waitFor();
  await domicile.getByLabel(/^签名/).fill("李四");
  await shoot(page, "70-portal-materials-promise");
  // Every other material offering an upload gets a small real file (a PDF, else a PNG where only images are
  // accepted), so the one promised under 容缺 is the only one missing at submit.
  const rows = materials.locator("li.material");
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const text = (await row.textContent()) ?? "";
    if (text.includes("住所使用相关文件") || text.includes("公司章程")) continue;
    const input = row.locator("input[type=file]");
    if (!(await input.count())) continue;
    const pdf = /格式：[^；]*PDF/.test(text) || !/格式：/.test(text);
    const name = pdf ? `材料${i}.pdf` : `材料${i}.png`;
    await input.first().setInputFiles(pdf ? { name, mimeType: "application/pdf", buffer: tinyPdf() } : { name, mimeType: "image/png", buffer: tinyPng() });
    await row.getByRole("link", { name }).waitFor();
  }

  await fillForm(page, published);
  // A signature that is not the applicant's real name stops the submission at the promise.
  await page.getByRole("button", { name: "提交申请" }).click();
  await domicile.getByText("签名须与实名“张三”一致").waitFor();
  await domicile.getByLabel(/^签名/).fill("张三");
  await domicile.getByLabel("我已阅读并同意以上承诺").check();
  await page.getByRole("button", { name: "提交申请" }).click();
  await page.getByText(/提交成功！您的办件编号是/).waitFor();
  const appId = decodeURIComponent(new URL(page.url()).hash.match(/#\/my\/([^?]+)/)![1]!);
  await page.getByText(/申请人签署容缺承诺书，承诺后补：住所使用相关文件/).first().waitFor();
  await page.locator("#app-materials-title").waitFor();
  await page.getByText("已承诺后补").waitFor();
  await shoot(page, "71-portal-submitted-with-promise");

  // The front desk sees the promise with the case and accepts with deficiency (容缺受理).
  const applicant = await httpSession(server.url, "zhangsan", "Apply#2026");
  await new Promise((r) => setTimeout(r, 500));
  const app = (await applicant<ApplicationView>("GET", `/api/applications/${appId}`)).json;
  const task = app.tasks.find((t) => t.status === "open")!;
  expect(task.department).toBe("samr");
  const staff = await deskFor(server.url, appId, task);
  const wb = await newPage(browser, pageErrors);
  await wb.goto(`${server.url}/workbench/#/case/${encodeURIComponent(appId)}?task=${encodeURIComponent(task.id)}`);
  await loginHere(wb, staff, passwordOf(staff));
  await wb.getByText("已承诺后补：住所使用相关文件").waitFor();
  await wb.getByText("已承诺后补", { exact: true }).waitFor();
  const decision = wb.locator("form[aria-labelledby=decision-title]");
  await decision.getByRole("button", { name: "容缺受理", exact: true }).click();
  // What the applicant promised is ticked, the deadline is in working days and starts at what they signed (tryout 10 #24).
  expect(await decision.getByLabel("住所使用相关文件").isChecked()).toBe(true);
  await decision.getByText("（申请人已承诺 30 个工作日内补交）").waitFor();
  const days = decision.getByLabel("补齐期限（工作日）");
  expect(await days.inputValue()).toBe("30");
  await decision.getByText("按申请人签署的容缺承诺预填：30 个工作日（不能缩短，也不能超过材料的容缺期限）").waitFor();
  await shoot(wb, "72-workbench-accept-with-deficiency");
  // Longer than the material allows, or shorter than the applicant signed: refused at the field, nothing sent.
  await days.fill("31");
  await decision.getByRole("button", { name: "确认容缺受理" }).click();
  await decision.locator("#deficiency-days-error").getByText("补齐期限最长 30 个工作日（所选材料允许的容缺期限）").waitFor();
  expect(await days.getAttribute("aria-invalid")).toBe("true");
  await days.fill("5");
  await decision.getByRole("button", { name: "确认容缺受理" }).click();
  await decision.locator("#deficiency-days-error").getByText("申请人已签署承诺在受理后 30 个工作日内补交，期限不能更短").waitFor();
  await shoot(wb, "72b-workbench-deferral-too-short");
  expect((await applicant<ApplicationView>("GET", `/api/applications/${appId}`)).json.tasks.find((t) => t.status === "open")?.id).toBe(task.id);
  await days.fill("30");
  await decision.getByRole("button", { name: "确认容缺受理" }).click();
  await wb.getByText(/已办理：/).waitFor();
  await wb.context().close();
  const accepted = (await applicant<ApplicationView>("GET", `/api/applications/${appId}`)).json;
  expect(accepted.timeline.map((e) => e.kind)).toContain("accepted_with_deficiency");

  // Time passes beyond the promised deadline (30 working days) without the material.
  // (Sessions expire with the moved clock: everybody logs in again.)
  writeFileSync(clockFile, String(120 * DAY));
  const later = await httpSession(server.url, "zhangsan", "Apply#2026");
  let broken: ApplicationView | undefined;
  for (let i = 0; i < 60 && !broken; i++) {
    await new Promise((r) => setTimeout(r, 500));
    const v = (await later<ApplicationView>("GET", `/api/applications/${appId}`)).json;
    if (v.timeline.some((e) => e.kind === "promise_broken")) broken = v;
  }
  expect(broken, "the promise deadline timer never fired").toBeDefined();
  // The credit record reaches the credit system (webhook credit.record), and the flow took its promise_broken branch.
  await expect.poll(() => creditRecords.length, { timeout: 15_000 }).toBe(1);
  expect(creditRecords[0]).toMatchObject({ topic: "credit.record", payload: { applicationId: appId, materials: ["domicile-proof"], reason: "容缺受理承诺逾期未补交材料" } });
  const flow = published.spec.flow as { edges: Array<{ source: string; target: string; data?: { outcome?: string } }> } | undefined;
  const branch = flow?.edges.find((e) => e.data?.outcome === "promise_broken");
  if (branch) {
    const inst = (await later<{ tasks: TaskView[] }>("GET", `/api/applications/${appId}`)).json;
    expect(inst.tasks.length).toBeGreaterThan(accepted.tasks.length);
  } else {
    expect(broken!.status).toBe("rejected");
  }

  // The applicant sees it on their case.
  await page.context().close();
  const again = await newPage(browser, pageErrors);
  await again.goto(`${server.url}/#/my/${encodeURIComponent(appId)}`);
  await loginHere(again, "zhangsan", "Apply#2026");
  await again.getByText(/容缺承诺逾期未履行，未补交：住所使用相关文件，已记入信用记录/).waitFor();
  await shoot(again, "73-portal-promise-broken");
  expect(pageErrors).toEqual([]);
});
