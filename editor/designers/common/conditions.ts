// The condition builder's model: rows of (variable, operator, value) joined by AND/OR ↔ JSON Logic. A condition
// is shown as rows only when the rows serialise back to exactly the same JSON; anything else stays raw JSON,
// so an expression the builder cannot represent is never rewritten or lost.
import type { Condition } from "../../../spec/conditions.js";
import { translate, type Lang, type MessageKey } from "../../i18n.js";

/** Operators a row can use. */
export const ROW_OPERATORS = ["==", "!=", ">", ">=", "<", "<=", "in", "contains", "truthy", "falsy"] as const;
export type RowOperator = (typeof ROW_OPERATORS)[number];

/** One comparison: `answers.x == "a"`, `answers.x in ["a","b"]`, `"a" in answers.multi` (contains), truthy. */
export interface ConditionRow { variable: string; op: RowOperator; value?: unknown }

/** Rows joined by one connective. */
export interface ConditionRows { join: "and" | "or"; rows: ConditionRow[] }

/** A variable the builder offers, with its kind and options for the value input. */
export interface ConditionVariable {
  path: string;
  label: string;
  kind: "boolean" | "string" | "number" | "multi";
  options?: Array<{ value: string; label: string }>;
}

function rowToLogic(r: ConditionRow): Condition {
  const v = { var: r.variable };
  switch (r.op) {
    case "truthy": return { "!!": v };
    case "falsy": return { "!": v };
    case "in": return { in: [v, Array.isArray(r.value) ? r.value : [r.value]] };
    case "contains": return { in: [r.value, v] };
    default: return { [r.op]: [v, r.value] };
  }
}

/** The value a new row on this variable starts with (yes, the first option, 0 or empty). */
export function defaultValue(v: ConditionVariable | undefined): unknown {
  if (!v) return "";
  if (v.kind === "boolean") return true;
  if (v.options?.length) return v.options[0]!.value;
  return v.kind === "number" ? 0 : "";
}

/** A new condition row on a variable ("是否委托他人代办？ 等于 是"): where a new rule starts, editable as rows, never JSON. */
export function defaultRow(v: ConditionVariable | undefined): ConditionRow {
  return { variable: v?.path ?? "answers.x", op: v?.kind === "multi" ? "contains" : "==", value: defaultValue(v) };
}

/** The condition of one default row on the variable. */
export function firstRowCondition(v: ConditionVariable): Condition {
  return rowsToLogic({ join: "and", rows: [defaultRow(v)] })!;
}

/** Serialises rows to JSON Logic; no rows = undefined (the thing always applies). */
export function rowsToLogic(model: ConditionRows): Condition | undefined {
  if (!model.rows.length) return undefined;
  if (model.rows.length === 1) return rowToLogic(model.rows[0]!);
  return { [model.join]: model.rows.map(rowToLogic) };
}

const varOf = (x: unknown): string | undefined => {
  if (!x || typeof x !== "object" || Array.isArray(x)) return undefined;
  const keys = Object.keys(x);
  const p = (x as { var?: unknown }).var;
  return keys.length === 1 && typeof p === "string" && p ? p : undefined;
};

function logicToRow(c: unknown): ConditionRow | undefined {
  if (!c || typeof c !== "object" || Array.isArray(c) || Object.keys(c).length !== 1) return undefined;
  const [op, args] = Object.entries(c)[0]!;
  if (op === "!!" || op === "!") {
    const v = varOf(args);
    return v ? { variable: v, op: op === "!!" ? "truthy" : "falsy" } : undefined;
  }
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  if (op === "in") {
    const left = varOf(args[0]), right = varOf(args[1]);
    if (left && Array.isArray(args[1])) return { variable: left, op: "in", value: args[1] };
    if (right && !varOf(args[0]) && (typeof args[0] !== "object" || args[0] === null)) return { variable: right, op: "contains", value: args[0] };
    return undefined;
  }
  if (!(ROW_OPERATORS as readonly string[]).includes(op)) return undefined;
  const v = varOf(args[0]);
  if (!v || (args[1] !== null && typeof args[1] === "object")) return undefined;
  return { variable: v, op: op as RowOperator, value: args[1] };
}

/** Reads a condition as rows, or undefined when rows cannot reproduce it exactly (then it is edited as JSON). */
export function logicToRows(c: Condition | undefined): ConditionRows | undefined {
  if (c === undefined) return { join: "and", rows: [] };
  let model: ConditionRows | undefined;
  if (c && typeof c === "object" && Object.keys(c).length === 1 && ("and" in c || "or" in c)) {
    const join = "and" in c ? "and" : "or";
    const list = (c as Record<string, unknown>)[join];
    if (Array.isArray(list) && list.length >= 2) {
      const rows = list.map(logicToRow);
      if (rows.every(Boolean)) model = { join, rows: rows as ConditionRow[] };
    }
  } else {
    const row = logicToRow(c);
    if (row) model = { join: "and", rows: [row] };
  }
  if (!model) return undefined;
  return JSON.stringify(rowsToLogic(model)) === JSON.stringify(c) ? model : undefined;
}

/** Human-readable summary of a condition (for lists and edge labels), in the given language (Chinese by default). */
export function describeCondition(c: Condition | undefined, vars: ConditionVariable[] = [], lang: Lang = "zh-CN"): string {
  const say = (key: MessageKey, params?: Record<string, string>) => translate(key, params, lang);
  if (c === undefined) return say("ed.cond.desc.always");
  const model = logicToRows(c);
  if (!model) return JSON.stringify(c);
  const name = (p: string) => vars.find((v) => v.path === p)?.label ?? p;
  const val = (p: string, x: unknown) => {
    const o = vars.find((v) => v.path === p)?.options?.find((o) => o.value === x);
    return o ? o.label : x === true ? say("ed.cond.yes") : x === false ? say("ed.cond.no") : JSON.stringify(x);
  };
  const text = (r: ConditionRow) => {
    switch (r.op) {
      case "truthy": return say("ed.cond.desc.truthy", { name: name(r.variable) });
      case "falsy": return say("ed.cond.desc.falsy", { name: name(r.variable) });
      case "in": return say("ed.cond.desc.in", { name: name(r.variable), values: (r.value as unknown[]).map((x) => val(r.variable, x)).join(say("ed.cond.desc.sep")) });
      case "contains": return say("ed.cond.desc.contains", { name: name(r.variable), value: val(r.variable, r.value) });
      default: return `${name(r.variable)} ${r.op === "==" ? "=" : r.op === "!=" ? "≠" : r.op} ${val(r.variable, r.value)}`;
    }
  };
  return model.rows.map(text).join(say(model.join === "and" ? "ed.cond.desc.and" : "ed.cond.desc.or"));
}
