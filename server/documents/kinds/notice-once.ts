// 一次性告知书: everything the applicant needs for their situation, from the guide — the items that apply, every
// material with its requirements, time limits, fees and where to go — so nothing is asked for a second time.
import { resolveNotice, type Answers } from "../../../spec/guide.js";
import { cnDate } from "../format.js";
import type { DocumentKind } from "../types.js";
import { contactOf, headerFields, headerOf, itemsOf, signature, you, type CaseHeader } from "./common.js";

interface Data {
  header: CaseHeader;
  items: Array<{ name: string; department: string; promised: string; statutory: string; fee: string }>;
  materials: Array<{ name: string; item: string; requirement: string; copies: string }>;
  contact: string;
}

const ITEM_NAME = (cx: Parameters<DocumentKind["data"]>[0], id: string) => cx.spec.items.find((i) => i.id === id)?.task_name ?? id;

/** The one-time complete notice (一次性告知书). */
export const noticeOnce: DocumentKind<Data> = {
  kind: "notice_once",
  title: "一次性告知书",
  titleEn: "One-time complete notice",
  numberWord: "告",
  subjects: (cx) => ({ subjects: [{ ref: "case", department: cx.spec.lead }] }),
  data(cx) {
    const names = Object.fromEntries(cx.spec.items.map((i) => [i.department, cx.departmentName(i.department)]));
    const n = resolveNotice(cx.spec, cx.app.answers as Answers, names, cx.app.data);
    return {
      header: headerOf(cx),
      items: n.items.map((i) => ({
        name: i.name, department: i.departmentName, promised: `${i.promisedDays}个${i.promisedUnit}`, statutory: `${i.statutoryDays}个${i.statutoryUnit}`,
        fee: i.charges.length ? i.charges.map((c) => `${c.name}：${c.standard}`).join("；") : "不收费",
      })),
      materials: n.materials.map((m) => ({
        name: m.name, item: ITEM_NAME(cx, m.item),
        requirement: [m.heldByGovernment ? "政府部门核发，可免交（系统调取电子证照）" : m.form, m.necessity === "容缺后补" ? `可容缺后补（${m.deferralDays ?? ""}个工作日内）` : m.necessity, m.notes].filter(Boolean).join("；"),
        copies: [m.originals ? `原件${m.originals}份` : "", m.copies ? `复印件${m.copies}份` : ""].filter(Boolean).join("，") || "—",
      })),
      contact: contactOf(itemsOf(cx)),
    };
  },
  layout(d, meta) {
    const h = d.header;
    return {
      title: "一次性告知书", docNo: meta.docNo, addressee: h.applicant.name, qrUrl: meta.qrUrl, caseNo: meta.caseNo,
      blocks: [
        { t: "para", indent: true, text: `${you(h.applicant)}于${cnDate(h.submittedAt)}申请办理「${h.bundleTitle}」。根据《中华人民共和国行政许可法》第三十条、《优化营商环境条例》第三十五条的规定，现将办理上述事项涉及的全部事项、申请材料和有关要求一次性告知如下：` },
        headerFields(h),
        { t: "heading", text: "一、办理事项" },
        { t: "table", head: ["序号", "事项名称", "实施部门", "承诺时限", "法定时限", "收费"], widths: [1, 5, 4, 3, 3, 3], rows: d.items.map((i, k) => [String(k + 1), i.name, i.department, i.promised, i.statutory, i.fee]) },
        { t: "heading", text: "二、申请材料" },
        d.materials.length
          ? { t: "table", head: ["序号", "材料名称", "所属事项", "要求", "份数"], widths: [1, 6, 4, 5, 3], rows: d.materials.map((m, k) => [String(k + 1), m.name, m.item, m.requirement, m.copies]) }
          : { t: "para", indent: true, text: "根据你填报的情形，本事项无需另行提交申请材料，所需信息已通过申请表和电子证照取得。" },
        { t: "heading", text: "三、其他事项" },
        { t: "para", indent: true, text: "申请材料齐全、符合法定形式的，本机关将依法予以受理；除本告知书所列材料外，不会要求你另行提交其他材料。政府部门核发的证照可通过电子证照调取的，无需重复提交。" },
        ...(d.contact ? [{ t: "para" as const, indent: true, text: d.contact }] : []),
        signature(h.leadName, meta.issuedAt),
      ],
    };
  },
};
