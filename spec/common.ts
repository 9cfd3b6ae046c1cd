// Building blocks shared by every spec document: ids, conditions and JSON Schema forms.
import { z } from "zod";
import { checkCondition, type Condition } from "./conditions.js";

/** A JSON object as read from a spec document or a request, before a schema has narrowed it. */
export type Json = Record<string, unknown>;

/** Current version of every spec document format; bumped only with a migration of stored specs. */
export const SCHEMA_VERSION = 1 as const;

/** A stable machine id: lower-case letters, digits, "-" and "_", starting with a letter. */
export const Id = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, "id 只能包含小写字母、数字、- 和 _，并以字母开头 (lower-case id)");

/** A JSON Logic condition, checked for known operators when the spec is validated. */
export const ConditionSchema = z
  .custom<Condition>((v) => typeof v === "boolean" || (typeof v === "object" && v !== null && !Array.isArray(v)), {
    message: "条件必须是 JSON Logic 对象或布尔值 (condition must be JSON Logic)",
  })
  .superRefine((v, ctx) => {
    for (const p of checkCondition(v)) ctx.addIssue({ code: "custom", message: p.message, path: p.pointer.split("/").slice(1) });
  })
  .meta({ description: "JSON Logic 条件 (https://jsonlogic.com)" });

/** A form: a JSON Schema (draft-07 object) plus an rjsf uiSchema; meta-checked separately by Ajv. */
export const FormSchema = z.object({
  schema: z.record(z.string(), z.unknown()).refine((s) => s.type === "object", "表单 schema 的 type 必须是 object (form schema must be an object schema)"),
  uiSchema: z.record(z.string(), z.unknown()).optional(),
});
export type Form = z.infer<typeof FormSchema>;

/** A working-day or calendar-day limit with its unit, as the national item tables state them. */
export const DayUnit = z.enum(["工作日", "自然日"]);
