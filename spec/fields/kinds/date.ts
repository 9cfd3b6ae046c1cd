// 日期 with the element's bounds: not after today (a newborn's 出生日期), not before today (预约日期), and not
// before / after another field of the same group (出资时间 ≤ 出资期限). Today is Beijing's.
import { isIsoDate } from "../today.js";
import { calendarDate } from "../../beijing-time.js";
import { isEmpty, msg, optionsOf, type FieldKind, type Json, type KindContext, type KindIssue } from "../types.js";

function titleOf(ctx: KindContext, key: string, resolved: unknown): string {
  const s = (ctx.parentSchema?.properties as Record<string, Json> | undefined)?.[key];
  return typeof s?.title === "string" ? s.title : typeof resolved === "string" ? resolved : key;
}

/** The bound problems of a date value (shared by the date and date-range kinds). */
export function dateBoundIssues(value: string, options: Json, ctx: KindContext, path?: string[]): KindIssue[] {
  const out: KindIssue[] = [];
  const at = path ? { path } : {};
  const today = calendarDate(ctx.today);
  if (options.notFuture === true && value > ctx.today) out.push({ ...at, code: "future", message: msg(`不能晚于今天（${today.zh}）`, `Cannot be after today (${today.en})`) });
  if (options.notPast === true && value < ctx.today) out.push({ ...at, code: "past", message: msg(`不能早于今天（${today.zh}）`, `Cannot be before today (${today.en})`) });
  for (const [opt, cmp] of [["after", 1], ["before", -1]] as const) {
    const other = typeof options[opt] === "string" ? (options[opt] as string) : undefined;
    const v = other ? ctx.parent?.[other] : undefined;
    if (!other || isEmpty(v) || !isIsoDate(v)) continue;
    const title = titleOf(ctx, other, options[`${opt}Title`]);
    const shown = calendarDate(v);
    if (cmp === 1 && value < v) out.push({ ...at, code: "order", message: msg(`不能早于「${title}」（${shown.zh}）`, `Cannot be before "${title}" (${shown.en})`) });
    if (cmp === -1 && value > v) out.push({ ...at, code: "order", message: msg(`不能晚于「${title}」（${shown.zh}）`, `Cannot be after "${title}" (${shown.en})`) });
  }
  return out;
}

export const date: FieldKind = {
  name: "date",
  label: msg("日期", "Date"),
  group: "日期",
  elements: ["birthDate", "establishedDate", "contributionDate", "contributionDeadline", "appointmentDate"],
  newSchema: () => ({ type: "string", format: "date", title: "日期", "x-kind": "date", "x-options": { notFuture: true } }),
  check(value, schema, ctx) {
    if (!isIsoDate(value)) return [];
    return dateBoundIssues(value, optionsOf(schema), ctx);
  },
};

export const dateRange: FieldKind = {
  name: "dateRange",
  label: msg("起止日期", "Date range"),
  group: "日期",
  elements: ["term"],
  newSchema: () => ({
    type: "object", title: "有效期限", "x-kind": "dateRange", "x-options": { allowLongTerm: true },
    properties: { start: { type: "string", format: "date", title: "起始日期" }, end: { type: "string", format: "date", title: "截止日期" }, longTerm: { type: "boolean", title: "长期" } },
    required: ["start"],
  }),
  check(value, schema) {
    if (!value || typeof value !== "object") return [];
    const v = value as { start?: unknown; end?: unknown; longTerm?: unknown };
    const o = optionsOf(schema);
    if (v.longTerm === true) {
      if (o.allowLongTerm === false) return [{ path: ["longTerm"], code: "longTerm", message: msg("此期限不能选择长期", "This period cannot be open-ended") }];
      return isEmpty(v.end) ? [] : [{ path: ["end"], code: "longTermEnd", message: msg("选择长期时不填截止日期", "Leave the end date empty when open-ended") }];
    }
    if (isEmpty(v.end)) return [{ path: ["end"], code: "end", message: o.allowLongTerm === false ? msg("请填写截止日期", "Enter the end date") : msg("请填写截止日期，或选择长期", "Enter the end date, or choose open-ended") }];
    if (isIsoDate(v.start) && isIsoDate(v.end) && v.end < v.start) return [{ path: ["end"], code: "order", message: msg("截止日期不能早于起始日期", "The end date cannot be before the start date") }];
    return [];
  },
};
