// Staff texts as hand edits (spec/merge/phases/hand-texts.ts): a merge with a recorded label or help text puts it on
// the field that holds most of its sources now, on the section around the fields for a group row, the latest text
// of a field winning; a text whose sources are gone is skipped; the bundle schema refuses a text edit without its text.
import { describe, expect, it } from "vitest";
import { mergeForms, type MergeEdit, type MergeSource } from "../../../spec/merge/index.js";
import { MergeEditSchema } from "../../../spec/bundle.js";
import { getAtPointer } from "../../../spec/pointer.js";

const s = (title: string) => ({ type: "string", title });
const sources: MergeSource[] = [
  { id: "a", audience: "enterprise", form: { schema: { type: "object", properties: { mc: s("企业名称"), site: { type: "object", title: "场所", properties: { lc: s("使用楼层"), mj: s("面积") } } } } } },
  { id: "b", audience: "enterprise", form: { schema: { type: "object", properties: { mc: s("企业名称"), cj: s("所在楼层") } } } },
];
const text = (refs: string[], field: "title" | "description", t: string, extra: Partial<MergeEdit> = {}): MergeEdit =>
  ({ kind: "text", refs: refs.map((r) => ({ item: r.split("#")[0]!, pointer: r.split("#")[1]! })), field, text: t, by: "王五", at: "2026-12-02T10:00:00.000Z", ...extra });
const holder = (form: { provenance: Record<string, Array<{ item: string; pointer: string }>> }, item: string, pointer: string) =>
  Object.entries(form.provenance).find(([, refs]) => refs.some((r) => r.item === item && r.pointer === pointer))![0];
const node = (form: { schema: unknown }, p: string) => getAtPointer(form.schema, p) as { title?: string; description?: string };

describe("hand texts", () => {
  it("puts a typed label and help text on the merged field holding their sources; the latest text wins", () => {
    const hand = [text(["a#/properties/mc", "b#/properties/mc"], "title", "市场主体名称"), text(["a#/properties/mc", "b#/properties/mc"], "description", "按营业执照填写"),
      text(["a#/properties/mc", "b#/properties/mc"], "title", "市场主体名称（与执照一致）")];
    const { form } = mergeForms(sources, { hand });
    expect(node(form, holder(form, "b", "/properties/mc"))).toMatchObject({ title: "市场主体名称（与执照一致）", description: "按营业执照填写" });
  });
  it("follows its sources when a hand merge moves them, and an empty text removes the text", () => {
    const merge: MergeEdit = { kind: "merge", refs: [{ item: "a", pointer: "/properties/site/properties/lc" }, { item: "b", pointer: "/properties/cj" }], by: "王五", at: "2026-12-02T09:00:00.000Z" };
    const { form } = mergeForms(sources, { hand: [merge, text(["a#/properties/site/properties/lc", "b#/properties/cj"], "title", "所在楼层（地上）"), text(["a#/properties/mc", "b#/properties/mc"], "title", "")] });
    const at = holder(form, "b", "/properties/cj");
    expect(form.provenance[at]).toHaveLength(2);
    expect(node(form, at).title).toBe("所在楼层（地上）");
    expect(node(form, holder(form, "a", "/properties/mc")).title).toBeUndefined();
  });
  it("a group row's text goes on the section around its fields, also when one field is left; gone sources are skipped", () => {
    const group = text(["a#/properties/site/properties/lc", "a#/properties/site/properties/mj"], "title", "经营场所情况", { group: true });
    const { form } = mergeForms(sources, { hand: [group] });
    const section = holder(form, "a", "/properties/site/properties/mj").split("/").slice(0, -2).join("/");
    expect(node(form, section).title).toBe("经营场所情况");
    const one = mergeForms(sources, { hand: [text(["a#/properties/site/properties/mj"], "title", "场所（仅面积）", { group: true })] }).form;
    expect(node(one, holder(one, "a", "/properties/site/properties/mj")).title).toBe("面积");
    expect(node(one, holder(one, "a", "/properties/site/properties/mj").split("/").slice(0, -2).join("/")).title).toBe("场所（仅面积）");
    const gone = mergeForms(sources, { hand: [text(["z#/properties/nope"], "title", "不存在")] }).form;
    expect(JSON.stringify(gone.schema)).not.toContain("不存在");
  });
  it("does not change the sources it was given", () => {
    const before = JSON.stringify(sources);
    mergeForms(sources, { hand: [text(["a#/properties/site/properties/lc"], "title", "楼层"), text(["a#/properties/site/properties/lc"], "title", "场所", { group: true })] });
    expect(JSON.stringify(sources)).toBe(before);
  });
  it("the bundle schema refuses a text edit that does not say which text or what it is", () => {
    expect(MergeEditSchema.safeParse(text(["a#/properties/mc"], "title", "名称")).success).toBe(true);
    const { field: _f, ...noField } = text(["a#/properties/mc"], "title", "名称");
    const r = MergeEditSchema.safeParse(noField);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain("field");
  });
});
