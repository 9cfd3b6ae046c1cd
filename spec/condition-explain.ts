// Why a condition did not hold, in words a clerk or an applicant can read: "「父亲 / 证件类型」须为“居民身份证”，实为
// “外国护照”". The 秒批 node uses it so that a case handed to a reviewer (or refused) says which check failed instead
// of "no rule held". Only the parts that failed are named: of an AND, the conjuncts that are false; an OR or any
// other expression that is false is named as a whole. Expressions beyond the condition builder's row shapes are
// described by the fields they read and the values those fields hold, never as raw JSON Logic.
import { evaluateCondition, conditionVariables, type Condition, type ConditionContext } from "./conditions.js";
import { say, type Bilingual } from "./bilingual.js";
import { labelOf as fieldLabelOf } from "./field-label.js";

/** What people call a condition variable ("data.father.idType" → "父亲 / 证件类型") and its option labels. */
export interface VariableInfo { label: string; options?: Record<string, string> }

/** Looks up a condition variable's label; unknown variables are shown by their last path segment. */
export type VariableLabels = Readonly<Record<string, VariableInfo>>;

type Node = { [operator: string]: unknown };
type Words = { zh: string; en: string };

const isNode = (c: unknown): c is Node => !!c && typeof c === "object" && !Array.isArray(c) && Object.keys(c).length === 1;
const varPath = (x: unknown): string | undefined => {
  if (!isNode(x) || !("var" in x)) return undefined;
  const p = Array.isArray(x.var) ? x.var[0] : x.var;
  return typeof p === "string" && p ? p : undefined;
};

/** Reads a dotted variable path from the context, as JSON Logic's var does. */
function read(context: ConditionContext, path: string): unknown {
  let v: unknown = context;
  for (const seg of path.split(".")) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[seg];
  }
  return v;
}

function variableLabel(labels: VariableLabels, path: string): string {
  return labels[path]?.label ?? path.split(".").pop() ?? path;
}

/** A value as people read it: option labels for coded answers, 是/否, grouped numbers, "未填写" for nothing. */
function shown(value: unknown, info: VariableInfo | undefined): Words {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return { zh: "未填写", en: "empty" };
  if (typeof value === "boolean") return value ? { zh: "“是”", en: '"yes"' } : { zh: "“否”", en: '"no"' };
  if (typeof value === "number") return { zh: value.toLocaleString("zh-CN"), en: value.toLocaleString("en-US") };
  if (Array.isArray(value)) {
    const parts = value.map((v) => shown(v, info));
    return { zh: parts.map((p) => p.zh).join("、"), en: parts.map((p) => p.en).join(", ") };
  }
  if (typeof value === "string") {
    const text = info?.options?.[value] ?? value;
    return { zh: `“${text}”`, en: `"${text}"` };
  }
  return { zh: "（已填写）", en: "(filled in)" };
}

/** Chinese text followed by a number takes a space before it ("须不小于 1,000"); quoted values do not. */
const then = (zh: string, value: string): string => (/^[-0-9]/.test(value) ? `${zh} ${value}` : `${zh}${value}`);

const COMPARE: Record<string, Words> = {
  "==": { zh: "须为", en: "must be" }, "===": { zh: "须为", en: "must be" },
  "!=": { zh: "不得为", en: "must not be" }, "!==": { zh: "不得为", en: "must not be" },
  ">": { zh: "须大于", en: "must be more than" }, ">=": { zh: "须不小于", en: "must be at least" },
  "<": { zh: "须小于", en: "must be less than" }, "<=": { zh: "须不大于", en: "must be at most" },
};

/** One comparison row (variable op value) in words, with the value the variable holds; undefined for other shapes. */
function describeRow(node: Node, context: ConditionContext, labels: VariableLabels): Words | undefined {
  const [op, args] = Object.entries(node)[0]!;
  const one = (path: string, zh: string, en: string, withActual = true): Words => {
    const info = labels[path], actual = shown(read(context, path), info), label = variableLabel(labels, path);
    return {
      zh: `「${label}」${zh}${withActual ? `，${then("实为", actual.zh)}` : ""}`,
      en: `"${label}" ${en}${withActual ? ` (it is ${actual.en})` : ""}`,
    };
  };
  if (op === "!!" || op === "!") {
    const path = varPath(Array.isArray(args) ? args[0] : args);
    if (!path) return undefined;
    if (op === "!!") return one(path, "须填写", "must be filled in", false);
    return typeof read(context, path) === "boolean" ? one(path, "须为“否”", "must be no") : one(path, "须为空", "must be empty");
  }
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const [left, right] = args as [unknown, unknown];
  const lp = varPath(left), rp = varPath(right);
  if (op === "in" && lp && Array.isArray(right)) {
    const options = shown(right, labels[lp]);
    return one(lp, `须为${options.zh}之一`, `must be one of ${options.en}`);
  }
  if (op === "in" && rp && !isNode(left)) return one(rp, `须包含${shown(left, labels[rp]).zh}`, `must include ${shown(left, labels[rp]).en}`);
  const words = COMPARE[op];
  if (words && lp && !isNode(right)) {
    const v = shown(right, labels[lp]);
    return one(lp, then(words.zh, v.zh), `${words.en} ${v.en}`);
  }
  return undefined;
}

/** Any other false expression: the fields it reads and what they hold. */
function describeByFields(condition: Condition, context: ConditionContext, labels: VariableLabels): Words {
  const fields = conditionVariables(condition).map((path) => {
    const v = shown(read(context, path), labels[path]), label = variableLabel(labels, path);
    return { zh: `「${label}」${then("为", v.zh)}`, en: `"${label}" is ${v.en}` };
  });
  if (!fields.length) return { zh: "一项固定条件不成立", en: "a fixed condition does not hold" };
  return { zh: `一项条件不满足（${fields.map((f) => f.zh).join("，")}）`, en: `a condition does not hold (${fields.map((f) => f.en).join(", ")})` };
}

function describe(condition: Condition, context: ConditionContext, labels: VariableLabels): Words {
  if (isNode(condition) && Array.isArray(condition.or) && condition.or.length) {
    const parts = (condition.or as Condition[]).map((c) => describe(c, context, labels));
    return { zh: parts.map((p) => p.zh).join("，或者"), en: `either ${parts.map((p) => p.en).join(", or ")}` };
  }
  return (isNode(condition) && describeRow(condition, context, labels)) || describeByFields(condition, context, labels);
}

/** The failed parts of a condition in both languages; empty when the condition holds. */
export function unmetParts(condition: Condition | undefined, context: ConditionContext, labels: VariableLabels = {}): Bilingual[] {
  if (evaluateCondition(condition, context)) return [];
  if (isNode(condition) && Array.isArray(condition.and)) {
    return (condition.and as Condition[]).flatMap((c) => unmetParts(c, context, labels));
  }
  const w = describe(condition as Condition, context, labels);
  return [say(w.zh, w.en)];
}

/** The labels of the variables some conditions read, from a bundle's guide questions and smart-form titles. */
export function variableLabels(
  conditions: readonly unknown[],
  bundle: { guide: { questions: ReadonlyArray<{ id: string; title: string; options: ReadonlyArray<{ value: string; label: string }> }> }; form: { schema: object } },
): Record<string, VariableInfo> {
  const out: Record<string, VariableInfo> = {};
  const questions = new Map(bundle.guide.questions.map((q) => [q.id, q]));
  for (const path of new Set(conditions.flatMap((c) => conditionVariables(c)))) {
    const [root, ...rest] = path.split(".");
    if (root === "answers" && rest.length === 1 && questions.has(rest[0]!)) {
      const q = questions.get(rest[0]!)!;
      out[path] = { label: q.title, ...(q.options.length ? { options: Object.fromEntries(q.options.map((o) => [o.value, o.label])) } : {}) };
    } else if (root === "data" && rest.length) out[path] = { label: fieldLabelOf(bundle.form.schema, rest) };
  }
  return out;
}
