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
import { ITEM_ELEMENT_CHOSEN as CHOSEN, ITEM_ELEMENT_LABELS, ITEM_ELEMENT_LABELS_EN } from "./element-labels.js";

export { ITEM_ELEMENT_LABELS };

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
