// Staff moves as hand edits (spec/merge/phases/hand-moves.ts, tryout 8 #6): a field or an item's group dragged in
// the merge studio to another place or section is recorded, and every later merge puts it back — before the row it
// was put before, with a free key, keeping the situation rule of the section it left; a move whose section or fields
// are gone is left out and said so; any move keeps every source field in exactly one merged field.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkSmartForm, mergeForms, splitData, type MergeEdit, type MergeSource } from "../../../spec/merge/index.js";
import { MergeEditSchema } from "../../../spec/bundle.js";
import { getAtPointer } from "../../../spec/pointer.js";

type Json = Record<string, any>;
const s = (title: string, extra: Json = {}) => ({ type: "string", title, ...extra });
const applies = { "==": [{ var: "answers.rent" }, true] };
const sources: MergeSource[] = [
  { id: "a", title: "住房公积金提取", order: 0, form: { schema: { type: "object", properties: { sqr: { type: "object", title: "申请人", properties: { xm: s("姓名"), sfzh: s("身份证号码", { pattern: "^[0-9]{17}[0-9Xx]$" }) }, required: ["xm"] }, gjjzh: s("个人公积金账号"), tqyy: s("提取原因") }, required: ["gjjzh"] } } },
  { id: "b", title: "租赁住房备案", order: 1, appliesIf: applies, form: { schema: { type: "object", properties: { sqr: { type: "object", title: "申请人", properties: { xm: s("姓名"), sfzh: s("身份证号码", { pattern: "^[0-9]{17}[0-9Xx]$" }) } }, fw: { type: "object", title: "房屋", properties: { zl: s("出租方意见"), htbh: s("租赁合同编号") }, required: ["htbh"] } } } } },
];
const ref = (r: string) => ({ item: r.split("#")[0]!, pointer: r.split("#")[1]! });
const move = (refs: string[], section: string, before?: string[]): MergeEdit =>
  ({ kind: "move", refs: refs.map(ref), section, ...(before ? { before: before.map(ref) } : {}), by: "王五", at: "2026-12-07T10:00:00.000Z" });
const holder = (form: { provenance: Record<string, Array<{ item: string; pointer: string }>> }, r: string) =>
  Object.entries(form.provenance).find(([, refs]) => refs.some((x) => `${x.item}#${x.pointer}` === r))?.[0];
const orderOf = (form: { uiSchema?: unknown }, section: string) => ((form.uiSchema as Json)[section]?.["ui:order"] ?? []) as string[];
const items = sources.map((x) => ({ id: x.id, form: x.form as { schema: unknown } }));

describe("hand moves", () => {
  const plain = mergeForms(sources, {}).form;
  const gjj = "a#/properties/gjjzh";

  it("puts a field moved into another section back there on every merge, before the row it was put before", () => {
    const from = holder(plain, gjj)!;
    expect(from.startsWith("/properties/applicant/")).toBe(false);
    const { form, conflicts } = mergeForms(sources, { hand: [move([gjj], "applicant", ["a#/properties/sqr/properties/sfzh"])] });
    expect(conflicts).toEqual([]);
    const to = holder(form, gjj)!;
    expect(to).toBe("/properties/applicant/properties/gjjzh");
    expect(orderOf(form, "applicant")).toEqual(["name", "gjjzh", "idNumber"]);
    expect(getAtPointer(form.schema, from)).toBeUndefined();
    // Still required where it was, and the submission still reaches its item.
    expect((form.schema as Json).properties.applicant.required).toContain("gjjzh");
    expect(checkSmartForm(form, items)).toEqual([]);
    expect((splitData(form, { applicant: { gjjzh: "123456" } }) as Json).a.gjjzh).toBe("123456");
  });

  it("a group leaving a section that shows only when its item applies keeps that rule; a taken key gets the next free one", () => {
    const fw = ["b#/properties/fw/properties/zl", "b#/properties/fw/properties/htbh"];
    const section = holder(plain, fw[0]!)!.split("/").slice(0, 3).join("/");
    expect(plain.rules[section]?.visibleIf).toEqual(applies);
    // A group row moves as a whole: the studio drags the row, whichever of its fields the edit names.
    const { form } = mergeForms(sources, { hand: [move(fw, "applicant"), move([gjj], "applicant")] });
    expect(holder(form, fw[1]!)).toBe("/properties/applicant/properties/fw/properties/htbh");
    expect(form.rules["/properties/applicant/properties/fw"]).toEqual({ visibleIf: applies });
    expect(orderOf(form, "applicant").slice(-2)).toEqual(["fw", "gjjzh"]);
    expect(checkSmartForm(form, items)).toEqual([]);
    const clash = mergeForms([sources[0]!, { ...sources[1]!, form: { schema: { type: "object", properties: { tqyy: s("提取原因说明") } } } }], { hand: [move(["a#/properties/tqyy"], "applicant"), move(["b#/properties/tqyy"], "applicant")] }).form;
    expect(orderOf(clash, "applicant").slice(-2)).toEqual(["tqyy", "tqyy-2"]);
    expect(form.rules[holder(clash, "b#/properties/tqyy")!]).toBeUndefined();
    expect(clash.rules[holder(clash, "b#/properties/tqyy")!]).toEqual({ visibleIf: applies });
  });

  it("the latest move of a row wins, and a reorder inside its section is a move too", () => {
    const { form } = mergeForms(sources, { hand: [move([gjj], "applicant"), move(["a#/properties/sqr/properties/sfzh"], "applicant", ["a#/properties/sqr/properties/xm"])] });
    expect(orderOf(form, "applicant")).toEqual(["idNumber", "name", "gjjzh"]);
  });

  it("leaves out a move whose section or fields are gone, saying so", () => {
    const { form, conflicts } = mergeForms(sources, { hand: [move([gjj], "nosuch"), move(["c#/properties/x"], "applicant")] });
    expect(holder(form, gjj)).toBe(holder(plain, gjj));
    expect(conflicts.map((c) => c.message.zh)).toEqual([
      "移动未应用：分组「nosuch」已不在合并表单中（王五，2026-12-07T10:00:00.000Z）",
      "移动未应用：移动的字段已不在合并表单中（王五，2026-12-07T10:00:00.000Z）",
    ]);
    expect(conflicts[0]!.message.en).toBe('Move not applied: the section "nosuch" is no longer in the merged form (王五, 2026-12-07T10:00:00.000Z)');
  });

  it("the bundle schema refuses a move that does not say where to", () => {
    const r = MergeEditSchema.safeParse({ kind: "move", refs: [ref(gjj)], by: "王五", at: "2026-12-07T10:00:00.000Z" });
    expect(r.success).toBe(false);
    expect(MergeEditSchema.safeParse(move([gjj], "applicant")).success).toBe(true);
  });

  it("any sequence of moves keeps every source field in exactly one merged field, and the merge order-independent", () => {
    const leaves = Object.values(plain.provenance).flat().map((r) => `${r.item}#${r.pointer}`);
    const sections = ["", ...Object.keys((plain.schema as Json).properties).filter((k) => !(`/properties/${k}` in plain.provenance))];
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...leaves), fc.constantFrom(...sections), fc.option(fc.constantFrom(...leaves), { nil: undefined })), { maxLength: 6 }), (steps) => {
      const hand = steps.map(([r, sec, before]) => move([r], sec, before ? [before] : undefined));
      const { form, conflicts } = mergeForms(sources, { hand });
      expect(conflicts).toEqual([]);
      expect(checkSmartForm(form, items)).toEqual([]);
      const reversed = mergeForms([...sources].reverse(), { hand }).form;
      expect(reversed).toEqual(form);
    }), { numRuns: 60 });
  });
});
