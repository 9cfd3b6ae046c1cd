// Formal documents and the one exit in Chromium: the front desk issues the acceptance notice from the case page,
// opens it as the printable A4 page (QR code, number) and as a PDF; at the window checks the applicant's pick-up
// code, has them sign on screen (touch), records the hand-over and prints the 送达回证; the applicant reads the
// notifications in 我的消息; in English the case page says in English why a document is not due yet. Screenshots of
// each screen at 1280 and 360 px.
import { expect, test } from "vitest";
import type { ApplicationView } from "../../spec/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { loginHere, passwordOf, shoot } from "./browser.js";
import { httpSession, startWithFlowBundle } from "./server.js";
import { e2eSuite } from "./suite.js";
import { checkScreen } from "./a11y.js";

const KEY = "doc-e2e";
const suite = e2eSuite(() => startWithFlowBundle(KEY, "文书端到端测试"));

test("the front desk prints the acceptance notice, hands the results over against the pick-up code with a signature, and prints the 送达回证", async () => {
  const { server, browser, pageErrors } = suite;
  const applicant = await httpSession(server.url, "zhangsan", "Apply#2026");
  const sub = await applicant<ApplicationView>("POST", "/api/applications", { bundleKey: KEY, version: 1, answers: {}, data: VALID_DATA, delivery: { method: "window" } });
  expect(sub.status, JSON.stringify(sub.json)).toBe(201);
  const appId = sub.json.id;
  const caseNo = sub.json.caseNo!;
  const clerk = await httpSession(server.url, "clerk-samr", "Clerk#2026");
  const reviewer = await httpSession(server.url, "reviewer-samr", "Review#2026");
  const open = async () => (await clerk<ApplicationView>("GET", `/api/applications/${appId}`)).json.tasks.find((t) => t.status === "open")!;
  expect((await clerk("POST", `/api/tasks/${(await open()).id}/complete`, { action: "accept" })).status).toBe(200);

  // The counter's screen is a touch screen: the clerk's page can take taps as well as clicks.
  const wb = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN", timezoneId: "Asia/Shanghai", hasTouch: true, bypassCSP: true })).newPage(); // axe is injected as a script
  wb.on("pageerror", (e) => pageErrors.push(String(e)));
  await wb.goto(`${server.url}/workbench/#/case/${encodeURIComponent(appId)}`);
  await loginHere(wb, "clerk-samr", passwordOf("clerk-samr"));
  const docs = wb.locator("section.documents");
  await docs.getByRole("button", { name: "出具：受理通知书" }).click();
  const row = docs.locator("li[data-kind=acceptance]");
  await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/已出具 市场监督管理局受〔\d{4}〕\d+号/);
  const a11y: string[] = [];
  await checkScreen(wb, "case page with documents", a11y);
  await shoot(wb, "documents-case-page");
  // In English, a kind not yet due says why in English, and the buttons are named in English.
  await wb.getByRole("button", { name: "English" }).click();
  const notYet = docs.locator("li[data-kind=service_receipt]");
  await expect.poll(() => notYet.textContent()).toBe("Proof of serviceNot yet: The results have not been handed over yet");
  expect(await row.getByRole("link", { name: /^Print: Notice of acceptance/ }).count()).toBe(1);
  // the document number is the department's own; a Chinese legal term may follow its English in brackets
  expect((await docs.textContent())!.replace(/市场监督管理局受〔\d{4}〕\d+号/g, "").replace(/\([^)]*\)/g, "")).not.toMatch(/[\u4e00-\u9fff]/);
  await shoot(wb, "documents-case-page-en");
  await wb.getByRole("button", { name: "中文" }).click();

  const printHref = await row.getByRole("link", { name: /^打印：受理通知书/ }).getAttribute("href");
  const sheet = await wb.context().newPage(); // the same session as the case page, as a new tab
  await sheet.goto(server.url + printHref!);
  await expect.poll(() => sheet.locator("h1").textContent()).toBe("受理通知书");
  expect(await sheet.locator(".qr svg").count()).toBe(1);
  expect(await sheet.locator("main").textContent()).toContain(caseNo);
  // one promised limit, the one-thing's (tryout #23)
  expect((await sheet.locator("main").textContent())!.match(/承诺时限/g)).toHaveLength(1);
  await shoot(sheet, "documents-acceptance-a4");
  const pdf = await wb.evaluate(async (href) => { const r = await fetch(href); return { type: r.headers.get("content-type"), head: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5)) }; }, printHref!.replace(/html$/, "pdf"));
  expect(pdf).toEqual({ type: "application/pdf", head: "%PDF-" });

  // Review and results, then the applicant comes to the window with the pick-up code from their message.
  const review = (await reviewer<ApplicationView>("GET", `/api/applications/${appId}`)).json.tasks.find((t) => t.status === "open")!;
  expect((await reviewer("POST", `/api/tasks/${review.id}/complete`, { action: "approve", result: { name: "食品经营许可证", document: "JY11105000012345" } })).status).toBe(200);
  expect((await clerk("POST", `/api/tasks/${(await open()).id}/complete`, { action: "results_issued", delivery: "window" })).status).toBe(200);
  const code = (await applicant<{ handover: { pickupCode: string } }>("GET", `/api/applications/${appId}/handover`)).json.handover.pickupCode;

  await wb.setViewportSize({ width: 1280, height: 800 });
  await wb.reload();
  const ho = wb.locator("section.handover");
  await ho.getByLabel("申请人出示的取件码").fill(code);
  await ho.getByLabel("签收人姓名").fill("张三");
  const pad = ho.locator("canvas");
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  // Sign with a finger: real touch input through the browser (touchStart, moves, touchEnd), no mouse or keyboard.
  const cdp = await wb.context().newCDPSession(wb);
  const at = (i: number) => [{ x: box.x + 20 + i * 15, y: box.y + 40 + (i % 2) * 30 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let i = 1; i <= 12; i++) await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(i) });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
  await expect.poll(() => pad.getAttribute("data-empty")).toBe("false");
  await checkScreen(wb, "hand-over", a11y);
  await shoot(wb, "documents-handover");
  await ho.getByRole("button", { name: "登记送达" }).click();
  await expect.poll(() => ho.textContent(), { timeout: 10_000 }).toMatch(/送达，签收人 张三/);
  const receiptRow = docs.locator("li[data-kind=service_receipt]");
  await receiptRow.getByRole("button", { name: "出具：送达回证" }).click();
  await expect.poll(() => receiptRow.textContent(), { timeout: 10_000 }).toMatch(/已出具 市场监督管理局送〔\d{4}〕\d+号/);
  const receiptHref = await receiptRow.getByRole("link", { name: /^打印：送达回证/ }).getAttribute("href");
  await sheet.goto(server.url + receiptHref!);
  expect(await sheet.locator("main").textContent()).toContain("直接送达（窗口领取）");
  expect(await sheet.locator(".sign-here img").count()).toBe(1);
  await shoot(sheet, "documents-service-receipt-a4");

  // The applicant's inbox: accepted, result ready with the code, rating invited.
  const portal = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN", timezoneId: "Asia/Shanghai", bypassCSP: true })).newPage();
  portal.on("pageerror", (e) => pageErrors.push(String(e)));
  await portal.goto(`${server.url}/#/messages`);
  await loginHere(portal, "zhangsan", passwordOf("zhangsan"));
  await expect.poll(() => portal.locator("li.message").count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
  expect(await portal.locator("li.message[data-event=result_ready]").textContent()).toContain(`结果：食品经营许可证。请凭取件码 ${code}`);
  await checkScreen(portal, "messages", a11y);
  await shoot(portal, "documents-messages");
  await portal.locator("li.message[data-event=accepted]").getByRole("button", { name: /^标为已读/ }).click();
  await expect.poll(() => portal.locator("li.message--new").count()).toBeLessThan(3);
  // The applicant's own copies on their case page.
  await portal.goto(`${server.url}/#/my/${encodeURIComponent(appId)}`);
  const mine = portal.locator("section.my-documents");
  await expect.poll(() => mine.textContent(), { timeout: 10_000 }).toMatch(/受理通知书.*送达回证/);
  await checkScreen(portal, "case page with documents (applicant)", a11y);
  await shoot(portal, "documents-applicant-case");
  expect(a11y).toEqual([]);
  expect(pageErrors).toEqual([]);
}, 120_000);
