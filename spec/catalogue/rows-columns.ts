// The sheets and columns of the catalogue workbook, the way catalogue offices exchange their lists: one sheet
// 事项 with one row per item (headers = the GB/T 39046 element names, shared/reference/item-elements.md), and one
// sheet per repeated element — 材料, 情形, 收费项目, 办理流程, 常见问题 — one row each, keyed to its item by 实施编码
// (or 事项标识 for items without one) and, for materials and fees of a situation, by 情形标识.
import { CODE_LISTS, type CodeList } from "./rows-cells.js";

/** How a column's cells are read and written. */
export type ColumnKind = "text" | "int" | "bool" | "code" | "codes" | "json";

/** One column of a sheet. */
export interface ColumnDef {
  header: string;
  /** property path in the object the row becomes ("supports.appointment") */
  key: string;
  kind: ColumnKind;
  list?: CodeList;
  max?: number;
  required?: boolean;
  /** what to fill in (the template's notes row), in both languages, and an example */
  note: string;
  noteEn: string;
  example?: string;
}

/** One sheet: its name, English name, columns, and which object a row becomes. */
export interface SheetDef { name: string; nameEn: string; columns: ColumnDef[]; child?: "materials" | "situations" | "charges" | "steps" | "qa" }

const L = CODE_LISTS;
const c = (header: string, key: string, kind: ColumnKind, note: string, noteEn: string, more: Partial<ColumnDef> = {}): ColumnDef => ({ header, key, kind, note, noteEn, ...more });
const code = (header: string, key: string, list: CodeList, note: string, noteEn: string, more: Partial<ColumnDef> = {}) => c(header, key, "code", note, noteEn, { list, ...more });

/** Column headers every child sheet uses to name its item (and situation). */
export const PARENT = { code: "实施编码", id: "事项标识", situation: "情形标识" } as const;

const parentCols = (withSituation: boolean): ColumnDef[] => [
  c(PARENT.code, "$code", "text", "所属事项的实施编码", "implementation code of the item", { example: "11511602MB1234567X4000117001" }),
  c(PARENT.id, "$id", "text", "所属事项的标识；事项没有实施编码时填写", "the item's id, when it has no implementation code"),
  ...(withSituation ? [c(PARENT.situation, "$situation", "text", "属于某个情形时填写情形标识；空 = 事项本身", "the situation's id; empty = the item itself")] : []),
];

/** 事项: one row per item. */
export const ITEM_SHEET: SheetDef = {
  name: "事项", nameEn: "Items", columns: [
    c("事项名称", "task_name", "text", "事项的正式名称", "official name of the item", { required: true, max: 200, example: "食品经营许可" }),
    c("事项标识", "id", "text", "系统内的标识，小写字母开头；空 = 按实施编码匹配或自动生成", "id in yijian, starting with a lower-case letter; empty = matched by the implementation code or generated", { example: "shipin-jingying" }),
    c("基本编码", "catalog_code", "text", "目录基本编码", "catalogue base code", { max: 10 }),
    c("实施编码", "task_code", "text", "实施清单编码；再次导入时按它更新草稿", "implementation code; a re-import updates the draft by it"),
    c("业务办理项编码", "task_handle_item", "text", "业务办理项编码", "handling-item code"),
    code("事项类型", "task_type", L.task_type, "填代码或名称", "code or label", { example: "01 行政许可" }),
    c("设定依据", "by_law", "text", "法律法规名称及条款", "law and article"),
    code("行使层级", "use_level", L.use_level, "填代码或名称", "code or label", { example: "4 县" }),
    c("实施主体", "dept_name", "text", "实施部门名称（须已登记）", "implementing department (registered)", { required: true, example: "区市场监管局" }),
    c("实施主体标识", "department", "text", "部门标识；空 = 按实施主体名称查找", "department id; empty = looked up by name"),
    c("实施主体编码", "dept_code", "text", "18 位统一社会信用代码", "18-character unified social credit code"),
    code("实施主体性质", "dept_type", L.dept_type, "填代码或名称", "code or label", { example: "1 法定机关" }),
    c("受理条件", "accept_condition", "text", "申请人须满足的条件", "conditions the applicant must meet"),
    c("数量限制", "limit_num", "text", "有无数量限制及说明", "any quantity limit"),
    c("法定办结时限", "anticipate_day", "int", "整数，可写「20个工作日」", "whole number, \"20个工作日\" also works", { example: "20" }),
    code("法定办结时限单位", "anticipate_type", L.day_unit, "工作日或自然日", "working or calendar days", { example: "工作日" }),
    c("承诺办结时限", "promise_day", "int", "整数，不超过法定时限", "whole number, at most the statutory limit", { example: "5" }),
    code("承诺办结时限单位", "promise_type", L.day_unit, "工作日或自然日", "working or calendar days", { example: "工作日" }),
    code("办件类型", "project_type", L.project_type, "填代码或名称", "code or label", { example: "2 承诺件" }),
    c("是否收费", "is_charge", "bool", "是 / 否；收费项目见「收费项目」表", "yes / no; fees in the 收费项目 sheet", { example: "否" }),
    code("审批结果类型", "result_type", L.result_type, "出证照 / 出批文 / 其他", "licence / approval / other", { example: "出证照" }),
    c("审批结果名称", "result_name", "text", "证照或批文名称", "name of the licence or document"),
    c("是否存在中介服务", "has_intermediary", "bool", "是 / 否", "yes / no"),
    c("服务对象", "serve_type", "codes", "可多选，用「、」分隔", "several allowed, separated by 、", { list: L.serve_type, example: "1 自然人、2 企业法人" }),
    c("办理形式", "handle_type", "codes", "可多选，用「、」分隔", "several allowed, separated by 、", { list: L.handle_type, example: "1 窗口办理、2 网上办理" }),
    c("到办事现场次数", "limit_scene_num", "int", "0 = 不用跑腿", "0 = never needs to come", { example: "0" }),
    code("网上办理深度", "online_level", L.online_level, "一级（信息公开）至四级（全程网办）", "level 1 (information) to 4 (fully online)", { example: "四级" }),
    c("是否支持预约", "supports.appointment", "bool", "是 / 否", "yes / no"),
    c("是否支持网上支付", "supports.payment", "bool", "是 / 否", "yes / no"),
    c("是否支持物流快递", "supports.express", "bool", "是 / 否", "yes / no"),
    c("是否支持自助终端", "supports.kiosk", "bool", "是 / 否", "yes / no"),
    code("通办范围", "cross_scope", L.cross_scope, "全国 / 跨省 / 跨市 / 跨县 / 无", "nationwide … none", { example: "无" }),
    c("办理地点", "place", "text", "窗口地址", "window address"),
    c("办理时间", "hours", "text", "工作时间", "opening hours"),
    c("咨询电话", "phone", "text", "电话号码", "phone"),
    c("监督投诉电话", "complaint_phone", "text", "电话号码", "phone", { example: "12345" }),
    c("纸质表单页数", "pages", "int", "原纸质申请表页数（统计减少比例用）", "paper pages of the form (for statistics)"),
  ],
};

/** 材料: one row per material. */
export const MATERIAL_SHEET: SheetDef = {
  name: "材料", nameEn: "Materials", child: "materials", columns: [
    ...parentCols(true),
    c("材料标识", "id", "text", "空 = 自动生成。空白表格和示例样表不在表格中：重新导入时按材料标识保留，新文件在事项草稿中上传", "empty = generated. Blank forms and samples are not part of the spreadsheet: a re-import keeps them by this id; new ones are uploaded on the item draft"),
    c("材料名称", "material_name", "text", "材料的名称", "name of the material", { required: true, max: 200, example: "营业执照" }),
    code("材料形式", "material_form", L.material_form, "纸质 / 电子 / 纸质或电子", "paper / electronic / either", { example: "纸质或电子" }),
    code("材料必要性", "necessity", L.necessity, "必要 / 非必要 / 容缺后补", "required / optional / may follow", { example: "必要" }),
    code("来源渠道", "source_type", L.source_type, "填代码或名称", "code or label", { example: "10 申请人自备" }),
    c("出具单位", "source_org", "text", "出具该材料的单位", "who issues it"),
    c("电子证照类型", "licence_type", "text", "政府部门核发时可调取的电子证照类型", "e-licence type fetched instead of an upload"),
    c("原件份数", "originals", "int", "整数", "whole number", { example: "1" }),
    c("复印件份数", "copies", "int", "整数", "whole number", { example: "0" }),
    c("纸张规格", "paper_size", "text", "如 A4", "e.g. A4"),
    c("填报须知", "notes", "text", "提交要求", "how to provide it"),
    c("适用情形", "handle_case", "json", "JSON Logic 条件；空 = 总是需要", "JSON Logic condition; empty = always"),
    c("容缺后补期限", "deferral_days", "int", "容缺后补的工作日数", "working days to supply it later"),
  ],
};

/** 情形: one row per situation of an item. */
export const SITUATION_SHEET: SheetDef = {
  name: "情形", nameEn: "Situations", child: "situations", columns: [
    ...parentCols(false),
    c(PARENT.situation, "id", "text", "情形的标识，小写字母开头；空 = 自动生成", "the situation's id (lower-case); empty = generated"),
    c("情形名称", "title", "text", "申请人所处的情形", "the applicant's situation", { required: true, example: "新办" }),
    c("情形说明", "description", "text", "说明", "description"),
    c("适用条件", "when", "json", "JSON Logic 条件（引导问题的回答）", "JSON Logic condition over guide answers"),
    c("受理条件", "accept_condition", "text", "该情形的受理条件", "acceptance conditions of the situation"),
    c("适用的事项材料", "item_materials", "json", "事项材料标识的 JSON 数组，如 [\"sqb\"]；空 = 事项的全部材料", "JSON array of the item's material ids, e.g. [\"sqb\"]; empty = all of them"),
    c("法定办结时限", "anticipate_day", "int", "整数", "whole number"),
    c("承诺办结时限", "promise_day", "int", "整数", "whole number"),
    c("备注", "notes", "text", "备注", "notes"),
  ],
};

/** 收费项目: one row per fee. */
export const CHARGE_SHEET: SheetDef = {
  name: "收费项目", nameEn: "Fees", child: "charges", columns: [
    ...parentCols(true),
    c("收费项目名称", "name", "text", "收费项目", "fee", { required: true }),
    c("收费标准", "standard", "text", "金额或计算方式", "amount or how it is computed", { required: true }),
    c("收费依据", "basis", "text", "文件依据", "legal basis"),
    c("是否可减免", "reducible", "bool", "是 / 否", "yes / no"),
  ],
};

/** 办理流程: one row per step. */
export const STEP_SHEET: SheetDef = {
  name: "办理流程", nameEn: "Steps", child: "steps", columns: [
    ...parentCols(false),
    c("环节名称", "name", "text", "如 受理、审查、决定", "e.g. acceptance, review, decision", { required: true }),
    c("办理处室", "office", "text", "负责的处室", "office in charge"),
    c("环节时限", "days", "int", "天数", "days"),
  ],
};

/** 常见问题: one row per question. */
export const QA_SHEET: SheetDef = {
  name: "常见问题", nameEn: "FAQ", child: "qa", columns: [
    ...parentCols(false),
    c("问题", "q", "text", "常见问题", "question", { required: true }),
    c("解答", "a", "text", "解答", "answer", { required: true }),
  ],
};

/** Every sheet of the workbook, items first. */
export const SHEETS: SheetDef[] = [ITEM_SHEET, MATERIAL_SHEET, SITUATION_SHEET, CHARGE_SHEET, STEP_SHEET, QA_SHEET];

/** A header as typed, without spaces, a required mark or a note in brackets, for matching. */
export function normHeader(h: string): string {
  return h.replace(/\s+/g, "").replace(/^[*＊]|[*＊]$/g, "").replace(/[（(][^）)]*[）)]$/, "");
}

/** The column of a sheet a header names: its element name or its key (task_name); undefined when unknown. */
export function columnOf(sheet: SheetDef, header: string): ColumnDef | undefined {
  const h = normHeader(header);
  return sheet.columns.find((col) => col.header === h || col.key === h);
}
