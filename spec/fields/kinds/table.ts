// 表格 (repeating group: 股东, 家庭成员, 从业人员): rows of an object schema with minItems/maxItems, each row
// validated by its own schema, and table constraints (`x-constraints`) in the one rule language, JSON Logic,
// reported on the table — 出资比例合计 = 100% is {"==":[{"var":"sum.ratio"},100]}, 至少一名法定代表人 is
// {"some":[{"var":"rows"},{"==":[{"var":"isLegalRep"},true]}]}.
import { say, type Bilingual } from "../../bilingual.js";
import { checkCondition, evaluateCondition, type Condition } from "../../conditions.js";
import { msg, type FieldKind, type Json, type KindIssue, type Localized } from "../types.js";

/** One table constraint: a JSON Logic rule over the rows that must hold, and what to say when it does not. */
export interface TableConstraint { rule: Condition; message: string; messageEn?: string }

/** Sum of a numeric column with decimal noise removed (33.33 + 33.33 + 33.34 is exactly 100). */
function columnSum(rows: Json[], col: string): number {
  let total = 0;
  for (const r of rows) if (typeof r[col] === "number" && Number.isFinite(r[col])) total += r[col] as number;
  return Math.round(total * 1e8) / 1e8;
}

/** What a constraint reads: rows, count, sum.<column> of every numeric column, and the whole data. */
export function constraintContext(rows: Json[], itemSchema: Json | undefined, root: unknown): Json {
  const cols = Object.entries((itemSchema?.properties ?? {}) as Record<string, Json>).filter(([, s]) => s.type === "number" || s.type === "integer").map(([k]) => k);
  return { rows, count: rows.length, sum: Object.fromEntries(cols.map((c) => [c, columnSum(rows, c)])), data: root };
}

/** The constraints declared on a table schema (malformed entries are left to checkTableConstraints). */
export function constraintsOf(schema: Json): TableConstraint[] {
  const list = schema["x-constraints"];
  return Array.isArray(list) ? (list.filter((c) => c && typeof c === "object" && "rule" in c) as TableConstraint[]) : [];
}

/** The constraints that do not hold for these rows. */
export function constraintIssues(rows: unknown, schema: Json, root: unknown): KindIssue[] {
  if (!Array.isArray(rows)) return [];
  const ctx = constraintContext(rows.filter((r) => r && typeof r === "object") as Json[], schema.items as Json | undefined, root);
  const out: KindIssue[] = [];
  for (const c of constraintsOf(schema)) {
    if (evaluateCondition(c.rule, ctx as never)) continue;
    const message: Localized = msg(String(c.message || "表格不满足约束"), String(c.messageEn || c.message || "The table does not meet its constraint"));
    out.push({ code: "constraint", message });
  }
  return out;
}

/** Problems of a table's declared constraints (for spec validation): each with its index. */
export function checkTableConstraints(schema: Json): Array<{ index: number; message: Bilingual }> {
  const list = schema["x-constraints"];
  if (list === undefined) return [];
  if (!Array.isArray(list)) return [{ index: -1, message: say("x-constraints 应为数组", "x-constraints must be an array") }];
  const out: Array<{ index: number; message: Bilingual }> = [];
  list.forEach((c, index) => {
    if (!c || typeof c !== "object" || !("rule" in c)) out.push({ index, message: say("表格约束需要 JSON Logic 规则 rule", "A table constraint needs a JSON Logic rule") });
    else if (typeof (c as Json).message !== "string" || !(c as Json).message) out.push({ index, message: say("表格约束需要提示文字 message", "A table constraint needs a message to show") });
    else for (const p of checkCondition((c as Json).rule)) out.push({ index, message: p.message });
  });
  return out;
}

export const table: FieldKind = {
  name: "table",
  label: msg("表格", "Table"),
  group: "表格计算",
  elements: [],
  newSchema: () => ({ type: "array", title: "表格", "x-kind": "table", minItems: 1, items: { type: "object", properties: {} } }),
  check: (value, schema, ctx) => constraintIssues(value, schema, ctx.root),
};
