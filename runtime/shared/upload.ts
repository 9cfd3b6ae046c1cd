// Uploading one material file: the raw bytes with their type and name (the server checks both against the
// material's limits and the bytes themselves), errors as ApiRequestError like every other API call.
import type { ApiError, AttachmentView } from "../../spec/api.js";
import { ApiRequestError, CSRF_HEADER, networkError, problemsOf } from "./api.js";
export { fileSize, typeLabel } from "../../spec/files.js";

/** Sends a file to an upload route; resolves with what the route answers (a material's stored attachment by default). */
export async function uploadFile<T = AttachmentView>(url: string, file: File): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST", credentials: "include", body: file,
      headers: { Accept: "application/json", ...CSRF_HEADER, "Content-Type": file.type || "application/octet-stream", "X-File-Name": encodeURIComponent(file.name) },
    });
  } catch {
    throw networkError();
  }
  const json = (await res.json().catch(() => undefined)) as unknown;
  if (!res.ok) {
    const e = (json as ApiError | undefined)?.error;
    throw new ApiRequestError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? `${res.status}`, problemsOf(e?.details), e?.details, e?.requestId);
  }
  return json as T;
}

