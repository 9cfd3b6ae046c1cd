// Turns a schema violation into a message that names the real problem in the words of the screen: which field
// (by its label, not its JSON key) is missing, empty, out of range or not one of its choices — so an empty
// department reads "未选择办理部门", not a complaint about the id format.
import type { z } from "zod";

/** Labels of spec properties as the designers show them (the last path segment that is a name). */
export const FIELD_LABELS: Record<string, string> = {
  key: "标识", title: "名称", label: "名称", name: "名称", category: "分类", audience: "服务对象", summary: "简介",
  lead: "牵头部门", cooperating: "配合部门", department: "办理部门", role: "岗位", assignee: "指定办理人",
  join: "汇聚节点", item: "事项", statutoryDays: "法定时限（工作日）", promisedDays: "承诺时限（工作日）",
  reminderDays: "提前提醒天数", countersign: "会签", signers: "签批人", mode: "会签方式", ratio: "通过比例",
  timeout: "超时处理", action: "超时动作", escalateTo: "超时升级对象", result: "结果文书", maxCorrections: "补正次数上限",
  correctionDays: "补正期限（工作日）", deficiencyDays: "容缺补交期限（工作日）", allowDeficiency: "允许容缺受理",
  allowPromise: "允许告知承诺", outcome: "办结结果", rules: "规则", when: "条件", otherwise: "规则都不满足时",
  manual: "转人工办理", delivery: "出件方式", caseLimit: "案件办结时限", source: "起点", target: "终点",
  condition: "条件", position: "位置", type: "类型", id: "ID", schemaVersion: "格式版本", nodes: "节点", edges: "连线",
  items: "事项", task_name: "事项名称", dept_name: "实施主体名称", promise_day: "承诺办结时限", anticipate_day: "法定办结时限",
  materials: "申请材料", questions: "问题", options: "选项", value: "选项值", form: "表单", schema: "表单结构",
  visibleIf: "显示条件", requiredIf: "必填条件", applicability: "适用条件", pointer: "字段位置",
};

/** Fields chosen from a list in the designers: a missing one is "未选择", not "未填写". */
const CHOSEN = new Set(["department", "lead", "role", "join", "item", "mode", "action", "category", "audience", "outcome", "otherwise", "source", "target", "type", "delivery"]);

function labelOf(path: PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === "string" && FIELD_LABELS[seg]) return FIELD_LABELS[seg]!;
    if (typeof seg === "string" && !/^\d+$/.test(seg)) return seg;
  }
  return "内容";
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

const TYPE_WORDS: Record<string, string> = { string: "文字", number: "数字", boolean: "是或否", object: "一组属性", array: "列表", int: "整数" };

/** A Chinese message naming the field and what is wrong with it (English in brackets, as the editor shows elsewhere). */
export function issueMessage(issue: z.core.$ZodIssue, root: unknown, relPath: PropertyKey[] = issue.path): string {
  const path = relPath;
  const last = path[path.length - 1];
  const field = labelOf(path);
  const value = valueAt(root, issue.path);
  const missing = value === undefined || value === null || value === "";
  const verb = typeof last === "string" && CHOSEN.has(last) ? "未选择" : "未填写";
  const en = typeof last === "string" ? last : field;
  // a message written for this rule in the schema already says what is wrong: keep it, naming the field
  const custom = !/^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(issue.message);
  if (custom && !missing) return issue.code === "invalid_format" ? `${field}「${String(value)}」：${issue.message}` : issue.message;
  switch (issue.code) {
    case "invalid_type":
      if (missing) return `${verb}${field} (${en} missing)`;
      return `${field}应为${TYPE_WORDS[issue.expected] ?? issue.expected} (${en}: expected ${issue.expected})`;
    case "invalid_format":
      if (missing) return `${verb}${field} (${en} missing)`;
      return `${field}「${String(value)}」格式不正确 (${en}: invalid format)`;
    case "too_small":
      if (missing || (issue.origin === "string" && value === "")) return `${verb}${field} (${en} missing)`;
      if (issue.origin === "array") return `${field}至少要有 ${issue.minimum} 项 (${en}: at least ${issue.minimum})`;
      if (issue.origin === "string") return `${field}至少 ${issue.minimum} 个字 (${en}: too short)`;
      return `${field}不能小于 ${issue.minimum}，现在是 ${String(value)} (${en}: at least ${issue.minimum})`;
    case "too_big":
      if (issue.origin === "array") return `${field}最多 ${issue.maximum} 项 (${en}: at most ${issue.maximum})`;
      if (issue.origin === "string") return `${field}最多 ${issue.maximum} 个字 (${en}: too long)`;
      return `${field}不能大于 ${issue.maximum}，现在是 ${String(value)} (${en}: at most ${issue.maximum})`;
    case "invalid_value":
      if (missing) return `${verb}${field} (${en} missing)`;
      return `${field}「${String(value)}」不是可选的值，可选：${issue.values.map(String).join("、")} (${en}: not one of the choices)`;
    case "not_multiple_of":
      return `${field}应为整数 (${en}: integer)`;
    case "unrecognized_keys":
      return `${field}含有不认识的属性：${issue.keys.join("、")} (unknown properties)`;
    default:
      return issue.message;
  }
}
