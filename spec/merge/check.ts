// Consistency of a smart form with its items: every leaf of every item's form is the source of exactly one
// merged field, every provenance entry names a real merged field and a real source leaf, every rule and
// prefill names a real field. The CLI's validate, the template tests and publishing rely on it.
import type { SmartForm } from "../bundle.js";
import { inspectForm } from "../binding/inspect.js";
import { say, type Bilingual } from "../bilingual.js";
import { getAtPointer, toPointer } from "../pointer.js";

/** One inconsistency, with the pointer into the bundle document. */
export interface SmartFormProblem { pointer: string; message: Bilingual }

/** Checks a smart form against the forms of the items it was merged from (ids → forms). */
export function checkSmartForm(form: Pick<SmartForm, "schema" | "provenance" | "rules" | "prefill">, items: Array<{ id: string; form: { schema: unknown } }>, prefix = "/form"): SmartFormProblem[] {
  const problems: SmartFormProblem[] = [];
  const leaves = new Map<string, Set<string>>();
  for (const it of items) leaves.set(it.id, new Set(inspectForm(it.form.schema).leaves.map((l) => l.pointer)));
  const used = new Map<string, string>();
  for (const [merged, refs] of Object.entries(form.provenance)) {
    const at = `${prefix}/provenance/${toPointer([merged]).slice(1)}`;
    if (getAtPointer(form.schema, merged) === undefined) problems.push({ pointer: at, message: say(`合并表单中没有字段 ${merged}`, `The merged form has no field ${merged}`) });
    refs.forEach((r, i) => {
      const key = `${r.item}#${r.pointer}`;
      if (!leaves.get(r.item)?.has(r.pointer)) problems.push({ pointer: `${at}/${i}`, message: say(`来源字段不存在：${key}`, `The source field does not exist: ${key}`) });
      else if (used.has(key)) problems.push({ pointer: `${at}/${i}`, message: say(`来源字段 ${key} 同时出现在 ${used.get(key)} 中`, `The source field ${key} is also a source of ${used.get(key)}: a source field belongs to one merged field`) });
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
