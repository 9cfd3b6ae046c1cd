// The public service guide (办事指南) in real Chromium: an admin publishes a catalogue item with two situations; the
// portal's guide list finds it by pinyin initials; its guide shows every element (conditions, materials with copies,
// source and the form downloads, fees with basis, limits, place/hours/phones, legal basis, steps, FAQ); a
// situation's guide shows that situation's materials, limit and fees; the blank form and the sample print; the
// guide prints to an A4 PDF whose text holds the key elements; English labels are complete; a never-published
// district item says its guide is missing; a one-thing's page links to its items' guides. The department's uploaded
// blank form of a material downloads under its Chinese name with the bytes uploaded, a situation's material offers its
// sample, and on paper each says it can be downloaded from the online guide.
import { expect, test } from "vitest";
import { PDFParse } from "pdf-parse";
import { join } from "node:path";
import { guideItemDraft } from "../fixtures/guide-item.js";
import { ARTIFACTS, newPage, shoot } from "./browser.js";
import { httpSession } from "./server.js";
import { e2eSuite } from "./suite.js";
import { readFileSync } from "node:fs";
import { tinyPdf } from "../helpers/files.js";
import { materialFilePath } from "../../spec/catalogue/material-files.js";

const s = e2eSuite();
const ID = "minban-peixun-xuke";

// CJK Radicals Supplement code points the font's text layer uses for common simplified characters (NFKC keeps them).
const RADICALS: Record<string, string> = { "⺠": "民", "⻔": "门", "⻅": "见", "⻝": "食", "⻓": "长", "⻄": "西", "⻋": "车", "⻛": "风", "⻜": "飞", "⻚": "页", "⻉": "贝", "⻢": "马", "⻥": "鱼", "⻦": "鸟", "⻆": "角", "⻘": "青", "⻨": "麦", "⻩": "黄", "⻬": "齐" };

async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  const pages = (await parser.getInfo()).total;
  // The CJK font maps some characters to radical code points in the PDF's text layer: NFKC and RADICALS fold them back.
  const text = [...(await parser.getText()).text.normalize("NFKC").replace(/\s+/g, "")].map((c) => RADICALS[c] ?? c).join("");
  await parser.destroy();
  return { pages, text };
}

test("an admin publishes an item and its guide shows every element, prints to A4 and has its situations", async () => {
  const admin = await httpSession(s.server.url, "admin", "Admin#2026");
  expect((await admin("POST", "/api/items", guideItemDraft(ID))).status).toBe(201);
  const blankBytes = tinyPdf(77);
  expect((await admin.upload(materialFilePath(ID, { material: "zcxm" }, "blank_form"), blankBytes, "application/pdf", "办学场所租赁证明（空白）.pdf")).status).toBe(201);
  expect((await admin.upload(materialFilePath(ID, { situation: "faren", material: "frjd" }, "sample_form"), tinyPdf(5), "application/pdf", "法人举办决议（示例）.pdf")).status).toBe(201);
  expect((await admin("POST", `/api/items/${ID}/publish`, { changeSummary: "首次发布" })).status).toBe(201);

  const page = await newPage(s.browser, s.pageErrors);
  await page.goto(`${s.server.url}/#/items`);
  await page.getByLabel("搜索事项").fill("mbzypxxx");
  await page.getByRole("button", { name: "查询" }).click();
  await page.getByText("共 1 个事项").waitFor();
  await shoot(page, "guide-list");
  await page.getByRole("link", { name: "民办职业培训学校设立审批" }).click();

  await page.getByRole("heading", { level: 1, name: "民办职业培训学校设立审批" }).waitFor();
  const body = await page.locator("main").innerText();
  for (const text of ["行政许可", "自然人、企业法人", "窗口办理、网上办理", "三级（网上预审）", "跨县通办", "1 次", "出证照：民办学校办学许可证",
    "举办者为具有完全民事行为能力的自然人", "民办学校设立申请表", "原件 1 份", "复印件 1 份", "申请人自备", "容缺后补", "可容缺受理，10 日内补交", "租赁期不少于三年",
    "政府部门核发", "可通过电子证照共享，免于提交", "办学许可证工本费", "每证 10 元", "川价费〔2019〕12 号", "可减免", "20 个工作日", "10 个工作日",
    "广安区政务服务中心二楼 B12 窗口", "周一至周五 9:00", "0826-2345678", "12345", "《中华人民共和国民办教育促进法》第十二条", "材料审查与实地核查", "审批科", "7 个工作日",
    "可以网上申请吗？", "到窗口核验原件一次", "自然人举办", "法人举办"]) expect(body, text).toContain(text);
  expect(body).not.toMatch(/samr|business_licence|ziranren|faren|sqb|"|\{/);
  await shoot(page, "guide-item");

  // the department's blank form downloads as uploaded, under its Chinese name
  const row = page.getByRole("row").filter({ hasText: "办学场所产权或租赁证明" });
  await expect(row.getByRole("link", { name: "下载示例" }).count()).resolves.toBe(0);
  const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("link", { name: "下载空白表格：办学场所产权或租赁证明（PDF，1 KB）" }).click()]);
  expect(download.suggestedFilename()).toBe("办学场所租赁证明（空白）.pdf");
  expect(readFileSync((await download.path())!).equals(blankBytes)).toBe(true);

  // print: a clean A4 document — no navigation, buttons or footer; the key elements in the PDF's text
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: join(ARTIFACTS, "guide-item-print.png"), fullPage: true });
  await expect(page.getByRole("button", { name: "打印指南" }).isVisible()).resolves.toBe(false);
  await expect(page.locator(".app-header").isVisible()).resolves.toBe(false);
  const pdf = await pdfText(await page.pdf({ format: "A4", printBackground: true, path: join(ARTIFACTS, "guide-item.pdf") }));
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  expect(pdf.pages).toBeLessThanOrEqual(4);
  for (const text of ["办事指南", "民办职业培训学校设立审批", "受理条件", "申请材料", "民办学校设立申请表", "收费依据", "川价费〔2019〕12号", "法定办结时限", "承诺办结时限",
    "0826-2345678", "设定依据", "办理流程", "提供空白表格,可在网上办事指南中下载"]) expect(pdf.text, text).toContain(text);
  expect(pdf.text).not.toContain("下载空白表格");
  for (const text of ["打印指南", "一件事目录", "我的办件", "开源的"]) expect(pdf.text, text).not.toContain(text);
  await page.emulateMedia({ media: "screen" });

  // a situation: its own materials, limit and fees
  await page.getByRole("link", { name: "法人举办" }).click();
  await page.getByRole("heading", { level: 1, name: "民办职业培训学校设立审批 · 法人举办" }).waitFor();
  const sit = await page.locator("main").innerText();
  expect(sit).toContain("举办者为依法设立且信用良好的法人");
  expect(sit).toContain("法人举办决议");
  expect(sit).toContain("民办学校设立申请表");
  expect(sit).toContain("法人加收副本每份 5 元");
  expect(sit).not.toContain("举办者身份证明");
  await page.getByRole("row").filter({ hasText: "法人举办决议" }).getByRole("link", { name: "下载示例" }).waitFor();
  await shoot(page, "guide-situation");
  await page.getByRole("link", { name: "自然人举办" }).click();
  await page.getByText("由个人举办的民办职业培训学校。").waitFor();
  await expect(page.locator("#g-limits").locator("..").innerText()).resolves.toContain("8 个工作日");

  // the blank form and the sample, from the item's form
  await page.getByRole("link", { name: "返回事项指南" }).click();
  await page.getByRole("link", { name: "空白表格", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "民办职业培训学校设立审批（空白表格）" }).waitFor();
  const blank = await page.locator("main").innerText();
  for (const text of ["学校基本情况", "拟办学校名称", "☐ 全日制", "☐ 非全日制", "办学地址", "专职教师", "姓名", "任教专业", "申请人（签字/盖章）"]) expect(blank, text).toContain(text);
  expect(blank).not.toContain("广安区启航职业培训学校");
  await shoot(page, "guide-blank-form");
  const blankPdf = await pdfText(await page.pdf({ format: "A4", path: join(ARTIFACTS, "guide-blank-form.pdf") }));
  expect(blankPdf.pages).toBe(1);
  expect(blankPdf.text).toContain("拟办学校名称");
  await page.goBack();
  await page.getByRole("link", { name: "示例样表", exact: true }).click();
  await page.getByText("广安区启航职业培训学校").waitFor();
  await expect(page.locator("main").innerText()).resolves.toContain("☑ 非全日制");

  // English: every label translated, Beijing time kept
  await page.goto(`${s.server.url}/#/items/${ID}`);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { name: "Conditions for acceptance" }).waitFor();
  const en = await page.locator("main").innerText();
  for (const text of ["Materials", "Fees", "Time limits", "Legal basis", "Steps", "Frequently asked questions", "Administrative licence", "20 working days", "May be reduced"]) expect(en, text).toContain(text);
  await shoot(page, "guide-item-en");
  await page.getByRole("button", { name: "中文" }).click();
  expect(s.pageErrors).toEqual([]);
}, 120_000);

test("an item that was never published says its guide is missing; a one-thing's page links to its items' guides and they back to it", async () => {
  const page = await newPage(s.browser, s.pageErrors);
  const list = (await (await fetch(`${s.server.url}/api/catalog`)).json()) as { bundles: Array<{ key: string }> };
  await page.goto(`${s.server.url}/#/b/${list.bundles[0]!.key}`);
  const first = page.locator("table tbody tr").first().getByRole("link");
  await first.click();
  await page.getByRole("heading", { name: "受理条件" }).waitFor();
  // the item's guide says which published one-things it is done in, and leads back to this one
  await page.getByRole("heading", { name: "相关的一件事" }).waitFor();
  await shoot(page, "guide-item-used-in");
  await page.getByTestId("guide-used-in").locator(`a[href$="/b/${list.bundles[0]!.key}"]`).click();
  await page.waitForFunction((key) => location.hash === `#/b/${key}`, list.bundles[0]!.key);
  await page.goto(`${s.server.url}/#/items/no-such-item`);
  await page.getByText("该事项的办事指南不存在").waitFor();
  expect(s.pageErrors.filter((e) => !/404/.test(e))).toEqual([]);
}, 60_000);
