// Garbage collection of the file store: bytes that no row names any more (a blank form replaced in an item draft, an
// applicant's upload removed before submission) are deleted after a grace period, so the data folder does not grow
// for ever. Conservative by construction: every 64-hex string anywhere in a spec or draft counts as a reference (a
// stray hash keeps a file, never the other way), attachments' hashes are references whatever the row's state, and
// a file stored within the grace period is kept whatever the rows say (an upload is stored before its row is
// written; storing bytes that already exist renews their time, see LocalFileStore.put).
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "../db/database.js";
import type { FileStore } from "./store.js";

/** How long a stored file is kept even when nothing names it: a week, far beyond any upload's row write. */
export const DEFAULT_GRACE_MS = 7 * 24 * 3600_000;

/** What one collection did (or, with dryRun, would do). */
export interface CollectionReport { scanned: number; referenced: number; removed: number; removedBytes: number; keptYoung: number }

/** Raised when the store's folder belongs to another database: its rows are not ours to read, so nothing is removed
 *  (two deployments started from one folder share ./data/files by default). */
export class ForeignStoreError extends Error {
  constructor(readonly owner: string, readonly database: string) {
    super(`the file store belongs to ${owner}, not to ${database}: garbage collection would delete that database's files, so it does not run (if the database only moved, delete the store's OWNER file)`);
  }
}

const HASH = /[0-9a-f]{64}/g;
const PAGE = 500;

/** Rows that may name stored bytes: a table, its key (for paging) and the text column to read hashes from. */
const SOURCES: ReadonlyArray<{ table: string; key: string; column: string }> = [
  { table: "attachments", key: "id", column: "sha256" },
  { table: "catalogue_items", key: "id", column: "draft" },
  { table: "catalogue_item_versions", key: "item_id || ':' || CAST(version AS TEXT)", column: "spec" },
  { table: "bundles", key: "key", column: "draft" },
  { table: "bundle_versions", key: "key || ':' || CAST(version AS TEXT)", column: "spec" },
];

/** Every hash any row names, read page by page so a large catalogue is never held in memory at once. */
export async function referencedHashes(db: Database): Promise<Set<string>> {
  const out = new Set<string>();
  for (const s of SOURCES) {
    let after = "";
    for (;;) {
      const key = sql.raw(s.key), column = sql.raw(s.column), table = sql.raw(s.table);
      const page: SQL = sql`SELECT ${key} AS k, CAST(${column} AS TEXT) AS v FROM ${table} WHERE ${key} > ${after} ORDER BY ${key} LIMIT ${PAGE}`;
      const rows = await db.all<{ k: string; v: string | null }>(page);
      for (const r of rows) for (const m of (r.v ?? "").matchAll(HASH)) out.add(m[0]);
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.k;
    }
  }
  return out;
}

/** Deletes stored bytes nothing names that were stored before the grace period; dryRun only counts them. */
export async function collectGarbage(db: Database, store: FileStore, o: { now: Date; graceMs?: number; dryRun?: boolean }): Promise<CollectionReport> {
  const owner = await store.owner(db.label);
  if (owner !== db.label) throw new ForeignStoreError(owner, db.label);
  const cutoff = o.now.getTime() - (o.graceMs ?? DEFAULT_GRACE_MS);
  // read the references after listing would miss a row written meanwhile for bytes listed as old; so list first,
  // then read the references: a file listed old and named by a row written since is then seen as named
  const stored: Array<{ sha256: string; size: number; storedAt: Date }> = [];
  for await (const f of store.list()) stored.push(f);
  const named = await referencedHashes(db);
  const report: CollectionReport = { scanned: stored.length, referenced: 0, removed: 0, removedBytes: 0, keptYoung: 0 };
  for (const f of stored) {
    if (named.has(f.sha256)) report.referenced++;
    else if (f.storedAt.getTime() > cutoff) report.keptYoung++;
    // the store checks the time again as it removes: bytes stored anew since the listing stay
    else if (o.dryRun || (await store.remove(f.sha256, new Date(cutoff)))) {
      report.removed++;
      report.removedBytes += f.size;
    } else report.keptYoung++;
  }
  return report;
}
