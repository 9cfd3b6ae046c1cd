// When to remind of a 容缺 deadline: at 9:00 Beijing on the working day 3 and 1 working days before the deadline's
// day (national calendar with holidays and 调休); a reminder whose time has already passed is not scheduled.
import { CN_CALENDAR, isWorkingDay, localDate, shiftDate } from "../../spec/calendar/index.js";

/** The reminder times before a deadline, later than `now`. */
export function promiseReminderTimes(deadline: string, now: Date, before: number[] = [3, 1]): Array<{ days: number; at: Date }> {
  const day = localDate(deadline, CN_CALENDAR);
  const out: Array<{ days: number; at: Date }> = [];
  for (const n of before) {
    let d = day;
    let counted = 0;
    for (let guard = 0; counted < n && guard < 60; guard++) {
      d = shiftDate(d, -1);
      if (isWorkingDay(d, CN_CALENDAR)) counted++;
    }
    const at = new Date(`${d}T09:00:00+08:00`);
    if (at > now) out.push({ days: n, at });
  }
  return out;
}
