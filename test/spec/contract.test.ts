import { describe, expect, it } from "vitest";
import { bundleMetaSchema, effectiveForm, evaluateCondition, pruneHidden, validateBundle, validateFormData, validateItem } from "../../spec/index.js";

const item = {
  schemaVersion: 1, kind: "item", id: "seal", task_name: "印章刻制备案", task_type: "10", by_law: "《印铸刻字业暨印章管理办法》",
  department: "psb", dept_name: "公安局", anticipate_day: 5, promise_day: 1, project_type: "2", serve_type: ["2"], handle_type: ["2"],
  form: { schema: { type: "object", properties: { entName: { type: "string", title: "企业名称" } }, required: ["entName"] } },
};
const bundle = {
  schemaVersion: 1, kind: "bundle", key: "demo", title: "演示", category: "企业开办", audience: "enterprise", lead: "samr",
  cooperating: ["psb"], items: [item],
  form: {
    schema: {
      type: "object", required: ["entName"],
      properties: { entName: { type: "string", title: "企业名称" }, seal: { type: "object", title: "印章", properties: { kind: { type: "string", title: "刻章种类" } } } },
    },
    rules: { "/properties/seal": { visibleIf: { "==": [{ var: "answers.needSeal" }, true] } } },
  },
};

describe("spec contract", () => {
  it("accepts a valid bundle and applies defaults", () => {
    const r = validateBundle(bundle);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.items[0]!.materials).toEqual([]);
  });

  it("reports every violation with its JSON pointer", () => {
    const bad = { ...bundle, lead: "Bad Id", items: [{ ...item, promise_day: 9, form: { schema: { type: "object", properties: { a: { type: "strin" } } } } }] };
    const r = validateBundle(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const pointers = r.problems.map((p) => p.pointer);
    expect(pointers).toContain("/lead");
    expect(pointers).toContain("/items/0/promise_day");
    expect(pointers.some((p) => p.startsWith("/items/0/form/schema"))).toBe(true);
  });

  it("rejects unknown JSON Logic operators where they stand", () => {
    const r = validateBundle({ ...bundle, guide: { questions: [], applicability: { seal: { frobnicate: [1] } } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.pointer).toBe("/guide/applicability/seal/frobnicate");
  });

  it("validates items on their own", () => {
    expect(validateItem(item).ok).toBe(true);
    expect(validateItem({ ...item, kind: "bundle" }).ok).toBe(false);
  });

  it("evaluates conditions over answers and data", () => {
    expect(evaluateCondition({ "==": [{ var: "answers.t" }, "company"] }, { answers: { t: "company" } })).toBe(true);
    expect(evaluateCondition({ ">": [{ var: "data.n" }, 3] }, { data: { n: 1 } })).toBe(false);
    expect(evaluateCondition(undefined, {})).toBe(true);
  });

  it("hides fields whose rule fails and prunes their data", () => {
    const f = validateBundle(bundle);
    if (!f.ok) throw new Error("invalid");
    const eff = effectiveForm(f.value.form, { answers: { needSeal: false } });
    expect(eff.hidden).toEqual(["/properties/seal"]);
    expect(pruneHidden({ entName: "x", seal: { kind: "a" } }, eff.hidden)).toEqual({ entName: "x" });
    expect(Object.keys((effectiveForm(f.value.form, { answers: { needSeal: true } }).schema.properties as object))).toContain("seal");
  });

  it("lists every data error with field label and pointer", () => {
    const errors = validateFormData(bundle.form.schema, { seal: { kind: 3 } });
    expect(errors.map((e) => e.pointer).sort()).toEqual(["/entName", "/seal/kind"]);
    expect(errors.find((e) => e.pointer === "/entName")!.field).toBe("企业名称");
    expect(errors.find((e) => e.pointer === "/seal/kind")!.field).toBe("印章 / 刻章种类");
  });

  it("exports a JSON meta-schema", () => {
    const m = bundleMetaSchema();
    expect((m.properties as Record<string, unknown>).items).toBeDefined();
  });
});
