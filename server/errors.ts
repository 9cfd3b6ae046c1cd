// Errors the API answers with: every non-2xx response is { error: { code, message, details } }.
import type { ProblemDetail } from "../spec/api.js";
import { inLang, say, type Bilingual, type ServerLang } from "./messages.js";

/** An error with its HTTP status, thrown anywhere in a request and rendered by the app's error handler (a bilingual
 * message, and bilingual messages in its details, are answered in the request's language). */
export class HttpError extends Error {
  readonly text: string | Bilingual;
  constructor(readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 428 | 429, readonly code: string, message: string | Bilingual, readonly details?: unknown) {
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

/** 404 for an unknown id, answered in the request's language: notFound(THE.application) → 该申请不存在 / This application was not found. */
export function notFound(what: Bilingual): HttpError {
  return new HttpError(404, "not_found", { zh: `${what.zh}不存在`, en: `${what.en} was not found` });
}

/** What a 404 names, in both languages (one table, so every route names a thing the same way). */
export const THE = {
  application: say("该申请", "This application"),
  bundle: say("该一件事", "This one-thing"),
  item: say("该事项", "This item"),
  version: say("该版本", "This version"),
  task: say("该任务", "This task"),
  rating: say("该评价", "This rating"),
  draft: say("该草稿", "This draft"),
  file: say("该文件", "This file"),
  document: say("该文书", "This document"),
  resultDocument: say("该结果文书", "This result document"),
  font: say("该字体", "This font"),
  message: say("该消息", "This message"),
  subscription: say("该订阅", "This subscription"),
  dictionaryExtension: say("该数据字典扩展", "This dictionary extension"),
  guide: say("该事项的办事指南", "The service guide of this item"),
} as const;

/** 409 when the state does not allow the action; details lists what is allowed now. */
export function conflict(message: string | Bilingual, allowedActions: string[]): HttpError {
  return new HttpError(409, "conflict", message, { allowedActions });
}
