// Building new item documents: a blank item, or one around an imported plain JSON Schema form.
import type { Json } from "../../spec/common.js";

/** A fresh item id derived from the taken ones. */
export function nextItemId(taken: string[], prefix = "item"): string {
  for (let i = taken.length + 1; ; i++) if (!taken.includes(`${prefix}-${i}`)) return `${prefix}-${i}`;
}

/** A new item with only the elements that have a neutral default filled; what a department must decide — 设定依据,
 *  法定 / 承诺办结时限 — stays empty, so the problems list asks for it and publishing refuses the item without it
 *  (a time limit nobody set must never be promised to applicants). */
export function blankItem(id: string, taskName: string, department: string, deptName: string, form?: Json): Json {
  return {
    schemaVersion: 1, kind: "item", id, task_name: taskName, task_type: "01", by_law: "", use_level: "4",
    department, dept_name: deptName || department, dept_type: "1", accept_condition: "",
    anticipate_type: "工作日", promise_type: "工作日", project_type: "2",
    is_charge: false, charges: [], result_type: "其他", steps: [], serve_type: ["1"], handle_type: ["1", "2"],
    limit_scene_num: 0, online_level: "四级", supports: {}, cross_scope: "无", qa: [], pages: 1, materials: [],
    form: form ?? { schema: { type: "object", properties: {} } },
  };
}
