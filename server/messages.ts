// Bilingual server messages: a route says what went wrong in both languages once (say("…", "…")), and the app's
// error handler answers in the language the request asked for (Accept-Language, which the web apps set from the
// language the user chose) — Chinese by default, English when preferred, never both glued together.

/** The languages the server answers in. */
export type ServerLang = "zh-CN" | "en";

import { say, type Bilingual } from "../spec/bilingual.js";
import { bilingualMessage, schemaMessage } from "../spec/issue-messages.js";

export { countEn, say, type Bilingual } from "../spec/bilingual.js";

/** Whether a value is a bilingual message. */
export function isBilingual(x: unknown): x is Bilingual {
  return !!x && typeof x === "object" && typeof (x as Bilingual).zh === "string" && typeof (x as Bilingual).en === "string" && Object.keys(x).length === 2;
}

/** The text of a message in a language (plain strings are already in one language). */
export function inLang(lang: ServerLang, text: string | Bilingual): string {
  return typeof text === "string" ? text : lang === "en" ? text.en : text.zh;
}

/** The language a request asks for: English when its Accept-Language prefers any English over Chinese. */
export function requestLang(acceptLanguage: string | undefined): ServerLang {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, i) => {
      const [tag, ...rest] = part.trim().toLowerCase().split(";");
      const q = rest.map((r) => r.trim()).find((r) => r.startsWith("q="));
      return { tag: tag ?? "", q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((x) => x.tag.startsWith("en") || x.tag.startsWith("zh"))
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked[0]?.tag.startsWith("en") ? "en" : "zh-CN";
}

/** Error details with every bilingual message (at any depth of plain objects and arrays) in one language. */
export function localized(lang: ServerLang, value: unknown, depth = 0): unknown {
  if (isBilingual(value)) return inLang(lang, value);
  if (depth > 4 || !value || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => localized(lang, v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localized(lang, v, depth + 1)]));
}

// zod (and a spec check that takes a callback returning strings) carries a message as a string: zodSay registers the
// pair under its Chinese (the same Chinese always has the same English) and zodMessage turns the string back into
// both languages for the response.
/** A zod check's message in both languages (returns the Chinese, which stands for the pair in the issue): the one
 *  registry spec/ uses too (spec/issue-messages.ts schemaMessage). */
export const zodSay: (zh: string, en: string) => string = schemaMessage;

/** A zod issue's message in both languages when it was written with zodSay or schemaMessage, else the message zod gave. */
export const zodMessage: (message: string) => string | Bilingual = bilingualMessage;

/** A signature image over the size cap (the hand-over and the counter confirmation both take one). */
export const SIGNATURE_TOO_LARGE = zodSay("签名图片过大", "The signature image is too large");

/** What an unexpected failure tells the user (the details go to the log, under the request id). */
export const INTERNAL_ERROR: Bilingual = say("服务器内部错误，请稍后再试", "Internal server error: please try again later");
