// 统一社会信用代码 (GB 32100): the check with the exact problem, and the decoded registration authority, type
// and region shown beside the field so the applicant sees at once whether the code is the right organisation's.
import { USCC_CHARSET, usccCheckChar } from "../../dictionary/validators.js";
import { regionName } from "../../dictionary/regions.js";
import { PROVINCE_PREFIXES } from "../../dictionary/validators.js";
import { msg, type FieldKind, type KindIssue } from "../types.js";

/** GB 32100 Appendix A: registration authority → its organisation types (named in both languages on screen by
 *  runtime/shared/i18n-fields.ts, fk.uscc.<authority>.<type>). */
export const USCC_AUTHORITIES: Record<string, { name: string; types: Record<string, string> }> = {
  "1": { name: "机构编制", types: { "1": "机关", "2": "事业单位", "3": "中央编办直接管理机构编制的群众团体", "9": "其他" } },
  "2": { name: "外交", types: { "1": "外国常驻新闻机构", "9": "其他" } },
  "3": { name: "司法行政", types: { "1": "律师执业机构", "2": "公证处", "3": "基层法律服务所", "4": "司法鉴定机构", "5": "仲裁委员会", "9": "其他" } },
  "4": { name: "文化", types: { "1": "外国在华文化中心", "9": "其他" } },
  "5": { name: "民政", types: { "1": "社会团体", "2": "民办非企业单位", "3": "基金会", "9": "其他" } },
  "6": { name: "旅游", types: { "1": "外国旅游部门常驻代表机构", "2": "港澳台地区旅游部门常驻内地（大陆）代表机构", "9": "其他" } },
  "7": { name: "宗教", types: { "1": "宗教活动场所", "2": "宗教院校", "9": "其他" } },
  "8": { name: "工会", types: { "1": "基层工会", "9": "其他" } },
  "9": { name: "市场监管（工商）", types: { "1": "企业", "2": "个体工商户", "3": "农民专业合作社" } },
  A: { name: "中央军委改革和编制办公室", types: { "1": "军队事业单位", "9": "其他" } },
  N: { name: "农业", types: { "1": "组级集体经济组织", "2": "村级集体经济组织", "3": "乡镇级集体经济组织", "9": "其他" } },
  Y: { name: "其他", types: { "1": "其他" } },
};

/** What a code says about its organisation: authority, type and registration region (names, for display). */
export interface UsccFacts { authority: string; type: string; region: string }

/** The problem of a unified social credit code, with a stable code, or undefined when it is valid. */
export function usccIssue(value: string): KindIssue | undefined {
  const bad = (code: string, zh: string, en: string): KindIssue => ({ code, message: msg(zh, en) });
  if (value.length !== 18) return bad("length", `统一社会信用代码应为 18 位，现在是 ${value.length} 位`, `The code must have 18 characters, not ${value.length}`);
  const wrong = [...value].find((c) => !USCC_CHARSET.includes(c));
  if (wrong) return bad("charset", `统一社会信用代码不能含「${wrong}」（只用数字和除 I、O、S、V、Z 外的大写字母）`, `"${wrong}" is not allowed (digits and capitals except I, O, S, V, Z)`);
  const auth = USCC_AUTHORITIES[value[0]!];
  if (!auth) return bad("authority", `登记管理部门代码「${value[0]}」无效`, `Unknown registration authority "${value[0]}"`);
  if (!auth.types[value[1]!]) return bad("type", `机构类别代码「${value[1]}」不属于${auth.name}登记的机构`, `Type "${value[1]}" does not exist for this authority`);
  const region = value.slice(2, 8);
  if (!/^\d{6}$/.test(region) || !(PROVINCE_PREFIXES.has(region.slice(0, 2)) || region.startsWith("10"))) return bad("region", `地区码无效：${region}`, `Invalid region code: ${region}`);
  if (usccCheckChar(value.slice(0, 17)) !== value[17]) return bad("checkChar", "校验位不正确，请核对代码", "The check character is wrong: please check the code");
  return undefined;
}

/** Decodes a valid code for display (undefined when invalid). */
export function decodeUscc(value: string): UsccFacts | undefined {
  if (usccIssue(value)) return undefined;
  const auth = USCC_AUTHORITIES[value[0]!]!;
  const code = value.slice(2, 8);
  return { authority: auth.name, type: auth.types[value[1]!]!, region: code.startsWith("10") ? "中央" : regionName(code) ?? regionName(code.slice(0, 4) + "00") ?? regionName(code.slice(0, 2) + "0000") ?? code };
}

export const organisation: FieldKind = {
  name: "organisation",
  label: msg("统一社会信用代码", "Unified social credit code"),
  group: "身份主体",
  elements: ["uscc"],
  replacesFormat: "cn-uscc",
  newSchema: () => ({ type: "string", title: "统一社会信用代码", maxLength: 18, "x-kind": "organisation" }),
  check(value) {
    if (typeof value !== "string" || value === "") return [];
    const issue = usccIssue(value);
    return issue ? [issue] : [];
  },
};
