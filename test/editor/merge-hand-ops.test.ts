// The merge studio's pure edits: moving a field into a section that already has its key (no longer refused), a
// hand merge (refused with the reason when both fields hold fields of one form), splits and re-bindings replayed
// from the recorded edits, and what a decision on a suggestion teaches the dictionary.
import { describe, expect, it } from "vitest";
import { mergeForms, type MergeSource } from "../../spec/merge/index.js";
import { moveRow, setSchemaText, textEditStep } from "../../editor/designers/merge/ops.js";
import { draftReducer, initialState } from "../../editor/state/draft-store.js";
import { editsOf, editText, handMerge, learnt, rebindSource, recordMove, replay, splitSource } from "../../editor/designers/merge/hand-ops.js";

const s = (title: string) => ({ type: "string", title });
const sources: MergeSource[] = [
  { id: "a", audience: "enterprise", form: { schema: { type: "object", properties: { mc: s("企业名称"), fr: { type: "object", title: "法定代表人", properties: { xm: s("姓名") } }, vin: s("使用楼层") } } } },
  { id: "b", audience: "enterprise", form: { schema: { type: "object", properties: { mc: s("企业名称"), fr: { type: "object", title: "法定代表人", properties: { xm: s("姓名") } }, cj: s("所在楼层") } } } },
];
const merged = () => mergeForms(sources, {}).form as unknown as Record<string, unknown>;
const provenance = (f: Record<string, unknown>) => f.provenance as Record<string, Array<{ item: string; pointer: string }>>;

describe("merge studio edits", () => {
  it("moving 姓名 into a section that has a 姓名 gives it the next free key instead of refusing", () => {
    const f = merged();
    const r = moveRow(f, "/properties/legalRep/properties/name", "/properties/enterprise");
    expect("error" in r).toBe(false);
    const moved = moveRow((r as { form: Record<string, unknown> }).form, "/properties/enterprise/properties/name", "/properties/legalRep");
    expect((moved as { pointer: string }).pointer).toBe("/properties/legalRep/properties/name");
    const twice = moveRow(f, "/properties/enterprise/properties/entName", "/properties/legalRep");
    const again = moveRow((twice as { form: Record<string, unknown> }).form, "/properties/legalRep/properties/name", "/properties/legalRep");
    expect("error" in again).toBe(false);
  });
  it("moves as the merge replays a move (the spec's moveRowInPlace): the same form, and a move of no row is refused naming it", () => {
    const f = merged();
    const from = Object.keys(provenance(f)).find((p) => p.endsWith("/vin"))!;
    const r = moveRow(f, from, "/properties/legalRep", "name");
    if ("error" in r) throw new Error(r.error);
    const once = recordMove(f, r.form, from, "/properties/legalRep", "name", "王五");
    const again = replay(sources, once, editsOf(once), {});
    if ("error" in again) throw new Error(again.error);
    expect(again.form.schema).toEqual(r.form.schema);
    expect(again.form.uiSchema).toEqual(r.form.uiSchema);
    expect(again.form.provenance).toEqual(r.form.provenance);
    expect(f).toEqual(merged()); // the studio's form is not changed in place
    const deep = moveRow(f, "/properties/legalRep/properties/name/properties/x", "/properties/enterprise");
    expect("error" in deep && deep.error).toContain("/properties/legalRep/properties/name/properties/x");
    const nowhere = moveRow(f, "/properties/legalRep/properties/name", "/properties/enterprise/properties/entName");
    expect("error" in nowhere && nowhere.error).toContain("/properties/enterprise/properties/entName");
  });
  it("a move is recorded with who, where and before what, moving it on updates that record, and a re-merge keeps it (tryout 8, #6)", () => {
    const f = merged();
    const from = Object.keys(provenance(f)).find((p) => p.endsWith("/vin"))!;
    const r = moveRow(f, from, "/properties/legalRep", "name");
    if ("error" in r) throw new Error(r.error);
    const once = recordMove(f, r.form, from, "/properties/legalRep", "name", "王五");
    expect(editsOf(once)).toEqual([expect.objectContaining({ kind: "move", refs: [{ item: "a", pointer: "/properties/vin" }], section: "legalRep", before: [{ item: "a", pointer: "/properties/fr/properties/xm" }, { item: "b", pointer: "/properties/fr/properties/xm" }], by: "王五" })]);
    const on = moveRow(once, r.pointer, "/properties/enterprise");
    if ("error" in on) throw new Error(on.error);
    const twice = recordMove(once, on.form, r.pointer, "/properties/enterprise", undefined, "王五");
    expect(editsOf(twice)).toHaveLength(1);
    expect(editsOf(twice)[0]).toMatchObject({ section: "enterprise" });
    const again = replay(sources, twice, editsOf(twice), {});
    if ("error" in again) throw new Error(again.error);
    expect(Object.entries(provenance(again.form)).find(([, refs]) => refs.some((x) => x.pointer === "/properties/vin"))![0]).toBe(on.pointer);
    expect(((again.form.uiSchema as Record<string, Record<string, string[]>>).enterprise!["ui:order"])).toEqual(((on.form.uiSchema as Record<string, Record<string, string[]>>).enterprise!["ui:order"]));
  });
  it("a hand merge joins two fields no dictionary knows, is recorded with who and when, and a re-merge keeps it", () => {
    const f = merged();
    const a = Object.keys(provenance(f)).find((p) => p.endsWith("/vin"))!, b = Object.keys(provenance(f)).find((p) => p.endsWith("/cj"))!;
    const r = handMerge(f, a, b, "王五", (id) => id);
    if ("error" in r) throw new Error(r.error);
    expect(provenance(r.form)[r.pointer]).toHaveLength(2);
    expect(editsOf(r.form)).toEqual([expect.objectContaining({ kind: "merge", by: "王五", at: expect.stringMatching(/^\d{4}-/) })]);
    const split = splitSource(sources, r.form, { item: "a", pointer: "/properties/fr/properties/xm" }, "王五", {});
    if ("error" in split) throw new Error(split.error);
    const p = provenance(split.form);
    expect(Object.values(p).some((refs) => refs.length === 2 && refs.some((x) => x.pointer === "/properties/vin"))).toBe(true); // the hand merge was replayed
    expect(Object.values(p).find((refs) => refs.some((x) => x.item === "a" && x.pointer === "/properties/fr/properties/xm"))).toHaveLength(1);
    expect(editsOf(split.form).map((e) => e.kind)).toEqual(["merge", "split"]);
  });
  it("refuses a hand merge of two fields that both hold a field of one form, saying why and naming the form by its title", () => {
    const f = merged();
    const r = handMerge(f, "/properties/enterprise/properties/entName", "/properties/legalRep/properties/name", "王五", (id) => ({ a: "公司设立登记申请书", b: "税务登记表" })[id] ?? id);
    expect(r).toEqual({ error: expect.stringContaining("同一张表") });
    expect(r).toEqual({ error: expect.stringMatching(/「(公司设立登记申请书|税务登记表)」表单/) });
  });
  it("a re-binding replays: the field takes the (role, element) staff chose and merges there", () => {
    const r = rebindSource(sources, merged(), { item: "b", pointer: "/properties/cj" }, { role: "legalRep", element: "idNumber" }, "王五", {});
    if ("error" in r) throw new Error(r.error);
    expect(provenance(r.form)["/properties/legalRep/properties/idNumber"]).toEqual([{ item: "b", pointer: "/properties/cj" }]);
    expect(editsOf(r.form)).toEqual([expect.objectContaining({ kind: "rebind", role: "legalRep", element: "idNumber", by: "王五" })]);
  });
  it("a decision teaches: an unknown word is the known role; a rejection is a never-merge pair; nothing from two dictionary roles", () => {
    expect(learnt({ a: "?受种人", b: "child" }, "accept")).toEqual({ kind: "role-synonym", role: "child", text: "受种人" });
    expect(learnt({ a: "legalRep", b: "entHead" }, "reject")).toEqual({ kind: "never-merge", a: "legalRep", b: "entHead" });
    expect(learnt({ a: "legalRep", b: "entHead" }, "accept")).toBeUndefined();
    expect(learnt({ a: "agent|name", b: "label:办税员" }, "accept")).toEqual({ kind: "element-synonym", element: "name", text: "办税员" });
  });
  it("labels and help texts staff typed survive a split, a re-binding and a re-merge; a field split off keeps its own", () => {
    const ent = "/properties/enterprise/properties/entName", rep = "/properties/legalRep/properties/name";
    let f = setSchemaText(setSchemaText(merged(), ent, "title", "市场主体名称（与营业执照一致）"), ent, "description", "按营业执照填写");
    f = setSchemaText(f, rep, "title", "法定代表人姓名");
    const split = splitSource(sources, f, { item: "b", pointer: "/properties/fr/properties/xm" }, "王五", {});
    if ("error" in split) throw new Error(split.error);
    const title = (form: Record<string, unknown>, item: string, pointer: string) => {
      const p = Object.entries(provenance(form)).find(([, refs]) => refs.some((x) => x.item === item && x.pointer === pointer))![0];
      return p.split("/").slice(1).reduce((n: any, k) => n[k], form.schema as any) as { title?: string; description?: string };
    };
    expect(title(split.form, "a", "/properties/mc")).toMatchObject({ title: "市场主体名称（与营业执照一致）", description: "按营业执照填写" });
    expect(title(split.form, "a", "/properties/fr/properties/xm").title).toBe("法定代表人姓名");
    expect(title(split.form, "b", "/properties/fr/properties/xm").title).toBe("姓名");
    const rebound = rebindSource(sources, split.form, { item: "b", pointer: "/properties/cj" }, { role: "legalRep", element: "idNumber" }, "王五", {});
    if ("error" in rebound) throw new Error(rebound.error);
    expect(title(rebound.form, "b", "/properties/mc").title).toBe("市场主体名称（与营业执照一致）");
    const again = replay(sources, rebound.form, editsOf(rebound.form), {});
    if ("error" in again) throw new Error(again.error);
    expect(title(again.form, "a", "/properties/fr/properties/xm").title).toBe("法定代表人姓名");
  });
  it("a typed label is logged with who and when (typing on updates one entry), undone with the step, and kept by a re-merge", () => {
    const ent = "/properties/enterprise/properties/entName", row = { pointer: ent, leaves: [ent], container: false };
    let f = editText(merged(), row, "title", "市场", "王五");
    f = editText(f, row, "title", "市场主体名称", "王五");
    expect(editsOf(f)).toEqual([expect.objectContaining({ kind: "text", field: "title", text: "市场主体名称", by: "王五", at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), refs: provenance(f)[ent] })]);
    f = editText(f, row, "title", "市场主体名称（全称）", "赵六");
    f = editText(f, row, "description", "与营业执照一致", "赵六");
    expect(editsOf(f).map((e) => [e.field, e.by])).toEqual([["title", "王五"], ["title", "赵六"], ["description", "赵六"]]);
    let state = initialState({ form: f } as never);
    state = draftReducer(state, { type: "set", doc: { form: editText(f, row, "title", "名称", "赵六") } as never, label: "x", at: 1 });
    state = draftReducer(state, { type: "undo" });
    expect(editsOf(state.present.doc.form as never)).toHaveLength(3);
    const again = replay(sources, f, editsOf(f), {});
    if ("error" in again) throw new Error(again.error);
    const node = (again.form.schema as any).properties.enterprise.properties.entName;
    expect(node).toMatchObject({ title: "市场主体名称（全称）", description: "与营业执照一致" });
    expect(mergeForms(sources, { hand: editsOf(f) }).form.schema).toEqual(again.form.schema);
  });
  it("a label edit is its own undo step: typing in one field coalesces, the next field's label is another step", () => {
    const f = merged();
    const [a, b] = ["/properties/legalRep/properties/name", "/properties/enterprise/properties/entName"];
    let state = initialState({ form: f } as never);
    const type = (pointer: string, field: string, text: string, at: number) => {
      const step = textEditStep("title", "section", field).zh;
      state = draftReducer(state, { type: "set", doc: { form: setSchemaText(state.present.doc.form as never, pointer, "title", text) } as never, label: step, at });
    };
    type(a, "name", "姓", 1000);
    type(a, "name", "姓名（法人）", 1100);
    type(b, "entName", "公司名称", 1200);
    expect(state.past.length).toBe(2);
    expect(state.past.map((e) => e.label)).toEqual(["打开草稿", textEditStep("title", "section", "name").zh]);
    state = draftReducer(state, { type: "undo" });
    const schema = (state.present.doc.form as { schema: unknown }).schema;
    expect(JSON.stringify(schema)).toContain("姓名（法人）");
    expect(JSON.stringify(schema)).not.toContain("公司名称");
    expect(textEditStep("title", "法定代表人", "name")).not.toEqual(textEditStep("description", "法定代表人", "name"));
  });
});
