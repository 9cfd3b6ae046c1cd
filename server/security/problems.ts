// Bounds on what an error answer may echo: a request with a million bad keys gets the first problems and their
// count, and no problem repeats more than a short excerpt of the input (the body of a 400 stays a few KB).
/** Problems listed in one error answer; the rest are counted in `detailsTotal`. */
export const MAX_PROBLEMS = 100;
/** Characters of any one text in an error answer (pointer, field, message). */
export const MAX_ECHO_CHARS = 300;

/** A text cut to a short excerpt. */
export function excerpt(s: string, max = MAX_ECHO_CHARS): string {
  return s.length > max ? s.slice(0, max) + `…(+${s.length - max})` : s;
}

function boundValue(v: unknown, depth: number): unknown {
  if (typeof v === "string") return excerpt(v);
  if (depth > 3 || v === null || typeof v !== "object") return typeof v === "object" && v !== null ? "…" : v;
  if (Array.isArray(v)) return v.slice(0, MAX_PROBLEMS).map((x) => boundValue(x, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v).slice(0, 50)) out[excerpt(k, 80)] = boundValue(x, depth + 1);
  return out;
}

/** The error member of an answer with its message and details bounded; `detailsTotal` when problems were cut. */
export function boundedError(code: string, message: string, details: unknown): Record<string, unknown> {
  const total = Array.isArray(details) ? details.length : undefined;
  return {
    code, message: excerpt(message, 1000),
    ...(details !== undefined ? { details: boundValue(details, 0) } : {}),
    ...(total !== undefined && total > MAX_PROBLEMS ? { detailsTotal: total } : {}),
  };
}
