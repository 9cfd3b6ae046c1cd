// Tables with row validation and table constraints, and computed fields: totals are exact for decimal ratios,
// the constraint is reported on the table, and computed values are the same whether filled in the browser or
// recomputed on the server (one function) — a forged one is reported with its pointer.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyComputed, computedProblems, constraintIssues } from "../../../spec/fields/index.js";
import { validateFormData } from "../../../spec/form-data.js";

type Row = { name: string; ratio: number; amount?: number; share?: string };
type Filled = { gd: Row[]; total?: number };

const form = {
  type: "object",
  properties: {
    gd: {
      type: "array", title: "股东", minItems: 1, maxItems: 50,
      items: { type: "object", properties: { name: { type: "string", title: "姓名", minLength: 1 }, ratio: { type: "number", title: "出资比例", "x-kind": "percent", minimum: 0, maximum: 100 }, legal: { type: "boolean" }, amount: { type: "number", "x-kind": "money", "x-options": { unit: "万元" } }, share: { type: "string", "x-compute": { cat: [{ var: "row.name" }, "：", { var: "row.ratio" }, "%"] } } }, required: ["name", "ratio"] },
      "x-constraints": [
        { rule: { "==": [{ var: "sum.ratio" }, 100] }, message: "出资比例合计应为 100%" },
        { rule: { some: [{ var: "rows" }, { "==": [{ var: "legal" }, true] }] }, message: "至少一名法定代表人" },
      ],
    },
    total: { type: "number", title: "认缴出资总额", "x-kind": "money", "x-options": { unit: "万元" }, "x-compute": { reduce: [{ var: "data.gd" }, { "+": [{ var: "accumulator" }, { var: "current.amount" }] }, 0] } },
  },
};

/** Ratios in hundredths that add up to exactly 100.00. */
const ratiosTo100 = fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }).map((ws) => {
  const total = ws.reduce((a, b) => a + b, 0);
  const cents = ws.map((w) => Math.floor((w * 10000) / total));
  cents[0]! += 10000 - cents.reduce((a, b) => a + b, 0);
  return cents.map((c) => c / 100);
});

describe("tables", () => {
  it("holds 出资比例合计 = 100% for any decimal split (property) and refuses it once a row is off", () => {
    fc.assert(fc.property(ratiosTo100, (ratios) => {
      const rows = ratios.map((ratio, i) => ({ name: `股东${i}`, ratio, legal: i === 0 }));
      expect(constraintIssues(rows, form.properties.gd, {})).toEqual([]);
      const off = rows.map((r, i) => (i === 0 ? { ...r, ratio: Math.round((r.ratio + 0.01) * 100) / 100 } : r));
      expect(constraintIssues(off, form.properties.gd, {}).map((i) => i.message.zh)).toEqual(["出资比例合计应为 100%"]);
    }), { numRuns: 200 });
  });
  it("reports constraints on the table and row problems on their row", () => {
    const data = applyComputed(form, { gd: [{ name: "甲", ratio: 60 }, { name: "", ratio: 30 }] });
    const errors = validateFormData(form, data).map((e) => [e.pointer, e.message]);
    expect(errors).toContainEqual(["/gd", "出资比例合计应为 100%"]);
    expect(errors).toContainEqual(["/gd", "至少一名法定代表人"]);
    expect(errors.find(([p]) => p === "/gd/1/name")).toBeDefined();
  });
});

describe("computed fields", () => {
  it("fill the same values in the browser as the server recomputes (property), and a forged one is reported", () => {
    const rows = fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 4 }), ratio: fc.integer({ min: 0, max: 100 }), amount: fc.integer({ min: 0, max: 10_000_000 }).map((x) => x / 100) }), { maxLength: 8 });
    fc.assert(fc.property(rows, (gd) => {
      const filled = applyComputed(form, { gd }) as Filled;
      expect(computedProblems(form, filled)).toEqual([]);
      const expected = Math.round(gd.reduce((a, r) => a + r.amount, 0) * 1e6) / 1e6;
      expect(filled.total ?? 0).toBeCloseTo(expected, 6);
      filled.gd.forEach((r, i) => expect(r.share).toBe(`${gd[i]!.name}：${gd[i]!.ratio}%`));
    }), { numRuns: 200 });
    const filled = applyComputed(form, { gd: [{ name: "甲", ratio: 100, amount: 50 }] }) as Filled;
    expect(computedProblems(form, { ...filled, total: 5000 })).toEqual([
      { pointer: "/total", field: "认缴出资总额", keyword: "x-compute", message: "「认缴出资总额」由规则计算，应为 50，提交的是 5000", messageEn: "\"认缴出资总额\" is computed by a rule: it should be 50, not 5000" },
    ]);
    const forgedRow = structuredClone(filled);
    forgedRow.gd[0]!.share = "乙：1%";
    expect(computedProblems(form, forgedRow).map((p) => p.pointer)).toEqual(["/gd/0/share"]);
  });
});
