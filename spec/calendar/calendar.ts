// Working-day calendar (工作日历): time limits of government services are counted in working days, which skip
// weekends and statutory holidays but include the make-up working days (调休上班) the State Council announces
// each year. All arithmetic is pure and explicit about the time zone: a "day" is a local calendar day in the
// calendar's zone (Asia/Shanghai by default), and a deadline is the end of office hours (17:30 by default) of
// the last working day. No Date.now(): callers pass the instants.
import { z } from "zod";
import { Id } from "../common.js";
import { schemaMessage } from "../issue-messages.js";

/** A local calendar date, "YYYY-MM-DD". */
export const IsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, schemaMessage("日期格式应为 YYYY-MM-DD", "A date must be YYYY-MM-DD"));

/** A calendar as a spec document, so that a deployment can override or extend the national data. */
export const CalendarSpecSchema = z
  .object({
    id: Id,
    name: z.string().optional(),
    extends: Id.optional().describe("base calendar whose holidays and make-up workdays this one adds to, e.g. 'cn'"),
    timeZone: z.string().min(1).default("Asia/Shanghai"),
    workdayEnd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, schemaMessage("下班时间格式应为 HH:MM", "The closing time must be HH:MM")).default("17:30").describe("a deadline is this local time on its last working day"),
    weekend: z.array(z.number().int().min(0).max(6)).default([0, 6]).describe("days of the week off: 0 = Sunday … 6 = Saturday"),
    holidays: z.array(IsoDate).default([]).describe("days off (法定节假日, including the days moved by 调休)"),
    workdays: z.array(IsoDate).default([]).describe("make-up working days on a weekend (调休上班)"),
  })
  .meta({ title: "yijian 工作日历 v1" });
export type CalendarSpec = z.infer<typeof CalendarSpecSchema>;
export type CalendarSpecInput = z.input<typeof CalendarSpecSchema>;

/** A calendar ready for arithmetic. */
export interface WorkingCalendar {
  id: string;
  name: string;
  timeZone: string;
  /** Minutes after local midnight at which a working day ends. */
  workdayEndMinutes: number;
  weekend: ReadonlySet<number>;
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  /** Years for which the holiday data is known; outside them only weekends are skipped. */
  years: ReadonlySet<number>;
  /** Years whose days off are derived from the law, not from a published arrangement (调休 unknown yet). */
  provisionalYears?: ReadonlySet<number>;
}

const DAY_MS = 86_400_000;

/** Compiles a calendar spec, on top of a base calendar when it extends one. */
export function compileCalendar(input: CalendarSpecInput, base?: WorkingCalendar): WorkingCalendar {
  const spec = CalendarSpecSchema.parse(input);
  const [h, m] = spec.workdayEnd.split(":").map(Number) as [number, number];
  const holidays = new Set([...(base?.holidays ?? []), ...spec.holidays]);
  const workdays = new Set([...(base?.workdays ?? []), ...spec.workdays]);
  for (const d of spec.workdays) holidays.delete(d);
  for (const d of spec.holidays) workdays.delete(d);
  const years = new Set([...(base?.years ?? []), ...[...holidays, ...workdays].map((d) => Number(d.slice(0, 4)))]);
  return {
    id: spec.id,
    name: spec.name ?? base?.name ?? spec.id,
    timeZone: spec.timeZone,
    workdayEndMinutes: h * 60 + m,
    weekend: new Set(spec.weekend),
    holidays,
    workdays,
    years,
    ...(base?.provisionalYears ? { provisionalYears: base.provisionalYears } : {}),
  };
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function localParts(instant: Date, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return { y: p.year!, mo: p.month!, d: p.day!, h: p.hour!, mi: p.minute!, s: p.second! };
}

/** Offset of the zone from UTC at an instant, in minutes (Asia/Shanghai: +480, no daylight saving since 1991). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The local calendar date ("YYYY-MM-DD") of an instant in the calendar's zone. */
export function localDate(instant: Date | string, cal: Pick<WorkingCalendar, "timeZone">): string {
  const p = localParts(toInstant(instant), cal.timeZone);
  return `${p.y}-${String(p.mo).padStart(2, "0")}-${String(p.d).padStart(2, "0")}`;
}

/** Parses an instant given as a Date or an ISO string; refuses invalid ones rather than computing nonsense. */
export function toInstant(value: Date | string): Date {
  const d = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a valid instant: ${String(value)}`);
  return d;
}

/** Shifts a local date by whole days. */
export function shiftDate(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** Whether a local date is a working day: a make-up workday, or a weekday that is not a holiday. */
export function isWorkingDay(date: string, cal: WorkingCalendar): boolean {
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
  return !cal.weekend.has(dow);
}

/** The instant at which office hours end on a local date (the deadline instant of that day). */
export function endOfWorkingDay(date: string, cal: WorkingCalendar): Date {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const naive = Date.UTC(y, mo - 1, d, 0, cal.workdayEndMinutes);
  let t = naive - zoneOffsetMinutes(new Date(naive), cal.timeZone) * 60_000;
  t = naive - zoneOffsetMinutes(new Date(t), cal.timeZone) * 60_000;
  return new Date(t);
}

const MAX_DAYS = 3660;

/**
 * The local date on which something that arrives at an instant counts as received: that day when it is a working
 * day and office hours have not ended, else the next working day (an online submission at 20:00 or on Sunday is
 * received the next working morning, as at a window).
 */
export function receiptDate(start: Date | string, cal: WorkingCalendar): string {
  let date = localDate(start, cal);
  if (isWorkingDay(date, cal) && toInstant(start).getTime() > endOfWorkingDay(date, cal).getTime()) date = shiftDate(date, 1);
  for (let i = 0; !isWorkingDay(date, cal) && i < MAX_DAYS; i++) date = shiftDate(date, 1);
  return date;
}

/**
 * Deadline of a limit of n working days starting at an instant: the end of office hours of the n-th working
 * day after the receipt date (the receipt day itself is not counted, as 自受理之日起 limits are read).
 * n = 0 (即办件) is the end of the receipt day — never an instant already past.
 */
export function addWorkingDays(start: Date | string, n: number, cal: WorkingCalendar): Date {
  if (!Number.isInteger(n) || n < 0 || n > MAX_DAYS) throw new RangeError(`A number of working days must be a whole number from 0 to ${MAX_DAYS}, not ${n}`);
  let date = receiptDate(start, cal);
  let left = n;
  while (left > 0) {
    date = shiftDate(date, 1);
    if (isWorkingDay(date, cal)) left--;
  }
  return endOfWorkingDay(date, cal);
}

/** Working days from a to b: the working local dates d with date(a) < d ≤ date(b); negative when b is before a. */
export function workingDaysBetween(a: Date | string, b: Date | string, cal: WorkingCalendar): number {
  const from = localDate(a, cal);
  const to = localDate(b, cal);
  if (from === to) return 0;
  if (to < from) return -workingDaysBetween(b, a, cal);
  let count = 0;
  for (let d = shiftDate(from, 1), i = 0; d <= to && i <= 40 * MAX_DAYS; d = shiftDate(d, 1), i++) if (isWorkingDay(d, cal)) count++;
  return count;
}

/** The working local dates in [from, to], inclusive; for calendars in the UI and for checking the data. */
export function workingDatesInRange(from: string, to: string, cal: WorkingCalendar): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = shiftDate(d, 1)) if (isWorkingDay(d, cal)) out.push(d);
  return out;
}

/** SLA state of something due at dueAt, as inboxes show it: overdue, due within dueSoonDays working days, or on time. */
export function slaState(dueAt: Date | string, now: Date | string, cal: WorkingCalendar, dueSoonDays = 1): "on_time" | "due_soon" | "overdue" {
  const due = toInstant(dueAt);
  const at = toInstant(now);
  if (at.getTime() > due.getTime()) return "overdue";
  return workingDaysBetween(at, due, cal) <= dueSoonDays ? "due_soon" : "on_time";
}

/** Whether the calendar has holiday data for the year of a date (outside it, holidays would be missed). */
export function calendarCovers(date: string, cal: WorkingCalendar): boolean {
  return cal.years.has(Number(date.slice(0, 4)));
}

/** The years (in the calendar's time zone) of some instants whose days off are only derived from the law, so that a
 *  deadline in them is shown as provisional (the yearly arrangement may still move it). */
export function provisionalYearsOf(instants: ReadonlyArray<string | undefined>, cal: WorkingCalendar): number[] {
  if (!cal.provisionalYears?.size) return [];
  const years = instants.filter((x): x is string => !!x).map((x) => Number(localDate(x, cal).slice(0, 4)));
  return [...new Set(years.filter((y) => cal.provisionalYears!.has(y)))].sort();
}
