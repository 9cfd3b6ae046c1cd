// 受理通知书（含受理回执）: the case was accepted — on which day, with which materials received (收件清单), which
// are deferred on a promise (容缺), and by when the department promises to decide.
import { cnDate, cnDateTime } from "../format.js";
import type { DocContext, DocumentKind } from "../types.js";
import { headerFields, headerOf, itemsOf, materialName, signature, you, type CaseHeader } from "./common.js";
import { say } from "../../messages.js";

interface Data {
  header: CaseHeader;
  how: string;
  acceptedAt: string;
  dueAt?: string;
  promisedDays: number;
  statutoryDays: number;
  received: Array<{ name: string; file: string }>;
  deferred: Array<{ name: string; deadline: string }>;
  department: string;
}

/** The acceptance task of a flow case, once it was decided to accept. */
function acceptanceOf(cx: DocContext) {
  return Object.values(cx.state?.tasks ?? {}).find((t) => t.kind === "acceptance" && t.status === "done" && ["accepted", "accepted_with_deficiency", "notify_promise"].includes(t.outcome ?? ""));
}

/** The acceptance notice with its receipt (受理通知书 / 受理回执). */
export const acceptanceNotice: DocumentKind<Data> = {
  kind: "acceptance",
  title: "受理通知书",
  titleEn: "Notice of acceptance",
  numberWord: "受",
  subjects(cx) {
    const t = acceptanceOf(cx);
    return t ? { subjects: [{ ref: "case", department: t.department }] } : { subjects: [], why: say("案件尚未受理", "The case has not been accepted yet") };
  },
  data(cx, s) {
    const t = acceptanceOf(cx)!;
    const items = itemsOf(cx);
    const promise = cx.state?.promises.find((p) => p.kind === "materials");
    return {
      header: headerOf(cx), how: t.outcome ?? "accepted", acceptedAt: cx.state?.clock.startedAt ?? t.createdAt,
      ...(cx.state?.clock.dueAt ? { dueAt: cx.state.clock.dueAt } : {}),
      promisedDays: Math.max(0, ...items.map((i) => i.promise_day)), statutoryDays: Math.max(0, ...items.map((i) => i.anticipate_day)),
      received: cx.files.map((f) => ({ name: materialName(cx, f.material), file: f.name })),
      deferred: (promise?.materials ?? []).map((m) => ({ name: materialName(cx, m), deadline: promise?.deadline ?? "" })),
      department: cx.departmentName(s.department),
    };
  },
  layout(d, meta) {
    const h = d.header;
    const basis = d.how === "notify_promise" ? "申请人已作出告知承诺，根据《优化营商环境条例》第四十条的规定" : "申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定";
    return {
      title: "受理通知书", docNo: meta.docNo, addressee: h.applicant.name, qrUrl: meta.qrUrl, caseNo: meta.caseNo,
      blocks: [
        { t: "para", indent: true, text: `${you(h.applicant)}于${cnDate(h.submittedAt)}提出的「${h.bundleTitle}」申请，经审查，${basis}，本机关决定予以受理${d.how === "accepted_with_deficiency" ? "（容缺受理）" : ""}。` },
        headerFields(h),
        { t: "para", indent: true, text: `受理时间：${cnDateTime(d.acceptedAt)}。本机关承诺于${d.dueAt ? cnDate(d.dueAt) : `受理之日起${d.promisedDays}个工作日内`}前作出决定（承诺时限${d.promisedDays}个工作日，法定时限${d.statutoryDays}个工作日；补正、容缺后补、依法中止的时间不计入时限）。` },
        { t: "heading", text: "收件清单（受理回执）" },
        d.received.length
          ? { t: "table", head: ["序号", "材料名称", "文件"], widths: [1, 7, 7], rows: d.received.map((r, k) => [String(k + 1), r.name, r.file]) }
          : { t: "para", indent: true, text: "申请材料均通过电子证照调取或现场核验，未收取纸质材料。" },
        ...(d.deferred.length ? [
          { t: "heading" as const, text: "容缺后补材料" },
          { t: "table" as const, head: ["序号", "材料名称", "补交期限"], widths: [1, 9, 5], rows: d.deferred.map((m, k) => [String(k + 1), m.name, m.deadline ? cnDateTime(m.deadline) : ""]) },
          { t: "para" as const, indent: true, text: `请${you(h.applicant)}按《容缺受理承诺书》的承诺在期限内补交上述材料；逾期未补交的，本机关将依法作出处理并记入信用记录。` },
        ] : []),
        { t: "para", indent: true, text: `${you(h.applicant)}可凭办件编号或扫描右上角二维码查询办理进度。` },
        signature(d.department, meta.issuedAt),
      ],
    };
  },
};
