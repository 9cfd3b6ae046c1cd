// The names people call the national item elements by (GB/T 39046; ../shared/reference/item-elements.md), in both
// languages, so that every problem about an item names its element ("未填写设定依据"), never its JSON key ("by_law").
// Used by the generic issue messages (spec/issue-messages.ts), the catalogue's publish check and the item diff.

/** Each element's name in Chinese and in English, by key: one row per element, so the two languages cannot drift. */
const ELEMENTS: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  task_name: ["事项名称", "Item name"],
  catalog_code: ["基本编码", "Basic code"],
  task_code: ["实施编码", "Implementation code"],
  task_handle_item: ["业务办理项编码", "Handling code"],
  version: ["事项版本", "Item version"],
  task_type: ["事项类型", "Item type"],
  by_law: ["设定依据", "Legal basis"],
  use_level: ["行使层级", "Exercise level"],
  department: ["实施主体", "Implementing body"],
  dept_name: ["实施主体名称", "Implementing body name"],
  dept_code: ["实施主体编码", "Implementing body code"],
  dept_type: ["实施主体性质", "Implementing body type"],
  accept_condition: ["受理条件", "Acceptance conditions"],
  limit_num: ["数量限制", "Quantity limit"],
  anticipate_day: ["法定办结时限", "Statutory time limit"],
  anticipate_type: ["法定时限单位", "Statutory limit unit"],
  promise_day: ["承诺办结时限", "Promised time limit"],
  promise_type: ["承诺时限单位", "Promised limit unit"],
  project_type: ["办件类型", "Case type"],
  is_charge: ["是否收费", "Charged"],
  charges: ["收费项目", "Fees"],
  result_type: ["审批结果类型", "Result type"],
  result_name: ["审批结果名称", "Result name"],
  has_intermediary: ["是否存在中介服务", "Intermediary service"],
  steps: ["办理流程", "Handling steps"],
  serve_type: ["服务对象", "Audience"],
  handle_type: ["办理形式", "Handling form"],
  limit_scene_num: ["到办事现场次数", "Visits in person"],
  online_level: ["网上办理深度", "Online depth"],
  supports: ["支持的服务", "Services supported"],
  cross_scope: ["通办范围", "Cross-region scope"],
  place: ["办理地点", "Place"],
  hours: ["办理时间", "Hours"],
  phone: ["咨询电话", "Enquiry phone"],
  complaint_phone: ["监督投诉电话", "Complaint phone"],
  qa: ["常见问题", "FAQ"],
  pages: ["表单页数", "Form pages"],
  materials: ["申请材料", "Application materials"],
  material_name: ["材料名称", "Material name"],
  material_form: ["材料形式", "Material form"],
  necessity: ["材料必要性", "Necessity"],
  source_type: ["来源渠道", "Source channel"],
  source_org: ["出具单位", "Issuing body"],
  originals: ["原件份数", "Originals"],
  copies: ["复印件份数", "Copies"],
  situations: ["情形", "Situations"],
  title: ["情形名称", "Situation name"],
  form: ["申请表单", "Application form"],
  standard: ["收费标准", "Fee standard"],
  basis: ["收费依据", "Fee basis"],
};

/** Chinese names of the item elements (GB/T 39046, ../shared/reference/item-elements.md), by key. */
export const ITEM_ELEMENT_LABELS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ELEMENTS).map(([k, [zh]]) => [k, zh]));

/** English names of the same elements, for the English of the problems. */
export const ITEM_ELEMENT_LABELS_EN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ELEMENTS).map(([k, [, en]]) => [k, en]));

/** Elements picked from a code list: a missing one reads 未选择, not 未填写. */
export const ITEM_ELEMENT_CHOSEN: ReadonlySet<string> = new Set(["task_type", "use_level", "dept_type", "project_type", "serve_type", "handle_type", "online_level", "cross_scope", "result_type", "necessity", "source_type", "material_form", "anticipate_type", "promise_type"]);

