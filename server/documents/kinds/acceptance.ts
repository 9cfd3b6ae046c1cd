// 受理通知书（含受理回执）: the case was accepted — on which day, on which legal basis (行政许可法 only for the
// 行政许可 items, each other item's own basis), with which materials received (收件清单), which are deferred on a
// promise (容缺), and by when the department promises to decide: one promised limit, the one-thing's, with the items'
// own limits listed apart where they differ (tryout #23).
import type { Item } from "../../../spec/item.js";
import { oneThingLimits, type Limit } from "../../../spec/one-thing-limits.js";
import { cnDate, cnDateTime } from "../format.js";
import type { DocContext, DocumentKind } from "../types.js";
import { headerFields, headerOf, itemsOf, materialName, signature, you, type CaseHeader } from "./common.js";
import { say } from "../../messages.js";

type Unit = Item["promise_type"];

interface Data {
  header: CaseHeader;
  how: string;
  acceptedAt: string;
  dueAt?: string;
  promisedDays: number;
  statutoryDays: number;
  /** The applying items: the 行政许可 ones (cited under 行政许可法) and the others with their own basis (by_law). */
  licences?: string[];
  others?: Array<{ name: string; basis: string }>;
  /** The one-thing's limits (its flow's case limit, else its critical path, else the longest item's). */
  promised?: Limit;
  statutory?: Limit;
  /** Items whose own promised limit differs from the one-thing's. */
  itemLimits?: Array<{ name: string } & Limit>;
  received: Array<{ name: string; file: string }>;
  deferred: Array<{ name: string; deadline: string }>;
  department: string;
}

const LICENCE_TASK_TYPE = "01"; // 行政许可 in the national item elements' 事项类型
const LICENCE_ACT = "《中华人民共和国行政许可法》第三十二条第一款第（五）项";
const days = (l: Limit) => `${l.days}个${l.unit}`;

/** The one-thing's promised and statutory limits and the items' own promised limits that differ from it. */
function limitsOf(cx: DocContext, items: Item[]): { promised: Limit; statutory: Limit; itemLimits: Array<{ name: string } & Limit> } {
  const { promised, statutory } = oneThingLimits(cx.spec, items);
  const itemLimits = items.filter((i) => i.promise_day !== promised.days || i.promise_type !== promised.unit)
    .map((i) => ({ name: i.task_name, days: i.promise_day, unit: i.promise_type }));
  return { promised, statutory, itemLimits };
}

/** Why the case is accepted, in law: 行政许可法 for 行政许可 items, each other item's own basis, 告知承诺 its rule. */
function basisOf(d: Data): string {
  if (d.how === "notify_promise") return "申请人已作出告知承诺，根据《优化营商环境条例》第四十条的规定";
  if (!d.licences || !d.others) return `申请材料齐全、符合法定形式，根据${LICENCE_ACT}的规定`; // issued before tryout #23: as it was
  const otherLaws = [...new Set(d.others.map((o) => o.basis.trim()).filter(Boolean))];
  const otherBasis = otherLaws.length ? otherLaws.join("、") : "有关法律、法规";
  if (!d.others.length) return `申请材料齐全、符合法定形式，根据${LICENCE_ACT}的规定`;
  if (!d.licences.length) return `申请材料齐全、符合法定形式，根据${otherBasis}的规定`;
  const named = (names: string[]) => names.map((n) => `「${n}」`).join("、");
  return `申请材料齐全、符合法定形式，其中${named(d.licences)}根据${LICENCE_ACT}的规定，${named(d.others.map((o) => o.name))}根据${otherBasis}的规定`;
}

/** The sentence of the promised date and the limits: one promised limit, the items' own labelled apart. */
function limitsText(d: Data): string {
  const promised = d.promised ?? { days: d.promisedDays, unit: "工作日" as Unit };
  const statutory = d.statutory ?? { days: d.statutoryDays, unit: "工作日" as Unit };
  const by = d.dueAt ? `于${cnDate(d.dueAt)}前` : `自受理之日起${days(promised)}内`;
  const own = d.itemLimits?.length ? `各事项自身公布的承诺时限：${d.itemLimits.map((i) => `${i.name}${days(i)}`).join("、")}，本件并联办理，以本件承诺时限为准。` : "";
  return `受理时间：${cnDateTime(d.acceptedAt)}。本机关承诺${by}作出决定（本件承诺时限${days(promised)}，法定时限${days(statutory)}；补正、容缺后补、依法中止的时间不计入时限）。${own}`;
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
    const limits = limitsOf(cx, items);
    return {
      header: headerOf(cx), how: t.outcome ?? "accepted", acceptedAt: cx.state?.clock.startedAt ?? t.createdAt,
      ...(cx.state?.clock.dueAt ? { dueAt: cx.state.clock.dueAt } : {}),
      promisedDays: limits.promised.days, statutoryDays: limits.statutory.days, ...limits,
      licences: items.filter((i) => i.task_type === LICENCE_TASK_TYPE).map((i) => i.task_name),
      others: items.filter((i) => i.task_type !== LICENCE_TASK_TYPE).map((i) => ({ name: i.task_name, basis: i.by_law })),
      received: cx.files.map((f) => ({ name: materialName(cx, f.material), file: f.name })),
      // every 容缺 promise of the acceptance: the clerk's list and the applicant's signed ones, each with its deadline
      deferred: (cx.state?.promises ?? []).filter((p) => p.kind === "materials").flatMap((p) => p.materials.map((m) => ({ name: materialName(cx, m), deadline: p.deadline ?? "" }))),
      department: cx.departmentName(s.department),
    };
  },
  layout(d, meta) {
    const h = d.header;
    const basis = basisOf(d);
    return {
      title: "受理通知书", docNo: meta.docNo, addressee: h.applicant.name, qrUrl: meta.qrUrl, caseNo: meta.caseNo,
      blocks: [
        { t: "para", indent: true, text: `${you(h.applicant)}于${cnDate(h.submittedAt)}提出的「${h.bundleTitle}」申请，经审查，${basis}，本机关决定予以受理${d.how === "accepted_with_deficiency" ? "（容缺受理）" : ""}。` },
        headerFields(h),
        { t: "para", indent: true, text: limitsText(d) },
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
