// The parts of an item (事项) that its situations (情形) also hold: materials and fees. Kept apart from item.ts so
// spec/catalogue/situation.ts and spec/item.ts can both use them without importing each other.
import { z } from "zod";
import { ConditionSchema, Id } from "./common.js";
import { MaterialFileRefSchema } from "./catalogue/material-files.js";

/** One required material (申请材料), with necessity (容缺 allowed or not) and source (e-licence or not). */
export const MaterialSchema = z.object({
  id: Id,
  material_name: z.string().min(1).max(200),
  material_form: z.enum(["纸质", "电子", "纸质或电子"]).default("纸质或电子"),
  necessity: z.enum(["必要", "非必要", "容缺后补"]).describe("容缺后补: may be supplied after acceptance on a signed promise"),
  source_type: z.enum(["10", "20", "30", "99"]).describe("10 申请人自备 20 政府部门核发 30 中介机构出具 99 其他"),
  source_org: z.string().optional(),
  licence_type: z.string().optional().describe("e-licence type fetched instead of uploaded when source_type is 20"),
  originals: z.number().int().min(0).default(0),
  copies: z.number().int().min(0).default(0),
  paper_size: z.string().optional(),
  notes: z.string().optional(),
  handle_case: ConditionSchema.optional().describe("when this material applies (over guide answers and form data)"),
  deferral_days: z.number().int().positive().optional().describe("days allowed to supply it later under 容缺"),
  max_size_mb: z.number().positive().default(10),
  accept: z.array(z.string()).default(["application/pdf", "image/jpeg", "image/png"]),
  blank_form: MaterialFileRefSchema.optional().describe("空白表格: the blank form to download (uploaded on the item draft)"),
  sample_form: MaterialFileRefSchema.optional().describe("示例样表: a filled-in sample to download (uploaded on the item draft)"),
});
export type Material = z.infer<typeof MaterialSchema>;

/** One fee (收费项目). */
export const ChargeSchema = z.object({
  name: z.string().min(1),
  standard: z.string().min(1),
  basis: z.string().optional(),
  reducible: z.boolean().default(false),
});
export type Charge = z.infer<typeof ChargeSchema>;
