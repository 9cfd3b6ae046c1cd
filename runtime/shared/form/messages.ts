// Human error messages for form fields, in the UI language: "请填写企业名称" rather than Ajv's
// "应当有必需属性 name". The server's messages (Chinese) are shown as they come.
import type { FieldError } from "../../../spec/form-data.js";
import { getLang, type Lang } from "../i18n.js";

const FORMAT_HINTS: Record<string, { zh: string; en: string }> = {
  "cn-mobile": { zh: "请输入 11 位手机号码", en: "Enter an 11-digit mobile number" },
  "cn-idcard": { zh: "请输入 18 位居民身份证号码", en: "Enter an 18-character resident ID number" },
  "cn-uscc": { zh: "请输入 18 位统一社会信用代码", en: "Enter the 18-character unified social credit code" },
  "cn-postal-code": { zh: "请输入 6 位邮政编码", en: "Enter a 6-digit postal code" },
  email: { zh: "请输入正确的电子邮箱", en: "Enter a valid email address" },
  date: { zh: "请输入正确的日期", en: "Enter a valid date" },
  "data-url": { zh: "请上传文件", en: "Upload a file" },
};

/** The last title of a joined label ("企业信息 / 企业名称" → "企业名称"). */
export function shortLabel(field: string): string {
  const parts = field.split(" / ");
  return parts[parts.length - 1] ?? field;
}

/** A message for one validation error, given the field's schema (for limits) and the language. */
export function fieldMessage(e: FieldError, fieldSchema: Record<string, unknown> | undefined, lang: Lang = getLang()): string {
  const label = shortLabel(e.field);
  const zh = lang === "zh-CN";
  const s = fieldSchema ?? {};
  // Field kinds (spec/fields) say exactly what is wrong, in both languages.
  if (e.messageEn !== undefined) return zh ? e.message : e.messageEn;
  switch (e.keyword) {
    case "required": {
      const choice = Array.isArray(s.enum) || Array.isArray(s.oneOf) || s.type === "boolean" || (s.type === "array" && !!s.uniqueItems);
      if (choice) return zh ? `请选择${label}` : `Choose ${label}`;
      if (s.format === "data-url") return zh ? `请上传${label}` : `Upload ${label}`;
      return zh ? `请填写${label}` : `${label} is required`;
    }
    case "format": {
      const hint = FORMAT_HINTS[String(s.format)];
      return hint ? (zh ? hint.zh : hint.en) : zh ? `${label}格式不正确` : `${label} has the wrong format`;
    }
    case "pattern":
      return zh ? `${label}格式不正确` : `${label} has the wrong format`;
    case "maxLength":
      return zh ? `${label}最多 ${s.maxLength} 个字` : `${label}: at most ${s.maxLength} characters`;
    case "minLength":
      return zh ? `${label}至少 ${s.minLength} 个字` : `${label}: at least ${s.minLength} characters`;
    case "minimum":
      return zh ? `${label}不能小于 ${s.minimum}` : `${label} must be at least ${s.minimum}`;
    case "maximum":
      return zh ? `${label}不能大于 ${s.maximum}` : `${label} must be at most ${s.maximum}`;
    case "enum":
      return zh ? `请从列表中选择${label}` : `Choose ${label} from the list`;
    case "type":
      if (s.type === "number" || s.type === "integer") {
        return zh ? `${label}请填写数字，如 1000 或 12.5（不用科学计数法和千分位逗号）` : `${label}: enter a plain number such as 1000 or 12.5 (no exponent, no thousands separators)`;
      }
      return zh ? `${label}的值类型不正确` : `${label} has the wrong type of value`;
    case "maxItems":
      return zh ? `${label}最多 ${s.maxItems} 项` : `${label}: at most ${s.maxItems} entries`;
    case "minItems":
      return zh ? `${label}至少需要 ${s.minItems} 项` : `${label} needs at least ${s.minItems} entries`;
    default:
      return e.message;
  }
}
