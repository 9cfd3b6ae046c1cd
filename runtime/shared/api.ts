// The one HTTP client of the web apps: JSON over fetch with the session cookie, the CSRF header on every
// request, and errors turned into ApiRequestError carrying the server's message and per-field problems.
import type { ApiError, ProblemDetail } from "../../spec/api.js";
import { translate, type Lang } from "./i18n.js";

/** Header the server requires on state-changing requests (a simple CSRF guard a cross-site form cannot set). */
export const CSRF_HEADER = { "X-Requested-With": "yijian" } as const;

/** A non-2xx answer: status, the server's code and message, and every problem it listed. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: ProblemDetail[],
    readonly details: unknown,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

/** Normalises error.details into a list of problems (pointer + message), whatever shape the server used. */
export function problemsOf(details: unknown): ProblemDetail[] {
  const list = Array.isArray(details)
    ? details
    : details && typeof details === "object" && Array.isArray((details as { problems?: unknown }).problems)
      ? (details as { problems: unknown[] }).problems
      : [];
  return list
    .filter((d): d is Record<string, unknown> => !!d && typeof d === "object")
    .map((d) => ({
      pointer: typeof d.pointer === "string" ? d.pointer : "",
      message: typeof d.message === "string" ? d.message : JSON.stringify(d),
      ...(typeof d.field === "string" ? { field: d.field } : {}),
      ...(typeof d.code === "string" ? { code: d.code } : {}),
    }));
}

/** A unique id for idempotent requests (the server deduplicates a double-clicked submit by it). */
export function newRequestId(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The language the user chose in the app (i18n mirrors it to <html lang>), so the server answers in it. */
function uiLanguage(): string {
  return typeof document !== "undefined" && document.documentElement.lang === "en" ? "en" : "zh-CN";
}

/** The error of a request that never reached the server (offline, refused), in the user's language: shared by
 * every client that calls fetch itself (uploads, the streamed catalogue import). */
export function networkError(lang?: Lang): ApiRequestError {
  return new ApiRequestError(0, "network", translate("common.network", undefined, lang), [], undefined);
}

/** Calls the API; resolves with the parsed JSON body, rejects with ApiRequestError. */
export async function api<T>(method: "GET" | "POST" | "PUT" | "DELETE", path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: "include",
      headers: { Accept: "application/json", "Accept-Language": uiLanguage(), ...CSRF_HEADER, ...(body !== undefined ? { "Content-Type": "application/json" } : {}), ...headers },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
  } catch {
    throw networkError();
  }
  const text = await res.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      if (res.ok) throw new ApiRequestError(res.status, "bad_response", translate("common.badResponse", { status: res.status }), [], text);
    }
  }
  if (!res.ok) {
    const e = (json as ApiError | undefined)?.error;
    throw new ApiRequestError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? `${res.status} ${res.statusText}`, problemsOf(e?.details), e?.details, e?.requestId);
  }
  return json as T;
}
