// Server-side validation of a submission with the very spec code the browser uses: the guide answers must fit the
// questions, then the form as it applies to those answers (effectiveForm of the form situated by the items that
// apply, situatedForm) validates the data with hidden fields pruned.
import { createHash } from "node:crypto";
import { answerProblems, effectiveForm, pruneHidden, situatedForm, validateFormData, type Bundle } from "../spec/index.js";
import type { ProblemDetail } from "../spec/api.js";
import type { FieldError } from "../spec/form-data.js";
import { fieldErrorText, schemaAt, wrongTypeText } from "../spec/field-messages.js";
import { parsePointer } from "../spec/pointer.js";
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
      : problem(lang, "not_an_option", pointer, { title: p.title ?? p.questionId, ...expectedAnswer(bundle.guide.questions.find((q) => q.id === p.questionId)) }, p.title);
  });
}

/** What an answer to a question must be, in words with its options ("是或否（true 或 false）", "以下之一：hospital（医院）…"). */
function expectedAnswer(q: Bundle["guide"]["questions"][number] | undefined): { expectedZh: string; expectedEn: string } {
  if (!q || q.type === "boolean") return { expectedZh: "是或否（true 或 false）", expectedEn: "true or false" };
  const zh = q.options.map((o) => `${o.value}（${o.label}）`).join("、");
  const en = q.options.map((o) => `"${o.value}" (${o.label})`).join(", ");
  if (!q.options.length) return q.type === "single" ? { expectedZh: "一段文字", expectedEn: "a text" } : { expectedZh: "文字的列表", expectedEn: "a list of texts" };
  return q.type === "single" ? { expectedZh: `以下之一：${zh}`, expectedEn: `one of ${en}` } : { expectedZh: `由以下各项组成的列表：${zh}`, expectedEn: `a list of ${en}` };
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
  return { data: pruned, problems: errors.map((e) => ({ pointer: `/data${e.pointer}`, field: e.field, code: e.keyword, message: fieldErrorMessage(e, schema, pruned, lang) })) };
}

/** The answers that fit the guide (those that do not are left out), so that the form and the materials of a submission
 *  with a wrong answer are still checked, in the same 400 as the answer's problem. */
export function fittingAnswers(bundle: Bundle, answers: Record<string, unknown>): Record<string, unknown> {
  const wrong = new Set(answerProblems(bundle.guide, answers).map((p) => p.questionId));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !wrong.has(id)));
}

/** A field error's text in the request's language: a field kind's own message, else the human text of the keyword
 *  naming the field by its label (spec/field-messages.ts, the text the portal shows). */
function fieldErrorMessage(e: FieldError, schema: object, data: Record<string, unknown>, lang: ServerLang): string {
  if (e.messageEn !== undefined) return lang === "en" ? e.messageEn : e.message;
  if (e.keyword === "type") {
    const text = wrongTypeText(e.field, `/data${e.pointer}`, schemaAt(schema as Record<string, unknown>, e.pointer)?.type, valueAt(data, e.pointer));
    return lang === "en" ? text.en : text.zh;
  }
  const text = fieldErrorText(e.keyword, e.field, schemaAt(schema as Record<string, unknown>, e.pointer));
  return lang === "en" ? text.en : text.zh;
}

/** The value at a data pointer (undefined when the path leaves the data). */
function valueAt(data: unknown, pointer: string): unknown {
  let v: unknown = data;
  for (const seg of parsePointer(pointer)) v = v && typeof v === "object" ? (v as Record<string, unknown>)[seg] : undefined;
  return v;
}

/** Validates answers and data against a published bundle; returns the pruned data to store or every problem. */
export function checkSubmission(bundle: Bundle, answers: Record<string, unknown>, data: Record<string, unknown>):
  { ok: true; data: Record<string, unknown> } | { ok: false; problems: ProblemDetail[] } {
  const problems = answerProblemDetails(bundle, answers);
  if (problems.length) return { ok: false, problems };
  const form = checkFormData(bundle, answers, data);
  return form.problems.length ? { ok: false, problems: form.problems } : { ok: true, data: form.data };
}
