// Years whose holiday arrangement is not published yet: the national calendar derives the statutory days off from the
// law (全国年节及纪念日放假办法, 2024 revision), so that a deadline reaching into next year does not count 元旦 or 春节
// as working days, and marks those years provisional so that screens can say so.
import { describe, expect, it } from "vitest";
import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { addWorkingDays, CN_CALENDAR, isWorkingDay, provisionalYearsOf, statutoryHolidays } from "../../../spec/calendar/index.js";

const published = new Set(Object.keys(data.holidays));
const lastPublished = Math.max(...[...published].map((d) => Number(d.slice(0, 4))));

describe("statutory holidays of a year without a published arrangement", () => {
  it("are, for every year under the 2024 law that has a published arrangement, days off in it", () => {
    for (const year of [2025, 2026].filter((y) => y <= lastPublished)) {
      const derived = statutoryHolidays(year);
      expect(derived).toHaveLength(13);
      expect(derived.filter((d) => !published.has(d))).toEqual([]);
    }
  });

  it("give 2027 its 13 days: 元旦, 除夕 to 初三, 清明, 5 月 1–2 日, 端午, 中秋, 10 月 1–3 日", () => {
    expect(statutoryHolidays(2027)).toEqual([
      "2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05",
      "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15", "2027-10-01", "2027-10-02", "2027-10-03",
    ]);
  });

  it("are days off of the national calendar after the published years, which are provisional", () => {
    const next = lastPublished + 1;
    for (const d of statutoryHolidays(next)) expect(isWorkingDay(d, CN_CALENDAR)).toBe(false);
    expect(CN_CALENDAR.provisionalYears?.has(next)).toBe(true);
    expect(CN_CALENDAR.provisionalYears?.has(lastPublished)).toBe(false);
    expect(provisionalYearsOf([`${lastPublished}-12-01T02:00:00Z`, `${next}-01-04T09:30:00Z`, undefined], CN_CALENDAR)).toEqual([next]);
  });

  it("move a deadline over New Year: 20 working days from Saturday 5 December 2026 end no earlier than Tuesday 5 January 2027", () => {
    // 5 January while 2027's arrangement is unpublished; the published one can only add days off around 元旦
    expect(addWorkingDays("2026-12-05T02:00:00Z", 20, CN_CALENDAR).getTime()).toBeGreaterThanOrEqual(Date.parse("2027-01-05T09:30:00.000Z"));
  });
});
