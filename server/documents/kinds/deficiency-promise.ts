// 容缺受理承诺书: the applicant's signed promise to supply the named materials by the deadline, accepted meanwhile
// (容缺受理), with the consequences of breaking it (信用记录) — as they signed it at submission or at the window.
import { cnDate, cnDateTime } from "../format.js";
import type { DocContext, DocumentKind } from "../types.js";
import { headerFields, headerOf, materialName, you, type CaseHeader } from "./common.js";
import { say } from "../../messages.js";
import { sameMaterial } from "../../../spec/flow/nodes/promises.js";

interface Data {
  header: CaseHeader;
  materials: Array<{ name: string; days: string; deadline: string }>;
  promiseText: string;
  signedName: string;
  signedAt: string;
  department: string;
}

const pendingPromise = (cx: DocContext) => cx.state?.promises.find((p) => p.kind === "materials");
/** The case's promise holding a material (a signed one may have its own deadline, apart from the clerk's list). */
const promiseOf = (cx: DocContext, material: string) => cx.state?.promises.find((p) => p.kind === "materials" && p.materials.some((m) => sameMaterial(m, material)));

/** The promise of an accept-with-deficiency (容缺受理承诺书). */
export const deficiencyPromise: DocumentKind<Data> = {
  kind: "deficiency_promise",
  title: "容缺受理承诺书",
  titleEn: "Promise to supply missing materials",
  numberWord: "容",
  subjects(cx) {
    return cx.promises.length || pendingPromise(cx)
      ? { subjects: [{ ref: "case", department: cx.spec.lead }] }
      : { subjects: [], why: say("本案没有容缺后补材料", "This case has no materials to be supplied later") };
  },
  data(cx, s) {
    const p = pendingPromise(cx);
    const signed = cx.promises[0];
    const fromState = (cx.state?.promises ?? []).filter((x) => x.kind === "materials")
      .flatMap((x) => x.materials.filter((m) => !cx.promises.some((y) => sameMaterial(y.material, m))).map((m) => ({ m, deadline: x.deadline })));
    return {
      header: headerOf(cx), department: cx.departmentName(s.department),
      materials: [
        ...cx.promises.map((x) => {
          const due = promiseOf(cx, x.material)?.deadline;
          return { name: x.materialName, days: `${x.deferralDays}个工作日`, deadline: due ? cnDateTime(due) : `受理之日起${x.deferralDays}个工作日内` };
        }),
        ...fromState.map(({ m, deadline }) => ({ name: materialName(cx, m), days: "", deadline: deadline ? cnDateTime(deadline) : "" })),
      ],
      promiseText: signed?.promiseText ?? "",
      signedName: signed?.signedName ?? headerOf(cx).applicant.name,
      signedAt: signed?.signedAt ?? p?.at ?? cx.app.submittedAt,
    };
  },
  layout(d, meta) {
    const h = d.header;
    return {
      title: "容缺受理承诺书", docNo: meta.docNo, addressee: d.department, qrUrl: meta.qrUrl, caseNo: meta.caseNo,
      blocks: [
        { t: "para", indent: true, text: `本人（单位）于${cnDate(h.submittedAt)}申请办理「${h.bundleTitle}」，因下列材料暂不能提供，申请容缺受理，现郑重承诺：` },
        headerFields(h),
        { t: "table", head: ["序号", "容缺材料", "容缺期限", "补交截止时间"], widths: [1, 8, 3, 5], rows: d.materials.map((m, k) => [String(k + 1), m.name, m.days, m.deadline]) },
        { t: "list", items: [
          "一、所提交的其他申请材料真实、合法、有效，复印件与原件一致；",
          "二、在上述期限内补交容缺材料，补交的材料与承诺一致；",
          "三、逾期未补交或者补交的材料不符合要求的，同意本机关依法撤销已作出的决定，由此产生的法律责任和损失由本人（单位）承担，并同意将失信情况记入信用记录。",
        ] },
        ...(d.promiseText ? [{ t: "note" as const, text: `申请人签署的承诺：${d.promiseText}` }] : []),
        { t: "fields", rows: [["承诺人（签字/盖章）", d.signedName], ["签署时间", cnDateTime(d.signedAt)]] },
        { t: "para", indent: false, text: `${you(h.applicant)}的承诺已由${d.department}收存。` },
      ],
    };
  },
};
