// Server-side validation of a submission with the very spec code the browser uses: the guide answers must fit the
// questions, then the form as it applies to those answers (effectiveForm of the form situated by the items that
// apply, situatedForm) validates the data with hidden fields pruned.
import { createHash } from "node:crypto";
import { answerProblems, effectiveForm, pruneHidden, situatedForm, validateFormData, type Bundle } from "../spec/index.js";
import type { ProblemDetail } from "../spec/api.js";
import type { FieldError } from "../spec/form-data.js";
import { fieldErrorText, schemaAt } from "../spec/field-messages.js";
import { computedProblems } from "../spec/fields/compute.js";
import { problem, type ServerLang } from "./submission-messages.js";
import { unknownDataKeys } from "./security/form-data-guard.js";
import { loadTowns } from "../spec/dictionary/towns.js";
import { escapePointer } from "../spec/pointer.js";

// Street-level region fields are checked against the 41,278 towns, which the browser loads on demand; the server
// loads them once here (~130 ms), before any submission can be validated, so an unknown town is always refused.
await loadTowns();

// effectiveForm returns a fresh schema object on every call; Ajv caches compiled validators per schema object, so
// equal effective schemas are mapped to one canonical object (bounded), keeping compilation to once per situation.
const canonical = new Map<string, object>();
const CANONICAL_MAX = 2000;

function canonicalSchema(schema: object): object {
  const key = createHash("sha1").update(JSON.stringify(schema)).digest("base64");
  let hit = canonical.get(key);
  if (!hit) {
    if (canonical.size >= CANONICAL_MAX) canonical.delete(canonical.keys().next().value!);
    canonical.set(key, (hit = schema));
  }
  return hit;
}

/** Problems with the guide answers (the one spec check the portal also uses), as pointers into the request. */
export function answerProblemDetails(bundle: Bundle, answers: Record<string, unknown>, lang: ServerLang = "zh-CN"): ProblemDetail[] {
  return answerProblems(bundle.guide, answers).map((p) => {
    const pointer = `/answers/${escapePointer(p.questionId)}`;
    return p.kind === "unknown_question"
      ? problem(lang, "unknown_question", pointer, { id: p.questionId })
      : problem(lang, "not_an_option", pointer, { title: p.title ?? p.questionId }, p.title);
  });
}

/** The form data as the situation applies it (hidden fields pruned) with every field problem. */
export function checkFormData(bundle: Bundle, answers: Record<string, unknown>, data: Record<string, unknown>, lang: ServerLang = "zh-CN"): { data: Record<string, unknown>; problems: ProblemDetail[] } {
  const eff = effectiveForm(situatedForm(bundle), { answers, data });
  const pruned = pruneHidden(data, eff.hidden);
  const schema = canonicalSchema(eff.schema);
  // Keys the form does not declare are refused, never stored (security/form-data-guard.ts).
  const unknown = unknownDataKeys(eff.schema, pruned, "/data", lang);
  if (unknown.length) return { data: pruned, problems: unknown };
  // Field kinds and table constraints run inside validateFormData; computed fields are recomputed here, so a
  // client cannot send its own total (spec/fields/compute.ts, the same code the browser fills them with).
  const errors = [...validateFormData(schema, pruned), ...computedProblems(schema, pruned, answers)];
  return { data: pruned, problems: errors.map((e) => ({ pointer: `/data${e.pointer}`, field: e.field, code: e.keyword, message: fieldErrorMessage(e, schema, lang) })) };
}

/** A field error's text in the request's language: a field kind's own message, else the human text of the keyword
 *  naming the field by its label (spec/field-messages.ts, the text the portal shows). */
function fieldErrorMessage(e: FieldError, schema: object, lang: ServerLang): string {
  if (e.messageEn !== undefined) return lang === "en" ? e.messageEn : e.message;
  const text = fieldErrorText(e.keyword, e.field, schemaAt(schema as Record<string, unknown>, e.pointer));
  return lang === "en" ? text.en : text.zh;
}

/** Validates answers and data against a published bundle; returns the pruned data to store or every problem. */
export function checkSubmission(bundle: Bundle, answers: Record<string, unknown>, data: Record<string, unknown>):
  { ok: true; data: Record<string, unknown> } | { ok: false; problems: ProblemDetail[] } {
  const problems = answerProblemDetails(bundle, answers);
  if (problems.length) return { ok: false, problems };
  const form = checkFormData(bundle, answers, data);
  return form.problems.length ? { ok: false, problems: form.problems } : { ok: true, data: form.data };
}
