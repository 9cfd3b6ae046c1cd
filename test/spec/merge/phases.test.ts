// The merge's named phases one by one (spec/merge/phases): source order and ids, party views and the roles a form
// keeps apart, which roles may be one person, licence-specific data in clustering, decisions that never join two
// fields of one form, hand edits replayed in order, open roles laid out with their first form, section keys.
import { describe, expect, it } from "vitest";
import { say } from "../../../spec/bilingual.js";
import { EMPTY_EXTENSIONS, indexExtensions } from "../../../spec/dictionary/extensions.js";
import { bindSources, checkSourceIds, isLicenceOwn, sortSources } from "../../../spec/merge/phases/bind-sources.js";
import { compatibleRoles, partyViews, separatedRoles, sectionEdges } from "../../../spec/merge/phases/align-parties.js";
import { clusterStrong } from "../../../spec/merge/phases/cluster.js";
import { decideEdges } from "../../../spec/merge/phases/decide.js";
import { collectFields } from "../../../spec/merge/phases/fields.js";
import { handOverrides, handSplits } from "../../../spec/merge/phases/hand.js";
import { sectionKeys } from "../../../spec/merge/phases/role-sections.js";
import { MergeInputError, type MergeSource } from "../../../spec/merge/index.js";

const s = (title: string, extra: Record<string, unknown> = {}) => ({ type: "string", title, ...extra });
const sec = (title: string, properties: Record<string, unknown>) => ({ type: "object", title, properties });
const src = (id: string, properties: Record<string, unknown>, order?: number): MergeSource => ({ id, audience: "person", ...(order !== undefined ? { order } : {}), form: { schema: { type: "object", properties } } });
const person = { xm: s("姓名"), sfzh: s("身份证号") };
const edit = (kind: "merge" | "split" | "rebind", refs: string[], extra = {}) => ({ kind, refs: refs.map((r) => ({ item: r.split("#")[0]!, pointer: r.split("#")[1]! })), by: "李四", at: "2026-12-02T10:00:00.000Z", ...extra });

describe("bind-sources", () => {
  it("refuses bad and duplicate ids, and orders sources by (order, id) whatever the input order", () => {
    expect(() => checkSourceIds([src("A", {}), src("b", {}), src("b", {})])).toThrow(MergeInputError);
    expect(sortSources([src("b", {}, 1), src("c", {}), src("a", {}, 1)]).map((x) => x.id)).toEqual(["c", "a", "b"]);
  });
  it("a permit's items are licence-specific; the 经营范围 of a permit form too, the licence's not", () => {
    const b = { pointer: "/x", title: "经营范围", role: "enterprise", element: "bizScope", confidence: 1, reason: say("", "") };
    expect(isLicenceOwn({ ...b, element: "licensedItems" }, "公司登记")).toBe(true);
    expect(isLicenceOwn(b, "旅行社业务经营许可申请书")).toBe(true);
    expect(isLicenceOwn(b, "公司登记（备案）申请书")).toBe(false);
  });
});

describe("align-parties", () => {
  const bound = bindSources([src("a", { p: sec("受种人", person), q: sec("家长", { xm: s("姓名"), dh: s("联系电话") }) }), src("b", { c: sec("儿童", person) })], {}, EMPTY_EXTENSIONS);
  const views = partyViews(bound);
  it("groups bound fields into one view per (form, section, role)", () => {
    expect(views.map((v) => [v.item, v.pointer, v.role, [...v.fields.keys()].join(",")])).toEqual([
      ["a", "/properties/p", "?受种人", "name,idNumber"], ["a", "/properties/q", "?家长", "name,contactPhone"], ["b", "/properties/c", "child", "name,idNumber"],
    ]);
  });
  it("a form that asks for two people keeps their roles apart; dictionary roles stay apart; a rejected pair too", () => {
    expect(separatedRoles(views).has("?受种人~?家长")).toBe(true);
    expect(compatibleRoles("?受种人", "child", new Set(), EMPTY_EXTENSIONS)).toBe(true);
    expect(compatibleRoles("declarant", "receiver", new Set(), EMPTY_EXTENSIONS)).toBe(true); // generic 申报人: context may decide
    expect(compatibleRoles("legalRep", "financeOfficer", new Set(), EMPTY_EXTENSIONS)).toBe(false);
    expect(compatibleRoles("?受种人", "child", new Set(), indexExtensions([{ kind: "never-merge", a: "child", b: "?受种人" }]))).toBe(false);
  });
  it("an officer is never an unknown person word that is no officer's title, either way round; an officer's title may be", () => {
    expect(compatibleRoles("legalRep", "?缴销人", new Set(), EMPTY_EXTENSIONS)).toBe(false);
    expect(compatibleRoles("?办理人", "financeOfficer", new Set(), EMPTY_EXTENSIONS)).toBe(false);
    expect(compatibleRoles("legalRep", "?清算组负责人", new Set(), EMPTY_EXTENSIONS)).toBe(true);
    // Not an officer: the unknown word may still be the person the form is about.
    expect(compatibleRoles("child", "?受种人", new Set(), EMPTY_EXTENSIONS)).toBe(true);
  });
  it("no section suggestion between two officers' titles (an unknown 安全管理负责人 and the dictionary's 消防安全责任人): two posts", () => {
    const ent = (id: string, title: string) => ({ id, audience: "enterprise" as const, form: { schema: { type: "object", properties: { mc: s("单位名称"), p: sec(title, person) } } } });
    const v = partyViews(bindSources([ent("a", "安全管理负责人"), ent("b", "消防安全责任人")], {}, EMPTY_EXTENSIONS));
    expect(v.map((x) => x.role)).toEqual(["?安全管理负责人", "fireSafetyResponsible"]);
    expect(sectionEdges(v, separatedRoles(v), EMPTY_EXTENSIONS)).toEqual([]);
    // Nor between a post and a person word that names no post (清算组负责人 / 缴销人, 治安保卫负责人 / 投资人: wrong in the
    // truth of two evaluation sets, right in none); two person words that name no post are still suggested.
    const w = partyViews(bindSources([ent("a", "安全管理负责人"), ent("c", "缴销人")], {}, EMPTY_EXTENSIONS));
    expect(sectionEdges(w, separatedRoles(w), EMPTY_EXTENSIONS)).toEqual([]);
    const x = partyViews(bindSources([ent("a", "投资人"), ent("c", "缴销人")], {}, EMPTY_EXTENSIONS));
    expect(new Set(sectionEdges(x, separatedRoles(x), EMPTY_EXTENSIONS).map((e) => e.group))).toEqual(new Set(["party:a#/properties/p~c#/properties/p"]));
  });
  it("one section suggestion per pair of similar sections, with its field pairs and what a decision teaches", () => {
    const edges = sectionEdges(views, separatedRoles(views), EMPTY_EXTENSIONS);
    expect(new Set(edges.map((e) => e.group))).toEqual(new Set(["party:a#/properties/p~b#/properties/c"]));
    expect(edges[0]!.pairs!.map((p) => p.label.zh)).toEqual(["姓名", "身份证件号码"]);
    expect(edges[0]!.pairs!.map((p) => p.label.en)).toEqual(["name", "idNumber"]);
    expect(edges[0]!.learn).toEqual({ a: "?受种人", b: "child" });
  });
});

describe("cluster and decide", () => {
  it("clusters strong fields by key, but never a licence's own data across items, nor a split field", () => {
    const b = bindSources([src("a", { fr: sec("法定代表人", person) }), src("b", { fr: sec("法定代表人", person) })], {}, EMPTY_EXTENSIONS);
    const c = clusterStrong(b.nodes, EMPTY_EXTENSIONS, new Set(["b#/properties/fr/properties/xm"]));
    expect(c.uf.find(1)).toBe(c.uf.find(3)); // 证件号码 merged
    expect(c.uf.find(0)).not.toBe(c.uf.find(2)); // 姓名 of b was split out
    b.nodes[1]!.own = true;
    expect(clusterStrong(b.nodes, EMPTY_EXTENSIONS, new Set()).uf.find(1)).not.toBe(clusterStrong(b.nodes, EMPTY_EXTENSIONS, new Set()).uf.find(3));
  });
  it("never applies a suggestion that would join two fields of one form", () => {
    const b = bindSources([src("a", { x: s("甲"), y: s("乙") })], {}, EMPTY_EXTENSIONS);
    const c = clusterStrong(b.nodes, EMPTY_EXTENSIONS, new Set());
    const { decided } = decideEdges(b.nodes, c.uf, [{ a: b.nodes[0]!, b: b.nodes[1]!, kind: "same-label", confidence: 0.6, message: say("", "") }], {}, new Set());
    expect(decided).toEqual([]);
    expect(c.uf.find(0)).not.toBe(c.uf.find(1));
  });
});

describe("hand edits", () => {
  it("a field's latest edit wins: merged then split is split; split then merged is merged", () => {
    expect([...handSplits([edit("merge", ["a#/x", "b#/y"]), edit("split", ["b#/y"])])]).toEqual(["b#/y"]);
    expect([...handSplits([edit("split", ["b#/y"]), edit("merge", ["a#/x", "b#/y"])])]).toEqual([]);
  });
  it("re-bindings become overrides, the latest per field", () => {
    expect(handOverrides([edit("rebind", ["a#/x"], { element: "mobile" }), edit("rebind", ["a#/x"], { role: "agent", element: "name" })])).toEqual({ "a#/x": { role: "agent", element: "name" } });
  });
});

describe("fields and sections", () => {
  it("a person the dictionary has no word for keeps the first form's section; section keys are unique", () => {
    const b = bindSources([src("a", { zg: sec("缴存人员", person) }), src("b", { zg: sec("缴存人员", person) })], {}, EMPTY_EXTENSIONS);
    const c = clusterStrong(b.nodes, EMPTY_EXTENSIONS, new Set());
    const placed = collectFields(b.nodes, c.uf);
    expect(placed.roleFields).toEqual([]);
    expect(placed.sharedLabel.map((g) => g.nodes.map((n) => n.item))).toEqual([["a", "b"], ["a", "b"]]);
    const n = b.nodes[0]!;
    expect(sectionKeys([{ role: "legalRep", element: "name", nodes: [n] }, { role: "?甲", element: "name", nodes: [n] }, { role: "?乙", element: "name", nodes: [n] }])).toEqual(new Map([["legalRep", "legalRep"], ["?甲", "a-zg"], ["?乙", "a-zg-2"]]));
  });
});
