// Consistency of a smart form with its items: every leaf of every item's form is the source of exactly one
// merged field, every provenance entry names a real merged field and a real source leaf, every reworded choice
// (a provenance `values` map: merged choice → the item's own wording) maps a choice the merged field offers to one the
// source field offers, every rule and prefill names a real field. The CLI's validate, the template tests and
// publishing rely on it.
import type { SmartForm } from "../bundle.js";
import { inspectForm } from "../binding/inspect.js";
import { say, type Bilingual } from "../bilingual.js";
import { getAtPointer, toPointer } from "../pointer.js";
import type { Json } from "../common.js";

/** One inconsistency, with the pointer into the bundle document. */
export interface SmartFormProblem { pointer: string; message: Bilingual }

/** Checks a smart form against the forms of the items it was merged from (ids → forms). */
export function checkSmartForm(form: Pick<SmartForm, "schema" | "provenance" | "rules" | "prefill">, items: Array<{ id: string; form: { schema: unknown } }>, prefix = "/form"): SmartFormProblem[] {
  const problems: SmartFormProblem[] = [];
  const leaves = new Map<string, Set<string>>();
  const leafSchemas = new Map<string, Json>();
  for (const it of items) {
    const found = inspectForm(it.form.schema).leaves;
    leaves.set(it.id, new Set(found.map((l) => l.pointer)));
    for (const l of found) leafSchemas.set(`${it.id}#${l.pointer}`, l.schema);
  }
  const used = new Map<string, string>();
  for (const [merged, refs] of Object.entries(form.provenance)) {
    const at = `${prefix}/provenance/${toPointer([merged]).slice(1)}`;
    const mergedSchema = getAtPointer(form.schema, merged) as Json | undefined;
    if (mergedSchema === undefined) problems.push({ pointer: at, message: say(`合并表单中没有字段 ${merged}`, `The merged form has no field ${merged}`) });
    refs.forEach((r, i) => {
      const key = `${r.item}#${r.pointer}`;
      if (!leaves.get(r.item)?.has(r.pointer)) problems.push({ pointer: `${at}/${i}`, message: say(`来源字段不存在：${key}`, `The source field does not exist: ${key}`) });
      else if (used.has(key)) problems.push({ pointer: `${at}/${i}`, message: say(`来源字段 ${key} 同时出现在 ${used.get(key)} 中`, `The source field ${key} is also a source of ${used.get(key)}: a source field belongs to one merged field`) });
      else if (r.values) problems.push(...valuesProblems(r.values, mergedSchema, leafSchemas.get(key)!, merged, key, `${at}/${i}/values`));
      used.set(key, merged);
    });
  }
  for (const [item, set] of leaves) {
    for (const p of set) if (!used.has(`${item}#${p}`)) problems.push({ pointer: `${prefix}/provenance`, message: say(`事项 ${item} 的字段 ${p} 没有出现在任何合并字段的来源中`, `Field ${p} of item ${item} is not the source of any merged field`) });
  }
  for (const p of Object.keys(form.rules)) {
    if (getAtPointer(form.schema, p) === undefined) problems.push({ pointer: `${prefix}/rules/${toPointer([p]).slice(1)}`, message: say(`规则指向不存在的字段 ${p}`, `A rule refers to a field that does not exist: ${p}`) });
  }
  for (const p of Object.keys(form.prefill)) {
    if (!(p in form.provenance)) problems.push({ pointer: `${prefix}/prefill/${toPointer([p]).slice(1)}`, message: say(`预填指向不存在的字段 ${p}`, `A prefill refers to a field that does not exist: ${p}`) });
  }
  return problems;
}


/** The choices a field offers (its enum, or its items' enum for a multiple choice), or undefined for a free field. */
function choicesOf(schema: Json | undefined): unknown[] | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.enum)) return schema.enum;
  const items = schema.items as Json | undefined;
  return items && typeof items === "object" && Array.isArray(items.enum) ? items.enum : undefined;
}

/** A reworded choice must map a choice the merged field offers to one its source field offers: otherwise the split
 *  would hand the item a value its own form refuses, or a merged choice would have no wording in the item. */
function valuesProblems(values: Record<string, string>, mergedSchema: Json | undefined, sourceSchema: Json, merged: string, source: string, at: string): SmartFormProblem[] {
  const out: SmartFormProblem[] = [];
  const mergedChoices = choicesOf(mergedSchema)?.map(String), sourceChoices = choicesOf(sourceSchema)?.map(String);
  for (const [from, to] of Object.entries(values)) {
    const ptr = `${at}/${toPointer([from]).slice(1)}`;
    if (!mergedChoices?.includes(from)) {
      out.push({ pointer: ptr, message: say(`合并字段 ${merged} 没有选项「${from}」，来源字段 ${source} 的选项对应指向了不存在的合并选项`, `The merged field ${merged} has no choice "${from}", so the wording of ${source} it maps cannot apply`) });
    }
    if (!sourceChoices?.includes(to)) {
      out.push({ pointer: ptr, message: say(`来源字段 ${source} 没有选项「${to}」（合并字段 ${merged} 的「${from}」对应到它）`, `The source field ${source} has no choice "${to}" (the choice "${from}" of the merged field ${merged} maps to it)`) });
    }
  }
  return out;
}
