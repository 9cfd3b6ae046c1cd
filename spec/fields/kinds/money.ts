// 金额 in 元 or 万元 with a fixed number of decimals (2 for 元, 6 for 万元 — to the 分), 大写 shown beside,
// bounds from the schema's minimum/maximum; and 百分比 as a number 0–100 with its decimals.
import { decimalsOf } from "../amount.js";
import { msg, optionsOf, type FieldKind, type Json, type KindIssue } from "../types.js";

/** The unit of a money field ("元" unless "万元"). */
export function moneyUnit(schema: Json): "元" | "万元" {
  return optionsOf(schema).unit === "万元" ? "万元" : "元";
}

/** Whether a money field counts in 万元 (else in 元): the widget names its unit in the interface language. */
export function inTenThousandYuan(schema: Json): boolean {
  return moneyUnit(schema) === "万元";
}

/** An amount of a money field in 元 (a 万元 field's value times 10 000), for its 大写. */
export function inYuan(value: number, schema: Json): number {
  return inTenThousandYuan(schema) ? value * 10000 : value;
}

/** Decimals allowed in a number kind field. */
export function allowedDecimals(schema: Json): number {
  const d = optionsOf(schema).decimals;
  if (typeof d === "number" && Number.isInteger(d) && d >= 0 && d <= 10) return d;
  if (schema["x-kind"] === "money") return moneyUnit(schema) === "万元" ? 6 : 2;
  return 2;
}

function decimalsIssue(value: unknown, schema: Json): KindIssue[] {
  if (typeof value !== "number") return [];
  if (!Number.isFinite(value)) return [{ code: "finite", message: msg("请输入有限的数字", "Enter a finite number") }];
  const d = allowedDecimals(schema);
  if (decimalsOf(value) > d) return [{ code: "decimals", message: d === 0 ? msg("请输入整数", "Enter a whole number") : msg(`最多 ${d} 位小数`, `At most ${d} decimals`) }];
  return [];
}

export const money: FieldKind = {
  name: "money",
  label: msg("金额", "Amount"),
  group: "数值金额",
  elements: ["regCapital", "subscribedCapital", "paidCapital", "totalInvestment"],
  newSchema: () => ({ type: "number", title: "金额（万元）", minimum: 0, "x-kind": "money", "x-options": { unit: "万元", decimals: 6 } }),
  check: decimalsIssue,
};

export const percent: FieldKind = {
  name: "percent",
  label: msg("百分比", "Percentage"),
  group: "数值金额",
  elements: ["contributionRatio", "employerRate", "employeeRate"],
  newSchema: () => ({ type: "number", title: "比例（%）", minimum: 0, maximum: 100, "x-kind": "percent", "x-options": { decimals: 2 } }),
  check: decimalsIssue,
};
