// Messages from spec/ (plain Chinese or say(zh, en) Bilingual) in the interface language; the editor's own strings
// are typed keys of runtime/shared/i18n.
import type { Bilingual } from "../../../spec/bilingual.js";
import { useI18n } from "../../i18n.js";

/** A message from spec/ (plain Chinese or both languages) in a language: for code outside a component's render. */
export function msgIn(lang: string, m: string | Bilingual): string {
  return typeof m === "string" ? m : lang === "en" ? m.en : m.zh;
}

/** Hook giving `M(message)`: a message from spec/ (plain Chinese or both languages) in the interface language. */
export function useMsg(): (m: string | Bilingual) => string {
  const { lang } = useI18n();
  return (m) => msgIn(lang, m);
}
