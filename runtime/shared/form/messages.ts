// Human error messages for form fields, in the UI language: "请填写企业名称" rather than Ajv's
// "应当有必需属性 name" — the texts are spec/field-messages.ts, the same the server answers with.
import type { FieldError } from "../../../spec/form-data.js";
import { fieldErrorText } from "../../../spec/field-messages.js";
import { getLang, type Lang } from "../i18n.js";

export { shortLabel } from "../../../spec/field-messages.js";

/** A message for one validation error, given the field's schema (for limits) and the language. */
export function fieldMessage(e: FieldError, fieldSchema: Record<string, unknown> | undefined, lang: Lang = getLang()): string {
  // Field kinds (spec/fields) say exactly what is wrong, in both languages.
  if (e.messageEn !== undefined) return lang === "en" ? e.messageEn : e.message;
  const text = fieldErrorText(e.keyword, e.field, fieldSchema);
  return lang === "en" ? text.en : text.zh;
}
