// Bundles: one mutable draft per key and numbered immutable published versions.
import { sql } from "drizzle-orm";
import type { Bundle } from "../../spec/index.js";
import type { BundleSummary, VersionSummary } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { fromJson, iso } from "../util.js";

interface BundleRow { key: string; draft: string; created_at: string; created_by: string; updated_at: string; updated_by: string }

/** A draft with its last change. */
export interface Draft { spec: Record<string, unknown>; updatedAt: string; updatedBy: string }

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

/** Replaces a draft; returns false when the bundle does not exist. */
export async function updateDraft(q: Queryable, key: string, spec: unknown, by: string, now: Date): Promise<boolean> {
  const n = await q.run(sql`UPDATE bundles SET draft = ${JSON.stringify(spec)}, updated_at = ${iso(now)}, updated_by = ${by} WHERE key = ${key}`);
  return n > 0;
}

/** The draft of a bundle. */
export async function getDraft(q: Queryable, key: string): Promise<Draft | undefined> {
  const r = await q.get<BundleRow>(sql`SELECT * FROM bundles WHERE key = ${key}`);
  return r && { spec: fromJson(r.draft), updatedAt: r.updated_at, updatedBy: r.updated_by };
}

/** Every bundle for the designers' list, with its latest published version. */
export async function listBundles(q: Queryable): Promise<BundleSummary[]> {
  const rows = await q.all<BundleRow & { latest: number | null }>(sql`SELECT b.*, (SELECT MAX(v.version) FROM bundle_versions v WHERE v.key = b.key) AS latest
    FROM bundles b ORDER BY b.key`);
  return rows.map((r) => {
    const d = fromJson<{ title?: unknown; category?: unknown }>(r.draft);
    return {
      key: r.key, title: typeof d.title === "string" ? d.title : r.key, category: typeof d.category === "string" ? d.category : "",
      latestVersion: r.latest === null ? null : Number(r.latest), draftUpdatedAt: r.updated_at, draftUpdatedBy: r.updated_by,
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

/** Version history of a bundle, newest first. */
export async function listVersions(q: Queryable, key: string): Promise<VersionSummary[]> {
  const rows = await q.all<{ version: number; published_at: string; published_by: string; change_summary: string }>(
    sql`SELECT version, published_at, published_by, change_summary FROM bundle_versions WHERE key = ${key} ORDER BY version DESC`,
  );
  return rows.map((r) => ({ version: Number(r.version), publishedAt: r.published_at, publishedBy: r.published_by, changeSummary: r.change_summary }));
}

/** The latest published version of every bundle (the applicant catalog). */
export async function listLatestPublished(q: Queryable): Promise<Published[]> {
  const rows = await q.all<{ key: string; version: number }>(sql`SELECT key, MAX(version) AS version FROM bundle_versions GROUP BY key ORDER BY key`);
  const out: Published[] = [];
  for (const r of rows) {
    const p = await getPublished(q, r.key, Number(r.version));
    if (p) out.push(p);
  }
  return out;
}
