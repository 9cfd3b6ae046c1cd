// Guide answers live in the URL query ("a.<questionId>=value"), so a link carries the situation: it can be
// shared, bookmarked and survives the login round-trip.
import type { Guide } from "../../spec/bundle.js";
import type { Answers } from "../../spec/guide.js";
import { answerFromText } from "../../spec/guide-answers.js";

const PREFIX = "a.";

/** Reads the answers of the guide's questions from a query; unknown or malformed values are ignored (the same
 * answer check the server applies to a submission, spec/guide-answers.ts). */
export function answersFromQuery(guide: Guide, query: URLSearchParams): Answers {
  const out: Answers = {};
  for (const q of guide.questions) {
    const value = answerFromText(q, query.getAll(PREFIX + q.id));
    if (value !== undefined) out[q.id] = value;
  }
  return out;
}

/** Writes answers into a query (keeping its other parameters). */
export function answersToQuery(answers: Answers, base = new URLSearchParams()): URLSearchParams {
  const q = new URLSearchParams(base);
  for (const key of [...q.keys()]) if (key.startsWith(PREFIX)) q.delete(key);
  for (const [id, v] of Object.entries(answers)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) q.set(PREFIX + id, v.join(","));
    else q.set(PREFIX + id, String(v));
  }
  return q;
}
