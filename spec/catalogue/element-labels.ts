// The names people call the national item elements by (GB/T 39046; ../shared/reference/item-elements.md), in both
// languages, so that every problem about an item names its element ("未填写设定依据"), never its JSON key ("by_law").
// Used by the generic issue messages (spec/issue-messages.ts), the catalogue's publish check and the item diff.

/** Chinese names of the item elements (GB/T 39046, ../shared/reference/item-elements.md), by key. */
export const ITEM_ELEMENT_LABELS: Readonly<Record<string, string>> = {
  task_name: "事项名称", catalog_code: "基本编码", task_code: "实施编码", task_handle_item: "业务办理项编码", version: "事项版本",
  task_type: "事项类型", by_law: "设定依据", use_level: "行使层级", department: "实施主体", dept_name: "实施主体名称",
  dept_code: "实施主体编码", dept_type: "实施主体性质", accept_condition: "受理条件", limit_num: "数量限制",
  anticipate_day: "法定办结时限", anticipate_type: "法定时限单位", promise_day: "承诺办结时限", promise_type: "承诺时限单位",
  project_type: "办件类型", is_charge: "是否收费", charges: "收费项目", result_type: "审批结果类型", result_name: "审批结果名称",
  has_intermediary: "是否存在中介服务", steps: "办理流程", serve_type: "服务对象", handle_type: "办理形式",
  limit_scene_num: "到办事现场次数", online_level: "网上办理深度", supports: "支持的服务", cross_scope: "通办范围",
  place: "办理地点", hours: "办理时间", phone: "咨询电话", complaint_phone: "监督投诉电话", qa: "常见问题", pages: "表单页数",
  materials: "申请材料", material_name: "材料名称", material_form: "材料形式", necessity: "材料必要性", source_type: "来源渠道",
  source_org: "出具单位", originals: "原件份数", copies: "复印件份数", situations: "情形", title: "情形名称", form: "申请表单",
  standard: "收费标准", basis: "收费依据",
};

/** English names of the same elements, for the English of the problems. */
export const ITEM_ELEMENT_LABELS_EN: Readonly<Record<string, string>> = {
  task_name: "Item name", catalog_code: "Basic code", task_code: "Implementation code", task_handle_item: "Handling code", version: "Item version",
  task_type: "Item type", by_law: "Legal basis", use_level: "Exercise level", department: "Implementing body", dept_name: "Implementing body name",
  dept_code: "Implementing body code", dept_type: "Implementing body type", accept_condition: "Acceptance conditions", limit_num: "Quantity limit",
  anticipate_day: "Statutory time limit", anticipate_type: "Statutory limit unit", promise_day: "Promised time limit", promise_type: "Promised limit unit",
  project_type: "Case type", is_charge: "Charged", charges: "Fees", result_type: "Result type", result_name: "Result name",
  has_intermediary: "Intermediary service", steps: "Handling steps", serve_type: "Audience", handle_type: "Handling form",
  limit_scene_num: "Visits in person", online_level: "Online depth", supports: "Services supported", cross_scope: "Cross-region scope",
  place: "Place", hours: "Hours", phone: "Enquiry phone", complaint_phone: "Complaint phone", qa: "FAQ", pages: "Form pages",
  materials: "Application materials", material_name: "Material name", material_form: "Material form", necessity: "Necessity", source_type: "Source channel",
  source_org: "Issuing body", originals: "Originals", copies: "Copies", situations: "Situations", title: "Situation name", form: "Application form",
  standard: "Fee standard", basis: "Fee basis",
};

/** Elements picked from a code list: a missing one reads 未选择, not 未填写. */
export const ITEM_ELEMENT_CHOSEN: ReadonlySet<string> = new Set(["task_type", "use_level", "dept_type", "project_type", "serve_type", "handle_type", "online_level", "cross_scope", "result_type", "necessity", "source_type", "material_form", "anticipate_type", "promise_type"]);

