// The shape of one field kind (字段类型): like a flow node type, a kind is one file with its schema keywords,
// its checks and the dictionary elements it serves, listed in ./registry.ts. Pure, browser-safe.

import type { Json } from "../common.js";
export type { Json };

/** A message in both UI languages; the server answers with `zh`, the browser shows the UI language's. */
export interface Localized { zh: string; en: string }

/** One problem a kind finds in a value: where below the field (data path), a stable code and the message. */
export interface KindIssue { path?: string[]; code: string; message: Localized }

/** What a check may read besides the value: the object holding the field, the whole data and today's date. */
export interface KindContext {
  /** The object the field is a property of (siblings such as 证件类型 live there). */
  parent?: Json;
  /** The key of the field in its parent. */
  key?: string;
  /** The whole form data. */
  root?: unknown;
  /** Today in Beijing time, YYYY-MM-DD. */
  today: string;
  /** The field's parent schema, to find sibling fields by title. */
  parentSchema?: Json;
}

/** One field kind. */
export interface FieldKind {
  /** The value of `x-kind` in a field's schema. */
  name: string;
  label: Localized;
  /** Palette group in the form designer. */
  group: "区划地址" | "身份主体" | "数值金额" | "日期" | "表格计算" | "选择签名";
  /** Data-dictionary element keys (spec/dictionary/elements.ts) whose fields this kind serves. */
  elements: readonly string[];
  /** A new field of this kind as the designer's palette adds it. */
  newSchema(): Json;
  /** Problems of a value (undefined/empty values are left to `required`). */
  check(value: unknown, schema: Json, ctx: KindContext): KindIssue[];
  /** The schema keyword `format` this kind replaces (its check subsumes the format's), for inference from old forms. */
  replacesFormat?: string;
}

/** Builds a localized message. */
export const msg = (zh: string, en: string): Localized => ({ zh, en });

/** The options object of a kind field (`x-options`), never undefined. */
export function optionsOf(schema: Json): Json {
  const o = schema["x-options"];
  return o && typeof o === "object" && !Array.isArray(o) ? (o as Json) : {};
}

/** Whether a value counts as not filled in (left to `required`). */
export function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}
