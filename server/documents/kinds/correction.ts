// 补正材料通知书: the complete list of what must be corrected, at once (一次性告知补正), with the reason for each
// and the deadline; one notice per correction request of the case.
import { cnDate, cnDateTime } from "../format.js";
import type { DocContext, DocumentKind } from "../types.js";
import { headerFields, headerOf, materialName, signature, you, type CaseHeader } from "./common.js";
import { say } from "../../messages.js";

interface Data {
  header: CaseHeader;
  at: string;
  deadline?: string;
  by: string;
  department: string;
  deficiencies: Array<{ what: string; kind: "field" | "material"; reason: string }>;
}

/** Every correction request of the case: the resolved ones and the one it waits on. */
const correctionsOf = (cx: DocContext) => {
  const all = [...(cx.state?.corrections ?? [])];
  const open = cx.state?.correction;
  if (open && !all.some((c) => c.id === open.id)) all.push(open);
  return all;
};

/** The correction notice (补正材料通知书). */
export const correctionNotice: DocumentKind<Data> = {
  kind: "correction",
  title: "补正材料通知书",
  titleEn: "Notice to correct the application",
  numberWord: "补",
  subjects(cx) {
    const list = correctionsOf(cx);
    return list.length
      ? { subjects: list.map((c) => ({ ref: c.id, department: cx.state?.tasks[c.task]?.department ?? cx.spec.lead })) }
      : { subjects: [], why: say("本案没有补正要求", "This case has no request for corrections") };
  },
  data(cx, s) {
    const c = correctionsOf(cx).find((x) => x.id === s.ref)!;
    return {
      header: headerOf(cx), at: c.at, ...(c.deadline ? { deadline: c.deadline } : {}), by: cx.userName(c.by), department: cx.departmentName(s.department),
      deficiencies: c.deficiencies.map((d) => ({ kind: d.kind, reason: d.reason, what: d.label ?? (d.kind === "material" ? materialName(cx, d.ref) : d.ref) })),
    };
  },
  layout(d, meta) {
    const h = d.header;
    return {
      title: "补正材料通知书", docNo: meta.docNo, addressee: h.applicant.name, qrUrl: meta.qrUrl, caseNo: meta.caseNo,
      blocks: [
        { t: "para", indent: true, text: `${you(h.applicant)}于${cnDate(h.submittedAt)}提出的「${h.bundleTitle}」申请，经审查，申请材料不齐全或者不符合法定形式。根据《中华人民共和国行政许可法》第三十二条第一款第（四）项的规定，现一次性告知${you(h.applicant)}需要补正的全部内容如下：` },
        headerFields(h),
        { t: "table", head: ["序号", "补正内容", "类别", "补正原因及要求"], widths: [1, 6, 2, 8], rows: d.deficiencies.map((x, k) => [String(k + 1), x.what, x.kind === "material" ? "材料" : "表单", x.reason]) },
        { t: "para", indent: true, text: `请${you(h.applicant)}${d.deadline ? `于${cnDateTime(d.deadline)}前` : "尽快"}通过网上办事大厅或到办事窗口补正上述全部内容。补正期间不计入办理时限；补正齐全后，本机关将依法受理并继续办理。除上述内容外，本机关不再要求补正其他材料。` },
        { t: "fields", rows: [["告知时间", cnDateTime(d.at)], ["经办人", d.by]] },
        signature(d.department, meta.issuedAt),
      ],
    };
  },
};
