// 地址: region (GB/T 2260 cascader) + detailed address, stored structured — {code, names, detail} — so a
// department can split it the way its own system wants (省/市/区 names, code, 详细地址).
import { regionName } from "../../dictionary/regions.js";
import { regionIssue, regionLevels } from "./region.js";
import { isEmpty, msg, type FieldKind, type KindIssue } from "../types.js";

export const address: FieldKind = {
  name: "address",
  label: msg("地址", "Address"),
  group: "区划地址",
  elements: ["domicile", "householdAddress", "mailingAddress", "premises", "warehouse"],
  newSchema: () => ({
    type: "object", title: "地址", "x-kind": "address", "x-options": { levels: 3 },
    properties: {
      code: { type: "string", title: "所在地区", pattern: "^\\d{6}$" },
      names: { type: "string", title: "地区名称", maxLength: 100 },
      detail: { type: "string", title: "详细地址", minLength: 2, maxLength: 200 },
    },
    required: ["code", "detail"],
  }),
  check(value, schema) {
    if (!value || typeof value !== "object") return [];
    const v = value as { code?: unknown; names?: unknown; detail?: unknown };
    const out: KindIssue[] = [];
    if (typeof v.code === "string" && /^\d{6}$/.test(v.code)) {
      const issue = regionIssue(v.code, regionLevels(schema));
      if (issue) out.push({ ...issue, path: ["code"] });
      else if (!isEmpty(v.names) && v.names !== regionName(v.code)) {
        out.push({ path: ["names"], code: "names", message: msg(`地区名称应为「${regionName(v.code)}」`, `The region name must be "${regionName(v.code)}"`) });
      }
    }
    return out;
  },
};
