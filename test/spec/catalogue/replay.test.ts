// Upgrading a pinned item replays every earlier staff decision: an identical version changes nothing (property),
// a hand merge and a relabelled text survive an upgrade that adds a field, a removed source field leaves, and only
// new suggestions about new fields need a decision.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { mergeForms, type MergeEdit } from "../../../spec/merge/index.js";
import { bundleSources, recordDecision, recordedOptions, upgradeItem } from "../../../spec/catalogue/replay.js";
import type { Json } from "../../../spec/common.js";

const item = (id: string, version: number, props: Record<string, Json>, extra: Json = {}): Json => ({
  schemaVersion: 1, kind: "item", id, version, task_name: id, department: "samr", promise_day: 5, materials: [],
  form: { schema: { type: "object", properties: props } }, ...extra,
});
const A1 = item("shop", 1, { remark: { type: "string", title: "备注" }, area: { type: "number", title: "经营面积" } });
const B1 = item("fire", 1, { note: { type: "string", title: "补充说明" }, exits: { type: "integer", title: "安全出口数" } });
const hand: MergeEdit = { kind: "merge", refs: [{ item: "shop", pointer: "/properties/remark" }, { item: "fire", pointer: "/properties/note" }], by: "王设计", at: "2026-01-01T00:00:00Z" };

/** A one-thing with the two items merged and one hand merge recorded (备注 + 补充说明), as the merge studio leaves it. */
function bundle(): Json {
  const doc: Json = { key: "kaidian", audience: "enterprise", guide: { applicability: {} }, items: [A1, B1] };
  const r = mergeForms(bundleSources(doc), { hand: [hand] });
  return { ...doc, form: { ...r.form, edits: [hand] } };
}
type Refs = Array<{ item: string; pointer: string }>;
const holder = (doc: Json, item: string, pointer: string) =>
  Object.entries((doc.form as Json).provenance as Record<string, Refs>).find(([, refs]) => refs.some((r) => r.item === item && r.pointer === pointer));

describe("upgradeItem", () => {
  it("upgrading to an identical version (any non-form change) changes nothing but the pin", () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 99 }), fc.integer({ min: 0, max: 60 }), fc.string({ maxLength: 20 }), (v, days, place) => {
      const doc = bundle();
      const next = { ...A1, version: v, promise_day: days, place };
      const { doc: out, report } = upgradeItem(doc, next);
      expect(out.form).toEqual(doc.form);
      expect((out.items as Json[])[0]).toEqual(next);
      expect((out.items as Json[])[1]).toEqual(B1);
      expect(report.remerged).toBe(false);
      expect(report.needsDecision).toEqual([]);
      expect(report.replayed.edits).toBe(1);
    }));
  });

  it("a hand merge and a staff text survive an upgrade that adds a field; the new field is placed", () => {
    const doc = bundle();
    const [areaAt] = holder(doc, "shop", "/properties/area")!;
    const form = doc.form as Json;
    const schemaAt = (f: Json, p: string) => p.split("/").slice(1).reduce<Json>((n, s) => n[s] as Json, f.schema as Json);
    schemaAt(form, areaAt).title = "营业面积（平方米）"; // a text staff changed by hand
    const A2 = item("shop", 2, { ...(A1.form as { schema: { properties: Record<string, Json> } }).schema.properties, seats: { type: "integer", title: "座位数" } });
    const { doc: out, report } = upgradeItem(doc, A2);
    const [, merged] = holder(out, "shop", "/properties/remark")!;
    expect(merged.map((r) => `${r.item}#${r.pointer}`).sort()).toEqual(["fire#/properties/note", "shop#/properties/remark"]);
    expect(schemaAt(out.form as Json, areaAt).title).toBe("营业面积（平方米）");
    const [seatsAt] = holder(out, "shop", "/properties/seats")!;
    expect(schemaAt(out.form as Json, seatsAt)).toMatchObject({ type: "integer", title: "座位数" });
    expect(report.added.map((f) => f.pointer)).toEqual([seatsAt]);
    expect(report.replayed.texts.map((t) => t.title)).toContain("营业面积（平方米）");
    expect(report.remerged).toBe(true);
    expect((out.form as Json).edits).toEqual([hand]);
    expect((out.items as Json[])[0]!.version).toBe(2);
  });

  it("a source field that is gone leaves; one that changed follows the new keywords but keeps the staff's title", () => {
    const doc = bundle();
    const [exitsAt] = holder(doc, "fire", "/properties/exits")!;
    const B2 = item("fire", 2, { note: { type: "string", title: "补充说明" }, exits: { type: "integer", title: "安全出口数", minimum: 2 } });
    const { doc: out, report } = upgradeItem(doc, B2);
    expect(report.changed.map((f) => f.pointer)).toEqual([exitsAt]);
    const B3 = item("fire", 3, { exits: { type: "integer", title: "安全出口数" } });
    const r3 = upgradeItem(out, B3);
    const [, merged] = holder(r3.doc, "shop", "/properties/remark")!;
    expect(merged).toEqual([{ item: "shop", pointer: "/properties/remark" }]);
    expect(holder(r3.doc, "fire", "/properties/note")).toBeUndefined();
  });

  it("a new field joins its merged field; only a new weak suggestion needs a decision, and a recorded decision settles it", () => {
    const B = item("fire", 1, { ent: { type: "string", title: "企业名称" }, tel: { type: "string", title: "联系电话" } });
    const doc0: Json = { key: "kaidian", audience: "enterprise", guide: { applicability: {} }, items: [A1, B] };
    const doc = { ...doc0, form: mergeForms(bundleSources(doc0)).form };
    const A2 = item("shop", 2, { ...(A1.form as { schema: { properties: Record<string, Json> } }).schema.properties,
      shopName: { type: "string", title: "店铺名称" }, phone: { type: "string", title: "联系电话" } });
    const first = upgradeItem(doc, A2);
    const [telAt, telRefs] = holder(first.doc, "fire", "/properties/tel")!;
    expect(telRefs.map((r) => r.item).sort()).toEqual(["fire", "shop"]);
    expect(first.report.joined.map((f) => f.pointer)).toEqual([telAt]);
    expect(first.report.needsDecision).toHaveLength(1);
    const [s] = first.report.needsDecision;
    expect(s!.sources.map((r) => `${r.item}#${r.pointer}`).sort()).toEqual(["fire#/properties/ent", "shop#/properties/shopName"]);
    const rejected = upgradeItem({ ...doc, form: { ...doc.form, decisions: { [s!.id]: "reject" } } }, A2);
    expect(rejected.report.needsDecision).toEqual([]);
    expect(holder(rejected.doc, "shop", "/properties/shopName")![1]).toHaveLength(1);
    const accepted = upgradeItem({ ...doc, form: { ...doc.form, decisions: { [s!.id]: "accept" } } }, A2);
    expect(accepted.report.needsDecision).toEqual([]);
    expect(holder(accepted.doc, "shop", "/properties/shopName")![1].map((r) => r.item).sort()).toEqual(["fire", "shop"]);
  });

  it("refuses an item the one-thing does not use", () => {
    expect(() => upgradeItem(bundle(), item("other", 2, {}))).toThrow(/other/);
  });
});

describe("upgradeItem: a version that re-keys, renames or moves a source field (tryout #22)", () => {
  const person = (phone: Record<string, Json>): Record<string, Json> =>
    ({ sqr: { type: "object", title: "申请人", properties: { xm: { type: "string", title: "姓名" }, sfzh: { type: "string", title: "身份证号码" }, ...phone } } });
  const A1 = item("a", 1, person({ sj: { type: "string", title: "手机" } }));
  const B1 = item("b", 1, person({ lxdh: { type: "string", title: "联系电话" } }));
  const A2 = item("a", 2, person({ mobile: { type: "string", title: "手机" } }));
  const doc0: Json = { key: "k", audience: "person", guide: { applicability: {} }, items: [A1, B1] };
  /** The phone fields of a smart form (by their merged label) with their sources. */
  const phoneFields = (doc: Json) => Object.entries((doc.form as Json).provenance as Record<string, Refs>)
    .filter(([p]) => /电话|手机/.test(String(p.split("/").slice(1).reduce<Json>((n, s) => n[s] as Json, (doc.form as Json).schema as Json).title)))
    .map(([, refs]) => refs.map((r) => `${r.item}#${r.pointer}`).sort());
  const mobileAt = "/properties/sqr/properties/mobile", sjAt = "/properties/sqr/properties/sj", lxdhAt = "/properties/sqr/properties/lxdh";

  it("an accepted phone suggestion follows the re-keyed 手机: one phone field, the decision renamed, nothing to decide", () => {
    const [s] = mergeForms(bundleSources(doc0)).suggestions.filter((x) => x.sources.some((r) => r.pointer === sjAt));
    const decisions = { [s!.id]: "accept" as const };
    const doc = { ...doc0, form: { ...mergeForms(bundleSources(doc0), { decisions }).form, decisions } };
    expect(phoneFields(doc)).toEqual([[`a#${sjAt}`, `b#${lxdhAt}`]]);
    const { doc: out, report } = upgradeItem(doc, A2);
    expect(phoneFields(out)).toEqual([[`a#${mobileAt}`, `b#${lxdhAt}`]]);
    expect(Object.keys((out.form as Json).decisions as Json)).toEqual([s!.id.replace(`a#${sjAt}`, `a#${mobileAt}`)]);
    expect(report.added).toEqual([]);
    expect(report.removed).toEqual([]);
    expect(report.needsDecision).toEqual([]);
    // The next merge of the upgraded one-thing replays the renamed decision: still one phone field.
    const again = mergeForms(bundleSources(out), recordedOptions(out.form as Json));
    expect(Object.values(again.form.provenance).filter((refs) => refs.some((r) => r.pointer === mobileAt || r.pointer === lxdhAt))).toHaveLength(1);
  });

  it("a hand merge follows the re-keyed field, and a field moved to another section stays in its merged field", () => {
    const merge: MergeEdit = { kind: "merge", refs: [{ item: "a", pointer: sjAt }, { item: "b", pointer: lxdhAt }], by: "王设计", at: "2026-01-01T00:00:00Z" };
    const doc = { ...doc0, form: { ...mergeForms(bundleSources(doc0), { hand: [merge] }).form, edits: [merge] } };
    const { doc: out, report } = upgradeItem(doc, A2);
    expect(phoneFields(out)).toEqual([[`a#${mobileAt}`, `b#${lxdhAt}`]]);
    expect(((out.form as Json).edits as MergeEdit[])[0]!.refs).toEqual([{ item: "a", pointer: mobileAt }, { item: "b", pointer: lxdhAt }]);
    expect(report.needsDecision).toEqual([]);
    const A3 = item("a", 3, { ...person({}), lx: { type: "object", title: "联系方式", properties: { sj: { type: "string", title: "手机" } } } });
    const moved = upgradeItem(out, A3);
    expect(phoneFields(moved.doc)).toEqual([["a#/properties/lx/properties/sj", `b#${lxdhAt}`]]);
    expect(moved.report.added).toEqual([]);
  });

  it("a removed field and an added field that ask different data are not paired: the phone leaves, the fax comes in", () => {
    const doc = { ...doc0, form: mergeForms(bundleSources(doc0)).form };
    const { doc: out, report } = upgradeItem(doc, item("a", 2, person({ cz: { type: "string", title: "传真" } })));
    expect(phoneFields(out)).toEqual([[`b#${lxdhAt}`]]);
    expect(report.added.map((f) => f.title)).toEqual(["传真"]);
    expect(report.removed.length).toBe(1);
  });
});

describe("recordDecision", () => {
  it("keeps earlier decisions and the rest of the form", () => {
    const form = { schema: {}, decisions: { a: "accept" as const } };
    expect(recordDecision(form, "b", "reject")).toEqual({ schema: {}, decisions: { a: "accept", b: "reject" } });
    expect(form.decisions).toEqual({ a: "accept" });
  });
});
