// The blank forms and samples of an item's materials on the server: which file references an item may hold (only
// files uploaded for that item: a draft can keep or drop the ones its stored draft or published versions reference,
// never name other bytes of the store, such as an applicant's upload), the item's caps, and the download response
// (server/files/download.ts; a published version's file is public and immutable, cached for a year).
import { sql } from "drizzle-orm";
import { itemFileRefs, MaterialFileRefSchema, withMaterialFile, MAX_ITEM_FILE_BYTES, MAX_ITEM_FILES, type FoundFileRef, type MaterialFileRef } from "../../spec/catalogue/material-files.js";
import { fileSize } from "../../spec/files.js";
import { bilingualMessage } from "../../spec/issue-messages.js";
import type { Queryable } from "../db/database.js";
import { badRequest, HttpError, type BilingualProblem } from "../errors.js";
import { asciiName, storedFileResponse } from "../files/download.js";
import type { Logger } from "../log.js";
import { say, type Bilingual, type ServerLang } from "../messages.js";
import { fromJson } from "../util.js";

/** The file references an item already holds: its stored draft's and every published version's, by hash. */
export async function knownItemFiles(q: Queryable, id: string): Promise<Map<string, MaterialFileRef>> {
  const rows = await q.all<{ doc: string }>(sql`SELECT draft AS doc FROM catalogue_items WHERE id = ${id}
    UNION ALL SELECT spec AS doc FROM catalogue_item_versions WHERE item_id = ${id}`);
  const known = new Map<string, MaterialFileRef>();
  for (const r of rows) {
    for (const f of itemFileRefs(fromJson<Record<string, unknown>>(r.doc))) {
      const ok = MaterialFileRefSchema.safeParse(f.ref);
      if (ok.success) known.set(ok.data.sha256, ok.data);
    }
  }
  return known;
}

/** Why a draft's file reference may not stay (its shape, or bytes never uploaded for this item), or undefined. */
function refProblem(f: FoundFileRef, known: Map<string, MaterialFileRef>): Bilingual | undefined {
  const parsed = MaterialFileRefSchema.safeParse(f.ref);
  if (!parsed.success) {
    const m = bilingualMessage(parsed.error.issues[0]!.message);
    return typeof m === "string" ? say(`文件引用不合法：${m}`, `the file reference is not valid: ${m}`) : say(`文件引用不合法：${m.zh}`, `the file reference is not valid: ${m.en}`);
  }
  const k = known.get(parsed.data.sha256);
  if (!k || k.size !== parsed.data.size || k.mime !== parsed.data.mime) {
    return say("该文件不是为本事项上传的：空白表格和示例样表只能在事项草稿中上传", "this file was not uploaded for this item: blank forms and samples are uploaded on the item draft");
  }
  return undefined;
}

/** Problems of a draft's file references against the files the item holds (empty when every one may stay). */
export async function fileRefProblems(q: Queryable, id: string | undefined, draft: { materials?: unknown; situations?: unknown }): Promise<BilingualProblem[]> {
  const refs = itemFileRefs(draft);
  if (!refs.length) return [];
  const known = id ? await knownItemFiles(q, id) : new Map<string, MaterialFileRef>();
  return refs.flatMap((f) => {
    const why = refProblem(f, known);
    return why ? [{ pointer: f.pointer, message: why }] : [];
  });
}

/** A draft without the file references the item does not hold (a JSON import from another system), and where they were. */
export async function withoutUnknownFiles<T extends { materials?: unknown; situations?: unknown }>(q: Queryable, id: string | undefined, draft: T): Promise<{ draft: T; dropped: Array<{ pointer: string; message: Bilingual }> }> {
  const refs = itemFileRefs(draft);
  if (!refs.length) return { draft, dropped: [] };
  const known = id ? await knownItemFiles(q, id) : new Map<string, MaterialFileRef>();
  let out = draft;
  const dropped: Array<{ pointer: string; message: Bilingual }> = [];
  for (const f of refs) {
    const why = refProblem(f, known);
    if (!why) continue;
    out = withMaterialFile(out, f.place, f.kind, undefined) ?? out;
    const what = f.kind === "blank_form" ? say("空白表格", "blank form") : say("示例样表", "sample");
    dropped.push({ pointer: f.pointer, message: say(`材料「${f.place.material}」的${what.zh}未导入（${why.zh}）：导入后请在事项草稿中上传`, `the ${what.en} of material "${f.place.material}" was not imported (${why.en}): upload it on the item draft after the import`) });
  }
  return { draft: out, dropped };
}

/** 400 listing every file reference of a draft that may not stay (a saved draft keeps or drops, never adds, files). */
export async function assertFileRefs(q: Queryable, id: string | undefined, draft: { materials?: unknown; situations?: unknown }): Promise<void> {
  const problems = await fileRefProblems(q, id, draft);
  if (problems.length) throw badRequest("invalid_request", say("草稿中的空白表格或示例样表不合法", "the draft's blank forms or samples are not valid"), problems);
  assertItemCaps(draft);
}

/** 409 when a draft references more distinct files, or more bytes, than one item may. */
export function assertItemCaps(draft: { materials?: unknown; situations?: unknown }): void {
  const distinct = new Map<string, number>();
  for (const f of itemFileRefs(draft)) {
    const ok = MaterialFileRefSchema.safeParse(f.ref);
    if (ok.success) distinct.set(ok.data.sha256, ok.data.size);
  }
  const bytes = [...distinct.values()].reduce((a, b) => a + b, 0);
  if (distinct.size > MAX_ITEM_FILES) {
    throw new HttpError(409, "conflict", say(`一个事项最多 ${MAX_ITEM_FILES} 个空白表格和示例样表文件，请先删除不需要的`, `an item holds at most ${MAX_ITEM_FILES} blank-form and sample files: remove those you no longer need first`), { allowedActions: [] });
  }
  if (bytes > MAX_ITEM_FILE_BYTES) {
    throw new HttpError(409, "conflict", say(`一个事项的空白表格和示例样表合计最多 ${fileSize(MAX_ITEM_FILE_BYTES)}，现为 ${fileSize(bytes)}`, `an item's blank forms and samples may total at most ${fileSize(MAX_ITEM_FILE_BYTES)}; these would be ${fileSize(bytes)}`), { allowedActions: [] });
  }
}

/** The reference with a hash among an item document's files, or undefined. */
export function fileOf(doc: { materials?: unknown; situations?: unknown }, sha256: string): MaterialFileRef | undefined {
  for (const f of itemFileRefs(doc)) {
    const ok = MaterialFileRefSchema.safeParse(f.ref);
    if (ok.success && ok.data.sha256 === sha256) return ok.data;
  }
  return undefined;
}

/** How a file is cached: a published version's for a year (its bytes can never change), a draft's not at all. */
export type FileCaching = "published" | "draft";

/** Streams a material file after its hash check (server/files/download.ts); a matching If-None-Match answers 304. */
export async function materialFileResponse(log: Logger, lang: ServerLang, ref: MaterialFileRef, caching: FileCaching, ifNoneMatch: string | undefined): Promise<Response> {
  const etag = `"${ref.sha256}"`;
  const cache = caching === "published" ? "public, max-age=31536000, immutable" : "private, no-store";
  if (caching === "published" && ifNoneMatch?.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cache } });
  }
  return storedFileResponse(ref, { log, lang, what: `material file ${ref.name}`, cacheControl: cache, asciiFallback: asciiName(ref.name, "form"), etag: true });
}
