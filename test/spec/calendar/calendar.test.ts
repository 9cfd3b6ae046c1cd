import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays, CalendarError, CN_CALENDAR, compileCalendar, endOfWorkingDay, isWorkingDay, localDate, receiptDate, resolveCalendar, slaState, workingDatesInRange, workingDaysBetween,
} from "../../../spec/calendar/index.js";

const cn = CN_CALENDAR;

describe("national calendar data (2026 arrangement of the State Council)", () => {
  it("knows the Spring Festival: 15–23 Feb off, Sat 14 Feb and Sat 28 Feb are make-up workdays", () => {
    for (let d = 15; d <= 23; d++) expect(isWorkingDay(`2026-02-${d}`, cn), `2026-02-${d}`).toBe(false);
    expect(isWorkingDay("2026-02-14", cn)).toBe(true);
    expect(isWorkingDay("2026-02-28", cn)).toBe(true);
    expect(isWorkingDay("2026-02-13", cn)).toBe(true);
    expect(isWorkingDay("2026-02-24", cn)).toBe(true);
  });

  it("knows National Day: 1–7 Oct off, Sun 20 Sep and Sat 10 Oct are make-up workdays", () => {
    expect(workingDatesInRange("2026-10-01", "2026-10-07", cn)).toEqual([]);
    expect(isWorkingDay("2026-09-20", cn)).toBe(true);
    expect(isWorkingDay("2026-10-10", cn)).toBe(true);
    expect(isWorkingDay("2026-10-11", cn)).toBe(false);
    expect(isWorkingDay("2026-09-25", cn)).toBe(false); // 中秋
  });

  it("knows New Year and Labour Day 2026 and an ordinary weekend", () => {
    expect(isWorkingDay("2026-01-02", cn)).toBe(false);
    expect(isWorkingDay("2026-01-04", cn)).toBe(true); // Sunday make-up day
    expect(isWorkingDay("2026-05-05", cn)).toBe(false);
    expect(isWorkingDay("2026-05-09", cn)).toBe(true); // Saturday make-up day
    expect(isWorkingDay("2026-11-21", cn)).toBe(false); // plain Saturday
  });
});

describe("addWorkingDays", () => {
  it("ends at 17:30 Beijing time on the n-th working day, not counting the start day", () => {
    // Mon 23 Nov 2026 10:00 Beijing → 3 working days → Thu 26 Nov 17:30 Beijing = 09:30Z
    expect(addWorkingDays("2026-11-23T02:00:00Z", 3, cn).toISOString()).toBe("2026-11-26T09:30:00.000Z");
  });

  it("reads the start day in Asia/Shanghai, not UTC", () => {
    // 2026-11-22T20:00Z is already Monday 23 Nov 04:00 in Beijing
    expect(localDate("2026-11-22T20:00:00Z", cn)).toBe("2026-11-23");
    expect(addWorkingDays("2026-11-22T20:00:00Z", 1, cn).toISOString()).toBe("2026-11-24T09:30:00.000Z");
  });

  it("skips the Spring Festival and counts the make-up Saturdays", () => {
    // accepted Fri 13 Feb: day 1 = Sat 14 Feb (make-up), day 2 = Tue 24 Feb, …, day 5 = Fri 27 Feb, day 6 = Sat 28 Feb
    expect(localDate(addWorkingDays("2026-02-13T03:00:00Z", 1, cn), cn)).toBe("2026-02-14");
    expect(localDate(addWorkingDays("2026-02-13T03:00:00Z", 2, cn), cn)).toBe("2026-02-24");
    expect(localDate(addWorkingDays("2026-02-13T03:00:00Z", 6, cn), cn)).toBe("2026-02-28");
    expect(localDate(addWorkingDays("2026-02-13T03:00:00Z", 7, cn), cn)).toBe("2026-03-02");
  });

  it("skips National Day and counts Sun 20 Sep and Sat 10 Oct", () => {
    expect(localDate(addWorkingDays("2026-09-18T03:00:00Z", 1, cn), cn)).toBe("2026-09-20");
    expect(localDate(addWorkingDays("2026-09-30T03:00:00Z", 1, cn), cn)).toBe("2026-10-08");
    expect(localDate(addWorkingDays("2026-09-30T03:00:00Z", 3, cn), cn)).toBe("2026-10-10");
    expect(localDate(addWorkingDays("2026-09-30T03:00:00Z", 4, cn), cn)).toBe("2026-10-12");
  });

  it("treats 0 days (即办件) as the end of the same working day, or the next one", () => {
    expect(addWorkingDays("2026-11-23T02:00:00Z", 0, cn).toISOString()).toBe("2026-11-23T09:30:00.000Z");
    expect(localDate(addWorkingDays("2026-10-03T02:00:00Z", 0, cn), cn)).toBe("2026-10-08");
  });

  it("counts an online submission after office hours or on a day off from the next working day", () => {
    // Mon 23 Nov 2026 20:06 Beijing: received Tue 24 Nov; 即办件 due that evening, 1 day → Wed 25 Nov
    expect(receiptDate("2026-11-23T12:06:00Z", cn)).toBe("2026-11-24");
    expect(addWorkingDays("2026-11-23T12:06:00Z", 0, cn).toISOString()).toBe("2026-11-24T09:30:00.000Z");
    expect(localDate(addWorkingDays("2026-11-23T12:06:00Z", 1, cn), cn)).toBe("2026-11-25");
    // exactly at closing time still counts as that day; Fri 27 Nov 18:00 → Mon 30 Nov; Sat 3 Oct → Thu 8 Oct
    expect(receiptDate("2026-11-23T09:30:00Z", cn)).toBe("2026-11-23");
    expect(receiptDate("2026-11-27T10:00:00Z", cn)).toBe("2026-11-30");
    expect(receiptDate("2026-10-03T02:00:00Z", cn)).toBe("2026-10-08");
  });

  it("refuses nonsense", () => {
    expect(() => addWorkingDays("2026-11-23T02:00:00Z", -1, cn)).toThrow(RangeError);
    expect(() => addWorkingDays("not a date", 1, cn)).toThrow(RangeError);
  });

  it("is the inverse of workingDaysBetween (property)", () => {
    const start = Date.parse("2025-01-01T00:00:00Z");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 * 24 }), fc.integer({ min: 1, max: 60 }), (hours, n) => {
        const from = new Date(start + hours * 3_600_000);
        // counted from the receipt date: the same day within office hours, else the next working day
        const received = endOfWorkingDay(receiptDate(from, cn), cn);
        expect(workingDaysBetween(received, addWorkingDays(from, n, cn), cn)).toBe(n);
        expect(addWorkingDays(from, 0, cn).getTime()).toBeGreaterThanOrEqual(from.getTime());
      }),
    );
  });
});

describe("workingDaysBetween and SLA", () => {
  it("counts working days across the Spring Festival", () => {
    expect(workingDaysBetween("2026-02-13T03:00:00Z", "2026-02-24T03:00:00Z", cn)).toBe(2);
    expect(workingDaysBetween("2026-02-24T03:00:00Z", "2026-02-13T03:00:00Z", cn)).toBe(-2);
    expect(workingDaysBetween("2026-02-13T01:00:00Z", "2026-02-13T09:00:00Z", cn)).toBe(0);
  });

  it("tells on time, due soon and overdue", () => {
    const due = "2026-11-26T09:30:00Z";
    expect(slaState(due, "2026-11-23T02:00:00Z", cn)).toBe("on_time");
    expect(slaState(due, "2026-11-25T02:00:00Z", cn)).toBe("due_soon");
    expect(slaState(due, "2026-11-26T09:31:00Z", cn)).toBe("overdue");
  });
});

describe("deployment calendars", () => {
  it("extends the national calendar with local days off and a different closing time", () => {
    const local = resolveCalendar("cq", [{ id: "cq", extends: "cn", holidays: ["2026-11-24"], workdayEnd: "18:00" }]);
    expect(isWorkingDay("2026-11-24", local)).toBe(false);
    expect(isWorkingDay("2026-02-14", local)).toBe(true);
    expect(addWorkingDays("2026-11-23T02:00:00Z", 1, local).toISOString()).toBe("2026-11-25T10:00:00.000Z");
  });

  it("lets a spec turn a holiday into a workday and refuses unknown or cyclic calendars", () => {
    const c = compileCalendar({ id: "x", holidays: [], workdays: ["2026-11-21"] }, cn);
    expect(isWorkingDay("2026-11-21", c)).toBe(true);
    expect(() => resolveCalendar("nope")).toThrow(CalendarError);
    expect(reasonOf(() => resolveCalendar("nope"))).toEqual({ zh: "没有工作日历「nope」", en: 'Unknown calendar "nope"' });
    expect(reasonOf(() => resolveCalendar("a", [{ id: "a", extends: "b" }, { id: "b", extends: "a" }]))).toEqual({ zh: "工作日历「a」循环继承了自己", en: 'Calendar "a" extends itself' });
  });
});

/** The reason, in both languages, of the CalendarError a call throws. */
function reasonOf(call: () => unknown): unknown {
  try {
    call();
  } catch (err) {
    return err instanceof CalendarError ? err.reason : err;
  }
  return "no error";
}
