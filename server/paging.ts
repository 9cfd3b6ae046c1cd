// Keyset paging of every list: a page is at most MAX_PAGE rows in an indexed order, and the next page starts after
// the last row's sort key (an opaque cursor), so page 1,000 costs what page 1 costs — unlike OFFSET, which reads
// and throws away every row before it. Query parameters are checked here: a bad one is a 400 naming it.
import type { Context } from "hono";
import { badRequest, type BilingualProblem } from "./errors.js";
import { say, type Bilingual } from "./messages.js";

/** The most rows one request returns. */
export const MAX_PAGE = 50;

/** A cursor's sort key: the values of the order's columns of the last row seen. */
export type CursorKey = Array<string | number | null>;

/** A page of rows and the cursor of the next one (absent on the last page). */
export interface Page<T> { rows: T[]; next?: CursorKey }

/** Encodes a sort key as an opaque, URL-safe cursor. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** Decodes a cursor of `arity` values, or undefined when it is not one (a tampered or stale link). */
export function decodeCursor(raw: string, arity: number): CursorKey | undefined {
  try {
    const v = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(v) || v.length !== arity) return undefined;
    return v.every((x) => x === null || typeof x === "string" || (typeof x === "number" && Number.isFinite(x))) ? (v as CursorKey) : undefined;
  } catch {
    return undefined;
  }
}

/** Splits the rows of a `limit + 1` query into the page and the cursor of the next one. */
export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): Page<T> {
  if (rows.length <= limit) return { rows };
  const page = rows.slice(0, limit);
  return { rows: page, next: keyOf(page[page.length - 1]!) };
}

/** A query date that is not YYYY-MM-DD. */
export function notADate(value: string): Bilingual {
  return say(`日期应为 YYYY-MM-DD，不是「${value}」`, `A date is written YYYY-MM-DD, not "${value}"`);
}

/** A query parameter outside its values: what (in both languages), the values allowed, the value given. */
export function notOneOf(what: Bilingual, allowed: readonly string[], value: string): Bilingual {
  return say(`${what.zh}应为 ${allowed.join(" / ")} 之一，不是「${value}」`, `The ${what.en} must be one of ${allowed.join(" / ")}, not "${value}"`);
}

/** A cursor that is not one of ours (stale or tampered with). */
export const INVALID_CURSOR = say("翻页位置无效，请从第一页重新开始", "The page position (cursor) is not valid: start again from the first page");

/** The deadline state (时效) a task list filters on. */
export const SLA_STATE = say("时效状态", "deadline state");

/** Collects problems of list query parameters, then throws them all at once as one 400. */
export class QueryProblems {
  readonly list: BilingualProblem[] = [];
  add(field: string, message: Bilingual): void {
    this.list.push({ pointer: `/${field}`, field, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw badRequest("invalid_request", say("查询条件不合法", "The query parameters are not valid"), this.list);
  }
}

/** The page size (?limit=1..50, default `fallback`) and the decoded cursor (?cursor=) of a list request. */
export function pageParams(c: Context, arity: number, problems: QueryProblems, fallback = MAX_PAGE): { limit: number; cursor?: CursorKey } {
  const rawLimit = c.req.query("limit");
  let limit = fallback;
  if (rawLimit !== undefined && rawLimit !== "") {
    const n = Number(rawLimit);
    if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) problems.add("limit", say(`每页条数应为 1 到 ${MAX_PAGE} 的整数`, `The page size (limit) must be a whole number from 1 to ${MAX_PAGE}`));
    else limit = n;
  }
  const rawCursor = c.req.query("cursor");
  if (!rawCursor) return { limit };
  const cursor = decodeCursor(rawCursor, arity);
  if (!cursor) problems.add("cursor", INVALID_CURSOR);
  return { limit, ...(cursor ? { cursor } : {}) };
}

/** The start instant (UTC ISO) of a Beijing calendar day given as YYYY-MM-DD, or undefined when it is not a date. */
export function beijingDayStart(day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const t = Date.parse(`${day}T00:00:00+08:00`);
  if (Number.isNaN(t) || new Date(t + 8 * 3_600_000).toISOString().slice(0, 10) !== day) return undefined;
  return new Date(t).toISOString();
}

/** The start of the Beijing day after `day` (the exclusive end of a range that includes `day`). */
export function beijingDayEnd(day: string): string | undefined {
  const start = beijingDayStart(day);
  return start && new Date(Date.parse(start) + 86_400_000).toISOString();
}
