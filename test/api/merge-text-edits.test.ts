// Labels and help texts typed in the merge studio are hand edits like merges and splits (issue 11): stored with the
// draft with who and when, refused with the reason in the request's language when malformed, kept by a re-merge of
// the stored draft and by an item upgrade. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, ITEM_LICENCE, ITEM_SIGN } from "../fixtures/bundle.js";
import { mergeForms, type MergeEdit } from "../../spec/merge/index.js";
import { bundleSources, recordedOptions } from "../../spec/catalogue/replay.js";
import { getAtPointer } from "../../spec/pointer.js";

type Refs = Array<{ item: string; pointer: string }>;
const REFS = [{ item: "licence", pointer: "/properties/shopName" }, { item: "sign", pointer: "/properties/signText" }];
const HAND: MergeEdit = { kind: "merge", refs: REFS, by: "事项设计员", at: "2026-03-01T08:00:00.000Z" };
const LABEL: MergeEdit = { kind: "text", refs: REFS, field: "title", text: "店铺名称（与招牌一致）", by: "事项设计员", at: "2026-03-01T08:05:00.000Z" };
const HELP: MergeEdit = { kind: "text", refs: REFS, field: "description", text: "按营业执照上的名称填写", by: "王五", at: "2026-03-01T08:06:00.000Z" };
const holderOf = (form: { provenance: Record<string, Refs> }, item: string, pointer: string) =>
  Object.entries(form.provenance).find(([, refs]) => refs.some((r) => r.item === item && r.pointer === pointer))![0];
const textsOf = (form: any) => getAtPointer(form.schema, holderOf(form, "licence", "/properties/shopName")) as { title?: string; description?: string };

describe.each(DIALECTS)("merge studio text edits on %s", (dialect) => {
  let api: ApiServer;
  let samr: Client, designer: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    const urban = await loginAs(api.url, "designer-urban");
    [samr, designer] = await Promise.all([loginAs(api.url, "designer-samr"), loginAs(api.url, "designer")]);
    for (const [c, item] of [[samr, ITEM_LICENCE], [urban, ITEM_SIGN]] as const) {
      expect((await c.post("/api/items", item)).status).toBe(201);
      expect((await c.post(`/api/items/${item.id}/publish`, { changeSummary: "首次发布" })).status).toBe(201);
    }
    expect((await designer.post("/api/bundles", { ...fixtureBundle("text-edits"), items: [{ id: "licence", version: 1 }, { id: "sign", version: 1 }] })).status).toBe(201);
  });
  afterAll(() => api?.stop());

  it("stores typed texts with who and when beside the hand merge, and a re-merge of the stored draft keeps them", async () => {
    const spec = (await designer.get("/api/bundles/text-edits/draft")).body.spec;
    const edits = [HAND, LABEL, HELP];
    const merged = mergeForms(bundleSources(spec), { hand: edits });
    expect(textsOf(merged.form)).toEqual(expect.objectContaining({ title: LABEL.text, description: HELP.text }));
    const put = await designer.saveDraft("text-edits", { ...spec, form: { ...merged.form, edits } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const stored = (await designer.get("/api/bundles/text-edits/draft")).body.spec;
    expect(stored.form.edits).toEqual(edits);
    const again = mergeForms(bundleSources(stored), recordedOptions(stored.form));
    expect(textsOf(again.form)).toEqual(expect.objectContaining({ title: LABEL.text, description: HELP.text }));
  });

  it("refuses a text edit without its text at its pointer, in Chinese or in English as asked", async () => {
    const spec = (await designer.get("/api/bundles/text-edits/draft")).body.spec;
    const { text: _t, ...bad } = LABEL;
    const doc = { ...spec, form: { ...spec.form, edits: [HAND, bad] } };
    const zh = await designer.saveDraft("text-edits", doc);
    expect(zh.status).toBe(400);
    expect(zh.body.error.details).toEqual([expect.objectContaining({ pointer: "/form/edits/1", message: expect.stringContaining("修改后的文字") })]);
    const en = await designer.saveDraft("text-edits", doc, { "accept-language": "en" });
    expect(en.body.error.details[0].message).toContain("must say which text it changed");
    expect(en.body.error.details[0].message).not.toMatch(/[\u4e00-\u9fff]/);
    expect((await designer.get("/api/bundles/text-edits/draft")).body.spec.form.edits).toEqual([HAND, LABEL, HELP]);
  });

  it("an item upgrade keeps the typed label and its record", async () => {
    const draft = (await samr.get("/api/items/licence")).body.draft;
    draft.form.schema.properties.seats = { type: "integer", title: "就餐座位数", minimum: 0 };
    expect((await samr.put("/api/items/licence/draft", draft)).status).toBe(200);
    expect((await samr.post("/api/items/licence/publish", { changeSummary: "增加座位数" })).status).toBe(201);
    const up = await designer.post("/api/bundles/text-edits/items/licence/upgrade", {});
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    const after = (await designer.get("/api/bundles/text-edits/draft")).body.spec;
    expect(after.items[0].version).toBe(2);
    expect(after.form.edits).toEqual([HAND, LABEL, HELP]);
    expect(textsOf(after.form)).toEqual(expect.objectContaining({ title: LABEL.text, description: HELP.text }));
  });
});
