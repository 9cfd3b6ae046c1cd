// The field-kinds variant of the 400-field benchmark form (issue 16): the same 20 sections × 20 fields, with
// fields 3 and 8 of every section as GB/T 2260 region cascaders (40), a table of 10 rows with a total constraint
// in sections 1–5 (field 15), and field 20 of every section computed (20): the table total in sections 1–5,
// elsewhere a concatenation of fields 1 and 2 — in section 10 of the very field typed into.
import { smartForm, sectionKey, fieldKey, SECTIONS } from "./fixture.js";
import type { Json } from "../../spec/common.js";

const TABLE_SECTIONS = 5;
const ROWS = 10;

/** The variant form. */
export function fieldsForm(): { schema: Json; uiSchema: Json; rules: Record<string, never> } {
  const form = smartForm();
  const sections = (form.schema.properties as Record<string, Json>);
  for (let s = 1; s <= SECTIONS; s++) {
    const sec = sections[sectionKey(s)]!;
    const props = sec.properties as Record<string, Json>;
    for (const f of [3, 8]) props[fieldKey(f)] = { type: "string", title: `第${s}部分 所在地区${f === 3 ? "一" : "二"}`, "x-kind": "region" };
    const total = `data.${sectionKey(s)}.${fieldKey(15)}`;
    if (s <= TABLE_SECTIONS) {
      props[fieldKey(15)] = {
        type: "array", title: `第${s}部分 出资明细`, "x-kind": "table", minItems: 1, maxItems: 20,
        items: { type: "object", properties: { name: { type: "string", title: "股东名称", maxLength: 50 }, ratio: { type: "number", title: "出资比例（%）", "x-kind": "percent", minimum: 0, maximum: 100 } } },
        "x-constraints": [{ rule: { "==": [{ var: "sum.ratio" }, 100] }, message: "出资比例合计应为 100%", messageEn: "Contribution ratios must add up to 100%" }],
      };
      props[fieldKey(20)] = { type: "number", title: `第${s}部分 出资比例合计`, "x-kind": "percent", "x-compute": { reduce: [{ var: total }, { "+": [{ var: "accumulator" }, { var: "current.ratio" }] }, 0] } };
    } else {
      props[fieldKey(20)] = { type: "string", title: `第${s}部分 合成字段`, "x-compute": { cat: [{ var: `data.${sectionKey(s)}.${fieldKey(1)}` }, "·", { var: `data.${sectionKey(s)}.${fieldKey(2)}` }] } };
    }
    sec.required = (sec.required as string[]).filter((k) => ![fieldKey(3), fieldKey(8), fieldKey(15), fieldKey(20)].includes(k));
  }
  return form;
}

/** The starting data: every table with its 10 rows (10% each). */
export function fieldsData(): Json {
  const data: Json = {};
  for (let s = 1; s <= TABLE_SECTIONS; s++) data[sectionKey(s)] = { [fieldKey(15)]: Array.from({ length: ROWS }, (_, i) => ({ name: `股东${i + 1}`, ratio: 10 })) };
  return data;
}
