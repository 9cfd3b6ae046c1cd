// Helpers over spec problems (JSON pointers) shared by the workspace's tabs.
import type { Bilingual } from "../../spec/bilingual.js";
import type { GuideFormFix } from "../../spec/consistency.js";

/** A problem as the editor shows it: its own (spec/, both languages) or the server's (already in the user's language),
 *  with the one-click fix the guide/form check offers for some. */
export interface ShownProblem { pointer: string; message: string | Bilingual; fix?: GuideFormFix }

/** The draft with a finding's fix applied: the form property's rule shows it only when the fix says (its requiredIf kept). */
export function withFix(doc: Record<string, unknown>, fix: GuideFormFix): Record<string, unknown> {
  const form = (doc.form && typeof doc.form === "object" ? doc.form : {}) as Record<string, unknown>;
  const rules = (form.rules && typeof form.rules === "object" ? form.rules : {}) as Record<string, Record<string, unknown>>;
  return { ...doc, form: { ...form, rules: { ...rules, [fix.pointer]: { ...rules[fix.pointer], visibleIf: fix.visibleIf } } } };
}

/** Messages of the problems exactly at `pointer` in the interface language (M from useMsg), joined; undefined when there are none. */
export function problemAt(problems: ShownProblem[], pointer: string, M: (m: string | Bilingual) => string): string | undefined {
  const hits = problems.filter((p) => p.pointer === pointer).map((p) => M(p.message));
  return hits.length ? hits.join("；") : undefined;
}

/** Number of problems at or under `prefix`. */
export function problemsUnder(problems: ShownProblem[], prefix: string): number {
  return problems.filter((p) => p.pointer === prefix || p.pointer.startsWith(prefix + "/")).length;
}
