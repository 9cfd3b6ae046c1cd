// What several documents share: who the applicant is, the case header, the items that apply, the remedy clause of
// an adverse decision (复议/诉讼), and the department's signature under the seal.
import { applicableItems, type Answers } from "../../../spec/guide.js";
import type { Item } from "../../../spec/item.js";
import { cnDate, cnSealDate, maskIdNumber } from "../format.js";
import type { Block, DocContext } from "../types.js";
import { counterMaterialName } from "../../counter/materials.js";

/** The applicant as documents name them: a person or a company, with their identity number. */
export interface Party { name: string; idLabel: string; idNumber: string; phone: string; company: boolean }

/** The applicant of a case. */
export function partyOf(cx: DocContext): Party {
  const p = cx.applicant.profile as Record<string, string | undefined>;
  const company = !!p.uscc;
  return {
    name: p.name ?? cx.applicant.displayName, company,
    idLabel: company ? "统一社会信用代码" : (p.idType ?? "居民身份证") + "号码",
    idNumber: company ? p.uscc ?? "" : p.idNumber ?? "", phone: p.mobile ?? "",
  };
}

/** 你 / 你单位, as the documents address a person or a company. */
export const you = (p: Party) => (p.company ? "你单位" : "你");

/** The header every document carries: applicant, identity, case number, one-thing. */
export interface CaseHeader { caseNo: string; bundleTitle: string; submittedAt: string; applicant: Party; leadDepartment: string; leadName: string }

/** The header of a case. */
export function headerOf(cx: DocContext): CaseHeader {
  return {
    caseNo: cx.app.caseNo ?? cx.app.id, bundleTitle: cx.spec.title, submittedAt: cx.app.submittedAt, applicant: partyOf(cx),
    leadDepartment: cx.spec.lead, leadName: cx.departmentName(cx.spec.lead),
  };
}

/** The header as a fields block (identity numbers masked on paper). */
export function headerFields(h: CaseHeader): Block {
  return { t: "fields", rows: [
    ["申请人", h.applicant.name], [h.applicant.idLabel, h.applicant.company ? h.applicant.idNumber : maskIdNumber(h.applicant.idNumber)],
    ["办件编号", h.caseNo], ["申请事项", h.bundleTitle], ["申请时间", cnDate(h.submittedAt)],
  ] };
}

/** The items of the case that apply to its answers and data. */
export function itemsOf(cx: DocContext): Item[] {
  const ids = new Set(applicableItems(cx.spec, cx.app.answers as Answers, cx.app.data));
  return cx.spec.items.filter((i) => ids.has(i.id));
}

/** A material's name by id (searching every item, then the counter's own authorisation letter), the id itself when unknown. */
export function materialName(cx: DocContext, id: string): string {
  const bare = id.includes("/") ? id.slice(id.lastIndexOf("/") + 1) : id;
  for (const it of cx.spec.items) {
    const m = it.materials.find((x) => x.id === bare || `${it.id}/${x.id}` === id);
    if (m) return m.material_name;
  }
  return counterMaterialName(id) ?? id;
}

/** The remedy clause of an adverse decision: administrative reconsideration within 60 days or a lawsuit within 6 months. */
export function remedyClause(party: Party, paper: string): string {
  return `${you(party)}如对本${paper}不服，可以自收到本${paper}之日起六十日内依法向本机关的本级人民政府申请行政复议，`
    + "也可以自收到之日起六个月内依法向人民法院提起行政诉讼。行政复议或者行政诉讼期间，本" + paper + "不停止执行。";
}

/** The signature block: the department, the seal, the date in Chinese numerals. */
export function signature(departmentName: string, at: string): Block {
  return { t: "signature", lines: [departmentName, "（印章）", cnSealDate(at)] };
}

/** The contact line of the lead item (place, hours, phone), when the catalogue gives them. */
export function contactOf(items: Item[]): string {
  const it = items.find((i) => i.place || i.phone) ?? items[0];
  if (!it) return "";
  return [it.place && `办理地点：${it.place}`, it.hours && `办理时间：${it.hours}`, it.phone && `咨询电话：${it.phone}`, it.complaint_phone && `监督电话：${it.complaint_phone}`].filter(Boolean).join("；");
}
