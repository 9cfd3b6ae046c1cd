// Evidence from a field's value constraints rather than its label: a pattern that only an 18-character ID number
// matches is an ID number whatever the label says, an enum of 男/女 is a sex, a 6-digit pattern a postal code.
// Each rule names what it saw, so the binding's reason shows staff the evidence.
import { ETHNIC_GROUPS, ID_TYPES } from "../dictionary/elements.js";
import { matchEnumValues } from "./enum-values.js";
import type { Json } from "../common.js";
import { say, type Bilingual } from "../bilingual.js";
import { CONSTRAINT_REASONS as C } from "./reasons.js";

/** An element suggested by a field's schema, how strongly, and why; `alsoFits`: other elements the same
 *  constraint accepts (18 characters fit an ID number and a credit code), which it does not contradict. */
export interface SchemaEvidence { key: string; weight: number; reason: Bilingual; alsoFits?: string[] }

const FORMAT_ELEMENT: Record<string, string> = {
  "cn-idcard": "idNumber", "cn-uscc": "uscc", "cn-mobile": "mobile", "cn-postal-code": "postalCode", "cn-bank-account": "accountNumber",
  "cn-phone": "fixedPhone", "cn-contact-phone": "contactPhone", email: "email", "cn-region-code": "region",
};

/** Patterns recognised by what they accept, tried on typical values (never by comparing regex text). */
const PATTERN_PROBES: Array<{ key: string; yes: string[]; no: string[]; what: Bilingual }> = [
  { key: "idNumber", yes: ["11010519491231002X", "110105194912310021"], no: ["1101051949123100", "13800138000", "91110000600037341L"], what: say("18 位身份号码", "an 18-character ID number") },
  { key: "mobile", yes: ["13800138000", "19912345678"], no: ["1380013800", "010-12345678", "23800138000"], what: say("11 位手机号码", "an 11-digit mobile number") },
  { key: "uscc", yes: ["91110000600037341L", "91350100M000100Y43"], no: ["11010519491231002X", "1234567890"], what: say("18 位统一社会信用代码", "an 18-character unified social credit code") },
  { key: "postalCode", yes: ["100000", "518057"], no: ["10000", "1000000", "13800138000"], what: say("6 位邮政编码", "a 6-digit postal code") },
  { key: "disabilityCertNo", yes: ["11010519491231002X11", "11010519491231002142"], no: ["11010519491231002X", "13800138000", "91110000600037341L"], what: say("20 位残疾人证号（身份号码加残疾类别、等级）", "a 20-character disability certificate number (an ID number with the disability's category and level)") },
  { key: "accountNumber", yes: ["6222021234567890123", "6222021234567890"], no: ["13800138000", "100000"], what: say("16–19 位银行卡号", "a 16–19 digit bank card number") },
];

function patternElement(pattern: string): SchemaEvidence | undefined {
  let re: RegExp;
  try { re = new RegExp(pattern, "u"); } catch { return undefined; }
  for (const p of PATTERN_PROBES) {
    if (p.yes.every((v) => re.test(v)) && p.no.every((v) => !re.test(v))) {
      return { key: p.key, weight: 0.9, reason: C.pattern(pattern, p.what) };
    }
  }
  return undefined;
}

function enumElement(values: unknown[]): SchemaEvidence | undefined {
  const set = new Set(values.map(String));
  const words = (of: string[]) => matchEnumValues(of, [...set]);
  // 男 / 女 however worded (男性 / 女性, 男士 / 女士), with GB/T 2261.1's 未知的性别 / 未说明的性别 beside them or not.
  const sex = words(["男", "女"]);
  if (sex.size === 2 && set.size <= 4 && [...set].every((v) => [...sex.values()].includes(v) || /^(未知|未说明)(的性别)?$/.test(v))) return { key: "sex", weight: 0.95, reason: C.sexOptions([...set].join(" / ")) };
  // 农业 / 非农业 (户口, 家庭户 …): the household registration's nature, whatever the label calls it.
  if (words(["农业", "非农业"]).size === 2 && set.size <= 6) return { key: "householdType", weight: 0.9, reason: C.householdOptions([...set].join(" / ")) };
  const ethnic = [...set].filter((v) => ETHNIC_GROUPS.includes(v)).length;
  if (set.size >= 5 && ethnic >= set.size - 1) return { key: "ethnicity", weight: 0.9, reason: C.ethnicOptions() };
  const ids = [...set].filter((v) => ID_TYPES.includes(v) || /身份证|护照|居住证|通行证/.test(v)).length;
  if (ids >= 2 && ids >= set.size - 1) return { key: "idType", weight: 0.9, reason: C.idTypeOptions() };
  return undefined;
}

/** The element a leaf's schema points to (format, pattern, enum, exact length), or undefined. */
export function schemaEvidence(schema: Json): SchemaEvidence | undefined {
  const format = typeof schema.format === "string" ? schema.format : undefined;
  const fe = format ? FORMAT_ELEMENT[format] : undefined;
  if (fe) return { key: fe, weight: 0.8, reason: C.format(format!) };
  if (typeof schema.pattern === "string") {
    const p = patternElement(schema.pattern);
    if (p) return p;
  }
  const values = Array.isArray(schema.enum) ? schema.enum : schema.type === "array" && Array.isArray((schema.items as Json | undefined)?.enum) ? ((schema.items as Json).enum as unknown[]) : undefined;
  if (values && schema.type !== "array") {
    const e = enumElement(values);
    if (e) return e;
  }
  if (schema.type === "string" && schema.minLength === 18 && schema.maxLength === 18) {
    return { key: "idNumber", weight: 0.6, reason: C.length18(), alsoFits: ["uscc"] };
  }
  return undefined;
}

/** Whether the schema evidence is a format (the old, weaker rule: formats alone bound at 0.8). */
export function isFormatEvidence(schema: Json): boolean {
  return typeof schema.format === "string" && schema.format in FORMAT_ELEMENT;
}
