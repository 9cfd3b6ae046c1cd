// Deadlines on the national working-day calendar (spec/calendar: holidays and 调休, Asia/Shanghai office hours).
import { addWorkingDays as addOnCalendar, CN_CALENDAR, slaState } from "../../spec/calendar/index.js";

/** The end of office hours of the `days`-th working day after `from`. */
export function addWorkingDays(from: Date, days: number): Date {
  return addOnCalendar(from, Math.max(0, Math.ceil(days)), CN_CALENDAR);
}

/** How a deadline stands: overdue, due within a working day, or on time. */
export function slaOf(dueAt: string | null, now: Date): "on_time" | "due_soon" | "overdue" | undefined {
  return dueAt ? slaState(dueAt, now, CN_CALENDAR) : undefined;
}
