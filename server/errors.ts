// Errors the API answers with: every non-2xx response is { error: { code, message, details } }.
import type { ProblemDetail } from "../spec/api.js";
import { inLang, type Bilingual, type ServerLang } from "./messages.js";

/** An error with its HTTP status, thrown anywhere in a request and rendered by the app's error handler (a bilingual
 * message, and bilingual messages in its details, are answered in the request's language). */
export class HttpError extends Error {
  readonly text: string | Bilingual;
  constructor(readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429, readonly code: string, message: string | Bilingual, readonly details?: unknown) {
    super(typeof message === "string" ? message : message.zh);
    this.text = message;
  }

  /** The message in a language. */
  messageIn(lang: ServerLang): string {
    return inLang(lang, this.text);
  }
}

/** A problem whose message is given in both languages. */
export type BilingualProblem = Omit<ProblemDetail, "message"> & { message: string | Bilingual };

/** 400 with every problem listed. */
export function badRequest(code: "invalid_request" | "invalid_spec" | "invalid_submission", message: string | Bilingual, details: Array<ProblemDetail | BilingualProblem>): HttpError {
  return new HttpError(400, code, message, details);
}

/** 404 for an unknown id; `what` in both languages answers in the request's (e.g. {zh: "该一件事", en: "This one-thing"}). */
export function notFound(what: string | Bilingual): HttpError {
  if (typeof what === "string") return new HttpError(404, "not_found", `${what}不存在 (not found)`);
  return new HttpError(404, "not_found", { zh: `${what.zh}不存在`, en: `${what.en} was not found` });
}

/** 409 when the state does not allow the action; details lists what is allowed now. */
export function conflict(message: string | Bilingual, allowedActions: string[]): HttpError {
  return new HttpError(409, "conflict", message, { allowedActions });
}
