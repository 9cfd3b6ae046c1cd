// 不予受理通知书: the case was refused at acceptance — the reason, the law, and the remedy (行政复议 / 行政诉讼).
import { cnDate } from "../format.js";
import type { DocumentKind } from "../types.js";
import { headerFields, headerOf, remedyClause, signature, you, type CaseHeader } from "./common.js";
import { caseEnd } from "./outcome.js";
import { say } from "../../messages.js";

interface Data { header: CaseHeader; reason: string; at: string; department: string }

/** The notice of refusal to accept (不予受理通知书). */
export const refusalNotice: DocumentKind<Data> = {
  kind: "refusal",
  title: "不予受理通知书",
  titleEn: "Notice of refusal to accept",
  numberWord: "不受",
  subjects(cx) {
    const end = caseEnd(cx);
    return end?.status === "rejected" && end.nodeType === "acceptance"
      ? { subjects: [{ ref: "case", department: end.department }] }
      : { subjects: [], why: say("案件未被不予受理", "The case was not refused at acceptance") };
  },
  data(cx, s) {
    const end = caseEnd(cx)!;
    return { header: headerOf(cx), reason: end.reason, at: end.at, department: cx.departmentName(s.department) };
  },
  layout(d, meta) {
    const h = d.header;
    return {
      title: "不予受理通知书", docNo: meta.docNo, addressee: h.applicant.name, qrUrl: meta.qrUrl, caseNo: meta.caseNo,
      blocks: [
        { t: "para", indent: true, text: `${you(h.applicant)}于${cnDate(h.submittedAt)}提出的「${h.bundleTitle}」申请，经审查，因下列理由，根据《中华人民共和国行政许可法》第三十二条第一款的规定，本机关决定不予受理：` },
        headerFields(h),
        { t: "heading", text: "不予受理的理由" },
        { t: "para", indent: true, text: d.reason || "申请事项不属于本机关职权范围或者不符合受理条件。" },
        { t: "heading", text: "救济途径" },
        { t: "para", indent: true, text: remedyClause(h.applicant, "通知书") },
        signature(d.department, meta.issuedAt),
      ],
    };
  },
};
