// One catalogue import, from the uploaded bytes to the report: read the file, plan every item (create, new draft,
// unchanged, refused), and — unless it is a dry run — write it in ONE transaction: the whole file when every item is
// valid, or only the valid items when the user chose so; otherwise a 400 listing every problem and nothing written.
// Progress events (read, check, write) go to `emit` for a streamed response.
import { sql } from "drizzle-orm";
import { PROBLEM_LIMIT, type ImportEvent, type ImportProblem, type ImportReport } from "../../../spec/catalogue/import.js";
import type { Database, Queryable } from "../../db/database.js";
import { conflict, HttpError } from "../../errors.js";
import { countEn, inLang, say, type ServerLang } from "../../messages.js";
import type { User } from "../../store/users.js";
import { bumpRevision, insertDrafts, writeDrafts, type WriteContext } from "../store.js";
import { planImport, type PlannedItem } from "./plan.js";
import { readImportFile, type FoundProblem, type ReadFile } from "./read.js";

/** What the caller asked for. */
export interface ImportOptions { dryRun: boolean; validOnly: boolean; lang: ServerLang }

/** Where progress events go (a streamed response), if anywhere. */
export type Emit = (e: ImportEvent) => void;

const CHUNK = 500;

function report(file: ReadFile, planned: PlannedItem[], found: FoundProblem[], opts: ImportOptions): ImportReport {
  const sorted = [...found].sort((a, b) => (a.level === b.level ? 0 : a.level === "error" ? -1 : 1));
  const problems: ImportProblem[] = sorted.slice(0, PROBLEM_LIMIT).map(({ message, ...at }) => ({ ...at, message: inLang(opts.lang, message) }));
  const count = (a: PlannedItem["action"]) => planned.filter((p) => p.action === a).length;
  const refused = new Set(found.filter((p) => p.refused).map((p) => p.itemRow)).size;
  return {
    format: file.format, dryRun: true, validOnly: opts.validOnly, total: file.items.length, valid: planned.length, invalid: file.items.length - planned.length,
    refused, create: count("create"), update: count("update"), unchanged: count("unchanged"), written: false, fileError: file.fileError,
    problems, problemsTotal: found.length, items: planned.slice(0, PROBLEM_LIMIT).map((p) => ({ id: p.id, name: p.name, row: p.row, action: p.action })),
  };
}

/** Writes the planned items: new items many a statement, new drafts of existing ones one by one. */
async function writePlan(q: Queryable, planned: PlannedItem[], w: WriteContext, emit?: Emit): Promise<void> {
  const creates = planned.filter((p) => p.action === "create");
  const updates = planned.filter((p) => p.action === "update");
  const all = creates.length + updates.length;
  let done = 0;
  const tick = () => emit?.({ type: "progress", phase: "write", done: all ? done / all : 1, rows: done, total: all });
  tick();
  for (let i = 0; i < creates.length; i += CHUNK) {
    const part = creates.slice(i, i + CHUNK);
    const added = await insertDrafts(q, part.map((p) => ({ draft: p.draft, deptName: p.deptName })), "import", w);
    if (added !== part.length) throw conflict(say("导入期间有人新建了同一标识或实施编码的事项，未导入任何内容，请重试", "someone created an item with the same id or code during the import; nothing was imported, try again"), ["retry"]);
    done += part.length;
    tick();
  }
  for (let i = 0; i < updates.length; i += CHUNK) {
    const part = updates.slice(i, i + CHUNK);
    await writeDrafts(q, part, w);
    done += part.length;
    tick();
  }
  if (updates.length) await bumpRevision(q);
  tick();
}

/** Runs an import (or its dry run) of a file for a user; 400 with every problem when it is refused. */
export async function runImport(db: Database, user: User, bytes: Uint8Array, opts: ImportOptions, now: Date, emit?: Emit): Promise<ImportReport> {
  if (!user.roles.includes("admin") && !user.department) {
    throw new HttpError(403, "forbidden", say("您的账号未归属任何部门，只能查看和使用事项，不能导入", "your account belongs to no department: you may view and use items, not import them"));
  }
  const depts = await db.all<{ id: string; name: string }>(sql`SELECT id, name FROM departments`);
  emit?.({ type: "progress", phase: "read", done: 0 });
  const file = await readImportFile(bytes, depts, (f) => emit?.({ type: "progress", phase: "read", done: f }));
  emit?.({ type: "progress", phase: "read", done: 1, total: file.items.length });
  const deptNames = new Map(depts.map((d) => [d.id, d.name]));
  const work = async (q: Queryable): Promise<ImportReport> => {
    const plan = file.fileError ? { planned: [], problems: [] } : await planImport(q, file, user, deptNames, (f) => emit?.({ type: "progress", phase: "check", done: f, total: file.items.length }));
    const found = [...file.problems, ...plan.problems];
    const r = report(file, plan.planned, found, opts);
    if (opts.dryRun) return r;
    if (file.fileError || (r.invalid > 0 && !opts.validOnly) || r.valid === 0) {
      const why = file.fileError || r.valid === 0
        ? say(`文件中没有可以导入的事项（${found.filter((p) => p.level === "error").length} 个问题），未导入任何内容`, `the file has no item that can be imported (${countEn(found.filter((p) => p.level === "error").length, "problem", "problems")}); nothing was imported`)
        : say(`文件中有 ${r.invalid} 个事项有问题，未导入任何内容：请修改后重新导入，或选择「只导入无误的事项」`, `${r.invalid === 1 ? "1 item of the file has problems" : `${r.invalid} items of the file have problems`}; nothing was imported: fix them and import again, or choose to import only the valid items`);
      throw new HttpError(400, "import_invalid", why, r);
    }
    await writePlan(q, plan.planned, { by: user.displayName, now }, emit);
    return { ...r, dryRun: false, written: r.create + r.update > 0 };
  };
  return opts.dryRun ? work(db) : db.tx(work);
}
