// Routes of the catalogue's bulk import and export (docs/catalogue.md): POST /api/items/import (an .xlsx or JSON file
// as the body; ?dryRun=1 only reports, ?validOnly=1 imports the valid items only; Accept: application/x-ndjson streams
// progress events before the report), GET /api/items/export?format=xlsx|json&<list filters>, and GET
// /api/items/import-template.xlsx. Registered before /api/items/:id, so these words are never taken for an id.
import type { Context } from "hono";
import type { ImportEvent, ImportReport } from "../../../spec/catalogue/import.js";
import { parseCatalogueQuery, type CatalogueQuery } from "../../../spec/catalogue/search.js";
import { badRequest, HttpError } from "../../errors.js";
import { inLang, INTERNAL_ERROR, localized, requestLang, say, type ServerLang } from "../../messages.js";
import type { Logger } from "../../log.js";
import { boundedError } from "../../security/problems.js";
import { must, route, type AppEnv, type Deps, type RouteDef } from "../../routes/route.js";
import { contentDisposition } from "../../files/download.js";
import { exportDrafts, exportJson, exportXlsx, fileDate, templateXlsx } from "./export.js";
import { runImport, type Emit } from "./run.js";

/** Paths whose bodies are files (the app gives them the upload size limit instead of the JSON one). */
export const CATALOGUE_UPLOAD_PATHS = [/^\/api\/items\/import$/];

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A yes/no query flag (1/true or 0/false, absent = no); 400 naming it otherwise. */
function flag(c: Context<AppEnv>, name: string): boolean {
  const v = c.req.query(name);
  if (v === undefined || v === "" || v === "0" || v === "false") return false;
  if (v === "1" || v === "true") return true;
  throw badRequest("invalid_request", say("查询参数不合法", "invalid query"), [{ pointer: `/${name}`, message: say(`「${name}」应为 1 或 0`, `${name}: expected 1 or 0`) }]);
}

/** The export's filters: the list's parameters (paging ignored: every match is exported) and format. */
function exportQuery(c: Context<AppEnv>): { query: CatalogueQuery; format: "xlsx" | "json" } {
  const params = [...new URL(c.req.url).searchParams];
  const format = params.find(([k]) => k === "format")?.[1] ?? "xlsx";
  const r = parseCatalogueQuery(params.filter(([k]) => k !== "format" && k !== "page" && k !== "pageSize"));
  const problems = [...(format === "xlsx" || format === "json" ? [] : [{ pointer: "/format", message: say(`导出格式「${format}」不可用，可选：xlsx、json`, `format "${format}": choose xlsx or json`) }]), ...(r.ok ? [] : r.problems)];
  if (!r.ok || problems.length) throw badRequest("invalid_request", say("查询参数不合法", "invalid query"), problems);
  return { query: r.query, format: format as "xlsx" | "json" };
}

/** A streamed import: one JSON line per progress event, then the report or the error (never a broken stream). */
function streamed(c: Context<AppEnv>, lang: ServerLang, log: Logger, run: (emit: Emit) => Promise<ImportReport>): Response {
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(ctrl) {
      const send = (e: ImportEvent) => ctrl.enqueue(enc.encode(JSON.stringify(e) + "\n"));
      try {
        send({ type: "result", report: await run(send) });
      } catch (err) {
        if (err instanceof HttpError) send({ type: "error", status: err.status, error: boundedError(err.code, err.messageIn(lang), localized(lang, err.details)) as { code: string; message: string } });
        else {
          log.error(`catalogue import ${c.get("requestId")} failed`, err);
          send({ type: "error", status: 500, error: { code: "internal", message: inLang(lang, INTERNAL_ERROR) } });
        }
      }
      ctrl.close();
    },
  });
  return c.body(body, 200, { "Content-Type": "application/x-ndjson; charset=utf-8" });
}

/** Routes of /api/items/import, /api/items/export and /api/items/import-template.xlsx. */
export function catalogueIoRoutes(d: Deps): RouteDef[] {
  const staff: ["designer", "admin"] = ["designer", "admin"];
  return [
    route("POST", "/api/items/import", staff, async (c, u) => {
      const user = must(u);
      const lang = requestLang(c.req.header("accept-language"));
      const opts = { dryRun: flag(c, "dryRun"), validOnly: flag(c, "validOnly"), lang };
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      const run = (emit?: Emit) => runImport(d.db, user, bytes, opts, d.clock.now(), emit);
      if (c.req.header("accept")?.includes("application/x-ndjson")) return streamed(c, lang, d.log, run);
      return c.json(await run());
    }),
    route("GET", "/api/items/export", staff, async (c) => {
      const { query, format } = exportQuery(c);
      const drafts = await exportDrafts(d.db, query);
      const now = d.clock.now();
      if (format === "json") {
        return c.body(exportJson(drafts, now), 200, { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": contentDisposition(`事项清单-${fileDate(now)}.json`, `catalogue-${fileDate(now)}.json`) });
      }
      return c.body(new Uint8Array(await exportXlsx(drafts)), 200, { "Content-Type": XLSX, "Content-Disposition": contentDisposition(`事项清单-${fileDate(now)}.xlsx`, `catalogue-${fileDate(now)}.xlsx`) });
    }),
    route("GET", "/api/items/import-template.xlsx", staff, async (c) =>
      c.body(new Uint8Array(await templateXlsx()), 200, { "Content-Type": XLSX, "Content-Disposition": contentDisposition("事项导入模板.xlsx", "catalogue-template.xlsx") })),
  ];
}
