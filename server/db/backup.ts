// Online backup of the SQLite file (SQLite's backup API via better-sqlite3): consistent while the server runs.
import BetterSqlite3 from "better-sqlite3";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

/** Copies a live SQLite database to `dest` page by page without stopping writers; returns the pages copied. */
export async function backupSqlite(source: string, dest: string): Promise<number> {
  const path = resolve(source.replace(/^(sqlite|file):(\/\/)?/, ""));
  if (!existsSync(path)) throw new Error(`no SQLite database at ${path}`);
  if (existsSync(resolve(dest))) throw new Error(`${dest} exists; choose a new file name`);
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const r = await db.backup(resolve(dest));
    return r.totalPages;
  } finally {
    db.close();
  }
}
