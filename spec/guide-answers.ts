// The one check of guide answers, used by the server when a submission arrives and by the portal when it reads
// answers from a link: a value fits its question when it has the question's type and is among its options.
import type { Guide, GuideQuestion } from "./bundle.js";
import type { Answers } from "./guide.js";

/** Why an answer does not fit: the question is unknown, or the value is not one the question allows. */
export interface AnswerProblem { questionId: string; kind: "unknown_question" | "not_an_option"; title?: string }

/** Whether a value is an allowed answer to a question (null or undefined means "not answered" and fits). */
export function answerFits(q: GuideQuestion, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  const allowed = new Set(q.options.map((o) => o.value));
  const isOption = (v: unknown) => typeof v === "string" && (allowed.size === 0 || allowed.has(v));
  if (q.type === "boolean") return typeof value === "boolean";
  if (q.type === "single") return isOption(value);
  return Array.isArray(value) && value.every(isOption);
}

/** The answer a question gets from its text form (a URL query's values); undefined when it does not fit. */
export function answerFromText(q: GuideQuestion, values: string[]): Answers[string] {
  if (!values.length) return undefined;
  let value: Answers[string];
  if (q.type === "boolean") value = values[0] === "true" ? true : values[0] === "false" ? false : undefined;
  else if (q.type === "single") value = values[0];
  else value = values.flatMap((v) => v.split(",")).filter((v) => answerFits(q, [v]));
  return value !== undefined && answerFits(q, value) ? value : undefined;
}

/** Every answer of a set that does not fit the guide, in the order given. */
export function answerProblems(guide: Guide, answers: Record<string, unknown>): AnswerProblem[] {
  const byId = new Map(guide.questions.map((q) => [q.id, q]));
  const out: AnswerProblem[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q) out.push({ questionId: id, kind: "unknown_question" });
    else if (!answerFits(q, value)) out.push({ questionId: id, kind: "not_an_option", title: q.title });
  }
  return out;
}
