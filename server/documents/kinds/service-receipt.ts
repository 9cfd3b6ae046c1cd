// 送达回证: the record that the results (证照/批文 and the decision) reached the applicant — by hand at the window
// (with the pick-up code checked), by post (carrier and tracking number) or electronically — signed by the recipient.
import { cnDateTime, maskIdNumber } from "../format.js";
import type { DocumentKind } from "../types.js";
import { headerOf, signature, type CaseHeader } from "./common.js";
import { say } from "../../messages.js";

interface Data {
  header: CaseHeader;
  method: "window" | "post" | "online";
  papers: string[];
  place: string;
  recipientName: string;
  recipientIdNumber: string;
  signature?: string;
  handedOverAt?: string;
  server: string;
  department: string;
}

const METHOD = { window: "直接送达（窗口领取）", post: "邮寄送达", online: "电子送达" } as const;

/** The proof of service (送达回证). */
export const serviceReceipt: DocumentKind<Data> = {
  kind: "service_receipt",
  title: "送达回证",
  titleEn: "Proof of service",
  numberWord: "送",
  subjects(cx) {
    return cx.handover?.handedOverAt ? { subjects: [{ ref: "case", department: cx.spec.lead }] } : { subjects: [], why: say("结果尚未送达", "The results have not been handed over yet") };
  },
  data(cx, s) {
    const h = cx.handover!;
    const place = h.method === "post" ? `${h.address ?? ""}（${h.carrier ?? ""} ${h.trackingNo ?? ""}）` : h.method === "window" ? "政务服务中心综合出件窗口" : "网上办事大厅“我的办件”";
    return {
      header: headerOf(cx), method: h.method, place, department: cx.departmentName(s.department),
      papers: [...(cx.state?.results ?? []).map((r) => `${r.name}（${r.document}）`), "行政许可决定书"],
      recipientName: h.recipientName ?? "", recipientIdNumber: maskIdNumber(h.recipientIdNumber),
      ...(h.signature ? { signature: h.signature } : {}), ...(h.handedOverAt ? { handedOverAt: h.handedOverAt } : {}),
      server: cx.userName(h.handedOverBy ?? ""),
    };
  },
  layout(d, meta) {
    return {
      title: "送达回证", docNo: meta.docNo, qrUrl: meta.qrUrl, caseNo: meta.caseNo,
      blocks: [
        { t: "fields", rows: [
          ["受送达人", d.header.applicant.name], ["办件编号", d.header.caseNo], ["申请事项", d.header.bundleTitle],
          ["送达文书", d.papers.join("；")], ["送达方式", METHOD[d.method]], ["送达地点", d.place],
          ["签收人", `${d.recipientName}${d.recipientIdNumber ? `（证件号码 ${d.recipientIdNumber}）` : ""}`],
          ["送达时间", d.handedOverAt ? cnDateTime(d.handedOverAt) : ""], ["送达人", d.server],
        ] },
        { t: "sign-here", labels: ["受送达人（签收）："], ...(d.signature ? { image: d.signature } : {}) },
        { t: "note", text: "备注：受送达人拒绝签收的，送达人应当在送达回证上注明拒收事由和日期，由送达人、见证人签名，把文书留在受送达人的住所，即视为送达。" },
        signature(d.department, meta.issuedAt),
      ],
    };
  },
};
