// Bundles: one mutable draft per key and numbered immutable published versions.
import { sql } from "drizzle-orm";
import type { Bundle } from "../../spec/index.js";
import type { BundleSummary, VersionSummary } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { fromJson, iso } from "../util.js";

interface BundleRow { key: string; draft: string; created_at: string; created_by: string; updated_at: string; updated_by: string; archived_at: string | null; archived_by: string | null }

/** Application statuses after which a case no longer runs (open cases are every other status). */
const CLOSED_STATUSES = ["completed", "rejected", "approved", "withdrawn"];

/** A draft with its last change; `updatedAt` is also its revision (what a save must name in If-Match). */
export interface Draft { spec: Record<string, unknown>; updatedAt: string; updatedBy: string; updatedByName: string | null; archivedAt: string | null }

/** A published version. */
export interface Published { key: string; version: number; publishedAt: string; publishedBy: string; changeSummary: string; spec: Bundle }

// Published versions never change, so a parsed copy can be kept by every process without going stale.
const publishedCache = new Map<string, Published>();

/** Creates a bundle's draft unless the key exists; returns whether it was created. */
export async function insertBundle(q: Queryable, key: string, spec: unknown, by: string, now: Date): Promise<boolean> {
  const n = await q.run(sql`INSERT INTO bundles (key, draft, created_at, created_by, updated_at, updated_by)
    VALUES (${key}, ${JSON.stringify(spec)}, ${iso(now)}, ${by}, ${iso(now)}, ${by}) ON CONFLICT (key) DO NOTHING`);
  return n > 0;
}

/** Replaces a draft and returns its new revision (its updated_at, always later than the one it replaces, so two saves
 *  in one millisecond still differ); undefined when the bundle does not exist or, with `expected`, when the stored
 *  revision is no longer that one (someone else saved since: optimistic concurrency, nothing written). */
export async function updateDraft(q: Queryable, key: string, spec: unknown, by: string, now: Date, expected?: string): Promise<string | undefined> {
  const prev = await q.get<{ updated_at: string }>(sql`SELECT updated_at FROM bundles WHERE key = ${key}`);
  if (!prev || (expected !== undefined && prev.updated_at !== expected)) return undefined;
  const after = new Date(prev.updated_at).getTime() + 1;
  const at = iso(Number.isNaN(after) || now.getTime() >= after ? now : new Date(after));
  const n = await q.run(sql`UPDATE bundles SET draft = ${JSON.stringify(spec)}, updated_at = ${at}, updated_by = ${by} WHERE key = ${key} AND updated_at = ${prev.updated_at}`);
  return n > 0 ? at : undefined;
}

/** The draft of a bundle. */
export async function getDraft(q: Queryable, key: string): Promise<Draft | undefined> {
  const r = await q.get<BundleRow & { updated_by_name: string | null }>(sql`SELECT b.*, u.display_name AS updated_by_name FROM bundles b LEFT JOIN users u ON u.username = b.updated_by WHERE b.key = ${key}`);
  return r && { spec: fromJson(r.draft), updatedAt: r.updated_at, updatedBy: r.updated_by, updatedByName: r.updated_by_name ?? null, archivedAt: r.archived_at };
}

/** Deletes a bundle that was never published (its draft only); returns false when it is missing or has versions. */
export async function deleteUnpublished(q: Queryable, key: string): Promise<boolean> {
  const n = await q.run(sql`DELETE FROM bundles WHERE key = ${key} AND NOT EXISTS (SELECT 1 FROM bundle_versions v WHERE v.key = ${key})`);
  return n > 0;
}

/** Archives (at set) or restores (at null) a bundle: archived ones leave the applicant catalogue, open cases run on. */
export async function setArchived(q: Queryable, key: string, at: Date | null, by: string | null): Promise<boolean> {
  const n = await q.run(sql`UPDATE bundles SET archived_at = ${at ? iso(at) : null}, archived_by = ${by} WHERE key = ${key}`);
  return n > 0;
}

/** Whether a bundle is archived (no new cases may start on it). */
export async function isArchived(q: Queryable, key: string): Promise<boolean> {
  const r = await q.get<{ archived_at: string | null }>(sql`SELECT archived_at FROM bundles WHERE key = ${key}`);
  return !!r?.archived_at;
}

/** Cases still running per published version of a bundle (versions without open cases are listed with 0). */
export async function openCasesByVersion(q: Queryable, key: string): Promise<Array<{ version: number; open: number }>> {
  const closed = sql.join(CLOSED_STATUSES.map((s) => sql`${s}`), sql`, `);
  const rows = await q.all<{ version: number; open: number | string }>(sql`SELECT v.version AS version,
    (SELECT COUNT(*) FROM applications a WHERE a.bundle_key = v.key AND a.version = v.version AND a.status NOT IN (${closed})) AS open
    FROM bundle_versions v WHERE v.key = ${key} ORDER BY v.version DESC`);
  return rows.map((r) => ({ version: Number(r.version), open: Number(r.open) }));
}

/** Every bundle for the designers' list, with its latest published version. */
export async function listBundles(q: Queryable): Promise<BundleSummary[]> {
  const rows = await q.all<BundleRow & { latest: number | null; updated_by_name: string | null }>(sql`SELECT b.*, (SELECT MAX(v.version) FROM bundle_versions v WHERE v.key = b.key) AS latest,
    u.display_name AS updated_by_name FROM bundles b LEFT JOIN users u ON u.username = b.updated_by ORDER BY b.key`);
  return rows.map((r) => {
    const d = fromJson<{ title?: unknown; category?: unknown }>(r.draft);
    return {
      key: r.key, title: typeof d.title === "string" ? d.title : r.key, category: typeof d.category === "string" ? d.category : "",
      latestVersion: r.latest === null ? null : Number(r.latest), draftUpdatedAt: r.updated_at, draftUpdatedBy: r.updated_by,
      draftUpdatedByName: r.updated_by_name ?? null, archivedAt: r.archived_at,
    };
  });
}

/** Publishes a validated spec as the next version (the primary key makes two racing publishes take distinct numbers or fail). */
export async function insertVersion(q: Queryable, key: string, spec: Bundle, by: string, changeSummary: string, now: Date): Promise<number> {
  const r = await q.get<{ v: number | null }>(sql`SELECT MAX(version) AS v FROM bundle_versions WHERE key = ${key}`);
  const version = Number(r?.v ?? 0) + 1;
  await q.run(sql`INSERT INTO bundle_versions (key, version, spec, published_at, published_by, change_summary)
    VALUES (${key}, ${version}, ${JSON.stringify(spec)}, ${iso(now)}, ${by}, ${changeSummary})`);
  return version;
}

/** One exact published version (latest when version is omitted). */
export async function getPublished(q: Queryable, key: string, version?: number): Promise<Published | undefined> {
  if (version !== undefined) {
    const hit = publishedCache.get(`${key}@${version}`);
    if (hit) return hit;
  }
  const r = await q.get<{ key: string; version: number; spec: string; published_at: string; published_by: string; change_summary: string }>(
    version === undefined
      ? sql`SELECT * FROM bundle_versions WHERE key = ${key} ORDER BY version DESC LIMIT 1`
      : sql`SELECT * FROM bundle_versions WHERE key = ${key} AND version = ${version}`,
  );
  if (!r) return undefined;
  const p: Published = { key: r.key, version: Number(r.version), publishedAt: r.published_at, publishedBy: r.published_by, changeSummary: r.change_summary, spec: fromJson(r.spec) };
  publishedCache.set(`${key}@${p.version}`, p);
  return p;
}

/** The newest published version number of a bundle (undefined when never published); cheap, for the submit check. */
export async function latestVersion(q: Queryable, key: string): Promise<number | undefined> {
  const r = await q.get<{ v: number | string | null }>(sql`SELECT MAX(version) AS v FROM bundle_versions WHERE key = ${key}`);
  return r?.v === null || r?.v === undefined ? undefined : Number(r.v);
}

/** Version history of a bundle, newest first. */
export async function listVersions(q: Queryable, key: string): Promise<VersionSummary[]> {
  const rows = await q.all<{ version: number; published_at: string; published_by: string; published_by_name: string | null; change_summary: string }>(
    sql`SELECT v.version, v.published_at, v.published_by, u.display_name AS published_by_name, v.change_summary FROM bundle_versions v
      LEFT JOIN users u ON u.username = v.published_by WHERE v.key = ${key} ORDER BY v.version DESC`,
  );
  return rows.map((r) => ({ version: Number(r.version), publishedAt: r.published_at, publishedBy: r.published_by, publishedByName: r.published_by_name ?? null, changeSummary: r.change_summary }));
}

/** The latest published version of every bundle that is not archived (the applicant catalog). */
export async function listLatestPublished(q: Queryable): Promise<Published[]> {
  const rows = await q.all<{ key: string; version: number }>(sql`SELECT v.key AS key, MAX(v.version) AS version FROM bundle_versions v
    JOIN bundles b ON b.key = v.key WHERE b.archived_at IS NULL GROUP BY v.key ORDER BY v.key`);
  const out: Published[] = [];
  for (const r of rows) {
    const p = await getPublished(q, r.key, Number(r.version));
    if (p) out.push(p);
  }
  return out;
}
