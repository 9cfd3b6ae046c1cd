// Guide answers live in the URL query ("a.<questionId>=value"), so a link carries the situation: it can be
// shared, bookmarked and survives the login round-trip.
import type { Guide } from "../../spec/bundle.js";
import type { Answers } from "../../spec/guide.js";

const PREFIX = "a.";

/** Reads the answers of the guide's questions from a query; unknown or malformed values are ignored. */
export function answersFromQuery(guide: Guide, query: URLSearchParams): Answers {
  const out: Answers = {};
  for (const q of guide.questions) {
    const values = query.getAll(PREFIX + q.id);
    if (!values.length) continue;
    const allowed = new Set(q.options.map((o) => o.value));
    if (q.type === "boolean") {
      if (values[0] === "true" || values[0] === "false") out[q.id] = values[0] === "true";
    } else if (q.type === "single") {
      if (allowed.has(values[0]!)) out[q.id] = values[0]!;
    } else {
      out[q.id] = values.flatMap((v) => v.split(",")).filter((v) => allowed.has(v));
    }
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
