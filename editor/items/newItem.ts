// Building new item documents: a blank item, or one around an imported plain JSON Schema form.
import type { Json } from "../../spec/common.js";

/** A fresh item id derived from the taken ones. */
export function nextItemId(taken: string[], prefix = "item"): string {
  for (let i = taken.length + 1; ; i++) if (!taken.includes(`${prefix}-${i}`)) return `${prefix}-${i}`;
}

/** A new item with the required elements filled with sensible defaults (staff complete 设定依据 etc.). */
export function blankItem(id: string, taskName: string, department: string, deptName: string, form?: Json): Json {
  return {
    schemaVersion: 1, kind: "item", id, task_name: taskName, task_type: "01", by_law: "", use_level: "4",
    department, dept_name: deptName || department, dept_type: "1", accept_condition: "",
    anticipate_day: 20, anticipate_type: "工作日", promise_day: 10, promise_type: "工作日", project_type: "2",
    is_charge: false, charges: [], result_type: "其他", steps: [], serve_type: ["1"], handle_type: ["1", "2"],
    limit_scene_num: 0, online_level: "四级", supports: {}, cross_scope: "无", qa: [], pages: 1, materials: [],
    form: form ?? { schema: { type: "object", properties: {} } },
  };
}
