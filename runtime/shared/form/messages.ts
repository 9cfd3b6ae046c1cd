// Human error messages for form fields, in the UI language: "请填写企业名称" rather than Ajv's
// "应当有必需属性 name" (texts in runtime/shared/i18n-form-errors.ts). The server's messages are shown as they come.
import type { FieldError } from "../../../spec/form-data.js";
import { getLang, translate, type Lang, type MessageKey } from "../i18n.js";

const FORMAT_HINTS: Record<string, MessageKey> = {
  "cn-mobile": "formError.hint.cn-mobile", "cn-idcard": "formError.hint.cn-idcard", "cn-uscc": "formError.hint.cn-uscc",
  "cn-postal-code": "formError.hint.cn-postal-code", email: "formError.hint.email", date: "formError.hint.date", "data-url": "formError.hint.data-url",
};

/** The last title of a joined label ("企业信息 / 企业名称" → "企业名称"). */
export function shortLabel(field: string): string {
  const parts = field.split(" / ");
  return parts[parts.length - 1] ?? field;
}

/** A message for one validation error, given the field's schema (for limits) and the language. */
export function fieldMessage(e: FieldError, fieldSchema: Record<string, unknown> | undefined, lang: Lang = getLang()): string {
  const label = shortLabel(e.field);
  const s = fieldSchema ?? {};
  const say = (key: MessageKey, n?: unknown) => translate(key, { label, n: String(n) }, lang);
  // Field kinds (spec/fields) say exactly what is wrong, in both languages.
  if (e.messageEn !== undefined) return lang === "en" ? e.messageEn : e.message;
  switch (e.keyword) {
    case "required": {
      const choice = Array.isArray(s.enum) || Array.isArray(s.oneOf) || s.type === "boolean" || (s.type === "array" && !!s.uniqueItems);
      if (choice) return say("formError.choose");
      if (s.format === "data-url") return say("formError.upload");
      return say("formError.required");
    }
    case "format": {
      const hint = FORMAT_HINTS[String(s.format)];
      return say(hint ?? "formError.format");
    }
    case "pattern": return say("formError.format");
    case "maxLength": return say("formError.maxLength", s.maxLength);
    case "minLength": return say("formError.minLength", s.minLength);
    case "minimum": return say("formError.minimum", s.minimum);
    case "maximum": return say("formError.maximum", s.maximum);
    case "enum": return say("formError.enum");
    case "type": return say(s.type === "number" || s.type === "integer" ? "formError.number" : "formError.type");
    case "maxItems": return say("formError.maxItems", s.maxItems);
    case "minItems": return say("formError.minItems", s.minItems);
    default: return e.message;
  }
}
