// The national item elements (GB/T 39046-2020, shared/reference/item-elements.md) as editor field definitions,
// grouped into the item editor's tabs so an item is never one endless form.

/** How one element is edited. */
export interface ElementDef {
  key: string;
  label: string;
  kind: "text" | "textarea" | "int" | "select" | "multi" | "bool" | "department";
  options?: Array<[string, string]>;
  help?: string;
}

/** A column of a table element (charges, steps, materials, Q&A). */
export interface ColumnDef { key: string; label: string; kind: "text" | "int" | "select" | "bool"; options?: Array<[string, string]>; width?: string }

const codes = (s: string): Array<[string, string]> => s.split(" ").map((p) => { const [v, l] = p.split(":"); return [v!, `${v} ${l}`]; });
const same = (...xs: string[]): Array<[string, string]> => xs.map((x) => [x, x]);
const DAY_UNIT = same("工作日", "自然日");

/** 基本 */
export const BASIC: ElementDef[] = [
  { key: "task_name", label: "事项名称", kind: "text" },
  { key: "id", label: "事项标识 (id)", kind: "text", help: "小写字母、数字、- 和 _，以字母开头" },
  { key: "catalog_code", label: "基本编码", kind: "text" },
  { key: "task_code", label: "实施编码", kind: "text" },
  { key: "task_handle_item", label: "业务办理项编码", kind: "text" },
  { key: "version", label: "事项版本", kind: "int" },
  { key: "task_type", label: "事项类型", kind: "select", options: codes("01:行政许可 02:行政处罚 03:行政强制 04:行政征收 05:行政给付 06:行政检查 07:行政确认 08:行政奖励 09:行政裁决 10:其他行政权力 20:公共服务") },
  { key: "use_level", label: "行使层级", kind: "select", options: codes("1:国家 2:省 3:市 4:县 5:乡镇 6:村 7:分级管理") },
  { key: "department", label: "实施主体", kind: "department" },
  { key: "dept_code", label: "实施主体编码", kind: "text", help: "18 位统一社会信用代码" },
  { key: "dept_type", label: "实施主体性质", kind: "select", options: codes("1:法定机关 2:授权组织 3:受委托组织") },
  { key: "by_law", label: "设定依据", kind: "textarea" },
  { key: "accept_condition", label: "受理条件", kind: "textarea" },
  { key: "limit_num", label: "数量限制", kind: "text" },
  { key: "result_type", label: "审批结果类型", kind: "select", options: same("出证照", "出批文", "其他") },
  { key: "result_name", label: "审批结果名称", kind: "text" },
  { key: "has_intermediary", label: "存在中介服务", kind: "bool" },
  { key: "pages", label: "纸质表单页数", kind: "int", help: "用于统计合并前后的减少比例" },
];

/** 时限与收费 */
export const LIMITS: ElementDef[] = [
  { key: "anticipate_day", label: "法定办结时限", kind: "int" },
  { key: "anticipate_type", label: "法定时限单位", kind: "select", options: DAY_UNIT },
  { key: "promise_day", label: "承诺办结时限", kind: "int" },
  { key: "promise_type", label: "承诺时限单位", kind: "select", options: DAY_UNIT },
  { key: "project_type", label: "办件类型", kind: "select", options: codes("1:即办件 2:承诺件") },
  { key: "is_charge", label: "收费", kind: "bool" },
];

/** 渠道 */
export const CHANNELS: ElementDef[] = [
  { key: "serve_type", label: "服务对象", kind: "multi", options: codes("1:自然人 2:企业法人 3:事业法人 4:社会组织法人 5:非法人企业 6:行政机关 9:其他组织") },
  { key: "handle_type", label: "办理形式", kind: "multi", options: codes("1:窗口办理 2:网上办理 3:快递申请") },
  { key: "limit_scene_num", label: "到办事现场次数", kind: "int" },
  { key: "online_level", label: "网上办理深度", kind: "select", options: same("一级", "二级", "三级", "四级") },
  { key: "cross_scope", label: "通办范围", kind: "select", options: same("全国", "跨省", "跨市", "跨县", "无") },
  { key: "place", label: "办理地点", kind: "text" },
  { key: "hours", label: "办理时间", kind: "text" },
  { key: "phone", label: "咨询电话", kind: "text" },
  { key: "complaint_phone", label: "监督投诉电话", kind: "text" },
];

/** Supports (booleans under item.supports). */
export const SUPPORTS: Array<[string, string]> = [["appointment", "支持预约"], ["payment", "网上支付"], ["express", "物流快递"], ["kiosk", "自助终端"]];

export const CHARGE_COLUMNS: ColumnDef[] = [
  { key: "name", label: "收费项目名称", kind: "text" }, { key: "standard", label: "收费标准", kind: "text" },
  { key: "basis", label: "收费依据", kind: "text" }, { key: "reducible", label: "可减免", kind: "bool", width: "5rem" },
];
export const STEP_COLUMNS: ColumnDef[] = [
  { key: "name", label: "环节名称", kind: "text" }, { key: "office", label: "办理处室", kind: "text" }, { key: "days", label: "时限（天）", kind: "int", width: "6rem" },
];
export const MATERIAL_COLUMNS: ColumnDef[] = [
  { key: "id", label: "材料标识", kind: "text", width: "8rem" },
  { key: "material_name", label: "材料名称", kind: "text" },
  { key: "material_form", label: "材料形式", kind: "select", options: same("纸质", "电子", "纸质或电子"), width: "7rem" },
  { key: "necessity", label: "必要性", kind: "select", options: same("必要", "非必要", "容缺后补"), width: "7rem" },
  { key: "source_type", label: "来源渠道", kind: "select", options: codes("10:申请人自备 20:政府部门核发 30:中介机构出具 99:其他"), width: "9rem" },
  { key: "source_org", label: "出具单位", kind: "text" },
  { key: "originals", label: "原件", kind: "int", width: "4rem" },
  { key: "copies", label: "复印件", kind: "int", width: "4rem" },
  { key: "deferral_days", label: "容缺补交天数", kind: "int", width: "6rem" },
];
export const QA_COLUMNS: ColumnDef[] = [{ key: "q", label: "问题", kind: "text" }, { key: "a", label: "解答", kind: "text" }];
