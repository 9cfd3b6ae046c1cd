// Bundle (一件事): what the applicant sees as one thing — a lead department and cooperating ones, the items
// (embedded, so a published version is self-contained and immutable), the situation guide, the merged smart
// form and the approval flow.
import { z } from "zod";
import { say } from "./bilingual.js";
import { ConditionSchema, FormSchema, Id, SCHEMA_VERSION } from "./common.js";
import { bilingualIssue, schemaMessage } from "./issue-messages.js";
import { ItemSchema } from "./item.js";
import { FlowSpecSchema } from "./flow-slot.js";

/** A question of the situation guide (情形化引导); its answer selects items, materials and fields. */
export const GuideQuestionSchema = z.object({
  id: Id,
  title: z.string().min(1),
  help: z.string().optional(),
  type: z.enum(["single", "multi", "boolean"]),
  options: z.array(z.object({ value: z.string().min(1), label: z.string().min(1) })).default([]),
  default: z.union([z.string(), z.array(z.string()), z.boolean()]).optional(),
  visibleIf: ConditionSchema.optional(),
});
export type GuideQuestion = z.infer<typeof GuideQuestionSchema>;

/** The guide: questions plus, per item id, the condition under which that item applies (absent = always). */
export const GuideSchema = z.object({
  intro: z.string().optional(),
  questions: z.array(GuideQuestionSchema).default([]),
  applicability: z.record(z.string(), ConditionSchema).default({}),
});
export type Guide = z.infer<typeof GuideSchema>;

/** A rule on one field of the smart form, keyed by the field's JSON pointer in the form schema. */
export const FieldRuleSchema = z.object({
  visibleIf: ConditionSchema.optional(),
  requiredIf: ConditionSchema.optional(),
});
export type FieldRule = z.infer<typeof FieldRuleSchema>;

/** Where a merged field's value came from in an item's own form; `values`: the item's own wording of the merged
 *  field's choices where it differs (男 → 男性), applied when the submission is split back into the item's form. */
export const SourceRefSchema = z.object({
  item: Id, pointer: z.string().startsWith("/"),
  values: z.record(z.string(), z.string()).optional().describe("merged choice → this item's own wording of it, where they differ"),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** Where a field can be prefilled from: the applicant's profile or an e-licence the government holds. */
export const PrefillSchema = z.object({
  source: z.enum(["profile", "licence"]),
  key: z.string().min(1).describe("profile attribute or licence field, e.g. 'idNumber' or 'business_licence.uscc'"),
  editable: z.boolean().default(false),
  subject: z.enum(["applicant", "legalRep"]).optional()
    .describe("whose record: the applicant's own, or (for a company account) its legal representative's; a person applicant's own record only suggests a legalRep value, never locks it"),
  when: ConditionSchema.optional().describe("the situation in which the value is true (e.g. only for an existing company)"),
});
export type Prefill = z.infer<typeof PrefillSchema>;

/** A staff hand action in the merge studio (merge / split / re-bind), replayed by every later merge of the bundle. */
export const MergeEditSchema = z.object({
  kind: z.enum(["merge", "split", "rebind", "text", "move"]),
  refs: z.array(SourceRefSchema).min(1).max(200),
  section: z.string().max(200).optional().describe("move: the top-level key of the section the row went to (\"\" = the form's top level)"),
  before: z.array(SourceRefSchema).max(200).optional().describe("move: the source fields of the row it was put before (none: at the end)"),
  role: z.string().max(64).optional(),
  element: z.string().max(64).optional(),
  field: z.enum(["title", "description"]).optional().describe("text: the label (title) or the help text (description)"),
  text: z.string().max(2000).optional().describe("text: what staff typed (\"\" removes the text)"),
  group: z.boolean().optional().describe("text: typed on a group row (an item's nested section)"),
  by: z.string().min(1).max(100),
  at: z.string().max(40).describe("ISO time of the action"),
}).refine((e) => e.kind !== "text" || (e.field !== undefined && e.text !== undefined),
  schemaMessage("标题或说明的修改记录须写明 field（修改的是哪一项）和 text（修改后的文字）", "A text edit must say which text it changed (field) and the new text (text)"))
  .refine((e) => e.kind !== "move" || e.section !== undefined,
    schemaMessage("移动字段的记录须写明 section（移到哪个分组）", "A move must say which section the row went to (section)"));

/** The merged smart form (一表申报) with rules, provenance of every field and prefill sources. */
export const SmartFormSchema = FormSchema.extend({
  rules: z.record(z.string(), FieldRuleSchema).default({}),
  provenance: z.record(z.string(), z.array(SourceRefSchema)).default({}),
  prefill: z.record(z.string(), PrefillSchema).default({}),
  edits: z.array(MergeEditSchema).max(2000).optional().describe("staff hand merges, splits, re-bindings and label / help texts, in order, with who and when"),
  decisions: z.record(z.string().max(200), z.enum(["accept", "reject"])).optional()
    .describe("staff decisions on merge suggestions by suggestion id, replayed by every later merge (an item upgrade too)"),
});
export type SmartForm = z.infer<typeof SmartFormSchema>;

/** Life-event categories the portal groups one-things by. */
export const CATEGORIES = ["出生", "上学", "就业", "结婚", "退休", "身后", "购车", "企业开办", "开店", "员工招聘", "企业注销", "其他"] as const;

const bundleFields = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal("bundle"),
  key: Id,
  title: z.string().min(1).max(100),
  category: z.enum(CATEGORIES),
  summary: z.string().default(""),
  audience: z.enum(["person", "enterprise"]),
  lead: Id.describe("lead department (一家牵头)"),
  cooperating: z.array(Id).default([]),
  guide: GuideSchema.default({ questions: [], applicability: {} }),
  form: SmartFormSchema,
  flow: FlowSpecSchema.optional(),
};

/** Why a bundle without items cannot be published (a draft may have none yet). */
export const NO_ITEMS_MESSAGE = schemaMessage("一件事至少要有一个事项：请在「事项」页新建或导入", "A one-thing needs at least one item: create or import one on the Items page");

function refineBundle(b: { items: Array<{ id: string }>; guide: Guide; cooperating: string[]; lead: string; form: SmartForm }, ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  b.items.forEach((it, i) => {
    if (ids.has(it.id)) ctx.addIssue(bilingualIssue(["items", i, "id"], say(`事项 id 重复：${it.id}`, `Duplicate item id: ${it.id}`)));
    ids.add(it.id);
  });
  for (const key of Object.keys(b.guide.applicability)) {
    if (!ids.has(key)) ctx.addIssue(bilingualIssue(["guide", "applicability", key], say(`引导规则引用了不存在的事项：${key}`, `A guide rule refers to an item that does not exist: ${key}`)));
  }
  const qids = new Set<string>();
  b.guide.questions.forEach((q, i) => {
    if (qids.has(q.id)) ctx.addIssue(bilingualIssue(["guide", "questions", i, "id"], say(`问题 id 重复：${q.id}`, `Duplicate question id: ${q.id}`)));
    qids.add(q.id);
  });
  if (b.cooperating.includes(b.lead)) ctx.addIssue(bilingualIssue(["cooperating"], say("牵头部门不能同时是配合部门", "The lead department cannot also be a cooperating department")));
  for (const [pointer, refs] of Object.entries(b.form.provenance)) {
    refs.forEach((r, i) => {
      if (!ids.has(r.item)) ctx.addIssue(bilingualIssue(["form", "provenance", pointer, i, "item"], say(`来源事项不存在：${r.item}`, `The source item does not exist: ${r.item}`)));
    });
  }
}

/** The bundle document. */
export const BundleSchema = z
  .object({ ...bundleFields, items: z.array(ItemSchema).min(1, NO_ITEMS_MESSAGE) })
  .superRefine(refineBundle)
  .meta({ title: "yijian 一件事 v1" });
/** A bundle draft while it is designed: everything a bundle checks, except that it may have no item yet. */
export const BundleDraftSchema = z.object({ ...bundleFields, items: z.array(ItemSchema) }).superRefine(refineBundle);
export type Bundle = z.infer<typeof BundleSchema>;
export type BundleInput = z.input<typeof BundleSchema>;
