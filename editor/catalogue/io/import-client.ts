// Sending a catalogue file to POST /api/items/import with a streamed answer (application/x-ndjson): each progress line
// moves the bar, the last line is the report — or the error, whose details are the report when the file was refused.
import { ApiRequestError, CSRF_HEADER, networkError, problemsOf } from "../../../runtime/shared/api.js";
import { translate } from "../../i18n.js";
import { overallProgress, type ImportEvent, type ImportReport } from "../../../spec/catalogue/import.js";

/** What the import was asked to do. */
export interface ImportRequest { dryRun: boolean; validOnly: boolean }

/** The outcome: the report (also of a refused file), or an error without one. */
export type ImportOutcome = { ok: true; report: ImportReport } | { ok: false; report?: ImportReport; error: ApiRequestError };

const isReport = (x: unknown): x is ImportReport => !!x && typeof x === "object" && Array.isArray((x as ImportReport).problems) && typeof (x as ImportReport).total === "number";

/** Uploads the file; onProgress gets the overall fraction (0…1) and the phase as the server reports them. */
export async function streamImport(file: Blob, req: ImportRequest, lang: string, onProgress: (fraction: number, phase: string) => void): Promise<ImportOutcome> {
  const uiLang = lang === "en" ? "en" : "zh-CN";
  const query = [req.dryRun ? "dryRun=1" : "", req.validOnly ? "validOnly=1" : ""].filter(Boolean).join("&");
  let res: Response;
  try {
    res = await fetch(`/api/items/import${query ? `?${query}` : ""}`, {
      method: "POST", credentials: "include", body: file,
      headers: { ...CSRF_HEADER, Accept: "application/x-ndjson", "Accept-Language": uiLang, "Content-Type": file.type || "application/octet-stream" },
    });
  } catch {
    return { ok: false, error: networkError(uiLang) };
  }
  if (!res.ok || !res.body) {
    const json = (await res.json().catch(() => undefined)) as { error?: { code?: string; message?: string; details?: unknown } } | undefined;
    const e = json?.error;
    return { ok: false, error: new ApiRequestError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? String(res.status), problemsOf(e?.details), e?.details) };
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  let last: ImportEvent | undefined;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += decoder.decode(value, { stream: true });
    for (let i = buf.indexOf("\n"); i >= 0; i = buf.indexOf("\n")) {
      last = JSON.parse(buf.slice(0, i)) as ImportEvent;
      buf = buf.slice(i + 1);
      if (last.type === "progress") onProgress(overallProgress(last.phase, last.done), last.phase);
    }
  }
  if (last?.type === "result") return { ok: true, report: last.report };
  if (last?.type === "error") {
    const error = new ApiRequestError(last.status, last.error.code, last.error.message, problemsOf(last.error.details), last.error.details);
    return { ok: false, error, ...(isReport(last.error.details) ? { report: last.error.details } : {}) };
  }
  return { ok: false, error: new ApiRequestError(0, "bad_response", translate("ed.io.incomplete", undefined, uiLang), [], undefined) };
}
