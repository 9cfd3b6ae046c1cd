// The national calendar of mainland China ("cn"): statutory holidays and make-up workdays (调休) as announced
// yearly by the General Office of the State Council, taken from the maintained `chinese-days` data set
// (2004 onwards; updated each year when the next year's arrangement is published). A deployment adds local
// days off or overrides with a calendar spec that `extends: "cn"`.
import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import chineseDays from "chinese-days";
import { say, type Bilingual } from "../bilingual.js";
import { compileCalendar, type CalendarSpecInput, type WorkingCalendar } from "./calendar.js";

/** How many years past the published arrangements the calendar derives the statutory days (deadlines of long
 *  procedures reach a year or two ahead; ten leaves room). */
const DERIVED_YEARS = 10;

const pad = (n: number) => String(n).padStart(2, "0");
const dayBefore = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

/** The statutory days off of a year whose arrangement is not published yet, by the 全国年节及纪念日放假办法 (2024
 *  revision, in force since 2025): 元旦 1 day, 春节 4 (除夕 and 正月初一至初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3.
 *  Lunar dates and the 清明 solar term come from chinese-days. What the yearly arrangement adds (调休: bridging days
 *  off and make-up working Saturdays) cannot be known before it is published, so such a year is provisional. */
export function statutoryHolidays(year: number): string[] {
  const lunar = (md: string) => chineseDays.getSolarDateFromLunar(`${year}-${md}`).date;
  const springFestival = lunar("01-01");
  const qingming = chineseDays.getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((t) => t.term === "pure_brightness")?.date;
  const days = [
    `${year}-01-01`,
    dayBefore(springFestival), springFestival, ...[1, 2].map((n) => lunar(`01-0${n + 1}`)),
    ...(qingming ? [qingming] : []),
    `${year}-05-01`, `${year}-05-02`,
    lunar("05-05"), lunar("08-15"),
    `${year}-10-01`, `${year}-10-02`, `${year}-10-03`,
  ];
  return [...new Set(days)].sort();
}

const PUBLISHED_YEARS = [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))];
const LAST_PUBLISHED = Math.max(...PUBLISHED_YEARS);
const DERIVED = Array.from({ length: DERIVED_YEARS }, (_, i) => LAST_PUBLISHED + 1 + i);

/** The national working-day calendar, Asia/Shanghai, deadlines at 17:30: the State Council's published arrangements,
 *  and for the years after them the statutory days off (marked provisional until the arrangement is published and
 *  chinese-days updated). */
export const CN_CALENDAR: WorkingCalendar = {
  ...compileCalendar({
    id: "cn",
    name: "全国法定节假日与调休",
    timeZone: "Asia/Shanghai",
    workdayEnd: "17:30",
    holidays: [...Object.keys(data.holidays), ...DERIVED.flatMap(statutoryHolidays)],
    workdays: Object.keys(data.workdays),
  }),
  provisionalYears: new Set(DERIVED),
};

/** Raised when a flow names a calendar that is not defined or that extends itself; the reason in both languages
 *  is what publishing shows the author. */
export class CalendarError extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

/** Looks up a calendar by id among the national one and deployment-defined specs (which may extend others). */
export function resolveCalendar(id: string | undefined, specs: CalendarSpecInput[] = []): WorkingCalendar {
  if (!id || id === "cn") return CN_CALENDAR;
  const seen = new Set<string>();
  const build = (key: string): WorkingCalendar => {
    if (key === "cn") return CN_CALENDAR;
    if (seen.has(key)) throw new CalendarError(say(`工作日历「${key}」循环继承了自己`, `Calendar "${key}" extends itself`));
    seen.add(key);
    const spec = specs.find((s) => s.id === key);
    if (!spec) throw new CalendarError(say(`没有工作日历「${key}」`, `Unknown calendar "${key}"`));
    return compileCalendar(spec, spec.extends ? build(spec.extends) : undefined);
  };
  return build(id);
}
