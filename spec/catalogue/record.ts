// Catalogue records (一张清单): an item's editable draft, its published immutable versions, and what a list row
// shows. A draft is lenient (the seeded district items have only name, code, department and type); publishing
// turns the draft into a full Item and reports every missing or wrong element by JSON pointer, in both languages.
import { z } from "zod";
import { say } from "../bilingual.js";
import { Id, SCHEMA_VERSION } from "../common.js";
import { schemaMessage } from "../issue-messages.js";
import type { Item, ItemInput } from "../item.js";
import { validateItem, type SpecProblem } from "../spec-validation.js";
import { nameInitials } from "./pinyin.js";

/** Where a catalogue item came from. */
export const ITEM_ORIGINS = ["template", "seed-district", "import", "editor"] as const;
export type ItemOrigin = (typeof ITEM_ORIGINS)[number];

/** An item draft: id, name and owning department required, every other element optional (checked at publish). */
export const ItemDraftSchema = z
  .looseObject({
    id: Id,
    task_name: z.string().trim().min(1, schemaMessage("未填写事项名称", "The item name is not filled in")).max(200, schemaMessage("事项名称最多 200 个字", "The item name has at most 200 characters")),
    department: Id,
    task_code: z.string().trim().max(64, schemaMessage("实施编码最多 64 个字符", "The implementation code has at most 64 characters")).optional(),
  })
  .meta({ title: "yijian 事项草稿" });
/** A draft as stored: the three required elements and whatever else staff have filled in so far. */
export type ItemDraft = z.infer<typeof ItemDraftSchema> & Partial<Omit<ItemInput, "id" | "task_name" | "department" | "task_code">>;

/** One published version of an item in its history. */
export interface ItemVersionSummary { version: number; publishedAt: string; publishedBy: string; changeSummary: string }

/** One row of the catalogue list (its search columns mirror the draft: staff search what they edit). */
export interface CatalogueEntry {
  id: string;
  code: string | null;
  name: string;
  department: string;
  deptName: string;
  taskType: string | null;
  serveType: string[];
  onlineLevel: string | null;
  crossScope: string | null;
  hasForm: boolean;
  origin: ItemOrigin;
  latestVersion: number | null;
  latestPublishedAt: string | null;
  draftUpdatedAt: string;
  draftUpdatedBy: string;
  /** The draft was changed after the latest publish (or never published). */
  unpublishedChanges: boolean;
  /** One-things whose draft or latest published version uses the item. */
  usedBy: Array<{ key: string; title: string }>;
}

/** Chinese names of the item elements (GB/T 39046, ../shared/reference/item-elements.md), by key. */
export const ITEM_ELEMENT_LABELS: Record<string, string> = {
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
const ITEM_ELEMENT_LABELS_EN: Record<string, string> = {
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
const CHOSEN = new Set(["task_type", "use_level", "dept_type", "project_type", "serve_type", "handle_type", "online_level", "cross_scope", "result_type", "necessity", "source_type", "material_form", "anticipate_type", "promise_type"]);

/** The full item document a draft publishes as: its elements, the format markers and the version number. */
export function publishDocument(draft: ItemDraft, version: number): Record<string, unknown> {
  return { ...draft, schemaVersion: SCHEMA_VERSION, kind: "item", version };
}

/** Names the element of a problem by its label in both languages (the generic messages name unknown keys by their JSON key). */
function withElementLabel(p: SpecProblem): SpecProblem {
  const segs = p.pointer.split("/").filter((s) => s && !/^\d+$/.test(s));
  const key = segs[segs.length - 1];
  const label = key ? ITEM_ELEMENT_LABELS[key] : undefined;
  if (!key || !label) return p;
  let zh = p.message.zh.replace(key, label);
  let en = p.message.en.replace(key, ITEM_ELEMENT_LABELS_EN[key] ?? key);
  if (CHOSEN.has(key)) {
    zh = zh.replace(/^未填写/, "未选择");
    en = en.replace(/ is not filled in$/, " is not chosen");
  }
  return { pointer: p.pointer, message: say(zh, en) };
}

/** Validates a draft as the version it would publish: the Item, or every problem with its pointer, in both languages. */
export function checkPublishable(draft: ItemDraft, version: number): { ok: true; item: Item } | { ok: false; problems: SpecProblem[] } {
  const r = validateItem(publishDocument(draft, version));
  if (r.ok) return { ok: true, item: r.value };
  return { ok: false, problems: r.problems.map(withElementLabel) };
}

/** The search columns a draft mirrors into its catalogue row. */
export interface DraftColumns {
  code: string | null; name: string; nameInitials: string; department: string; taskType: string | null; serveType: string[];
  onlineLevel: string | null; crossScope: string | null; hasForm: boolean;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** Whether a draft has an application form with at least one field. */
export function draftHasForm(draft: { form?: unknown }): boolean {
  const schema = (draft.form as { schema?: { properties?: unknown } } | undefined)?.schema;
  const props = schema && typeof schema === "object" ? schema.properties : undefined;
  return !!props && typeof props === "object" && Object.keys(props).length > 0;
}

/** The search columns of a draft (values that are not of the element's type are left out, never guessed). */
export function draftColumns(draft: ItemDraft): DraftColumns {
  const serve = Array.isArray(draft.serve_type) ? [...new Set(draft.serve_type.filter((v): v is "1" => typeof v === "string"))].sort() : [];
  return {
    code: str(draft.task_code), name: draft.task_name.trim(), nameInitials: nameInitials(draft.task_name), department: draft.department,
    taskType: str(draft.task_type), serveType: serve, onlineLevel: str(draft.online_level), crossScope: str(draft.cross_scope),
    hasForm: draftHasForm(draft),
  };
}
