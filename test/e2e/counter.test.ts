// Assisted filing at the counter in Chromium: a clerk identifies a walk-in applicant (a wrong name refused at its
// field), fills the same guide and smart form started from the applicant's prefill, has the applicant sign on the
// screen (pointer events), files the case, accepts it and prints the receipt — whose PDF names the case number, the
// applicant and the acceptance time in Beijing time; the applicant finds the case in 我的办件. A second journey hands
// an online draft to the window by the code the portal shows. Screenshots of each counter screen at 1280 and 360 px.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { PDFParse } from "pdf-parse";
import Sqlite from "better-sqlite3";
import { idCheckChar } from "../../spec/dictionary/validators.js";
import { flowBundle } from "../fixtures/flow.js";
import { tinyPdf } from "../helpers/files.js";
import { loginHere, newPage, passwordOf, shoot } from "./browser.js";
import { httpSession, startWithFlowBundle } from "./server.js";
import { e2eSuite } from "./suite.js";
import { checkScreen } from "./a11y.js";

const KEY = "counter-e2e";
const suite = e2eSuite(() => startWithFlowBundle(KEY, "窗口代办端到端测试"));

/** Beijing wall-clock parts of an instant, as Intl computes them (independent of the server's formatting). */
function beijing(at: number): { y: number; m: number; d: number; hh: number; mm: number } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", hourCycle: "h23" })
    .formatToParts(new Date(at)).map((p) => [p.type, Number(p.value)]));
  return { y: parts.year!, m: parts.month!, d: parts.day!, hh: parts.hour!, mm: parts.minute! };
}

/** Draws a stroke on the page's canvas with the mouse: pointerdown, pointermoves, pointerup. */
async function sign(page: Page): Promise<void> {
  const pad = page.locator(".counter-confirm canvas");
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) await page.mouse.move(box.x + 20 + i * 18, box.y + box.height / 2 + (i % 2 ? -25 : 25), { steps: 2 });
  await page.mouse.up();
  await expect.poll(() => pad.getAttribute("data-empty")).toBe("false");
}

test("a clerk files for a walk-in applicant from identification to acceptance with an on-screen signature and prints the receipt", async () => {
  const { server, browser, pageErrors } = suite;
  const wb = await newPage(browser, pageErrors, { bypassCSP: true }); // axe is injected as a script
  const a11y: string[] = [];
  await wb.goto(`${server.url}/workbench/#/counter`);
  await loginHere(wb, "clerk-samr", passwordOf("clerk-samr"));
  await wb.getByRole("link", { name: "窗口代办" }).first().waitFor();
  await wb.getByLabel("办理事项").selectOption(KEY);
  await wb.getByLabel("公民身份号码").fill("11010519491231002X");
  await wb.getByLabel("姓名", { exact: true }).fill("张叁");
  await shoot(wb, "counter-identify");
  await wb.getByRole("button", { name: "核验身份并开始填报" }).click();
  // The wrong name is refused at its field, in Chinese, and nothing opens.
  await expect.poll(() => wb.locator("#counter-name-error").textContent()).toContain("姓名与公民身份号码不一致");
  expect(await wb.getByLabel("姓名", { exact: true }).getAttribute("aria-invalid")).toBe("true");
  await checkScreen(wb, "counter-identify-refused", a11y);
  await shoot(wb, "counter-identify-refused");
  await wb.getByLabel("姓名", { exact: true }).fill("张三");
  await wb.getByRole("button", { name: "核验身份并开始填报" }).click();

  // The filing screen: the applicant's facts, the guide, the form started from their prefill.
  await expect.poll(() => wb.locator("h1").textContent(), { timeout: 10_000 }).toBe("正在为张三办理「测试开店（流程）」");
  expect(await wb.getByTestId("counter-applicant").textContent()).toBe("张三（110105********002X）");
  // Nothing goes to the applicant before the situation is answered.
  await wb.getByRole("button", { name: "填写完成，请申请人确认" }).click();
  await expect.poll(() => wb.locator("main").textContent()).toContain("请先在情形引导中回答：是否设置户外招牌");
  expect(await wb.locator(".counter-confirm").count()).toBe(0);
  await wb.getByRole("group", { name: "是否设置户外招牌" }).getByLabel("否").check();
  const name = wb.getByLabel("申请人姓名");
  await expect.poll(() => name.inputValue(), { timeout: 10_000 }).toBe("张三");
  await wb.getByLabel("店铺名称").fill("张记面馆");
  await wb.getByLabel("联系电话").fill("13800138000");
  await wb.getByLabel("经营面积").fill("45");
  await checkScreen(wb, "counter-form", a11y);
  await shoot(wb, "counter-form");
  await wb.getByRole("button", { name: "填写完成，请申请人确认" }).click();

  // The applicant signs on the screen; without a signature nothing is sent.
  const confirm = wb.locator(".counter-confirm");
  await confirm.waitFor();
  await confirm.getByRole("button", { name: "确认并提交" }).click();
  await expect.poll(() => confirm.getByRole("alert").first().textContent()).toContain("请申请人先在签名区签名");
  await sign(wb);
  await checkScreen(wb, "counter-confirm", a11y);
  await shoot(wb, "counter-confirm");
  await confirm.getByRole("button", { name: "确认并提交" }).click();
  const caseNo = wb.locator(".counter-case-no");
  await expect.poll(() => caseNo.textContent(), { timeout: 10_000 }).toMatch(/^SAMR-\d{8}-\d{4}$/);
  const number = (await caseNo.textContent())!;
  await checkScreen(wb, "counter-filed", a11y);
  await shoot(wb, "counter-filed");

  // Accept at the same front desk, then issue and print the acceptance notice with its receipt.
  await wb.getByRole("link", { name: "去受理并打印回执" }).click();
  const before = Date.now();
  await wb.getByRole("button", { name: "受理", exact: true }).click();
  const docs = wb.locator("section.documents");
  await docs.getByRole("button", { name: "出具：受理通知书" }).click({ timeout: 15_000 });
  const after = Date.now();
  const row = docs.locator("li[data-kind=acceptance]");
  await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/已出具/);
  const pdfHref = (await row.getByRole("link", { name: /^打印：受理通知书/ }).getAttribute("href"))!.replace(/html$/, "pdf");
  const bytes = await wb.evaluate(async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())), pdfHref);
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  const text = (await parser.getText()).text.replace(/\s+/g, "");
  await parser.destroy();
  expect(text).toContain("受理通知书");
  expect(text).toContain(number);
  expect(text).toContain("申请人张三");
  const accepted = /受理时间：(\d{4})年(\d{1,2})月(\d{1,2})日(\d{1,2})时(\d{2})分/.exec(text);
  expect(accepted, text).not.toBeNull();
  // The case page says how the case came in, with the applicant's signature.
  const filing = wb.locator(".counter-filing");
  await expect.poll(() => filing.textContent(), { timeout: 10_000 }).toContain("市场监督管理局窗口受理员");
  expect(await filing.textContent()).toContain("手写签名");
  expect(await filing.getByRole("img", { name: "张三的手写签名" }).count()).toBe(1);
  await checkScreen(wb, "counter-case", a11y);
  await shoot(wb, "counter-case");
  const [y, m, d, hh, mm] = accepted!.slice(1).map(Number);
  const stamp = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  const lo = beijing(before), hi = beijing(after);
  expect(stamp).toBeGreaterThanOrEqual(Date.UTC(lo.y, lo.m - 1, lo.d, lo.hh, lo.mm));
  expect(stamp).toBeLessThanOrEqual(Date.UTC(hi.y, hi.m - 1, hi.d, hi.hh, hi.mm));

  // The applicant sees the case as their own in 我的办件.
  const portal = await newPage(browser, pageErrors);
  await portal.goto(`${server.url}/#/my`);
  await loginHere(portal, "zhangsan", passwordOf("zhangsan"));
  await expect.poll(() => portal.locator("table").textContent(), { timeout: 10_000 }).toContain(number);
  expect(a11y).toEqual([]);
  expect(pageErrors).toEqual([]);
}, 120_000);

test("an applicant shows the code of their online draft at the window and the clerk takes it over", async () => {
  const { server, browser, pageErrors } = suite;
  const applicant = await httpSession(server.url, "zhangsan", "Apply#2026");
  expect((await applicant("PUT", `/api/drafts/${KEY}`, { version: 1, answers: { has_sign: false }, data: { shopName: "网上开的头", area: 12 } })).status).toBe(200);
  const portal = await newPage(browser, pageErrors, { bypassCSP: true }); // axe is injected as a script
  await portal.goto(`${server.url}/#/my`);
  await loginHere(portal, "zhangsan", passwordOf("zhangsan"));
  await portal.getByRole("button", { name: /^到窗口办理/ }).click();
  const shown = portal.locator("[data-draft-code]");
  await shown.waitFor();
  const code = (await shown.getAttribute("data-draft-code"))!;
  expect(code).toMatch(/^[34679ACDEFGHJKMNPQRTUVWXY]{6}$/);
  expect(await portal.locator(".draft-counter-code").textContent()).toMatch(/有效至 \d{4}/);
  const a11y: string[] = [];
  await checkScreen(portal, "counter-draft-code", a11y);
  expect(a11y).toEqual([]);
  await shoot(portal, "counter-draft-code");

  const wb = await newPage(browser, pageErrors);
  await wb.goto(`${server.url}/workbench/#/counter`);
  await loginHere(wb, "clerk-samr", passwordOf("clerk-samr"));
  await wb.getByLabel("接办网上草稿").check();
  await wb.getByLabel("草稿码").fill(code.toLowerCase());
  await wb.getByLabel("公民身份号码").fill("11010519491231002X");
  await wb.getByLabel("姓名", { exact: true }).fill("张三");
  await shoot(wb, "counter-takeover");
  await wb.getByRole("button", { name: "核验身份并开始填报" }).click();
  await expect.poll(() => wb.getByLabel("店铺名称").inputValue(), { timeout: 10_000 }).toBe("网上开的头");
  expect(await wb.getByRole("status").filter({ hasText: "已接办申请人在网上保存的草稿" }).count()).toBe(1);
  await shoot(wb, "counter-takeover-form");
  // A reload of the counter's tab keeps what was typed.
  await wb.getByLabel("联系电话").fill("13800138000");
  await wb.reload();
  await expect.poll(() => wb.getByLabel("联系电话").inputValue(), { timeout: 10_000 }).toBe("13800138000");
  expect(await wb.getByLabel("店铺名称").inputValue()).toBe("网上开的头");
  expect(pageErrors).toEqual([]);
}, 90_000);

test("an agent files for a company with its authorisation letter, and the company confirms by the code sent to its phone", async () => {
  const { server, browser, pageErrors } = suite;
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  expect((await designer("POST", "/api/bundles", { ...flowBundle("counter-co-e2e"), title: "测试企业开店", audience: "enterprise" })).status).toBe(201);
  expect((await admin("POST", "/api/bundles/counter-co-e2e/publish", { changeSummary: "窗口代办企业" })).status).toBe(201);
  // The agent is known to the identity platform (the local provider's licences table, loaded by an operator).
  const agentId = "11010119900307122" + idCheckChar("11010119900307122");
  const db = new Sqlite(server.dbPath!);
  db.prepare("INSERT INTO licences (id, holder_id, type, title, fields, issued_at) VALUES (?, ?, 'resident_id', '居民身份证', ?, ?)")
    .run("lic-e2e-agent", agentId, JSON.stringify({ name: "李四", idNumber: agentId }), new Date().toISOString());

  const wb = await newPage(browser, pageErrors);
  await wb.goto(`${server.url}/workbench/#/counter`);
  await loginHere(wb, "clerk-samr", passwordOf("clerk-samr"));
  await wb.getByLabel("办理事项").selectOption("counter-co-e2e");
  await wb.getByLabel("公民身份号码").fill(agentId);
  await wb.getByLabel("姓名", { exact: true }).fill("李四");
  await wb.getByLabel("统一社会信用代码").fill("91110105MA01ABCD26");
  await wb.getByLabel("企业名称").fill("北京示例餐饮有限公司");
  await shoot(wb, "counter-identify-company");
  await wb.getByRole("button", { name: "核验身份并开始填报" }).click();
  await expect.poll(() => wb.locator("h1").textContent(), { timeout: 10_000 }).toBe("正在为北京示例餐饮有限公司办理「测试企业开店」");
  expect(await wb.locator(".counter-facts").textContent()).toContain("代办人");
  await wb.getByRole("group", { name: "是否设置户外招牌" }).getByLabel("否").check();
  await wb.getByLabel("店铺名称").fill("示例餐饮二店");
  await wb.getByLabel("联系电话").fill("13800138000");
  await wb.getByLabel("经营面积").fill("80");
  // Without the letter the form says so and does not go on.
  await wb.getByRole("button", { name: "填写完成，请申请人确认" }).click();
  await expect.poll(() => wb.locator("section[aria-labelledby=counter-letter-title]").textContent()).toContain("尚未上传授权委托书");
  await wb.locator("#counter-letter-file").setInputFiles({ name: "授权委托书.pdf", mimeType: "application/pdf", buffer: tinyPdf() });
  await expect.poll(() => wb.locator("section[aria-labelledby=counter-letter-title] a").textContent(), { timeout: 10_000 }).toBe("授权委托书.pdf");
  await shoot(wb, "counter-form-agent");
  await wb.getByRole("button", { name: "填写完成，请申请人确认" }).click();

  const confirm = wb.locator(".counter-confirm");
  await confirm.getByLabel("短信验证码", { exact: true }).first().check();
  await confirm.getByRole("button", { name: "发送验证码到 138****8000" }).click();
  await expect.poll(() => confirm.getByRole("status").textContent()).toContain("验证码已发送到 138****8000");
  // The log-only SMS sender's record holds exactly what would be sent.
  const sms = db.prepare("SELECT s.body FROM sms_messages s JOIN notifications n ON n.id = s.notification_id WHERE n.event = 'one_time_code' ORDER BY s.created_at DESC LIMIT 1").get() as { body: string };
  db.close();
  const code = /验证码为 (\d{6})/.exec(sms.body)![1]!;
  await confirm.locator("#counter-otp").fill(code);
  await shoot(wb, "counter-confirm-code");
  await confirm.getByRole("button", { name: "确认并提交" }).click();
  await expect.poll(() => wb.locator(".counter-case-no").textContent(), { timeout: 10_000 }).toMatch(/^SAMR-\d{8}-\d{4}$/);
  expect(await wb.locator(".counter-filed").textContent()).toContain("短信验证码");
  expect(pageErrors).toEqual([]);
}, 90_000);
