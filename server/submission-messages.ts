// The applicant-facing messages of a submission (the 400 of POST /api/applications, withdrawal, drafts): each has a
// stable code the client can rely on, and its text in the client's language — Chinese unless the request's
// Accept-Language prefers English, never both glued together.
type Params = Record<string, string | number>;
type Text = (p: Params) => string;

import { countEn, type ServerLang } from "./messages.js";

export { requestLang, type ServerLang } from "./messages.js";

const MESSAGES = {
  invalid_submission: { zh: (p) => `申请有 ${p.n} 处需要修改`, en: (p) => `The application has ${countEn(p.n ?? 0, "problem", "problems")} to fix` },
  version_superseded: { zh: (p) => `该一件事已更新到版本 ${p.current}，请刷新后按新版本填写`, en: (p) => `This one-thing has been updated to version ${p.current}: reload and fill in the new version` },
  no_such_version: { zh: (p) => `一件事「${p.key}」没有版本 ${p.version}`, en: (p) => `"${p.key}" has no published version ${p.version}` },
  prefill_locked: { zh: (p) => `「${p.field}」取自${p.originZh}，不可修改`, en: (p) => `"${p.field}" comes from ${p.originEn} and cannot be changed` },
  unknown_question: { zh: (p) => `未知的引导问题：${p.id}`, en: (p) => `Unknown guide question: ${p.id}` },
  not_an_option: { zh: (p) => `「${p.title}」的回答不在可选范围内，应为${p.expectedZh}`, en: (p) => `The answer to "${p.title}" is not one of its options: it must be ${p.expectedEn}` },
  attachment_duplicate: { zh: (p) => `文件重复提交：${p.id}`, en: (p) => `The same file was sent twice: ${p.id}` },
  attachment_unknown: { zh: (p) => `文件不存在或不属于您：${p.id}`, en: (p) => `No such file of yours: ${p.id}` },
  attachment_used: { zh: (p) => `文件「${p.name}」已随另一申请提交`, en: (p) => `The file "${p.name}" was already submitted with another application` },
  attachment_other_version: { zh: (p) => `文件「${p.name}」是为另一事项版本上传的，请重新上传`, en: (p) => `The file "${p.name}" was uploaded for another version; please upload it again` },
  material_not_needed: { zh: (p) => `按您的情形不需要材料「${p.name}」，请删除该文件`, en: (p) => `Your situation does not need "${p.name}"; please remove the file` },
  deferral_unknown: { zh: (p) => `没有这项适用的材料：${p.id}`, en: (p) => `No such material applies: ${p.id}` },
  deferral_not_allowed: { zh: (p) => `「${p.name}」不允许容缺后补，须在提交时上传`, en: (p) => `"${p.name}" cannot be supplied later; upload it now` },
  deferral_duplicate: { zh: (p) => `「${p.name}」重复声明`, en: (p) => `"${p.name}" was declared twice` },
  deferral_has_file: { zh: (p) => `「${p.name}」已上传文件，无需容缺后补`, en: (p) => `"${p.name}" has a file already; no promise is needed` },
  deferral_not_agreed: { zh: (p) => `须同意「${p.name}」的容缺承诺书`, en: (p) => `Agree to the promise for "${p.name}"` },
  deferral_signature: { zh: (p) => `承诺书签名须与实名「${p.realName}」一致`, en: (p) => `Sign the promise with your real name "${p.realName}"` },
  material_missing: { zh: (p) => `请上传必要材料「${p.name}」（${p.item}）`, en: (p) => `Upload the required material "${p.name}" (${p.item})` },
  material_missing_deferrable: { zh: (p) => `请上传「${p.name}」（${p.item}），或签署容缺承诺书后补`, en: (p) => `Upload "${p.name}" (${p.item}), or sign the promise to supply it later` },
  attachments_changed: { zh: () => "材料文件已被删除或已随另一申请提交，请刷新后重试", en: () => "Material files were removed or used by another application; reload and try again" },
  withdraw_not_allowed: { zh: () => "申请已受理，不能撤回；如需终止请联系受理窗口", en: () => "The application has been accepted and can no longer be withdrawn; contact the service window" },
  withdraw_reason: { zh: () => "请填写撤回原因（不超过 200 字）", en: () => "Give a reason for withdrawing (200 characters at most)" },
  archived: { zh: (p) => `「${p.title}」已停止受理新的申请`, en: (p) => `"${p.title}" no longer takes new applications` },
  rating_reason: { zh: () => "评价为不满意时须说明原因，以便部门整改", en: () => "A dissatisfied rating needs its reason, so the department can put it right" },
  delivery_not_offered: { zh: (p) => `本件事不提供「${p.method}」出件方式`, en: (p) => `Results cannot be delivered by "${p.method}" for this service` },
  postal_address_missing: { zh: (p) => `选择邮寄时须填写「${p.field}」`, en: (p) => `"${p.field}" is needed for delivery by post` },
  postal_address_invalid: { zh: (p) => `「${p.field}」格式不正确：${p.hint}`, en: (p) => `"${p.field}" is not valid: ${p.hint}` },
} satisfies Record<string, { zh: Text; en: Text }>;

/** The names of the postal address fields, and what a valid value looks like. */
export const ADDRESS_FIELDS: Record<string, { zh: string; en: string; hintZh: string; hintEn: string }> = {
  recipient: { zh: "收件人", en: "Recipient", hintZh: "不超过 50 字", hintEn: "at most 50 characters" },
  phone: { zh: "收件人电话", en: "Recipient's phone", hintZh: "11 位手机号码或带区号的固定电话", hintEn: "an 11-digit mobile number or a landline with its area code" },
  region: { zh: "所在地区", en: "Region", hintZh: "省、市、区县，不超过 60 字", hintEn: "province, city and county, at most 60 characters" },
  detail: { zh: "详细地址", en: "Street address", hintZh: "街道、门牌号，4 至 200 字", hintEn: "street and number, 4 to 200 characters" },
  postalCode: { zh: "邮政编码", en: "Postal code", hintZh: "6 位数字", hintEn: "6 digits" },
};

/** A stable message code. */
export type SubmissionCode = keyof typeof MESSAGES;

/** The text of a message in a language. */
export function message(lang: ServerLang, code: SubmissionCode, params: Params = {}): string {
  const m = MESSAGES[code] as { zh: Text; en: Text };
  return lang === "en" ? m.en(params) : m.zh(params);
}

/** A problem with its code and text. */
export function problem(lang: ServerLang, code: SubmissionCode, pointer: string, params: Params = {}, field?: string): { code: SubmissionCode; pointer: string; message: string; field?: string } {
  return { code, pointer, message: message(lang, code, params), ...(field ? { field } : {}) };
}
