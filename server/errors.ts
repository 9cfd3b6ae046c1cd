// Errors the API answers with: every non-2xx response is { error: { code, message, details } }.
import type { ProblemDetail } from "../spec/api.js";

/** An error with its HTTP status, thrown anywhere in a request and rendered by the app's error handler. */
export class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
  }
}

/** 400 with every problem listed. */
export function badRequest(code: "invalid_request" | "invalid_spec" | "invalid_submission", message: string, details: ProblemDetail[]): HttpError {
  return new HttpError(400, code, message, details);
}

/** 404 for an unknown id. */
export function notFound(what: string): HttpError {
  return new HttpError(404, "not_found", `${what}不存在 (not found)`);
}

/** 409 when the state does not allow the action; details lists what is allowed now. */
export function conflict(message: string, allowedActions: string[]): HttpError {
  return new HttpError(409, "conflict", message, { allowedActions });
}
