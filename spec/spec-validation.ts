// Validation of spec documents: the zod contract, plus a draft-07 meta-check of every embedded form schema.
// Every problem is reported with the JSON pointer of where it is, so that the editor, the CLI and the API can
// show all of them at once.
import type { z } from "zod";
import { ajv, withoutDialect } from "./ajv.js";
import { say, type Bilingual } from "./bilingual.js";
import { BundleDraftSchema, BundleSchema, type Bundle } from "./bundle.js";
import { ItemSchema, type Item } from "./item.js";
import { issueMessage, ownedMessage } from "./issue-messages.js";
import { toPointer } from "./pointer.js";
import { departmentNames, flowNamesAsWritten } from "./flow/names.js";
import { NODE_TYPES } from "./flow/registry.js";

/** One violation: where (JSON pointer into the document) and what, in both languages (the screen shows the user's). */
export interface SpecProblem { pointer: string; message: Bilingual }

/** Outcome of validating a spec document: the parsed value with defaults applied, or every problem. */
export type SpecResult<T> = { ok: true; value: T } | { ok: false; problems: SpecProblem[] };

/** The node or edge a path inside a bundle's flow is about, to name it in the message. */
function flowOwner(root: unknown, path: PropertyKey[]): Bilingual | undefined {
  const [f, list, i] = path;
  if (f !== "flow" || (list !== "nodes" && list !== "edges") || typeof i !== "number") return undefined;
  const doc = root as { flow?: Record<string, Array<{ id?: unknown }>>; items?: Array<{ department?: unknown; dept_name?: unknown }> };
  const raw = doc?.flow?.[list]?.[i];
  if (typeof raw?.id !== "string") return undefined;
  // by what the designer sees on the canvas (its label, else its type and department), not by its id
  const depts = departmentNames((Array.isArray(doc.items) ? doc.items : []).map((it) => [String(it?.department), typeof it?.dept_name === "string" ? it.dept_name : undefined] as const));
  const names = flowNamesAsWritten(Array.isArray(doc.flow?.nodes) ? doc.flow.nodes : [], NODE_TYPES, depts);
  if (list === "nodes") { const n = names.node(raw.id); return say(`节点「${n.zh}」`, `Node "${n.en}"`); }
  const e = names.edge(raw, raw.id);
  return say(`连线「${e.zh}」`, `Edge "${e.en}"`);
}

/** The item a path inside a bundle's items is about (by its name, else its id), to name it in the message:
 *  事项「失业保险金申领」未填写设定依据 — a one-thing holds several items with the same elements. */
function itemOwner(root: unknown, path: PropertyKey[]): Bilingual | undefined {
  const [list, i] = path;
  if (list !== "items" || typeof i !== "number" || path.length < 3) return undefined;
  const it = (root as { items?: Array<{ task_name?: unknown; id?: unknown }> })?.items?.[i];
  const name = typeof it?.task_name === "string" && it.task_name ? it.task_name : typeof it?.id === "string" ? it.id : undefined;
  return name === undefined ? undefined : say(`事项「${name}」`, `Item "${name}"`);
}

function zodProblems(error: z.ZodError, prefix: string, root: unknown): SpecProblem[] {
  return error.issues.map((i) => ({ pointer: prefix + toPointer(i.path as (string | number)[]), message: ownedMessage(flowOwner(root, i.path) ?? itemOwner(root, i.path), issueMessage(i, root)) }));
}

function formProblems(form: { schema: unknown } | undefined, prefix: string): SpecProblem[] {
  if (!form || typeof form.schema !== "object" || form.schema === null) return [];
  const valid = ajv.validateSchema(withoutDialect(form.schema as object));
  if (valid) return [];
  return (ajv.errors ?? []).map((e) => ({ pointer: `${prefix}/schema${e.instancePath}`, message: say(`表单 schema 不合法：${e.instancePath || "/"} 不符合「${e.keyword}」规则`, `The form schema is not valid: ${e.instancePath || "/"} ${e.message ?? `breaks the "${e.keyword}" rule`}`) }));
}

/** Validates an item document (事项). */
export function validateItem(doc: unknown, prefix = ""): SpecResult<Item> {
  const parsed = ItemSchema.safeParse(doc);
  const problems = parsed.success ? [] : zodProblems(parsed.error, prefix, doc);
  problems.push(...formProblems((doc as { form?: { schema: unknown } })?.form, `${prefix}/form`));
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, value: parsed.data };
}

/** Validates a bundle document (一件事), including each embedded item's form and the merged form; a draft may have no item yet. */
export function validateBundle(doc: unknown, options: { draft?: boolean } = {}): SpecResult<Bundle> {
  const parsed = (options.draft ? BundleDraftSchema : BundleSchema).safeParse(doc);
  const problems = parsed.success ? [] : zodProblems(parsed.error, "", doc);
  const d = doc as { items?: Array<{ form?: { schema: unknown } }>; form?: { schema: unknown } } | null;
  if (d && Array.isArray(d.items)) d.items.forEach((it, i) => problems.push(...formProblems(it?.form, `/items/${i}/form`)));
  problems.push(...formProblems(d?.form, "/form"));
  return problems.length || !parsed.success ? { ok: false, problems } : { ok: true, value: parsed.data };
}
