// An option of a choice field in the interface language: the values our forms store (女, 汉族, 居民身份证 …) have
// their words in runtime/shared/i18n-values.ts; anything else (a designer's own option, a national code list) is
// shown as stored.
import { translate, type Lang, type MessageKey } from "./i18n.js";
import { VALUES_ZH } from "./i18n-values.js";

/** Why: an English screen must say "Female" where the form's data holds 女, without changing what is stored. */
export function optionLabel(label: string, lang: Lang): string {
  const key = `opt.${label}`;
  return key in VALUES_ZH ? translate(key as MessageKey, undefined, lang) : label;
}
