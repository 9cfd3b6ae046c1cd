// The texts of the merge, in both languages (issue 14): suggestion messages, section-alignment messages and the
// reasons the merge adds to a field's binding (same person across forms, a staff re-binding). The phases in
// ./phases decide; this file only says what they decided. Chinese names elements and roles by their dictionary
// labels, English by their dictionary keys; the form's own words (labels, section titles) are quoted.
import { say, type Bilingual } from "../bilingual.js";
import { ELEMENT_BY_KEY } from "../dictionary/elements.js";
import { isOpenRole, roleName } from "../binding/roles-in-text.js";

const roEn = (k: string) => (isOpenRole(k) ? `"${roleName(k)}"` : k);

/** An element by key: its dictionary label in Chinese, its key in English. */
export const elementName = (k: string): Bilingual => say(ELEMENT_BY_KEY.get(k)?.label ?? k, k);

/** A party of a form by name: its section title as the form wrote it, else its role. */
export const partyName = (title: string | undefined, role: string): Bilingual =>
  title !== undefined ? say(`「${title}」`, `"${title}"`) : say(`「${roleName(role)}」`, roEn(role));

/** A "role|element" key: 「法定代表人·姓名」 / legalRep·name. */
const sigName = (key: string): Bilingual => {
  const [r, e] = key.split("|") as [string, string];
  return say(`「${roleName(r)}·${ELEMENT_BY_KEY.get(e)?.label ?? e}」`, `${roEn(r)}·${e}`);
};

const names = (xs: readonly Bilingual[]): Bilingual => say(xs.map((x) => x.zh).join("、"), xs.map((x) => x.en).join(", "));

/** Why the merge took a field's party to be the same person as other forms' (prefixed to the field's reason). */
export const ALIGN_REASONS = {
  onlyThisPerson: (parties: readonly Bilingual[]) => say(`同一人：各表单都只问这一个人（${names(parties).zh}）`, `same person: every form asks about this one person only (${names(parties).en})`),
  onlyPersonAs: (parties: readonly Bilingual[], role: string) => say(`同一人：各表单都只问一个人（${names(parties).zh}），合并为「${roleName(role)}」`, `same person: every form asks about one person only (${names(parties).en}), merged as ${roEn(role)}`),
  /** A datum outside the person's section that took the form's word for that person (a top-level 退役时间 of 参保人). */
  sameFormPerson: (parties: readonly Bilingual[], role: string, was: string) => say(`同一人：本表的「${roleName(was)}」就是各表单都只问的那个人（${names(parties).zh}），合并为「${roleName(role)}」`, `same person: this form's ${roEn(was)} is the one person every form asks about (${names(parties).en}), merged as ${roEn(role)}`),
  employerOf: (section: string, role: string) => say(`本表是「${roleName(role)}」的个人表单，分组「${section}」的单位名称是此人的工作单位`, `this is the ${roEn(role)}'s own form, so the unit name in the section "${section}" is that person's employer`),
  sameIdentityAs: (parties: readonly Bilingual[], role: string) => say(`同一人：各表单都只问一个人（${names(parties).zh}），姓名和证件信息相同，合并为「${roleName(role)}」`, `same person: every form asks about one person only (${names(parties).en}) with the same name and identity document, merged as ${roEn(role)}`),
  sharedRole: (forms: number, role: string) => say(`同一人：${forms} 张表单都问「${roleName(role)}」，姓名和证件信息俱在`, `same person: ${forms} forms all ask about the ${roEn(role)}, each with a name and an identity document`),
  staff: (role: string, element: string, was: Bilingual) => say(`工作人员手动指定为「${roleName(role)}·${ELEMENT_BY_KEY.get(element)?.label ?? element}」（原识别：${was.zh}）`, `set by staff to ${roEn(role)}·${element} (read before: ${was.en})`),
};

/** A reason the merge puts before a field's own (its binding reason), as one reason. */
export const prefixReason = (why: Bilingual, reason: Bilingual): Bilingual => say(`${why.zh}；${reason.zh}`, `${why.en.charAt(0).toUpperCase()}${why.en.slice(1)}; ${reason.en}`);

/** The message of each kind of merge suggestion. */
export const SUGGESTION_MESSAGES = {
  sameParty: (a: Bilingual, b: Bilingual, elements: readonly string[]) => {
    const list = elements.map(elementName);
    return say(`${a.zh}与${b.zh}可能是同一人：${elements.length} 项信息相同（${list.map((x) => x.zh).join("、")}）。确认后这两组字段整组合并`,
      `${a.en} and ${b.en} may be the same person: ${elements.length} data are the same (${list.map((x) => x.en).join(", ")}). Accepting merges the two groups of fields as a whole`);
  },
  sameLabel: (title: string, table: boolean) => say(
    `${table ? `表格「${title}」` : `「${title}」`}在两张表中位置、标题和${table ? "各列" : "类型"}都相同，但不是数据字典中的数据元，可能是同一信息`,
    `${table ? `The table "${title}"` : `"${title}"`} has the same place, title and ${table ? "columns" : "type"} in both forms but is no element of the data dictionary: it may be the same datum`),
  weakBinding: (key: string, title: string, confidence: number, reason: Bilingual) => say(
    `${sigName(key).zh}: 「${title}」的识别把握不足 (${confidence})，${reason.zh}`,
    `${sigName(key).en}: "${title}" was read with low confidence (${confidence}). ${reason.en}`),
  relatedRole: (a: string, b: string) => say(`「${roleName(a)}」与「${roleName(b)}」常常是同一人，但并不必然：确认后这两个人的全部信息合并为一组，请确认`,
    `${roEn(a)} and ${roEn(b)} are often the same person, but not always: accepting merges all data of the two people into one group; please confirm`),
  relatedElement: (a: string, b: string) => say(`${sigName(a).zh}与${sigName(b).zh}可能是同一信息，合并后只接受两者都接受的值`,
    `${sigName(a).en} and ${sigName(b).en} may be the same datum; merged, the field accepts only values both accept`),
};
