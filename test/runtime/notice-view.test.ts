import { describe, expect, it } from "vitest";
import type { Notice, NoticeItem } from "../../spec/guide.js";
import { promisedLimits, skippedByAnswers, statutoryTotals } from "../../runtime/portal/notice-view.js";

const item = (id: string, statutoryDays: number, statutoryUnit: NoticeItem["statutoryUnit"], promisedDays: number, promisedUnit: NoticeItem["promisedUnit"]): NoticeItem => ({
  id, name: id, department: "d", departmentName: "d", statutoryDays, statutoryUnit, promisedDays, promisedUnit, charges: [], visits: 0,
});
const notice = (over: Partial<Notice>): Notice => ({
  items: [], skippedItems: [], materials: [], free: true, statutoryDaysSequential: 0, promisedDaysParallel: 0, visits: 0, unanswered: [], ...over,
});

describe("the notice before every answer (tryout 8 #25)", () => {
  const guide = { applicability: { zufang: { "==": [{ var: "answers.zufang" }, true] }, always: false } };
  it("does not announce an item as not needed while its question is unanswered", () => {
    const n = notice({ skippedItems: [{ id: "zufang", name: "租赁住房备案登记表" }, { id: "always", name: "从不办理" }], unanswered: ["zufang"] });
    expect(skippedByAnswers(n, guide)).toEqual({ skipped: [{ id: "always", name: "从不办理" }], pending: [{ id: "zufang", name: "租赁住房备案登记表" }] });
  });
  it("announces it once the question is answered", () => {
    const n = notice({ skippedItems: [{ id: "zufang", name: "租赁住房备案登记表" }], unanswered: [] });
    expect(skippedByAnswers(n, guide)).toEqual({ skipped: [{ id: "zufang", name: "租赁住房备案登记表" }], pending: [] });
  });
  it("sums statutory limits per unit, so working days are never called days", () => {
    const n = notice({ items: [item("a", 15, "工作日", 10, "工作日"), item("b", 5, "工作日", 3, "工作日"), item("c", 30, "自然日", 20, "自然日")] });
    expect(statutoryTotals(n)).toEqual([{ unit: "工作日", days: 20 }, { unit: "自然日", days: 30 }]);
    expect(promisedLimits(n)).toEqual([{ unit: "工作日", days: 10 }, { unit: "自然日", days: 20 }]);
  });
  it("has no promised limit when every item is handled on the spot", () => {
    expect(promisedLimits(notice({ items: [item("a", 1, "工作日", 0, "工作日")] }))).toEqual([]);
  });
});
