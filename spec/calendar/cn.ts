// The national calendar of mainland China ("cn"): statutory holidays and make-up workdays (调休) as announced
// yearly by the General Office of the State Council, taken from the maintained `chinese-days` data set
// (2004 onwards; updated each year when the next year's arrangement is published). A deployment adds local
// days off or overrides with a calendar spec that `extends: "cn"`.
import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { say, type Bilingual } from "../bilingual.js";
import { compileCalendar, type CalendarSpecInput, type WorkingCalendar } from "./calendar.js";

/** The national working-day calendar, Asia/Shanghai, deadlines at 17:30. */
export const CN_CALENDAR: WorkingCalendar = compileCalendar({
  id: "cn",
  name: "全国法定节假日与调休",
  timeZone: "Asia/Shanghai",
  workdayEnd: "17:30",
  holidays: Object.keys(data.holidays),
  workdays: Object.keys(data.workdays),
});

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
