// Issue 15 in Chromium: a one-thing pins two catalogue items and its smart form carries a hand merge; the owning
// department's staff add a material and a field to one item and publish; the one-thing's designer opens the
// workspace, sees that an update is waiting with what changed, upgrades with one click, and the hand merge is kept
// (the report says it was replayed, the stored draft still joins the two fields); the portal's service guide shows
// the new material. Screens at 1280 and 360 px.
import { expect, test } from "vitest";
import { loginHere, newPage, shoot } from "./browser.js";
import { e2eSuite } from "./suite.js";
import { httpSession } from "./server.js";
import { startTestServer } from "../helpers/server.js";
import { fixtureBundle, ITEM_LICENCE, ITEM_SIGN } from "../fixtures/bundle.js";
import { mergeForms, type MergeEdit } from "../../spec/merge/index.js";
import { bundleSources } from "../../spec/catalogue/replay.js";

const suite = e2eSuite(async () => ({ server: await startTestServer() }));
const KEY = "upgrade-e2e";
const HAND: MergeEdit = { kind: "merge", refs: [{ item: "licence", pointer: "/properties/shopName" }, { item: "sign", pointer: "/properties/signText" }], by: "事项设计员", at: "2026-03-01T08:00:00.000Z" };
type Refs = Array<{ item: string; pointer: string }>;

test("department publishes a new material; the designer sees the update and upgrades in one click, keeping a hand merge", { timeout: 300_000 }, async () => {
  const url = suite.server.url;
  const [samr, urban, designer] = await Promise.all([httpSession(url, "designer-samr", "Design#2026"), httpSession(url, "designer-urban", "Design#2026"), httpSession(url, "designer", "Design#2026")]);
  for (const [s, item] of [[samr, ITEM_LICENCE], [urban, ITEM_SIGN]] as const) {
    expect((await s("POST", "/api/items", item)).status).toBe(201);
    expect((await s("POST", `/api/items/${item.id}/publish`, { changeSummary: "首次发布" })).status).toBe(201);
  }
  const created = await designer("POST", "/api/bundles", { ...fixtureBundle(KEY, "开店一件事（升级测试）"), items: [{ id: "licence", version: 1 }, { id: "sign", version: 1 }] });
  expect(created.status).toBe(201);
  const draft = (await designer<{ spec: Record<string, any> }>("GET", `/api/bundles/${KEY}/draft`)).json.spec;
  const merged = mergeForms(bundleSources(draft), { hand: [HAND] });
  expect((await designer.saveDraft(KEY, { ...draft, form: { ...merged.form, edits: [HAND] } })).status).toBe(200);

  // The department changes its item: one more material and one more field, then publishes version 2.
  const item = (await samr<{ draft: Record<string, any> }>("GET", "/api/items/licence")).json.draft;
  item.materials = [{ id: "floorplan", material_name: "经营场所平面图", necessity: "必要", source_type: "10", copies: 1 }];
  item.form.schema.properties.seats = { type: "integer", title: "就餐座位数", minimum: 0 };
  expect((await samr("PUT", "/api/items/licence/draft", item)).status).toBe(200);
  expect((await samr("POST", "/api/items/licence/publish", { changeSummary: "增加经营场所平面图" })).status).toBe(201);

  const page = await newPage(suite.browser, suite.pageErrors);
  await page.goto(`${url}/editor/#/bundle/${KEY}`);
  await loginHere(page, "designer", "Design#2026");
  const banner = page.getByTestId("item-updates");
  await banner.getByRole("heading", { name: "1 个事项有新版本待升级" }).waitFor();
  const update = banner.getByTestId("item-update-licence");
  await expect.poll(async () => (await update.textContent()) ?? "").toContain("「食品经营许可」版本 1 → 2");
  const diff = await update.getByTestId("item-diff").textContent();
  expect(diff).toContain("新增「经营场所平面图」");
  expect(diff).toContain("新增「就餐座位数」");
  expect(await update.textContent()).toContain("增加经营场所平面图");
  await shoot(page, "item-upgrade-banner");

  await update.getByRole("button", { name: "升级到版本 2" }).click();
  const report = page.getByTestId("upgrade-report");
  await report.getByRole("heading", { name: "已将「食品经营许可」升级到版本 2" }).waitFor();
  const text = (await report.textContent()) ?? "";
  expect(text).toContain("沿用了之前的 1 项手工合并");
  expect(text).toContain("新增字段：「就餐座位数」");
  expect(text).toContain("没有需要您决定的内容");
  await expect.poll(() => page.getByTestId("item-update-licence").count()).toBe(0);
  await expect.poll(() => page.getByTestId("dirty").textContent()).toBe("已保存");
  await shoot(page, "item-upgrade-report");

  const stored = (await designer<{ spec: Record<string, any> }>("GET", `/api/bundles/${KEY}/draft`)).json.spec;
  expect(stored.items[0].version).toBe(2);
  expect(stored.items[0].materials.map((m: { material_name: string }) => m.material_name)).toEqual(["经营场所平面图"]);
  const hand = Object.values(stored.form.provenance as Record<string, Refs>).find((refs) => refs.some((r) => r.item === "licence" && r.pointer === "/properties/shopName"))!;
  expect(hand.map((r) => r.item).sort()).toEqual(["licence", "sign"]);
  expect(stored.form.edits).toEqual([HAND]);

  // The portal's service guide of the item (engineer catui's page) draws from the same record: the new material is there.
  await page.goto(`${url}/#/items/licence`);
  await page.getByRole("heading", { name: /食品经营许可/ }).first().waitFor();
  await expect.poll(() => page.locator("main").innerText()).toContain("经营场所平面图");
  expect(suite.pageErrors).toEqual([]);
});
