// The checks a dictionary element brings to a merged field: a field bound to an element (by the merge's binding, or
// by staff in the binding review) is checked as that element is — its format (手机号 cn-mobile, 银行账号
// cn-bank-account, an ID card number's check digit), its numeric bounds (an area or an amount is never negative) and
// its date limit (a birth or a signature is never in the future) — whenever the source form did not say otherwise.
// The merged schema carries them, so the browser and the server (one spec code) refuse the same values.
import { ELEMENT_BY_KEY } from "../dictionary/elements.js";
import { cloneJson } from "../binding/inspect.js";
import type { Json } from "../common.js";

/** Labels that say the number is a 居民身份证 number (the idNumber element also covers passports and permits). */
const ID_CARD_LABEL = /身份证号|公民身份号码|身份证号码/;

/** The format the element checks its values with, for a field with these titles (undefined: none). */
function elementFormat(element: string, titles: readonly string[]): string | undefined {
  if (element === "idNumber") return titles.some((t) => ID_CARD_LABEL.test(t)) ? "cn-idcard" : undefined;
  return ELEMENT_BY_KEY.get(element)?.format;
}

/** The schema of a field bound to `element` with the element's checks added where the source said nothing: the
 *  element's format (not over the source's own format or field kind), the numeric bounds of a number element, and
 *  the date limit of a date element as the date kind's option. Fields of another type than the element's are left
 *  as they are. Returns a new object when something is added. */
export function withElementChecks(schema: Json, element: string | undefined, titles: readonly string[]): Json {
  const def = element ? ELEMENT_BY_KEY.get(element) : undefined;
  if (!def || !element) return schema;
  const own = def.schema as Json;
  const numeric = (t: unknown) => t === "number" || t === "integer";
  if (schema.type !== own.type && !(numeric(schema.type) && numeric(own.type))) return schema;
  const out = cloneJson(schema);
  const format = elementFormat(element, titles);
  if (format && typeof out.format !== "string" && out["x-kind"] === undefined) out.format = format;
  if (numeric(out.type)) {
    for (const k of ["minimum", "maximum"] as const) if (typeof own[k] === "number" && out[k] === undefined && out[k === "minimum" ? "exclusiveMinimum" : "exclusiveMaximum"] === undefined) out[k] = own[k];
  }
  if (def.dateLimit && out.format === "date" && (out["x-kind"] === undefined || out["x-kind"] === "date")) {
    const options = (out["x-options"] && typeof out["x-options"] === "object" ? out["x-options"] : {}) as Json;
    const opposite = def.dateLimit === "notFuture" ? "notPast" : "notFuture";
    if (options[opposite] !== true) out["x-options"] = { ...options, [def.dateLimit]: true };
    out["x-kind"] = "date";
  }
  return JSON.stringify(out) === JSON.stringify(schema) ? schema : out;
}
