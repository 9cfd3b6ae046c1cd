import { describe, expect, it } from "vitest";
import { bindForm, inspectForm, parseJsonText } from "../../../spec/binding/index.js";
import { MergeInputError, mergeForms } from "../../../spec/merge/index.js";

const merge = (schema: unknown) => mergeForms([{ id: "a", form: { schema } }]);
const problemsOf = (fn: () => unknown) => {
  try { fn(); } catch (e) { if (e instanceof MergeInputError) return e.problems; throw e; }
  throw new Error("expected a MergeInputError");
};

describe("bad input gets clear errors or warnings with pointers, never a crash or a hang", () => {
  it("$ref cycles are errors at the reference", () => {
    const schema = {
      type: "object",
      definitions: { person: { type: "object", title: "人员", properties: { xm: { type: "string", title: "姓名" }, self: { $ref: "#/definitions/person" } } } },
      properties: { fddbr: { $ref: "#/definitions/person" } },
    };
    const problems = problemsOf(() => merge(schema));
    expect(problems[0]).toMatchObject({ item: "a", pointer: "/properties/fddbr/properties/self/$ref" });
    expect(problems[0]!.message.zh).toMatch(/^\$ref 循环引用：/);
    expect(problems[0]!.message.en).toMatch(/^The \$ref references form a cycle: /);
  });
  it("local $refs resolve; external and dangling ones are errors", () => {
    const ok = inspectForm({ type: "object", $defs: { n: { type: "string", title: "姓名" } }, properties: { a: { $ref: "#/$defs/n" } } });
    expect(ok.leaves.map((l) => l.title)).toEqual(["姓名"]);
    const bad = inspectForm({ type: "object", properties: { a: { $ref: "https://example.com/x.json" }, b: { $ref: "#/nowhere" } } });
    expect(bad.problems.map((p) => [p.pointer, p.severity])).toEqual([["/properties/a/$ref", "error"], ["/properties/b/$ref", "error"]]);
  });
  it("unsupported keywords and missing titles are warnings naming the pointer", () => {
    const r = merge({ type: "object", properties: { x: { type: "string", oneOf: [{ const: "a" }] }, y: { type: "string", title: "姓名", if: {}, then: {} } } });
    const pointers = r.warnings.map((w) => w.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/properties/x/oneOf", "/properties/x", "/properties/y/if", "/properties/y/then"]));
    expect(r.warnings.every((w) => w.item === "a" && w.message.zh.length > 5 && w.message.en.length > 5)).toBe(true);
  });
  it("non-object roots and non-object fields are errors", () => {
    expect(problemsOf(() => merge([1, 2]))[0]).toMatchObject({ pointer: "" });
    expect(problemsOf(() => merge({ type: "string" }))[0]).toMatchObject({ pointer: "/type" });
    expect(problemsOf(() => merge({ type: "object", properties: { a: 5 } }))[0]).toMatchObject({ pointer: "/properties/a" });
  });
  it("duplicate source ids are refused", () => {
    const f = { schema: { type: "object", properties: {} } };
    expect(problemsOf(() => mergeForms([{ id: "a", form: f }, { id: "a", form: f }]))[0]!.message).toEqual({ zh: "来源 id 重复：a", en: "Duplicate source id: a" });
  });
  it("duplicate keys in the JSON text are reported with their pointer (JSON.parse would silently drop one)", () => {
    const r = parseJsonText('{"type":"object","properties":{"xm":{"type":"string","title":"姓名"},"xm":{"type":"string","title":"姓名2"}}}');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.duplicates).toEqual([expect.objectContaining({ pointer: "/properties/xm" })]);
  });
  it("non-JSON is an error with line and column", () => {
    const r = parseJsonText('{\n  "type": "object",\n  properties: {}\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ line: 3, column: 3 });
    expect(parseJsonText("").ok).toBe(false);
    expect(parseJsonText('{"a":1} x').ok).toBe(false);
    expect(parseJsonText("[".repeat(100_000)).ok).toBe(false);
  });
  it("a 10,000-field form is merged (with a size warning) without hanging", () => {
    const properties: Record<string, unknown> = {};
    for (let s = 0; s < 100; s++) {
      const fields: Record<string, unknown> = {};
      for (let f = 0; f < 100; f++) fields[`f${f}`] = { type: "string", title: `第${s}组第${f}项` };
      properties[`s${s}`] = { type: "object", title: `分组${s}`, properties: fields };
    }
    const schema = { type: "object", properties };
    const started = Date.now();
    // Identical unknown fields are same-label suggestions: applying all of them is the heaviest merge.
    const r = mergeForms([{ id: "a", form: { schema } }, { id: "b", form: { schema } }], { applySuggestions: true });
    expect(Object.keys(r.form.provenance)).toHaveLength(10_000);
    expect(r.warnings.some((w) => w.message.zh.includes("1000") || w.message.zh.includes("1,000") || /超过/.test(w.message.zh))).toBe(true);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
  it("deeply nested and self-similar inputs do not overflow", () => {
    let node: Record<string, unknown> = { type: "string", title: "姓名" };
    for (let i = 0; i < 200; i++) node = { type: "object", title: `层${i}`, properties: { n: node } };
    const r = inspectForm({ type: "object", properties: { root: node } });
    expect(r.problems.some((p) => p.severity === "error" && /嵌套/.test(p.message.zh))).toBe(true);
    expect(bindForm({ schema: null }).errors[0]!.pointer).toBe("");
  });
});
