// Consistency of a smart form with its items: every leaf of every item's form is the source of exactly one
// merged field, every provenance entry names a real merged field and a real source leaf, every rule and
// prefill names a real field. The CLI's validate, the template tests and publishing rely on it.
import type { SmartForm } from "../bundle.js";
import { inspectForm } from "../binding/inspect.js";
import { getAtPointer, toPointer } from "../pointer.js";

/** One inconsistency, with the pointer into the bundle document. */
export interface SmartFormProblem { pointer: string; message: string }

/** Checks a smart form against the forms of the items it was merged from (ids → forms). */
export function checkSmartForm(form: Pick<SmartForm, "schema" | "provenance" | "rules" | "prefill">, items: Array<{ id: string; form: { schema: unknown } }>, prefix = "/form"): SmartFormProblem[] {
  const problems: SmartFormProblem[] = [];
  const leaves = new Map<string, Set<string>>();
  for (const it of items) leaves.set(it.id, new Set(inspectForm(it.form.schema).leaves.map((l) => l.pointer)));
  const used = new Map<string, string>();
  for (const [merged, refs] of Object.entries(form.provenance)) {
    const at = `${prefix}/provenance/${toPointer([merged]).slice(1)}`;
    if (getAtPointer(form.schema, merged) === undefined) problems.push({ pointer: at, message: `合并表单中没有字段 ${merged} (no such merged field)` });
    refs.forEach((r, i) => {
      const key = `${r.item}#${r.pointer}`;
      if (!leaves.get(r.item)?.has(r.pointer)) problems.push({ pointer: `${at}/${i}`, message: `来源字段不存在: ${key} (no such source field)` });
      else if (used.has(key)) problems.push({ pointer: `${at}/${i}`, message: `来源字段 ${key} 同时出现在 ${used.get(key)} 中 (a source field in two merged fields)` });
      used.set(key, merged);
    });
  }
  for (const [item, set] of leaves) {
    for (const p of set) if (!used.has(`${item}#${p}`)) problems.push({ pointer: `${prefix}/provenance`, message: `事项 ${item} 的字段 ${p} 没有出现在任何合并字段的来源中 (source field not merged anywhere)` });
  }
  for (const p of Object.keys(form.rules)) {
    if (getAtPointer(form.schema, p) === undefined) problems.push({ pointer: `${prefix}/rules/${toPointer([p]).slice(1)}`, message: `规则指向不存在的字段 ${p}` });
  }
  for (const p of Object.keys(form.prefill)) {
    if (!(p in form.provenance)) problems.push({ pointer: `${prefix}/prefill/${toPointer([p]).slice(1)}`, message: `预填指向不存在的字段 ${p}` });
  }
  return problems;
}
