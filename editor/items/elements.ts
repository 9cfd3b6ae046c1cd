// The national item elements (GB/T 39046-2020, shared/reference/item-elements.md) as editor field definitions,
// grouped into the item editor's tabs so an item is never one endless form. Labels are keys of the typed dictionary.
import type { MessageKey } from "../i18n.js";

/** How one element is edited. */
export interface ElementDef {
  key: string;
  label: MessageKey;
  kind: "text" | "textarea" | "int" | "select" | "multi" | "bool" | "department";
  options?: Array<[string, string]>;
  help?: MessageKey;
}

/** A column of a table element (charges, steps, materials, Q&A). */
export interface ColumnDef { key: string; label: MessageKey; kind: "text" | "int" | "select" | "bool"; options?: Array<[string, string]>; width?: string }

const codes = (s: string): Array<[string, string]> => s.split(" ").map((p) => { const [v, l] = p.split(":"); return [v!, `${v} ${l}`]; });
const same = (...xs: string[]): Array<[string, string]> => xs.map((x) => [x, x]);
const DAY_UNIT = same("工作日", "自然日");

/** 基本 */
export const BASIC: ElementDef[] = [
  { key: "task_name", label: "ed.element.task_name", kind: "text" },
  { key: "id", label: "ed.element.id", kind: "text", help: "ed.element.id.help" },
  { key: "catalog_code", label: "ed.element.catalog_code", kind: "text" },
  { key: "task_code", label: "ed.element.task_code", kind: "text" },
  { key: "task_handle_item", label: "ed.element.task_handle_item", kind: "text" },
  { key: "version", label: "ed.element.version", kind: "int" },
  { key: "task_type", label: "ed.element.task_type", kind: "select", options: codes("01:行政许可 02:行政处罚 03:行政强制 04:行政征收 05:行政给付 06:行政检查 07:行政确认 08:行政奖励 09:行政裁决 10:其他行政权力 20:公共服务") },
  { key: "use_level", label: "ed.element.use_level", kind: "select", options: codes("1:国家 2:省 3:市 4:县 5:乡镇 6:村 7:分级管理") },
  { key: "department", label: "ed.element.department", kind: "department" },
  { key: "dept_code", label: "ed.element.dept_code", kind: "text", help: "ed.element.dept_code.help" },
  { key: "dept_type", label: "ed.element.dept_type", kind: "select", options: codes("1:法定机关 2:授权组织 3:受委托组织") },
  { key: "by_law", label: "ed.element.by_law", kind: "textarea" },
  { key: "accept_condition", label: "ed.element.accept_condition", kind: "textarea" },
  { key: "limit_num", label: "ed.element.limit_num", kind: "text" },
  { key: "result_type", label: "ed.element.result_type", kind: "select", options: same("出证照", "出批文", "其他") },
  { key: "result_name", label: "ed.element.result_name", kind: "text" },
  { key: "has_intermediary", label: "ed.element.has_intermediary", kind: "bool" },
  { key: "pages", label: "ed.element.pages", kind: "int", help: "ed.element.pages.help" },
];

/** 时限与收费 */
export const LIMITS: ElementDef[] = [
  { key: "anticipate_day", label: "ed.element.anticipate_day", kind: "int" },
  { key: "anticipate_type", label: "ed.element.anticipate_type", kind: "select", options: DAY_UNIT },
  { key: "promise_day", label: "ed.element.promise_day", kind: "int" },
  { key: "promise_type", label: "ed.element.promise_type", kind: "select", options: DAY_UNIT },
  { key: "project_type", label: "ed.element.project_type", kind: "select", options: codes("1:即办件 2:承诺件") },
  { key: "is_charge", label: "ed.element.is_charge", kind: "bool" },
];

/** 渠道 */
export const CHANNELS: ElementDef[] = [
  { key: "serve_type", label: "ed.audience", kind: "multi", options: codes("1:自然人 2:企业法人 3:事业法人 4:社会组织法人 5:非法人企业 6:行政机关 9:其他组织") },
  { key: "handle_type", label: "ed.element.handle_type", kind: "multi", options: codes("1:窗口办理 2:网上办理 3:快递申请") },
  { key: "limit_scene_num", label: "ed.element.limit_scene_num", kind: "int" },
  { key: "online_level", label: "ed.element.online_level", kind: "select", options: same("一级", "二级", "三级", "四级") },
  { key: "cross_scope", label: "ed.element.cross_scope", kind: "select", options: same("全国", "跨省", "跨市", "跨县", "无") },
  { key: "place", label: "ed.element.place", kind: "text" },
  { key: "hours", label: "ed.element.hours", kind: "text" },
  { key: "phone", label: "ed.element.phone", kind: "text" },
  { key: "complaint_phone", label: "ed.element.complaint_phone", kind: "text" },
];

/** Supports (booleans under item.supports). */
export const SUPPORTS: Array<[string, MessageKey]> = [["appointment", "ed.element.supports.appointment"], ["payment", "ed.element.supports.payment"], ["express", "ed.element.supports.express"], ["kiosk", "ed.element.supports.kiosk"]];

export const CHARGE_COLUMNS: ColumnDef[] = [
  { key: "name", label: "ed.element.charge.name", kind: "text" }, { key: "standard", label: "ed.element.charge.standard", kind: "text" },
  { key: "basis", label: "ed.element.charge.basis", kind: "text" }, { key: "reducible", label: "ed.element.charge.reducible", kind: "bool", width: "5rem" },
];
export const STEP_COLUMNS: ColumnDef[] = [
  { key: "name", label: "ed.element.step.name", kind: "text" }, { key: "office", label: "ed.element.step.office", kind: "text" }, { key: "days", label: "ed.element.step.days", kind: "int", width: "6rem" },
];
export const MATERIAL_COLUMNS: ColumnDef[] = [
  { key: "id", label: "ed.element.material.id", kind: "text", width: "8rem" },
  { key: "material_name", label: "ed.element.material.material_name", kind: "text" },
  { key: "material_form", label: "ed.element.material.material_form", kind: "select", options: same("纸质", "电子", "纸质或电子"), width: "7rem" },
  { key: "necessity", label: "ed.element.material.necessity", kind: "select", options: same("必要", "非必要", "容缺后补"), width: "7rem" },
  { key: "source_type", label: "ed.element.material.source_type", kind: "select", options: codes("10:申请人自备 20:政府部门核发 30:中介机构出具 99:其他"), width: "9rem" },
  { key: "source_org", label: "ed.element.material.source_org", kind: "text" },
  { key: "originals", label: "ed.element.material.originals", kind: "int", width: "4rem" },
  { key: "copies", label: "ed.element.material.copies", kind: "int", width: "4rem" },
  { key: "deferral_days", label: "ed.element.material.deferral_days", kind: "int", width: "6rem" },
];
export const QA_COLUMNS: ColumnDef[] = [{ key: "q", label: "ed.element.qa.q", kind: "text" }, { key: "a", label: "ed.element.qa.a", kind: "text" }];
