// Checks of the identity documents a Chinese form accepts, each with the exact problem in both languages:
// 居民身份证 and the two residence permits (GB 11643 MOD 11-2: 地区码 / 出生日期 / 校验位), 港澳居民来往内地通行证,
// 台湾居民来往大陆通行证, 护照 and 外国人永久居留身份证 (2017 15-character and 2023 18-digit editions).
import { PROVINCE_PREFIXES, idCheckChar } from "../dictionary/validators.js";
import { isIsoDate } from "./today.js";
import { msg, type Localized } from "./types.js";

/** What a valid number tells about its holder, when the document encodes it. */
export interface IdFacts { birthDate: string; sex: "男" | "女" }

/** The sex a number gives for a man, as forms store it (so a screen can name it in its own language). */
export const MALE: IdFacts["sex"] = "男";

/** A document check's verdict: the problem (with a stable code) or the facts it carries. */
export type IdVerdict = { ok: false; code: string; message: Localized } | { ok: true; facts?: IdFacts };

const bad = (code: string, zh: string, en: string): IdVerdict => ({ ok: false, code, message: msg(zh, en) });

/** GB 11643 18-digit numbers (居民身份证, 港澳/台湾居民居住证): shape, 地区码, 出生日期, 校验位, in that order. */
export function checkGb11643(value: string, today: string, what = "公民身份号码"): IdVerdict {
  if (value.length !== 18) return bad("length", `${what}应为 18 位，现在是 ${value.length} 位`, `The number must have 18 characters, not ${value.length}`);
  if (!/^\d{17}[\dX]$/.test(value)) return bad("charset", `${what}前 17 位应为数字，末位为数字或 X`, "The first 17 characters must be digits and the last a digit or X");
  if (!PROVINCE_PREFIXES.has(value.slice(0, 2))) return bad("region", `地区码无效：${value.slice(0, 6)} 不属于任何省级行政区`, `Invalid region code: ${value.slice(0, 6)} belongs to no province`);
  const birth = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (!isIsoDate(birth) || birth < "1850-01-01") return bad("birthDate", `出生日期无效：${value.slice(6, 14)} 不是有效日期`, `Invalid date of birth: ${value.slice(6, 14)} is not a real date`);
  if (birth > today) return bad("birthDate", `出生日期无效：${value.slice(6, 14)} 晚于今天`, `Invalid date of birth: ${value.slice(6, 14)} is after today`);
  if (idCheckChar(value.slice(0, 17)) !== value[17]) return bad("checkChar", "校验位不正确，请核对号码", "The check character is wrong: please check the number");
  return { ok: true, facts: { birthDate: birth, sex: Number(value[16]) % 2 === 1 ? "男" : "女" } };
}

function checkPermanentResidence(value: string, today: string): IdVerdict {
  if (/^[A-Z]{3}\d{12}$/.test(value)) {
    const birth = `19${value.slice(7, 9)}-${value.slice(9, 11)}-${value.slice(11, 13)}`;
    const alt = `20${value.slice(7, 9)}-${value.slice(9, 11)}-${value.slice(11, 13)}`;
    return isIsoDate(birth) || isIsoDate(alt) ? { ok: true } : bad("birthDate", "出生日期无效", "Invalid date of birth");
  }
  if (/^9\d{16}[\dX]$/.test(value)) return checkGb11643(value, today, "外国人永久居留身份证号码");
  return bad("format", "外国人永久居留身份证号码应为 18 位数字（以 9 开头）或 3 个字母加 12 位数字", "A foreign permanent residence ID has 18 digits starting with 9, or 3 letters and 12 digits");
}

/** Document types with their check; keys are the dictionary's ID_TYPES labels. */
const CHECKS: Record<string, (value: string, today: string) => IdVerdict> = {
  居民身份证: (v, t) => checkGb11643(v, t),
  港澳居民居住证: (v, t) => (/^8[12]0000/.test(v) || v.length !== 18 ? checkGb11643(v, t, "港澳居民居住证号码") : bad("region", "地区码无效：港澳居民居住证号码以 810000 或 820000 开头", "Invalid region code: the permit number starts with 810000 or 820000")),
  台湾居民居住证: (v, t) => (/^830000/.test(v) || v.length !== 18 ? checkGb11643(v, t, "台湾居民居住证号码") : bad("region", "地区码无效：台湾居民居住证号码以 830000 开头", "Invalid region code: the permit number starts with 830000")),
  港澳居民来往内地通行证: (v) => (/^[HM]\d{8}(\d{2})?$/.test(v) ? { ok: true } : bad("format", "港澳居民来往内地通行证号码应为 H 或 M 加 8 位（旧版 10 位）数字", "The Mainland travel permit number is H or M followed by 8 (old: 10) digits")),
  台湾居民来往大陆通行证: (v) => (/^\d{8}$|^\d{10}[A-Z]?$/.test(v) ? { ok: true } : bad("format", "台湾居民来往大陆通行证号码应为 8 位数字（旧版 10 位）", "The Taiwan residents' travel permit number has 8 digits (old: 10)")),
  护照: (v) => (/^[A-Z0-9]{5,17}$/.test(v) ? { ok: true } : bad("format", "护照号码应为 5 至 17 位大写字母或数字", "A passport number has 5 to 17 capital letters or digits")),
  外国人永久居留身份证: checkPermanentResidence,
};

/** The document types yijian checks, in the order an ID-type select lists them. */
export const ID_DOCUMENT_TYPES = Object.keys(CHECKS);

/** Checks a number for a document type (居民身份证 when the type is unknown or not given). */
export function checkIdDocument(type: string | undefined, value: string, today: string): IdVerdict {
  const check = CHECKS[type ?? "居民身份证"] ?? (type === "其他" ? () => (value.length <= 32 ? { ok: true } : bad("format", "证件号码最多 32 位", "At most 32 characters")) as IdVerdict : CHECKS["居民身份证"]!);
  return check(value, today);
}
