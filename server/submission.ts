// Server-side validation of a submission with the very spec code the browser uses: the guide answers must fit the
// questions, then the form as it applies to those answers (effectiveForm) validates the data with hidden fields pruned.
import { createHash } from "node:crypto";
import { effectiveForm, pruneHidden, validateFormData, type Bundle } from "../spec/index.js";
import type { ProblemDetail } from "../spec/api.js";
import { unknownDataKeys } from "./security/form-data-guard.js";

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

/** Problems with the guide answers: unknown questions, values outside the options, wrong types. */
export function answerProblems(bundle: Bundle, answers: Record<string, unknown>): ProblemDetail[] {
  const problems: ProblemDetail[] = [];
  const byId = new Map(bundle.guide.questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(answers)) {
    const q = byId.get(id);
    const pointer = `/answers/${id.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (!q) {
      problems.push({ pointer, message: `未知的引导问题: ${id} (unknown guide question)` });
      continue;
    }
    const allowed = new Set(q.options.map((o) => o.value));
    const ok =
      value === null ||
      (q.type === "boolean" && typeof value === "boolean") ||
      (q.type === "single" && typeof value === "string" && (allowed.size === 0 || allowed.has(value))) ||
      (q.type === "multi" && Array.isArray(value) && value.every((v) => typeof v === "string" && (allowed.size === 0 || allowed.has(v))));
    if (!ok) problems.push({ pointer, field: q.title, message: `回答不在可选范围内 (answer not among the options of "${q.title}")` });
  }
  return problems;
}

/** Validates answers and data against a published bundle; returns the pruned data to store or every problem. */
export function checkSubmission(bundle: Bundle, answers: Record<string, unknown>, data: Record<string, unknown>):
  { ok: true; data: Record<string, unknown> } | { ok: false; problems: ProblemDetail[] } {
  const problems = answerProblems(bundle, answers);
  if (problems.length) return { ok: false, problems };
  const eff = effectiveForm(bundle.form, { answers, data });
  const pruned = pruneHidden(data, eff.hidden);
  // Keys the form does not declare are refused, never stored (security/form-data-guard.ts).
  const unknown = unknownDataKeys(eff.schema, pruned);
  if (unknown.length) return { ok: false, problems: unknown };
  const errors = validateFormData(canonicalSchema(eff.schema), pruned);
  if (errors.length) return { ok: false, problems: errors.map((e) => ({ pointer: `/data${e.pointer}`, field: e.field, message: e.message })) };
  return { ok: true, data: pruned };
}
