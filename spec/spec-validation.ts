// Validation of spec documents: the zod contract, plus a draft-07 meta-check of every embedded form schema.
// Every problem is reported with the JSON pointer of where it is, so that the editor, the CLI and the API can
// show all of them at once.
import type { z } from "zod";
import { ajv } from "./ajv.js";
import { BundleSchema, type Bundle } from "./bundle.js";
import { ItemSchema, type Item } from "./item.js";
import { toPointer } from "./pointer.js";

/** One violation: where (JSON pointer into the document) and what. */
export interface SpecProblem { pointer: string; message: string }

/** Outcome of validating a spec document: the parsed value with defaults applied, or every problem. */
export type SpecResult<T> = { ok: true; value: T } | { ok: false; problems: SpecProblem[] };

function zodProblems(error: z.ZodError, prefix: string): SpecProblem[] {
  return error.issues.map((i) => ({ pointer: prefix + toPointer(i.path as (string | number)[]), message: i.message }));
}

function formProblems(form: { schema: unknown } | undefined, prefix: string): SpecProblem[] {
  if (!form || typeof form.schema !== "object" || form.schema === null) return [];
  const valid = ajv.validateSchema(form.schema as object);
  if (valid) return [];
  return (ajv.errors ?? []).map((e) => ({ pointer: `${prefix}/schema${e.instancePath}`, message: `表单 schema 不合法: ${e.message ?? e.keyword}` }));
}

/** Validates an item document (事项). */
export function validateItem(doc: unknown, prefix = ""): SpecResult<Item> {
  const parsed = ItemSchema.safeParse(doc);
  const problems = parsed.success ? [] : zodProblems(parsed.error, prefix);
  problems.push(...formProblems((doc as { form?: { schema: unknown } })?.form, `${prefix}/form`));
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** Validates a bundle document (一件事), including each embedded item's form and the merged form. */
export function validateBundle(doc: unknown): SpecResult<Bundle> {
  const parsed = BundleSchema.safeParse(doc);
  const problems = parsed.success ? [] : zodProblems(parsed.error, "");
  const d = doc as { items?: Array<{ form?: { schema: unknown } }>; form?: { schema: unknown } } | null;
  if (d && Array.isArray(d.items)) d.items.forEach((it, i) => problems.push(...formProblems(it?.form, `/items/${i}/form`)));
  problems.push(...formProblems(d?.form, "/form"));
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, value: parsed.data };
}
