// Conditions: one language (JSON Logic) for field visibility/required, guide situations, flow branches and
// auto-approval rules. Evaluated by json-logic-engine, the same code in the browser and on the server.
import { LogicEngine } from "json-logic-engine";
import { say, type Bilingual } from "./bilingual.js";
import { escapePointer } from "./pointer.js";
import { addDateOperators, DATE_OPERATORS } from "./fields/date-ops.js";

/** A JSON Logic expression, e.g. {"==":[{"var":"answers.entityType"},"company"]}; `true`/`false` are constants. */
export type Condition = boolean | { [operator: string]: unknown };

/** What a condition can read: the guide answers and the form data, by `answers.x` / `data.a.b` paths. */
export interface ConditionContext {
  answers?: Record<string, unknown>;
  data?: Record<string, unknown>;
  [extra: string]: unknown;
}

// Interpreted, never compiled: LogicEngine.build turns a rule into JavaScript source and evals it, which a page
// under a Content-Security-Policy without 'unsafe-eval' refuses; run() walks the rule and caches an optimised
// closure tree per rule object (the engine's own WeakMap), so a published form's rules are planned once.
const engine = new LogicEngine();
addDateOperators(engine);

/** Evaluates a condition to a boolean; an absent condition is true (the thing always applies). A comparison the
 *  engine cannot make (a number against text: json-logic-engine throws NaN for it) means the condition does not
 *  hold — a mistyped rule never crashes a form or a case, and never approves one (秒批 falls to its default). */
export function evaluateCondition(condition: Condition | undefined, context: ConditionContext): boolean {
  if (condition === undefined) return true;
  if (typeof condition === "boolean") return condition;
  try {
    return Boolean(engine.truthy(engine.run(condition, context)));
  } catch (err) {
    if (typeof err === "number" && Number.isNaN(err)) return false;
    throw err;
  }
}

/** Evaluates a JSON Logic expression to its value (computed fields: totals, concatenations); same engine and cache. */
export function evaluateExpression(expression: Condition, context: ConditionContext): unknown {
  if (typeof expression !== "object" || expression === null) return expression;
  return engine.run(expression, context);
}

/** Operators a condition may use: the JSON Logic core set, so that specs stay portable, plus our date operators. */
export const CONDITION_OPERATORS = new Set([
  "var", "missing", "missing_some", "if", "?:", "==", "===", "!=", "!==", "!", "!!", "or", "and",
  ">", ">=", "<", "<=", "max", "min", "+", "-", "*", "/", "%", "map", "filter", "reduce", "all",
  "none", "some", "merge", "in", "cat", "substr", "val", "exists", ...DATE_OPERATORS,
]);

/** One problem found in a condition, with the JSON pointer of the offending part. */
export interface ConditionProblem { pointer: string; message: Bilingual }

/** Statically checks a condition (known operators, well-formed arguments) so bad rules fail at save, not at run. */
export function checkCondition(condition: unknown, pointer = ""): ConditionProblem[] {
  if (condition === undefined || typeof condition === "boolean") return [];
  if (condition === null || typeof condition !== "object" || Array.isArray(condition)) {
    return [{ pointer, message: say("条件必须是 JSON Logic 对象或布尔值", "A condition must be a JSON Logic object or a boolean") }];
  }
  const keys = Object.keys(condition);
  if (keys.length !== 1) {
    return [{ pointer, message: say(`JSON Logic 规则必须恰好有一个运算符，实际有 ${keys.length} 个`, `A JSON Logic rule must have exactly one operator, not ${keys.length}`) }];
  }
  const op = keys[0]!;
  if (!CONDITION_OPERATORS.has(op)) return [{ pointer: `${pointer}/${escapePointer(op)}`, message: say(`未知的运算符 "${op}"`, `Unknown operator "${op}"`) }];
  const args = (condition as Record<string, unknown>)[op];
  const list = Array.isArray(args) ? args : [args];
  const problems: ConditionProblem[] = [];
  list.forEach((arg, i) => {
    if (arg && typeof arg === "object" && !Array.isArray(arg)) {
      const at = Array.isArray(args) ? `${pointer}/${escapePointer(op)}/${i}` : `${pointer}/${escapePointer(op)}`;
      problems.push(...checkCondition(arg, at));
    }
  });
  return problems;
}

/** Lists the variable paths a condition reads (e.g. "answers.entityType"), for editors and dependency checks. */
export function conditionVariables(condition: unknown): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    for (const [op, arg] of Object.entries(node)) {
      if (op === "var") {
        const path = Array.isArray(arg) ? arg[0] : arg;
        if (typeof path === "string" && path) out.add(path);
      } else walk(arg);
    }
  };
  walk(condition);
  return [...out];
}
