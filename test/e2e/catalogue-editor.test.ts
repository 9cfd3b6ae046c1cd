// Issue 15 through the catalogue UI in Chromium. (1) The owning department's staff (designer-samr) change a
// material of their item in the item draft editor and publish; the one-thing's designer (another account) sees the
// waiting update, upgrades with one click and the earlier hand merge is kept; the portal's guide shows the new
// material. (2) The staff edit the item's situations — a situation's own material, which item materials apply, its
// condition, a new situation, order — see a bad one refused by field, publish, and the portal's situation guides
// show the edit. Screens of the editor with situations at 1280 and 360 px, in Chinese and English.
import { expect, test } from "vitest";
import type { Page } from "playwright-core";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { httpSession } from "./server.js";
import { startTestServer } from "../helpers/server.js";
import { fixtureBundle, ITEM_LICENCE, ITEM_SIGN } from "../fixtures/bundle.js";
import { guideItemDraft } from "../fixtures/guide-item.js";
import { mergeForms, type MergeEdit } from "../../spec/merge/index.js";
import { bundleSources } from "../../spec/catalogue/replay.js";

const suite = e2eSuite(async () => ({ server: await startTestServer() }));
const KEY = "upgrade-ui-e2e";
const HAND: MergeEdit = { kind: "merge", refs: [{ item: "licence", pointer: "/properties/shopName" }, { item: "sign", pointer: "/properties/signText" }], by: "事项设计员", at: "2026-03-01T08:00:00.000Z" };
const PLAN = { id: "floorplan", material_name: "经营场所平面图", necessity: "必要", source_type: "10", originals: 1, copies: 1 };
type Refs = Array<{ item: string; pointer: string }>;

/** Opens an item's page in the editor as the owning department's staff and switches to its draft editor. */
async function openDraft(page: Page, itemId: string, name: string): Promise<void> {
  await page.goto(`${suite.server.url}/editor/#/catalogue/${itemId}`);
  await loginHere(page, "designer-samr", "Design#2026");
  await page.getByRole("heading", { level: 1, name }).waitFor();
  await page.getByRole("button", { name: "编辑草稿" }).click();
}

/** Publishes the draft from the item draft editor with a change summary and waits for the new version's notice. */
async function publish(page: Page, summary: string, version: number): Promise<void> {
  await page.getByLabel("本次发布的修改说明").fill(summary);
  await page.getByRole("button", { name: "发布新版本" }).click();
  await page.getByText(`已发布版本 ${version}`).waitFor();
}

test("a department edits a material in the catalogue and publishes; the one-thing upgrades in one click keeping a hand merge", { timeout: 300_000 }, async () => {
  const url = suite.server.url;
  const [samr, urban, designer] = await Promise.all([httpSession(url, "designer-samr", "Design#2026"), httpSession(url, "designer-urban", "Design#2026"), httpSession(url, "designer", "Design#2026")]);
  for (const [s, item] of [[samr, { ...ITEM_LICENCE, materials: [PLAN] }], [urban, ITEM_SIGN]] as const) {
    expect((await s("POST", "/api/items", item)).status).toBe(201);
    expect((await s("POST", `/api/items/${item.id}/publish`, { changeSummary: "首次发布" })).status).toBe(201);
  }
  expect((await designer("POST", "/api/bundles", { ...fixtureBundle(KEY, "开店一件事（界面升级）"), items: [{ id: "licence", version: 1 }, { id: "sign", version: 1 }] })).status).toBe(201);
  const draft = (await designer<{ spec: Record<string, any> }>("GET", `/api/bundles/${KEY}/draft`)).json.spec;
  const merged = mergeForms(bundleSources(draft), { hand: [HAND] });
  expect((await designer.saveDraft(KEY, { ...draft, form: { ...merged.form, edits: [HAND] } })).status).toBe(200);

  // The department's staff change the material in the item draft editor and publish version 2.
  const staff = await newPage(suite.browser, suite.pageErrors);
  await openDraft(staff, "licence", "食品经营许可");
  await staff.getByRole("tab", { name: "材料" }).click();
  await staff.getByLabel("申请材料第 1 行 材料名称").fill("经营场所平面图（标注面积）");
  await staff.getByLabel("申请材料第 1 行 复印件").fill("2");
  await staff.getByText("有未保存的修改").waitFor();
  await publish(staff, "平面图须标注面积，复印件两份", 2);
  expect((await samr<{ versions: unknown[] }>("GET", "/api/items/licence")).json.versions).toHaveLength(2);

  // The one-thing's designer sees the waiting update and upgrades with one click.
  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${url}/editor/#/bundle/${KEY}`);
  await loginHere(page, "designer", "Design#2026");
  const update = page.getByTestId("item-update-licence");
  await expect.poll(async () => (await update.textContent()) ?? "").toContain("「食品经营许可」版本 1 → 2");
  const diff = (await update.getByTestId("item-diff").textContent()) ?? "";
  expect(diff).toContain("材料名称 经营场所平面图 → 经营场所平面图（标注面积）");
  expect(diff).toContain("复印件份数 1 → 2");
  expect(await update.textContent()).toContain("平面图须标注面积，复印件两份");
  await update.getByRole("button", { name: "升级到版本 2" }).click();
  const report = page.getByTestId("upgrade-report");
  await report.getByRole("heading", { name: "已将「食品经营许可」升级到版本 2" }).waitFor();
  expect(await report.textContent()).toContain("沿用了之前的 1 项手工合并");
  await expect.poll(() => page.getByTestId("item-update-licence").count()).toBe(0);
  await expect.poll(() => page.getByTestId("dirty").textContent()).toBe("已保存");
  const stored = (await designer<{ spec: Record<string, any> }>("GET", `/api/bundles/${KEY}/draft`)).json.spec;
  expect(stored.items[0]).toMatchObject({ version: 2, materials: [{ id: "floorplan", material_name: "经营场所平面图（标注面积）", copies: 2 }] });
  const hand = Object.values(stored.form.provenance as Record<string, Refs>).find((refs) => refs.some((r) => r.item === "licence" && r.pointer === "/properties/shopName"))!;
  expect(hand.map((r) => r.item).sort()).toEqual(["licence", "sign"]);
  expect(stored.form.edits).toEqual([HAND]);

  // The portal's service guide of the item shows the changed material.
  await page.goto(`${url}/#/items/licence`);
  await page.getByRole("heading", { level: 1, name: "食品经营许可" }).waitFor();
  await expect.poll(() => page.locator("main").innerText()).toContain("经营场所平面图（标注面积）");
  expect(suite.pageErrors).toEqual([]);
});

test("a department edits an item's situations in the draft editor, a bad one is refused by field, and the situation guides show the edit", { timeout: 300_000 }, async () => {
  const url = suite.server.url;
  const ID = "minban-peixun-bianji";
  const samr = await httpSession(url, "designer-samr", "Design#2026");
  expect((await samr("POST", "/api/items", guideItemDraft(ID))).status).toBe(201);
  expect((await samr("POST", `/api/items/${ID}/publish`, { changeSummary: "首次发布" })).status).toBe(201);

  const page = await newPage(suite.browser, suite.pageErrors);
  page.on("dialog", (d) => void d.accept());
  await openDraft(page, ID, "民办职业培训学校设立审批");
  const editor = page.getByTestId("situations-editor");
  await editor.getByRole("heading", { name: "情形（2）" }).waitFor();

  // 自然人举办: its own material renamed, 营业执照 no longer applies, selected by the form's 办学类型.
  await editor.getByRole("button", { name: "编辑「自然人举办」" }).click();
  const first = page.getByTestId("situation-editor-0");
  await first.getByLabel("该情形另需的材料第 1 行 材料名称").fill("举办者身份证明（原件）");
  await first.getByRole("group", { name: "适用的事项材料" }).getByLabel("营业执照").uncheck();
  await first.getByRole("button", { name: "＋ 添加条件" }).click();
  await first.getByLabel("第 1 条：变量").selectOption({ label: "表单字段：办学类型" });
  await first.getByLabel("第 1 条：值").selectOption({ label: "非全日制" });
  await expect.poll(() => first.locator(".cb__summary").textContent()).toBe("表单字段：办学类型 = 非全日制");
  await first.getByLabel("承诺办结时限（天）").fill("6");

  // A new situation, first left without a name; one more added and deleted again; 法人举办 moved to the top.
  await editor.getByRole("button", { name: "+ 添加情形" }).click();
  await page.getByTestId("situation-editor-2").getByLabel("情形标识").fill("fenxiao");
  await editor.getByRole("button", { name: "+ 添加情形" }).click();
  await editor.getByRole("button", { name: "删除「（未命名情形）」" }).last().click();
  await editor.getByRole("heading", { name: "情形（3）" }).waitFor();
  await editor.getByRole("button", { name: "上移「法人举办」" }).click();
  await shoot(page, "situation-editor");

  await page.getByLabel("本次发布的修改说明").fill("调整情形");
  await page.getByRole("button", { name: "发布新版本" }).click();
  const alert = page.getByRole("alert");
  await alert.getByRole("button", { name: "未填写名称" }).click();
  const title = page.getByTestId("situation-editor-2").getByLabel("情形名称");
  await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await title.getAttribute("aria-invalid")).toBe("true");
  await expect.poll(() => editor.getByTestId("situation-2").textContent()).toContain("1 个问题");
  await title.fill("设立分校");
  await publish(page, "调整情形", 2);

  const stored = (await samr<{ draft: Record<string, any> }>("GET", `/api/items/${ID}`)).json.draft;
  expect(stored.situations.map((s: { id: string }) => s.id)).toEqual(["faren", "ziranren", "fenxiao"]);
  expect(stored.situations[1]).toMatchObject({ item_materials: ["sqb", "zcxm"], promise_day: 6, when: { "==": [{ var: "data.school.kind" }, "part"] } });

  await page.goto(`${url}/#/items/${ID}/situations/ziranren`);
  await page.getByRole("heading", { level: 1, name: "民办职业培训学校设立审批 · 自然人举办" }).waitFor();
  const main = page.locator("main");
  await expect.poll(() => main.innerText()).toContain("举办者身份证明（原件）");
  expect(await main.innerText()).not.toContain("营业执照");
  await page.goto(`${url}/#/items/${ID}`);
  await expect.poll(() => page.locator(".guide-situations li").allInnerTexts()).toEqual(["法人举办", "自然人举办", "设立分校"]);
  await page.getByRole("link", { name: "设立分校" }).click();
  await page.getByRole("heading", { level: 1, name: "民办职业培训学校设立审批 · 设立分校" }).waitFor();
  expect(suite.pageErrors).toEqual([]);
});
