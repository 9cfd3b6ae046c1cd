// Turns a schema violation into a message that names the real problem in the words of the screen: which field
// (by its label, not its JSON key) is missing, empty, out of range or not one of its choices — so an empty
// department reads "未选择办理部门" / "Handling department is not chosen", not a complaint about the id format.
import type { z } from "zod";
import { say, type Bilingual } from "./bilingual.js";
import { ITEM_ELEMENT_CHOSEN, ITEM_ELEMENT_LABELS, ITEM_ELEMENT_LABELS_EN } from "./catalogue/element-labels.js";

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
  version: "版本", bundleKey: "一件事标识", answers: "引导问题的回答", data: "表单数据", requestId: "请求标识",
  // the handling actions' and the rectification's fields (task completion, 差评整改)
  reason: "理由", note: "情况说明", days: "天数", deadline: "期限", to: "转办对象", deficiencies: "补正内容", comment: "意见说明",
  contact: "联系申请人的情况", measures: "整改措施", taskId: "任务",
};

/** The same labels in English, for the English half of every message. */
const FIELD_LABELS_EN: Record<string, string> = {
  key: "Key", title: "Name", label: "Name", name: "Name", category: "Category", audience: "Audience", summary: "Summary",
  lead: "Lead department", cooperating: "Cooperating departments", department: "Handling department", role: "Post", assignee: "Assigned handler",
  join: "Join node", item: "Item", statutoryDays: "Statutory time limit (working days)", promisedDays: "Promised time limit (working days)",
  reminderDays: "Reminder days in advance", countersign: "Countersigning", signers: "Signers", mode: "Countersigning mode", ratio: "Approval ratio",
  timeout: "Timeout handling", action: "Timeout action", escalateTo: "Escalation target", result: "Result document", maxCorrections: "Maximum corrections",
  correctionDays: "Correction period (working days)", deficiencyDays: "Period to supply missing materials (working days)", allowDeficiency: "Accept with deficiency",
  allowPromise: "Notify and promise", outcome: "Outcome", rules: "Rules", when: "Condition", otherwise: "When no rule applies",
  manual: "Manual handling", delivery: "Delivery", caseLimit: "Case time limit", source: "Source", target: "Target",
  condition: "Condition", position: "Position", type: "Type", id: "ID", schemaVersion: "Format version", nodes: "Nodes", edges: "Edges",
  items: "Items", task_name: "Item name", dept_name: "Implementing body name", promise_day: "Promised time limit", anticipate_day: "Statutory time limit",
  materials: "Application materials", questions: "Questions", options: "Options", value: "Option value", form: "Form", schema: "Form structure",
  visibleIf: "Visibility condition", requiredIf: "Required condition", applicability: "Applicability", pointer: "Field position",
  version: "Version", bundleKey: "One-thing key", answers: "Answers to the guide", data: "Form data", requestId: "Request id",
  reason: "Reason", note: "Note", days: "Days", deadline: "Deadline", to: "Transfer target", deficiencies: "Items to correct", comment: "Opinion",
  contact: "How the applicant was contacted", measures: "Measures taken", taskId: "Task",
};

/** Fields chosen from a list in the designers: a missing one is "未选择", not "未填写". */
const CHOSEN = new Set(["department", "lead", "role", "join", "item", "mode", "action", "category", "audience", "outcome", "otherwise", "source", "target", "type", "delivery"]);

function labelOf(path: PropertyKey[]): Bilingual {
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (typeof seg === "string" && FIELD_LABELS[seg]) return say(FIELD_LABELS[seg]!, FIELD_LABELS_EN[seg] ?? seg);
    // an item's national elements by their names (设定依据, not by_law)
    if (typeof seg === "string" && ITEM_ELEMENT_LABELS[seg]) return say(ITEM_ELEMENT_LABELS[seg]!, ITEM_ELEMENT_LABELS_EN[seg] ?? seg);
    if (typeof seg === "string" && !/^\d+$/.test(seg)) return say(seg, seg);
  }
  return say("内容", "The content");
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

const TYPE_WORDS: Record<string, Bilingual> = {
  string: say("文字", "text"), number: say("数字", "a number"), boolean: say("是或否", "yes or no"), object: say("一组属性", "a set of properties"),
  array: say("列表", "a list"), int: say("整数", "a whole number"), record: say("一组属性（JSON 对象）", "a JSON object"),
  nan: say("数字", "a number"), bigint: say("整数", "a whole number"), null: say("空值", "null"), date: say("日期", "a date"),
};

const SCHEMA_MESSAGES = new Map<string, Bilingual>();

/** A schema's own message where zod takes one string (.regex, .min, .refine): zod carries the Chinese, issueMessage gives both back. */
export function schemaMessage(zh: string, en: string): string {
  SCHEMA_MESSAGES.set(zh, say(zh, en));
  return zh;
}

/** A message written with schemaMessage, in both languages; any other message as it is. */
export function bilingualMessage(message: string): string | Bilingual {
  return SCHEMA_MESSAGES.get(message) ?? message;
}

/** The custom issue a refinement adds, in both languages (the Chinese as zod's message, the English in its params). */
export function bilingualIssue(path: PropertyKey[], m: Bilingual): { code: "custom"; path: PropertyKey[]; message: string; params: { en: string } } {
  return { code: "custom", path, message: m.zh, params: { en: m.en } };
}

/** The message a schema or refinement wrote for this issue, in both languages, when it wrote one. */
function ownMessage(issue: z.core.$ZodIssue, field: Bilingual): Bilingual | undefined {
  const en = issue.code === "custom" ? (issue.params as { en?: unknown } | undefined)?.en : undefined;
  if (typeof en === "string") return say(issue.message, en);
  const known = SCHEMA_MESSAGES.get(issue.message);
  if (known) return known;
  if (/^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(issue.message)) return undefined;
  // a message written for this rule in one language only: it stays in its language, the other names the field
  return /\p{Script=Han}/u.test(issue.message) ? say(issue.message, `${field.en} is not valid`) : say(`${field.zh}不正确`, issue.message);
}

/** A message about one node or edge, naming it first: 节点「x」未选择办理部门 / Node "x": Handling department is not chosen. */
export function ownedMessage(owner: Bilingual | undefined, m: Bilingual): Bilingual {
  return owner ? say(owner.zh + m.zh, `${owner.en}: ${m.en}`) : m;
}

function safeJson(value: object): string {
  try {
    return JSON.stringify(value).slice(0, 80);
  } catch {
    return "…";
  }
}

/** A message naming the field (by its label) and what is wrong with it, in Chinese and in English. */
export function issueMessage(issue: z.core.$ZodIssue, root: unknown, relPath: PropertyKey[] = issue.path): Bilingual {
  const path = relPath;
  const last = path[path.length - 1];
  const field = labelOf(path);
  const value = valueAt(root, issue.path);
  const missing = value === undefined || value === null || value === "";
  const chosen = typeof last === "string" && (CHOSEN.has(last) || (!FIELD_LABELS[last] && ITEM_ELEMENT_CHOSEN.has(last)));
  const absent = say(`${chosen ? "未选择" : "未填写"}${field.zh}`, `${field.en} is not ${chosen ? "chosen" : "filled in"}`);
  // any JSON may arrive here: a value whose own toString is not a function ({"toString":0}) is shown as JSON
  const shown = typeof value === "object" && value !== null ? safeJson(value) : String(value);
  // a message written for this rule in the schema already says what is wrong: keep it, naming the field
  const own = ownMessage(issue, field);
  if (own && !missing) return issue.code === "invalid_format" ? say(`${field.zh}「${shown}」：${own.zh}`, `${field.en} "${shown}": ${own.en}`) : own;
  switch (issue.code) {
    case "invalid_type": {
      if (missing) return absent;
      const t = TYPE_WORDS[issue.expected] ?? say(issue.expected, issue.expected);
      return say(`${field.zh}应为${t.zh}`, `${field.en} must be ${t.en}`);
    }
    case "invalid_format":
      return missing ? absent : say(`${field.zh}「${shown}」格式不正确`, `${field.en} "${shown}" is not in the right format`);
    case "too_small":
      if (missing || (issue.origin === "string" && value === "")) return absent;
      if (issue.origin === "array") return say(`${field.zh}至少要有 ${issue.minimum} 项`, `${field.en} needs at least ${issue.minimum}`);
      if (issue.origin === "string") return say(`${field.zh}至少 ${issue.minimum} 个字`, `${field.en} needs at least ${issue.minimum} characters`);
      return say(`${field.zh}不能小于 ${issue.minimum}，现在是 ${shown}`, `${field.en} must be at least ${issue.minimum}, not ${shown}`);
    case "too_big":
      if (issue.origin === "array") return say(`${field.zh}最多 ${issue.maximum} 项`, `${field.en} has at most ${issue.maximum}`);
      if (issue.origin === "string") return say(`${field.zh}最多 ${issue.maximum} 个字`, `${field.en} has at most ${issue.maximum} characters`);
      return say(`${field.zh}不能大于 ${issue.maximum}，现在是 ${shown}`, `${field.en} must be at most ${issue.maximum}, not ${shown}`);
    case "invalid_value":
      if (missing) return absent;
      return say(`${field.zh}「${shown}」不是可选的值，可选：${issue.values.map(String).join("、")}`, `${field.en} "${shown}" is not one of the choices: ${issue.values.map((v) => `"${String(v)}"`).join(", ")}`);
    case "not_multiple_of":
      return say(`${field.zh}应为整数`, `${field.en} must be a whole number`);
    case "invalid_union":
      if (missing) return absent;
      return say(`${field.zh}「${shown}」不是可选的值`, `${field.en} "${shown}" is not one of the choices`);
    case "unrecognized_keys":
      return say(`${field.zh}含有不认识的属性：${issue.keys.join("、")}`, `${field.en} has unknown properties: ${issue.keys.join(", ")}`);
    default:
      return own ?? say(`${field.zh}不正确`, `${field.en} is not valid: ${issue.message}`);
  }
}
