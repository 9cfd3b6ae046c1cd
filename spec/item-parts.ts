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
  necessity: z.enum(["必要", "非必要", "容缺后补"]).describe("容缺后补：签署承诺后可在受理后补交"),
  source_type: z.enum(["10", "20", "30", "99"]).describe("10 申请人自备 20 政府部门核发 30 中介机构出具 99 其他"),
  source_org: z.string().optional(),
  licence_type: z.string().optional().describe("来源为 20 政府部门核发时，调取而不必上传的电子证照类型"),
  originals: z.number().int().min(0).default(0),
  copies: z.number().int().min(0).default(0),
  paper_size: z.string().optional(),
  notes: z.string().optional(),
  handle_case: ConditionSchema.optional().describe("本材料的适用条件（基于引导问答与表单数据）"),
  deferral_days: z.number().int().positive().optional().describe("容缺受理后补交本材料的天数"),
  max_size_mb: z.number().positive().default(10),
  accept: z.array(z.string()).default(["application/pdf", "image/jpeg", "image/png"]),
  blank_form: MaterialFileRefSchema.optional().describe("空白表格：供下载的空白表格（在事项草稿中上传）"),
  sample_form: MaterialFileRefSchema.optional().describe("示例样表：供下载的填写示例（在事项草稿中上传）"),
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
