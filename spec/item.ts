// Item (事项): one administrative item of one department, with the national implementation-list elements
// (GB/T 39046-2020 keys, see shared/reference/item-elements.md), its application form and its materials.
import { z } from "zod";
import { say } from "./bilingual.js";
import { DayUnit, FormSchema, Id, SCHEMA_VERSION } from "./common.js";
import { bilingualIssue, schemaMessage } from "./issue-messages.js";
import { ChargeSchema, MaterialSchema } from "./item-parts.js";
import { SituationSchema, situationProblems } from "./catalogue/situation.js";

export { ChargeSchema, MaterialSchema, type Charge, type Material } from "./item-parts.js";

/** One processing step of the item as published in the guide (办理流程). */
export const ItemStepSchema = z.object({ name: z.string().min(1), office: z.string().optional(), days: z.number().min(0).optional() });

/** The item document. */
export const ItemSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    kind: z.literal("item"),
    id: Id,
    task_name: z.string().min(1).max(200),
    catalog_code: z.string().max(10).optional(),
    // GB/T 39046 says ≤ 24, but real implementation codes (实施编码) are longer: the 广安区 list has 55-character ones.
    task_code: z.string().max(64).optional(),
    task_handle_item: z.string().optional(),
    version: z.number().int().positive().default(1),
    task_type: z.enum(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "20"]),
    by_law: z.string().min(1).describe("设定依据 / 实施依据"),
    use_level: z.enum(["1", "2", "3", "4", "5", "6", "7"]).default("4"),
    department: Id.describe("id of the implementing department (实施主体) in the department registry"),
    dept_name: z.string().min(1),
    dept_code: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, schemaMessage("实施主体编码应为 18 位统一社会信用代码", "The implementing body's code must be an 18-character unified social credit code")).optional(),
    dept_type: z.enum(["1", "2", "3"]).default("1"),
    accept_condition: z.string().default(""),
    limit_num: z.string().optional(),
    anticipate_day: z.number().int().min(0).describe("法定办结时限"),
    anticipate_type: DayUnit.default("工作日"),
    promise_day: z.number().int().min(0).describe("承诺办结时限"),
    promise_type: DayUnit.default("工作日"),
    project_type: z.enum(["1", "2"]).describe("1 即办件 2 承诺件"),
    is_charge: z.boolean().default(false),
    charges: z.array(ChargeSchema).default([]),
    result_type: z.enum(["出证照", "出批文", "其他"]).default("其他"),
    result_name: z.string().optional(),
    has_intermediary: z.boolean().default(false),
    steps: z.array(ItemStepSchema).default([]),
    serve_type: z.array(z.enum(["1", "2", "3", "4", "5", "6", "9"])).min(1),
    handle_type: z.array(z.enum(["1", "2", "3"])).min(1),
    limit_scene_num: z.number().int().min(0).default(0),
    online_level: z.enum(["一级", "二级", "三级", "四级"]).default("四级"),
    supports: z
      .object({ appointment: z.boolean(), payment: z.boolean(), express: z.boolean(), kiosk: z.boolean() })
      .partial()
      .default({}),
    cross_scope: z.enum(["全国", "跨省", "跨市", "跨县", "无"]).default("无"),
    place: z.string().optional(),
    hours: z.string().optional(),
    phone: z.string().optional(),
    complaint_phone: z.string().optional(),
    qa: z.array(z.object({ q: z.string(), a: z.string() })).default([]),
    pages: z.number().int().positive().default(1).describe("paper pages of the item's form, for before/after statistics"),
    materials: z.array(MaterialSchema).default([]),
    situations: z.array(SituationSchema).default([]).describe("情形: the situations an applicant can be in, each with its own conditions, materials, limits and fees"),
    form: FormSchema,
  })
  .superRefine((item, ctx) => {
    if (item.promise_day > item.anticipate_day && item.promise_type === item.anticipate_type) {
      ctx.addIssue(bilingualIssue(["promise_day"], say(`承诺时限（${item.promise_day}）不得超过法定时限（${item.anticipate_day}）`, `The promised time limit (${item.promise_day}) cannot exceed the statutory limit (${item.anticipate_day})`)));
    }
    const seen = new Set<string>();
    item.materials.forEach((m, i) => {
      if (seen.has(m.id)) ctx.addIssue(bilingualIssue(["materials", i, "id"], say(`材料 id 重复：${m.id}`, `Duplicate material id: ${m.id}`)));
      seen.add(m.id);
    });
    for (const p of situationProblems(item)) ctx.addIssue(bilingualIssue(p.path, p.message));
  })
  .meta({ title: "yijian 事项 v1" });
export type Item = z.infer<typeof ItemSchema>;
export type ItemInput = z.input<typeof ItemSchema>;
