// Serving stored files as downloads, once for every path that does it (applicants' files, item materials' blank forms
// and samples, exports): the bytes are streamed only after they still hash to their recorded sha256 (a missing or
// damaged file is logged and answered 500, never served), under their own (Chinese) name per RFC 6266 / 5987.
import { Readable } from "node:stream";
import type { Logger } from "../log.js";
import { inLang, say, type ServerLang } from "../messages.js";
import { fileStore } from "./index.js";

const RFC5987_EXTRA = /['()*]/g;

/** A Content-Disposition naming a download: an ASCII fallback name for old clients and the UTF-8 name. */
export function contentDisposition(name: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(name).replace(RFC5987_EXTRA, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

/** An ASCII fallback for a file name: its printable ASCII part, else `<stem><extension>`. */
export function asciiName(name: string, stem: string): string {
  const ext = /\.[A-Za-z0-9]{1,8}$/.exec(name)?.[0] ?? "";
  const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, "").trim();
  return ascii && ascii !== ext ? ascii : `${stem}${ext}`;
}

/** A stream of stored bytes after checking they still hash to `sha256` ("missing" / "damaged" else). */
export async function verifiedStream(sha256: string): Promise<Readable | "missing" | "damaged"> {
  const store = fileStore();
  if (!(await store.verify(sha256))) return (await store.open(sha256)) ? "damaged" : "missing";
  return (await store.open(sha256)) ?? "missing";
}

/** What a download needs to know of a stored file. */
export interface StoredFile { sha256: string; mime: string; size: number; name: string }

/** How one download is answered: its language, caching, fallback name and what the log calls it. */
export interface DownloadOptions { log: Logger; lang: ServerLang; what: string; cacheControl: string; asciiFallback: string; etag?: boolean }

/** Streams a stored file as a download after its hash check; a missing or damaged one is logged and answered 500. */
export async function storedFileResponse(file: StoredFile, o: DownloadOptions): Promise<Response> {
  const stream = await verifiedStream(file.sha256);
  if (typeof stream === "string") {
    o.log.error(`${o.what}: its bytes (sha256 ${file.sha256}) are ${stream} in the file store`);
    const message = stream === "damaged"
      ? say("文件已损坏（与登记的校验值不符），不能下载；已记录并通知管理员", "the file is damaged (it no longer matches its checksum) and cannot be downloaded; the administrators were told")
      : say("文件在文件库中不存在，不能下载；已记录并通知管理员", "the file is missing from the file store and cannot be downloaded; the administrators were told");
    return Response.json({ error: { code: `file_${stream}`, message: inLang(o.lang, message) } }, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, { status: 200, headers: {
    "Content-Type": file.mime, "Content-Length": String(file.size), "Cache-Control": o.cacheControl, ...(o.etag ? { ETag: `"${file.sha256}"` } : {}),
    "Content-Disposition": contentDisposition(file.name, o.asciiFallback), "X-Content-Type-Options": "nosniff", "Content-Security-Policy": "sandbox",
  } });
}
