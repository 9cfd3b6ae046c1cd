// Building blocks shared by every spec document: ids, conditions and JSON Schema forms.
import { z } from "zod";
import { checkCondition, type Condition } from "./conditions.js";
import { bilingualIssue, schemaMessage } from "./issue-messages.js";

/** A JSON object as read from a spec document or a request, before a schema has narrowed it. */
export type Json = Record<string, unknown>;

/** Current version of every spec document format; bumped only with a migration of stored specs. */
export const SCHEMA_VERSION = 1 as const;

/** A stable machine id: lower-case letters, digits, "-" and "_", starting with a letter. */
export const Id = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, schemaMessage("id 只能包含小写字母、数字、- 和 _，并以字母开头", "An id has only lower-case letters, digits, - and _, and starts with a letter"));

/** A JSON Logic condition, checked for known operators when the spec is validated. */
export const ConditionSchema = z
  .custom<Condition>((v) => typeof v === "boolean" || (typeof v === "object" && v !== null && !Array.isArray(v)), {
    message: schemaMessage("条件必须是 JSON Logic 对象或布尔值", "A condition must be a JSON Logic object or a boolean"),
  })
  .superRefine((v, ctx) => {
    for (const p of checkCondition(v)) ctx.addIssue(bilingualIssue(p.pointer.split("/").slice(1), p.message));
  })
  .meta({ description: "JSON Logic 条件，见 https://jsonlogic.com" });

/** A form: a JSON Schema (draft-07 object) plus an rjsf uiSchema; meta-checked separately by Ajv. */
export const FormSchema = z.object({
  schema: z.record(z.string(), z.unknown()).refine((s) => s.type === "object", schemaMessage("表单 schema 的 type 必须是 object", "A form schema's type must be object")),
  uiSchema: z.record(z.string(), z.unknown()).optional(),
});
export type Form = z.infer<typeof FormSchema>;

/** A working-day or calendar-day limit with its unit, as the national item tables state them. */
export const DayUnit = z.enum(["工作日", "自然日"]);

/** Whether a limit counts calendar days (自然日) rather than working days; why: screens pick the words without the literal. */
export function calendarDays(unit: unknown): boolean {
  return unit === "自然日";
}
