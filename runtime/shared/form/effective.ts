// The effective form for the applicant's situation, recomputed only when something a rule reads changes:
// the guide answers, or the few data fields named in rules. Typing in any other field reuses the same schema.
import { useMemo } from "react";
import type { SmartForm } from "../../../spec/bundle.js";
import { conditionVariables } from "../../../spec/conditions.js";
import { effectiveForm, type EffectiveForm } from "../../../spec/form-rules.js";

type Json = Record<string, unknown>;

/** Data paths (after "data.") read by any rule of the form. */
export function ruleDataPaths(form: Pick<SmartForm, "rules">): string[] {
  const paths = new Set<string>();
  for (const rule of Object.values(form.rules ?? {})) {
    for (const c of [rule.visibleIf, rule.requiredIf]) for (const v of conditionVariables(c)) if (v.startsWith("data.")) paths.add(v.slice(5));
  }
  return [...paths].sort();
}

function readPath(data: unknown, path: string): unknown {
  let node = data;
  for (const seg of path.split(".")) node = node && typeof node === "object" ? (node as Json)[seg] : undefined;
  return node;
}

/** React hook: effectiveForm(form, {answers, data}) with a stable result while the rule inputs are unchanged. */
export function useEffectiveForm(form: Pick<SmartForm, "schema" | "rules">, answers: Json, data: Json): EffectiveForm {
  const paths = useMemo(() => ruleDataPaths(form), [form]);
  const ruleInputs = JSON.stringify(paths.map((p) => readPath(data, p)));
  const answersKey = JSON.stringify(answers);
  return useMemo(
    () => effectiveForm(form, { answers, data }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- recompute only when what rules read changes
    [form, answersKey, ruleInputs],
  );
}
