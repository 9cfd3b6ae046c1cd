// The effective form for the applicant's situation, recomputed only when the outcome of a rule changes (a field
// appears, disappears, becomes required): typing in a field a rule reads re-evaluates the rules, and reuses the
// same schema objects while their outcomes hold, so rjsf and Ajv keep their caches.
import { useMemo } from "react";
import type { SmartForm } from "../../../spec/bundle.js";
import { effectiveForm, ruleOutcomeKey, type EffectiveForm } from "../../../spec/form-rules.js";
import type { Json } from "../../../spec/common.js";


/** React hook: effectiveForm(form, {answers, data}) with a stable result while every rule's outcome is unchanged. */
export function useEffectiveForm(form: Pick<SmartForm, "schema" | "rules">, answers: Json, data: Json): EffectiveForm {
  const outcomes = ruleOutcomeKey(form, { answers, data });
  return useMemo(
    () => effectiveForm(form, { answers, data }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- effectiveForm depends on the context only through the outcomes
    [form, outcomes],
  );
}
