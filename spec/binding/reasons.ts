// The texts of binding reasons, in both languages (issue 14): every binding keeps a reason staff can read, naming
// the evidence it used. The binding (./bind.ts, ./parties.ts …) decides; this file only says why, once per kind of
// evidence. Chinese names elements and roles by their dictionary label, English by their dictionary key; the words
// read from the form (labels, section titles, synonyms) are quoted as the form wrote them.
import { say, type Bilingual } from "../bilingual.js";
import { ELEMENT_BY_KEY } from "../dictionary/elements.js";
import { isOpenRole, roleName } from "./roles-in-text.js";

/** A reason, or one piece of one, in both languages. */
export type Reason = Bilingual;

const elZh = (k: string) => `「${ELEMENT_BY_KEY.get(k)?.label ?? k}」`;
const roZh = (k: string) => `「${roleName(k)}」`;
/** A role in English: its dictionary key, or an open role's own word, quoted. */
const roEn = (k: string) => (isOpenRole(k) ? `"${roleName(k)}"` : k);
const where = (section: boolean): Bilingual => (section ? say("分组", "section") : say("表", "form"));

/** Reasons an element was read from a field's label, key or context. */
export const ELEMENT_REASONS = {
  note: (k: string, title: string, via: string) => say(`数据元${elZh(k)}: 标题「${title}」的括注写明了「${via}」`, `element ${k}: the note in the label "${title}" says "${via}"`),
  learnt: (k: string, title: string, via: string) => say(`数据元${elZh(k)}: 标题「${title}」是本地数据字典扩展中的同义词（${via}）`, `element ${k}: the label "${title}" is a synonym in this deployment's dictionary extensions ("${via}")`),
  label: (k: string, title: string) => say(`数据元${elZh(k)}: 标题「${title}」`, `element ${k}: the label "${title}"`),
  synonym: (k: string, title: string, via: string) => say(`数据元${elZh(k)}: 标题「${title}」是其同义词「${via}」`, `element ${k}: the label "${title}" is its synonym "${via}"`),
  alternatives: (k: string, title: string, person: boolean) => say(`数据元${elZh(k)}: 标题「${title}」列出几种写法，${person ? "个人" : "企业"}表单中指${elZh(k)}`, `element ${k}: the label "${title}" lists several wordings, which in ${person ? "a person's" : "an enterprise's"} form mean ${k}`),
  roleOnly: (title: string) => say(`标题「${title}」只写了角色，指此人的姓名`, `the label "${title}" names only the role, so it asks for that person's name`),
  appliedFor: (k: string, title: string, rest: string) => say(`数据元${elZh(k)}: 标题「${title}」是本次申请所申请的「${rest}」`, `element ${k}: the label "${title}" is the "${rest}" this application applies for`),
  qualified: (k: string, title: string, rest: string, qualifier: string) => say(`数据元${elZh(k)}: 标题「${title}」是「${rest}」加上只说明时间或详细程度的「${qualifier}」`, `element ${k}: the label "${title}" is "${rest}" plus "${qualifier}", which only says when or how precisely`),
  wordAndSuffix: (k: string, title: string, word: string, via: string) => say(`数据元${elZh(k)}: 标题「${title}」是「${word}」+「${via}」`, `element ${k}: the label "${title}" is "${word}" + "${via}"`),
  suffixOnly: (k: string, title: string, via: string) => say(`数据元${elZh(k)}: 标题「${title}」以「${via}」结尾，前面的词未识别`, `element ${k}: the label "${title}" ends with "${via}"; the words before it are not recognised`),
  personOnly: (title: string) => say(`标题「${title}」只写了一个人，指此人的姓名`, `the label "${title}" names only a person, so it asks for that person's name`),
  key: (k: string, fieldKey: string, titled: boolean) => say(`数据元${elZh(k)}来自键名 "${fieldKey}"${titled ? "（标题未识别）" : "（缺少标题）"}`, `element ${k} from the key "${fieldKey}" (${titled ? "the label is not recognised" : "the field has no label"})`),
  permitPremises: (formTitle: string) => say(`数据元${elZh("premises")}: 许可申请书「${formTitle}」中的「地址」是许可所针对的经营场所`, `element premises: in the permit application "${formTitle}", the address ("地址") is the premises the permit is for`),
  formNamesIt: (word: string, title: string, formTitle: string) => say(`数据元「企业名称」: 表单「${formTitle}」办的就是这个${word}，「${title}」是本表企业的名称`, `element entName: the form "${formTitle}" is about this "${word}", so "${title}" is the name of the form's enterprise`),
  titledEstablishment: (word: string, title: string, formTitle: string) => say(`数据元「生产经营地」: 表单「${formTitle}」办的是「${word}」，「${title}」是这个${word}所在的经营场所`, `element premises: the form "${formTitle}" is about a "${word}", so "${title}" is the premises where that "${word}" is`),
  establishment: (word: string, title: string) => say(`数据元「生产经营地」: 本表的「${word}名称」是企业名称，「${title}」是这个${word}所在的经营场所`, `element premises: this form's "${word}名称" is the enterprise's name, so "${title}" is the premises where that "${word}" is`),
  personName: (title: string, section: boolean) => say(`数据元「姓名」: 「${title}」所在的${where(section).zh}有身份证件等个人信息而没有姓名，此处的名称是此人的姓名`, `element name: the ${where(section).en} of "${title}" holds an identity document and other personal data but no name, so this name is the person's name`),
  notInDictionary: (title: string) => say(`标题「${title}」不是数据字典中的数据元，保留为事项自有字段`, `the label "${title}" is no element of the data dictionary; kept as the item's own field`),
};

/** Reasons from a field's value constraints (./evidence.ts) and chosen kind (./kind-evidence.ts), and how they
 *  combine with what the label said. */
export const CONSTRAINT_REASONS = {
  // the pattern in words, never the regex itself (tryout 10 #3): staff read what it accepts
  pattern: (_pattern: string, what: Bilingual) => say(`取值规则只接受${what.zh}`, `its pattern accepts only ${what.en}`),
  sexOptions: (values: string) => say(`选项为「${values}」`, `the options are "${values}" (male / female)`),
  householdOptions: (values: string) => say(`选项为「${values}」（户口性质）`, `the options are "${values}" (the nature of a household registration)`),
  ethnicOptions: () => say("选项是民族名称", "the options are ethnic groups"),
  idTypeOptions: () => say("选项是身份证件种类", "the options are kinds of identity document"),
  format: (format: string) => say(`格式 "${format}"`, `the format "${format}"`),
  length18: () => say("长度固定为 18 位（身份号码或统一社会信用代码）", "a fixed length of 18 characters (an ID number or a unified social credit code)"),
  fromConstraint: (k: string, ev: Reason) => say(`数据元${elZh(k)}来自${ev.zh}`, `element ${k} from ${ev.en}`),
  agrees: (a: Reason, ev: Reason) => say(`${a.zh}；${ev.zh}，相符`, `${a.en}; ${ev.en}, which agrees`),
  compatible: (a: Reason, ev: Reason) => say(`${a.zh}；${ev.zh}，相容`, `${a.en}; ${ev.en}, which is compatible`),
  constraintWins: (k: string, ev: Reason, a: Reason) => say(`数据元${elZh(k)}来自${ev.zh}（${a.zh}，证据较弱）`, `element ${k} from ${ev.en} (${a.en}: weaker evidence)`),
  contradicts: (a: Reason, ev: Reason, k: string) => say(`${a.zh}；但${ev.zh}，属于${elZh(k)}，证据矛盾`, `${a.en}; but ${ev.en}, which belongs to ${k}: the evidence contradicts`),
  licensedItems: (a: Reason) => say(`${a.zh}；取值是选项清单，是许可证的经营项目，而不是营业执照的经营范围`, `${a.en}; the values are a pick-list: a permit's licensed items, not the business licence's business scope`),
  typeMismatch: (a: Reason, fieldType: string, elementType: string) => say(`${a.zh}；字段类型 ${fieldType} 与数据元类型 ${elementType} 不同`, `${a.en}; the field's type ${fieldType} differs from the element's type ${elementType}`),
  orgOfRole: (a: Reason, role: string) => say(`${a.zh}（${roZh(role)}所经营的单位）`, `${a.en} (the organisation ${roEn(role)} runs)`),
  kindAgrees: (a: Reason, kind: Bilingual) => say(`${a.zh}；字段类型「${kind.zh}」相符`, `${a.en}; the field kind "${kind.en}" agrees`),
  kindOnly: (kind: Bilingual) => say(`数据元来自字段类型「${kind.zh}」（只用于此数据元）`, `element from the field kind "${kind.en}" (used only for this element)`),
  kindAgainst: (kind: Bilingual, a: Reason) => say(`数据元来自字段类型「${kind.zh}」（只用于此数据元）；${a.zh}，与之不符`, `element from the field kind "${kind.en}" (used only for this element); ${a.en}, which does not fit it`),
  kindContradicts: (a: Reason, kind: Bilingual) => say(`${a.zh}；但字段类型「${kind.zh}」不用于此数据元，证据矛盾`, `${a.en}; but the field kind "${kind.en}" is not used for this element: the evidence contradicts`),
};

/** Reasons a field's role was read, from its label, its section or the form. */
export const ROLE_REASONS = {
  fromLabel: (k: string, main: string) => say(`角色${roZh(k)}来自标题「${main}」`, `role ${roEn(k)} from the label "${main}"`),
  prefix: (k: string, via: string) => say(`角色${roZh(k)}来自标题前缀「${via}」`, `role ${roEn(k)} from the label's prefix "${via}"`),
  openPrefix: (word: string) => say(`角色「${word}」来自标题前缀「${word}」（数据字典中没有的人员角色）`, `role "${word}" from the label's prefix "${word}" (a person the dictionary does not know)`),
  openLabel: (word: string, title: string) => say(`角色「${word}」: 标题「${title}」是一个人（数据字典中没有的人员角色）`, `role "${word}": the label "${title}" is a person (a role the dictionary does not know)`),
  ofCase: (k: string) => say(`角色${roZh(k)}: 关于本次申请${k === "case" ? "本身" : `的${roleName(k)}`}，与所在分组的人无关`, `role ${roEn(k)}: about the application ${k === "case" ? "itself" : `(its ${k})`}, not the person of the section`),
  prefixFirst: (sectionRole: string) => say(`（标题前缀的角色优先于所在分组的${roZh(sectionRole)}）`, `(the role in the label's prefix comes before the section's ${roEn(sectionRole)})`),
  sectionFirst: (prefixRole: string, sectionRole: string) => say(`（标题前缀${roZh(prefixRole)}只说明所在分组的${roZh(sectionRole)}是什么人，分组中没有别人问同一项信息：是同一个人）`, `(the label's prefix ${roEn(prefixRole)} only says who the section's ${roEn(sectionRole)} is; nobody else in the section is asked the same: one person)`),
  subjectMismatch: (k: string) => say(`角色${roZh(k)}与数据元的主体不符`, `role ${roEn(k)} does not fit whom the element describes`),
  home: (k: string) => say(`角色${roZh(k)}: 此数据元属于本次申请的${roleName(k)}`, `role ${roEn(k)}: this element belongs to the application's ${roEn(k)}`),
  caseItself: () => say("角色「申请事项」: 关于本次申请本身", "role case: about the application itself"),
  orgInEnterpriseForm: () => say("角色「企业（单位）信息」: 企业表单中不属于任何人员分组的企业数据元", "role enterprise: an organisation's element in an enterprise form, in no person's section"),
  orgInPersonForm: () => say("角色「企业（单位）信息」: 个人表单中出现的单位数据元，把握不大", "role enterprise: an organisation's element in a person's form, uncertain"),
  anyInEnterpriseForm: () => say("角色「企业（单位）信息」: 企业表单中不属于任何人员分组的字段", "role enterprise: a field of an enterprise form in no person's section"),
  soleSubject: (k: string) => say(`角色${roZh(k)}: 不在任何人员分组中，本表只问一个人${roZh(k)}`, `role ${roEn(k)}: in no person's section, and this form asks about one person only, the ${roEn(k)}`),
  anyInPersonForm: () => say("角色「申请人」: 个人表单中不属于任何人员分组的字段，推测为申请人", "role applicant: a field of a person's form in no person's section, taken to be the applicant's"),
};

/** Reasons a section's (a party's) role was read (./parties.ts, ./section-role.ts). */
export const PARTY_REASONS = {
  section: (title: string, table = false) => say(`所在${table ? "表格" : "分组"}「${title}」`, `the ${table ? "table" : "section"} "${title}"`),
  sectionKey: (key: string) => say(`所在分组的键名 "${key}"（缺少标题）`, `the section's key "${key}" (it has no title)`),
  from: (k: string, at: Reason) => say(`角色${roZh(k)}来自${at.zh}`, `role ${roEn(k)} from ${at.en}`),
  learnt: (k: string, at: Reason, via: string) => say(`角色${roZh(k)}: ${at.zh}是本地数据字典扩展中的同义词（${via}）`, `role ${roEn(k)}: ${at.en} is a synonym in this deployment's dictionary extensions ("${via}")`),
  helperNote: (word: string, at: Reason, via: string) => say(`角色「${word}」来自${at.zh}：标题写明此人是「${word}」，括注「${via}」只说明其在本表中办理事项`, `role "${word}" from ${at.en}: the title says the person is "${word}"; the note "${via}" only says what they do in this form`),
  note: (k: string, at: Reason, via: string) => say(`角色${roZh(k)}: ${at.zh}的括注写明了「${via}」`, `role ${roEn(k)}: the note of ${at.en} says "${via}"`),
  inTitle: (k: string, at: Reason, via: string) => say(`角色${roZh(k)}: ${at.zh}中写明了「${via}」`, `role ${roEn(k)}: ${at.en} says "${via}"`),
  openPerson: (word: string, at: Reason) => say(`角色「${word}」来自${at.zh}：数据字典中没有这个人员角色，按分组标题识别为一个人`, `role "${word}" from ${at.en}: the dictionary does not know this person, so the section's title is read as one`),
  enterprise: (title: string, k: string) => say(`角色「企业（单位）信息」: 分组「${title}」的${roZh(k)}填写单位名称或统一社会信用代码，是申请的单位`, `role enterprise: the ${roEn(k)} of the section "${title}" fills in an organisation's name or unified social credit code, so it is the applying organisation`),
  deceased: (was: string | undefined, formTitle: string | undefined) => say(
    `角色「逝者」: ${was ? roZh(was) : "本表未写明角色的人"}${formTitle === undefined ? "有死亡日期" : `是表单「${formTitle}」所说的死亡者`}，是逝者`,
    `role deceased: ${was ? `the ${roEn(was)}` : "the person whose role this form does not name"} ${formTitle === undefined ? "has a date of death" : `is the one who died that the form "${formTitle}" is about`}, so is the deceased`),
  prefixed: (k: string, section: boolean, n: number) => say(`角色${roZh(k)}: 本${where(section).zh}${n} 个字段的标题以${roZh(k)}开头，其余字段也属于此人`, `role ${roEn(k)}: ${n} field labels of this ${where(section).en} start with ${roEn(k)}, so its other fields are this person's too`),
  second: (word: string, other: string, k: string) => say(`角色「${word}」: 本表另有分组「${other}」也是${roZh(k)}，两个分组是两个人`, `role "${word}": the section "${other}" of this form is ${roEn(k)} too, so the two sections are two people`),
  formAbout: (k: string, formTitle: string, was: string | undefined) => say(`角色${roZh(k)}: 表单「${formTitle}」是关于${roleName(k)}的，${was ? roZh(was) : "本表未写明角色的人"}有姓名等身份信息，是此人`, `role ${roEn(k)}: the form "${formTitle}" is about the ${roEn(k)}, and ${was ? `the ${roEn(was)}` : "the person whose role this form does not name"} has a name and other identity data, so is that person`),
  byAct: (k: string, formTitle: string, who: Bilingual, was: string) => say(`角色${roZh(k)}: 表单「${formTitle}」由${who.zh}申报，本表的${roZh(was)}是此方`, `role ${k}: the form "${formTitle}" is filed by ${who.en}, so its ${roEn(was)} is that party`),
};

/** Why a field is kept as its item's own (not merged) although its element is known (./bind.ts bindLeaf). */
export const KEPT_REASONS = {
  unknownSection: (section: string) => say(`所在分组「${section}」是数据字典中没有的人员角色`, `the section "${section}" is a person the dictionary does not know`),
  tableWithoutRole: () => say("所在表格没有可识别的角色", "the table has no role that can be recognised"),
  kept: (a: Reason, why: Reason) => say(`${a.zh}；但${why.zh}，保留为事项自有字段`, `${a.en}; but ${why.en}; kept as the item's own field`),
  otherPerson: (a: Reason, other: string) => say(`${a.zh}；本表的分组「${other}」与此分组都未写明是谁，「${other}」的身份信息更全，是本表的申请人，此分组是另一人，保留为事项自有字段`, `${a.en}; neither the section "${other}" nor this one says who it is: "${other}" has more identity data and is the form's applicant, so this section is another person; kept as the item's own field`),
  noRole: (a: Reason) => say(`${a.zh}；未找到此人的角色（不在任何人员分组中），不自动合并`, `${a.en}; no role found for this person (the field is in no person's section); not merged automatically`),
};

/** Pieces of a reason in order, as one reason ("；" in Chinese, "; " in English). */
export function joinReasons(parts: readonly Reason[]): Reason {
  return say(parts.map((p) => p.zh).join("；"), parts.map((p) => p.en).join("; "));
}

/** A reason as a sentence: its English starts with a capital (the pieces start lower-case, to be joined). */
export function sentence(r: Reason): Reason {
  return say(r.zh, r.en.charAt(0).toUpperCase() + r.en.slice(1));
}

/** A reason whose first piece was `was` with that piece now `now` (a guessed role the rest of the form settled). */
export function replaceLead(r: Reason, was: Reason, now: Reason): Reason {
  const w = sentence(was), n = sentence(now);
  return r.zh.startsWith(w.zh) && r.en.startsWith(w.en) ? say(n.zh + r.zh.slice(w.zh.length), n.en + r.en.slice(w.en.length)) : r;
}
