// Date operators of the one rule language, for derived dates in computed fields (证件有效期至 = 签发日期 + 10 年,
// 年满 18 周岁, 办结期限) and in conditions: `date_add`, `years_between`, `days_between`, `today`. Dates are
// ISO YYYY-MM-DD calendar dates with no time zone; "today" is Beijing's. Arithmetic is date-fns's (month ends
// clamp: 2024-02-29 + 1 year = 2025-02-28), on UTC noon so no machine time zone can shift a day.
import { addDays, addMonths, addWeeks, addYears, differenceInCalendarDays, differenceInYears } from "date-fns";
import { isIsoDate, todayInBeijing } from "./today.js";

/** The units `date_add` takes. */
export const DATE_UNITS = ["days", "weeks", "months", "years"] as const;
type DateUnit = (typeof DATE_UNITS)[number];

const ADD: Record<DateUnit, (d: Date, n: number) => Date> = { days: addDays, weeks: addWeeks, months: addMonths, years: addYears };

function toDate(value: unknown): Date | undefined {
  return isIsoDate(value) ? new Date(`${value}T12:00:00Z`) : undefined;
}

function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `date + amount unit` as YYYY-MM-DD; null when the date is not a real date or the amount not an integer. */
export function dateAdd(date: unknown, amount: unknown, unit: unknown = "days"): string | null {
  const d = toDate(date);
  const n = typeof amount === "string" && amount.trim() !== "" ? Number(amount) : amount;
  if (!d || typeof n !== "number" || !Number.isInteger(n) || !DATE_UNITS.includes(unit as DateUnit)) return null;
  return toIso(ADD[unit as DateUnit](d, n));
}

/** Whole years from one date to another (an age: 2000-03-01 → 2018-02-28 is 17); null when either is not a date. */
export function yearsBetween(from: unknown, to: unknown): number | null {
  const a = toDate(from), b = toDate(to);
  return a && b ? differenceInYears(b, a) : null;
}

/** Calendar days from one date to another (negative when `to` is earlier); null when either is not a date. */
export function daysBetween(from: unknown, to: unknown): number | null {
  const a = toDate(from), b = toDate(to);
  return a && b ? differenceInCalendarDays(b, a) : null;
}

/** The operator names, for the static check of conditions and the designer's rule help. */
export const DATE_OPERATORS = ["date_add", "years_between", "days_between", "today"] as const;

interface MethodHost { addMethod(name: string, method: (args: unknown) => unknown, annotations?: { deterministic?: boolean }): void }

const list = (args: unknown): unknown[] => (Array.isArray(args) ? args : [args]);

/** Adds the date operators to a json-logic-engine instance (the one engine conditions and computed fields share). */
export function addDateOperators(engine: MethodHost): void {
  engine.addMethod("date_add", (args) => { const [d, n, u] = list(args); return dateAdd(d, n, u ?? "days"); }, { deterministic: true });
  engine.addMethod("years_between", (args) => { const [a, b] = list(args); return yearsBetween(a, b); }, { deterministic: true });
  engine.addMethod("days_between", (args) => { const [a, b] = list(args); return daysBetween(a, b); }, { deterministic: true });
  // Not deterministic: the compiler must not fold it into a constant when a rule is built.
  engine.addMethod("today", () => todayInBeijing(), { deterministic: false });
}
