// Human messages for form-field errors in both languages: "请填写企业名称" / "企业名称 is required" rather than Ajv's
// "应当有必需属性 name". The browser shows them in its interface language and the server answers a submission's 400
// with the same text in the request's language (one text for both, from the same spec code that validates).
import { countEn, say, type Bilingual } from "./bilingual.js";
import { parsePointer } from "./pointer.js";
import type { Json } from "./common.js";

type Text = (label: string, n: string) => Bilingual;

const T = {
  choose: (l) => say(`请选择${l}`, `Choose ${l}`),
  upload: (l) => say(`请上传${l}`, `Upload ${l}`),
  required: (l) => say(`请填写${l}`, `${l} is required`),
  format: (l) => say(`${l}格式不正确`, `${l} has the wrong format`),
  maxLength: (l, n) => say(`${l}最多 ${n} 个字`, `${l}: at most ${countEn(n, "character", "characters")}`),
  minLength: (l, n) => say(`${l}至少 ${n} 个字`, `${l}: at least ${countEn(n, "character", "characters")}`),
  minimum: (l, n) => say(`${l}不能小于 ${n}`, `${l} must be at least ${n}`),
  maximum: (l, n) => say(`${l}不能大于 ${n}`, `${l} must be at most ${n}`),
  enum: (l) => say(`请从列表中选择${l}`, `Choose ${l} from the list`),
  number: (l) => say(`${l}请填写数字，如 1000 或 12.5（不用科学计数法和千分位逗号）`, `${l}: enter a plain number such as 1000 or 12.5 (no exponent, no thousands separators)`),
  type: (l) => say(`${l}的值类型不正确`, `${l} has the wrong type of value`),
  maxItems: (l, n) => say(`${l}最多 ${n} 项`, `${l}: at most ${countEn(n, "entry", "entries")}`),
  minItems: (l, n) => say(`${l}至少需要 ${n} 项`, `${l} needs at least ${countEn(n, "entry", "entries")}`),
  invalid: (l) => say(`${l}不正确，请检查`, `${l} is not valid; please check it`),
} satisfies Record<string, Text>;

/** What a valid value of a format looks like (the field's label is not repeated: the hint stands beside it). */
const FORMAT_HINTS: Record<string, Bilingual> = {
  "cn-mobile": say("请输入 11 位手机号码", "Enter an 11-digit mobile number"),
  "cn-idcard": say("请输入 18 位居民身份证号码", "Enter an 18-character resident ID number"),
  "cn-uscc": say("请输入 18 位统一社会信用代码", "Enter the 18-character unified social credit code"),
  "cn-postal-code": say("请输入 6 位邮政编码", "Enter a 6-digit postal code"),
  "cn-contact-phone": say("请输入手机号码或带区号的固定电话", "Enter a mobile number or a landline with its area code"),
  "cn-phone": say("请输入带区号的固定电话", "Enter a landline number with its area code"),
  "cn-bank-account": say("请输入银行账号（6 至 32 位数字）", "Enter the bank account number (6 to 32 digits)"),
  email: say("请输入正确的电子邮箱", "Enter a valid email address"),
  date: say("请输入正确的日期", "Enter a valid date"),
  "data-url": say("请上传文件", "Upload a file"),
};

/** The last title of a joined label ("企业信息 / 企业名称" → "企业名称"). */
export function shortLabel(field: string): string {
  const parts = field.split(" / ");
  return parts[parts.length - 1] ?? field;
}

/** The JSON schema of the field at a data pointer (undefined when the path leaves the schema). */
export function schemaAt(schema: Json, dataPointer: string): Json | undefined {
  let node: Json | undefined = schema;
  for (const seg of parsePointer(dataPointer)) {
    if (!node) return undefined;
    if (/^\d+$/.test(seg) && node.items && typeof node.items === "object") node = node.items as Json;
    else node = (node.properties as Record<string, Json> | undefined)?.[seg];
  }
  return node;
}

/** The message for one Ajv error of a field (its keyword, its label, its schema for the limits), in both languages. */
export function fieldErrorText(keyword: string, field: string, fieldSchema: Json | undefined): Bilingual {
  const label = shortLabel(field);
  const s = fieldSchema ?? {};
  switch (keyword) {
    case "required": {
      const choice = Array.isArray(s.enum) || Array.isArray(s.oneOf) || s.type === "boolean" || (s.type === "array" && !!s.uniqueItems);
      return choice ? T.choose(label) : s.format === "data-url" ? T.upload(label) : T.required(label);
    }
    case "format": return FORMAT_HINTS[String(s.format)] ?? T.format(label);
    case "pattern": return T.format(label);
    case "maxLength": case "minLength": case "minimum": case "maximum": case "maxItems": case "minItems":
      return T[keyword](label, String(s[keyword]));
    case "enum": return T.enum(label);
    case "type": return s.type === "number" || s.type === "integer" ? T.number(label) : T.type(label);
    default: return T.invalid(label);
  }
}

const JSON_TYPE_WORDS: Record<string, Bilingual> = {
  string: say("文字", "text"), number: say("数字", "a number"), integer: say("整数", "a whole number"), boolean: say("是或否（true 或 false）", "true or false"),
  object: say("一组属性（JSON 对象）", "a JSON object"), array: say("列表（JSON 数组）", "a list (a JSON array)"), null: say("空值", "null"),
};

/** What a JSON value is, in words with the value itself when it is short: 数字 123, 文字「x」, 列表. */
function valueInWords(v: unknown): Bilingual {
  const short = (x: string) => (x.length > 40 ? `${x.slice(0, 40)}…` : x);
  if (v === null) return say("空值", "null");
  if (Array.isArray(v)) return say("列表", "a list");
  if (typeof v === "string") return say(`文字「${short(v)}」`, `the text "${short(v)}"`);
  if (typeof v === "number") return say(`数字 ${v}`, `the number ${v}`);
  if (typeof v === "boolean") return say(String(v), String(v));
  return say("一组属性", "an object");
}

/** A value of the wrong JSON type, for an API client (the browser's widgets never send one): which field by its label
 *  and its pointer, what was expected in words and what came ("「新生儿 / 姓名」（/data/newborn/name）应为文字，收到的是数字 123"). */
export function wrongTypeText(field: string, pointer: string, expected: unknown, value: unknown): Bilingual {
  const types = (Array.isArray(expected) ? expected : [expected]).map(String);
  const words = types.map((t) => JSON_TYPE_WORDS[t] ?? say(t, t));
  const want = say(words.map((w) => w.zh).join("或"), words.map((w) => w.en).join(" or "));
  const got = valueInWords(value);
  return say(`「${field}」（${pointer}）应为${want.zh}，收到的是${got.zh}`, `"${field}" (${pointer}) must be ${want.en}; got ${got.en}`);
}
