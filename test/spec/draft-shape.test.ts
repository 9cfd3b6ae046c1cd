// What a one-thing draft must be to be stored (spec/draft-shape.ts), what a new item leaves for the department to
// decide (editor/items/newItem.ts), problems naming their item, and the department picker's matching by any name.
import { describe, expect, it } from "vitest";
import { draftShapeProblems } from "../../spec/draft-shape.js";
import { validateBundle, validateItem } from "../../spec/spec-validation.js";
import { blankItem } from "../../editor/items/newItem.js";
import { departmentLabel, departmentMatches, departmentOptions } from "../../runtime/shared/departments.js";
import { fixtureBundle } from "../fixtures/bundle.js";

describe("draftShapeProblems", () => {
  it("stores an unfinished one-thing whatever it still lacks", () => {
    const doc = fixtureBundle("wip") as Record<string, any>;
    doc.items[0].by_law = "";
    delete doc.items[0].promise_day;
    doc.flow.nodes[1].data.department = "";
    expect(draftShapeProblems(doc)).toEqual([]);
    expect(validateBundle(doc, { draft: true }).ok).toBe(false);
    expect(draftShapeProblems({ schemaVersion: 1, kind: "bundle", key: "blank" })).toEqual([]);
  });

  it("refuses what is not a one-thing, saying where", () => {
    const at = (doc: unknown) => draftShapeProblems(doc).map((p) => p.pointer);
    expect(at(null)).toEqual([""]);
    expect(at([fixtureBundle()])).toEqual([""]);
    expect(at({ ...fixtureBundle(), kind: "item" })).toEqual(["/kind"]);
    expect(at({ ...fixtureBundle(), schemaVersion: 2 })).toEqual(["/schemaVersion"]);
    expect(at({ ...fixtureBundle(), key: "Not A Key" })).toEqual(["/key"]);
    expect(at({ ...fixtureBundle(), items: {} })).toEqual(["/items"]);
    expect(at({ ...fixtureBundle(), items: [1] })).toEqual(["/items/0"]);
    expect(at({ ...fixtureBundle(), guide: [] })).toEqual(["/guide"]);
    expect(at({ ...fixtureBundle(), flow: { nodes: [], edges: [null] } })).toEqual(["/flow/edges/0"]);
    const bad = fixtureBundle() as Record<string, any>;
    bad.form.edits = [{ kind: "text" }];
    expect(at(bad)[0]).toMatch(/^\/form\/edits\/0/);
    const item = draftShapeProblems({ ...fixtureBundle(), kind: "item" })[0]!.message;
    expect(item.zh).toContain("事项文档");
    expect(item.en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("a new item", () => {
  it("leaves its time limits and legal basis empty: problems naming each, so it cannot be published", () => {
    const item = blankItem("item-1", "失业保险金申领", "hrss", "人力资源和社会保障局") as Record<string, unknown>;
    expect(item).not.toHaveProperty("anticipate_day");
    expect(item).not.toHaveProperty("promise_day");
    const r = validateItem(item);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.pointer).sort()).toEqual(["/anticipate_day", "/by_law", "/promise_day"]);
  });

  it("is named in a one-thing's problems, in both languages", () => {
    const doc = fixtureBundle() as Record<string, any>;
    doc.items.push(blankItem("item-3", "失业保险金申领", "hrss", "人力资源和社会保障局"));
    const r = validateBundle(doc);
    if (r.ok) throw new Error("expected problems");
    const promise = r.problems.find((p) => p.pointer === "/items/2/promise_day")!;
    expect(promise.message).toEqual({ zh: "事项「失业保险金申领」未填写承诺办结时限", en: "Item \"失业保险金申领\": Promised time limit is not filled in" });
  });
});

describe("the department picker", () => {
  const list = departmentOptions([
    { id: "hrss", name: "人力资源和社会保障局", nameEn: "Human Resources and Social Security", aliases: ["区人社局"] },
    { id: "ga-qczj", name: "区财政局", nameEn: "Qu Cai Zheng Ju (Guang'an District)" },
  ], "zh-CN");

  it("shows one canonical name with the short names in brackets", () => {
    expect(list.map(departmentLabel)).toEqual(["区财政局", "人力资源和社会保障局（区人社局）"]);
  });

  it("finds a department by its full name, its short name or its id", () => {
    const find = (q: string) => list.filter((d) => departmentMatches(d, q)).map((d) => d.id);
    expect(find("区人社局")).toEqual(["hrss"]);
    expect(find("人力资源")).toEqual(["hrss"]);
    expect(find(" 人社 ")).toEqual(["hrss"]);
    expect(find("HRSS")).toEqual(["hrss"]);
    expect(find("区")).toEqual(["ga-qczj", "hrss"]);
    expect(find("")).toHaveLength(2);
    expect(find("公安")).toEqual([]);
  });

  it("in English, finds it by its Chinese names too", () => {
    const en = departmentOptions([{ id: "hrss", name: "人力资源和社会保障局", nameEn: "Human Resources and Social Security", aliases: ["区人社局"] }], "en");
    expect(en[0]).toEqual({ id: "hrss", name: "Human Resources and Social Security", aliases: ["人力资源和社会保障局", "区人社局"] });
    expect(departmentMatches(en[0]!, "区人社局")).toBe(true);
  });
});
