// Designer strings: Chinese first, English when the user switched the interface language (runtime/shared/i18n).
import type { Bilingual } from "../../../spec/bilingual.js";
import { useI18n } from "../../../runtime/shared/i18n.js";

/** Picks the Chinese or the English text by the current interface language. */
export type Pick2 = (zh: string, en: string) => string;

/** Hook giving `L(zh, en)`: the designers keep their strings next to the code that shows them. */
export function useL(): Pick2 {
  const { lang } = useI18n();
  return (zh, en) => (lang === "en" ? en : zh);
}

/** A message from spec/ (plain Chinese or both languages) in a language: for code outside a component's render. */
export function msgIn(lang: string, m: string | Bilingual): string {
  return typeof m === "string" ? m : lang === "en" ? m.en : m.zh;
}

/** Hook giving `M(message)`: a message from spec/ (plain Chinese or both languages) in the interface language. */
export function useMsg(): (m: string | Bilingual) => string {
  const { lang } = useI18n();
  return (m) => msgIn(lang, m);
}
