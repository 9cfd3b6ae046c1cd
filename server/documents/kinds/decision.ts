// 准予 / 不予行政许可决定书: the decision around the result — granted with the documents issued (证照/批文), or
// refused with the reason and the remedy (复议/诉讼).
import { cnDate } from "../format.js";
import type { DocumentKind } from "../types.js";
import { headerFields, headerOf, remedyClause, signature, you, type CaseHeader } from "./common.js";
import { caseEnd } from "./outcome.js";
import { say } from "../../messages.js";

interface Data { header: CaseHeader; granted: boolean; reason: string; at: string; results: Array<{ name: string; department: string; document: string }>; department: string }

/** The decision on the licence (准予 / 不予行政许可决定书). */
export const decisionDocument: DocumentKind<Data> = {
  kind: "decision",
  title: "行政许可决定书",
  titleEn: "Licensing decision",
  numberWord: "许",
  subjects(cx) {
    const end = caseEnd(cx);
    if (!end) return { subjects: [], why: say("案件尚未作出决定", "No decision has been made on the case yet") };
    if (end.status === "rejected" && end.nodeType === "acceptance") return { subjects: [], why: say("案件在受理环节不予受理，请出具不予受理通知书", "The case was refused at acceptance: issue the notice of non-acceptance instead") };
    return { subjects: [{ ref: "case", department: end.department }] };
  },
  data(cx, s) {
    const end = caseEnd(cx)!;
    return {
      header: headerOf(cx), granted: end.status === "completed", reason: end.reason, at: end.at, department: cx.departmentName(s.department),
      results: (cx.state?.results ?? []).map((r) => ({ name: r.name, department: cx.departmentName(r.department), document: r.document })),
    };
  },
  layout(d, meta) {
    const h = d.header;
    const intro = `${you(h.applicant)}于${cnDate(h.submittedAt)}提出的「${h.bundleTitle}」申请，本机关已依法受理。经审查，`;
    const blocks = d.granted
      ? [
        { t: "para" as const, indent: true, text: `${intro}${you(h.applicant)}的申请符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款的规定，本机关决定准予行政许可。` },
        headerFields(h),
        { t: "heading" as const, text: "颁发的证照和批文" },
        d.results.length
          ? { t: "table" as const, head: ["序号", "名称", "出具部门", "证号或文号"], widths: [1, 6, 4, 5], rows: d.results.map((r, k) => [String(k + 1), r.name, r.department, r.document]) }
          : { t: "para" as const, indent: true, text: "本事项不出具证照。" },
        { t: "para" as const, indent: true, text: `请${you(h.applicant)}按所选方式领取上述证照；电子证照与纸质证照具有同等法律效力。` },
      ]
      : [
        { t: "para" as const, indent: true, text: `${intro}${you(h.applicant)}的申请不符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第二款的规定，本机关决定不予行政许可。` },
        headerFields(h),
        { t: "heading" as const, text: "不予许可的理由" },
        { t: "para" as const, indent: true, text: d.reason || "申请不符合法定条件、标准。" },
        { t: "heading" as const, text: "救济途径" },
        { t: "para" as const, indent: true, text: remedyClause(h.applicant, "决定") },
      ];
    return { title: d.granted ? "准予行政许可决定书" : "不予行政许可决定书", docNo: meta.docNo, addressee: h.applicant.name, qrUrl: meta.qrUrl, caseNo: meta.caseNo, blocks: [...blocks, signature(d.department, meta.issuedAt)] };
  },
};
