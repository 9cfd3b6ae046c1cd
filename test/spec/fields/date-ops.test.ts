// Derived dates in the one rule language: date_add / years_between / days_between / today, the same in the
// browser and on the server. Properties hold for any calendar date; month ends clamp; a forged derived date is
// refused with its pointer; "today" is Beijing's and follows the field clock the server's test clock sets.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkCondition, evaluateCondition, evaluateExpression } from "../../../spec/conditions.js";
import { dateAdd, daysBetween, yearsBetween } from "../../../spec/fields/date-ops.js";
import { applyComputed, computedProblems } from "../../../spec/fields/index.js";
import { setFieldClock } from "../../../spec/fields/today.js";

const isoDate = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("date operators", () => {
  it("adding n days and counting the days back gives n, for any date (property)", () => {
    fc.assert(fc.property(isoDate, fc.integer({ min: -40000, max: 40000 }), (d, n) => {
      expect(daysBetween(d, dateAdd(d, n, "days"))).toBe(n);
    }));
  });

  it("a date n years later is n whole years later and the day before is not yet (property); 29 February clamps", () => {
    fc.assert(fc.property(isoDate.filter((d) => !d.endsWith("-02-29")), fc.integer({ min: 1, max: 120 }), (d, n) => {
      const later = dateAdd(d, n, "years")!;
      expect(yearsBetween(d, later)).toBe(n);
      expect(yearsBetween(d, dateAdd(later, -1, "days"))).toBe(n - 1);
    }));
    expect(dateAdd("2024-02-29", 4, "years")).toBe("2028-02-29");
    expect(yearsBetween("2024-02-29", "2025-02-28")).toBe(0);
    expect(yearsBetween("2024-02-29", "2025-03-01")).toBe(1);
  });

  it("clamps month ends and refuses what is not a date or not a whole amount", () => {
    expect(dateAdd("2026-01-31", 1, "months")).toBe("2026-02-28");
    expect(dateAdd("2024-02-29", 1, "years")).toBe("2025-02-28");
    expect(dateAdd("2026-12-02", 2, "weeks")).toBe("2026-12-16");
    expect(dateAdd("2026-12-02", "3", "days")).toBe("2026-12-05");
    expect(dateAdd("2026-02-30", 1, "days")).toBeNull();
    expect(dateAdd("2026-12-02", 1.5, "days")).toBeNull();
    expect(dateAdd("2026-12-02", 1, "fortnights")).toBeNull();
    expect(yearsBetween("2000-03-01", "2018-02-28")).toBe(17);
    expect(yearsBetween("2000-03-01", "2018-03-01")).toBe(18);
    expect(yearsBetween("", "2018-03-01")).toBeNull();
  });

  it("are known to the static check, so a rule using them saves", () => {
    expect(checkCondition({ ">=": [{ years_between: [{ var: "data.birthDate" }, { today: [] }] }, 18] })).toEqual([]);
    expect(checkCondition({ date_plus: [{ var: "data.d" }, 1] })[0]?.message).toEqual({ zh: '未知的运算符 "date_plus"', en: 'Unknown operator "date_plus"' });
  });

  it("today is Beijing's date and follows the field clock, also inside an already-built rule", () => {
    const rule = { ">=": [{ years_between: [{ var: "data.birthDate" }, { today: [] }] }, 18] };
    const restore = setFieldClock(() => Date.parse("2026-12-01T16:30:00Z")); // 00:30 on 2 December in Beijing
    try {
      expect(evaluateExpression({ today: [] }, {})).toBe("2026-12-02");
      expect(evaluateCondition(rule, { data: { birthDate: "2008-12-02" } })).toBe(true);
      setFieldClock(() => Date.parse("2026-12-01T15:30:00Z")); // still 1 December in Beijing
      expect(evaluateCondition(rule, { data: { birthDate: "2008-12-02" } })).toBe(false);
    } finally {
      setFieldClock(restore);
    }
  });
});

describe("derived dates in computed fields", () => {
  const schema = {
    type: "object",
    properties: {
      licence: {
        type: "object", title: "证照信息",
        properties: {
          issued: { type: "string", title: "签发日期", format: "date" },
          validYears: { type: "integer", title: "有效期（年）", enum: [5, 10, 20] },
          validUntil: { type: "string", title: "有效期至", format: "date", "x-compute": { date_add: [{ var: "data.licence.issued" }, { var: "data.licence.validYears" }, "years"] } },
        },
      },
    },
  };

  it("fills the derived date as the applicant types and leaves it empty until both inputs are there", () => {
    expect(applyComputed(schema, { licence: { issued: "2026-12-02" } })).toEqual({ licence: { issued: "2026-12-02" } });
    expect(applyComputed(schema, { licence: { issued: "2026-12-02", validYears: 10 } })).toEqual({ licence: { issued: "2026-12-02", validYears: 10, validUntil: "2036-12-02" } });
  });

  it("refuses a forged derived date at submit with its pointer and the value it should be", () => {
    const forged = { licence: { issued: "2026-12-02", validYears: 10, validUntil: "2046-12-02" } };
    const problems = computedProblems(schema, forged);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ pointer: "/licence/validUntil", keyword: "x-compute" });
    expect(problems[0]!.message).toContain("2036-12-02");
    expect(computedProblems(schema, applyComputed(schema, forged))).toEqual([]);
  });
});
