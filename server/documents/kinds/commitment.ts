// 告知承诺书: the department told the applicant the conditions, the applicant promised to meet them, and the case
// was decided on that promise with checks afterwards (告知承诺制, 《优化营商环境条例》第四十条).
import { cnDate, cnDateTime } from "../format.js";
import type { DocContext, DocumentKind } from "../types.js";
import { headerFields, headerOf, itemsOf, signature, you, type CaseHeader } from "./common.js";
import { say } from "../../messages.js";

interface Data { header: CaseHeader; items: Array<{ name: string; conditions: string; basis: string }>; conditions: string; at: string; department: string }

const conditionsPromise = (cx: DocContext) => cx.state?.promises.find((p) => p.kind === "conditions");

/** The notify-and-promise letter (告知承诺书). */
export const commitmentLetter: DocumentKind<Data> = {
  kind: "commitment",
  title: "告知承诺书",
  titleEn: "Notification and commitment",
  numberWord: "诺",
  subjects(cx) {
    const p = conditionsPromise(cx);
    return p ? { subjects: [{ ref: p.id, department: cx.state?.tasks[Object.keys(cx.state.tasks).find((k) => cx.state!.tasks[k]!.node === p.node) ?? ""]?.department ?? cx.spec.lead }] } : { subjects: [], why: say("本案未按告知承诺制受理", "This case was not accepted under notification and commitment") };
  },
  data(cx, s) {
    const p = conditionsPromise(cx)!;
    return {
      header: headerOf(cx), conditions: p.conditions ?? "", at: p.at, department: cx.departmentName(s.department),
      items: itemsOf(cx).map((i) => ({ name: i.task_name, conditions: i.accept_condition || "符合法律、法规规定的条件", basis: i.by_law })),
    };
  },
  layout(d, meta) {
    const h = d.header;
    return {
      title: "告知承诺书", docNo: meta.docNo, addressee: h.applicant.name, qrUrl: meta.qrUrl, caseNo: meta.caseNo,
      blocks: [
        { t: "heading", text: "一、行政机关告知" },
        { t: "para", indent: true, text: `${you(h.applicant)}于${cnDate(h.submittedAt)}申请办理「${h.bundleTitle}」。根据《优化营商环境条例》第四十条的规定，本机关对下列事项实行告知承诺制，现将许可条件和依据告知如下：` },
        headerFields(h),
        { t: "table", head: ["序号", "事项", "许可条件", "设定依据"], widths: [1, 4, 7, 5], rows: d.items.map((i, k) => [String(k + 1), i.name, i.conditions, i.basis]) },
        ...(d.conditions ? [{ t: "para" as const, indent: true, text: `本案承诺内容：${d.conditions}` }] : []),
        { t: "heading", text: "二、申请人承诺" },
        { t: "list", items: [
          "一、已经知晓本机关告知的全部内容；",
          "二、自身已经符合本机关告知的条件、标准和要求；",
          "三、愿意接受本机关的事中事后核查，承诺内容与实际不符的，愿意承担相应的法律责任，并同意将失信情况记入信用记录；",
          "四、所填写的信息和提交的材料真实、准确、完整。",
        ] },
        { t: "sign-here", labels: ["申请人（签字/盖章）：", "日期："] },
        { t: "fields", rows: [["受理时间", cnDateTime(d.at)]] },
        signature(d.department, meta.issuedAt),
      ],
    };
  },
};
