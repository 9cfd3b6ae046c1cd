// Which one-things use which catalogue items, read from the bundles themselves (drafts and latest published versions;
// there are few bundles, so no usage table can drift from them). Parsed once per change of the bundles: a cheap
// fingerprint query tells whether the copy kept for a database is still current.
import { sql } from "drizzle-orm";
import type { ItemUsage } from "../../spec/catalogue/api.js";
import type { Queryable } from "../db/database.js";
import { getPublished } from "../store/bundles.js";
import { fromJson } from "../util.js";

/** Every item's users, and every one-thing's title and items. */
export interface UsageIndex {
  byItem: Map<string, ItemUsage[]>;
  bundles: Map<string, { title: string; items: Set<string> }>;
}

const cache = new WeakMap<object, { fingerprint: string; index: UsageIndex }>();

type SpecItems = { title?: unknown; items?: Array<{ id?: unknown; version?: unknown }> };

function itemPins(spec: SpecItems): Map<string, number> {
  const out = new Map<string, number>();
  for (const it of Array.isArray(spec.items) ? spec.items : []) {
    if (typeof it?.id === "string") out.set(it.id, typeof it.version === "number" ? it.version : 0);
  }
  return out;
}

async function build(q: Queryable): Promise<UsageIndex> {
  const rows = await q.all<{ key: string; draft: string; archived_at: string | null; latest: number | null }>(sql`SELECT b.key, b.draft, b.archived_at,
    (SELECT MAX(v.version) FROM bundle_versions v WHERE v.key = b.key) AS latest FROM bundles b ORDER BY b.key`);
  const byItem = new Map<string, ItemUsage[]>();
  const bundles = new Map<string, { title: string; items: Set<string> }>();
  for (const r of rows) {
    const draft = fromJson<SpecItems>(r.draft);
    const published = r.latest === null ? undefined : await getPublished(q, r.key, Number(r.latest));
    const draftPins = itemPins(draft);
    const publishedPins = published ? itemPins(published.spec as SpecItems) : new Map<string, number>();
    const title = typeof draft.title === "string" ? draft.title : published?.spec.title ?? r.key;
    const ids = new Set([...draftPins.keys(), ...publishedPins.keys()]);
    bundles.set(r.key, { title, items: ids });
    for (const id of ids) {
      const use: ItemUsage = { key: r.key, title, pinned: publishedPins.get(id) ?? null, draft: draftPins.has(id), draftVersion: draftPins.get(id) ?? null, archived: r.archived_at !== null };
      byItem.set(id, [...(byItem.get(id) ?? []), use]);
    }
  }
  return { byItem, bundles };
}

/** What changes when a bundle is created, changed, published, archived or deleted. */
export const BUNDLES_FINGERPRINT = sql`(SELECT COUNT(*) FROM bundles) || '|' || COALESCE((SELECT MAX(updated_at) FROM bundles), '') || '|' ||
  (SELECT COUNT(*) FROM bundle_versions) || '|' || (SELECT COUNT(*) FROM bundles WHERE archived_at IS NOT NULL)`;

/** The usage index of a database, rebuilt only when the bundles' fingerprint changed (pass it when already read). */
export async function usageIndex(db: Queryable, fingerprint?: string): Promise<UsageIndex> {
  const fp = fingerprint ?? String((await db.get<{ f: unknown }>(sql`SELECT ${BUNDLES_FINGERPRINT} AS f`))?.f);
  const hit = cache.get(db);
  if (hit && hit.fingerprint === fp) return hit.index;
  const index = await build(db);
  cache.set(db, { fingerprint: fp, index });
  return index;
}

/** One one-thing that holds an item: in its draft and/or in which of its published versions. */
export interface ItemHolder { key: string; title: string; draft: boolean; versions: number[]; archived: boolean }

/** Every one-thing whose draft or any published version (not only the latest) embeds the item — read afresh, inside
 *  the caller's transaction, because deleting the item must not miss a version published a moment ago. */
export async function itemHolders(q: Queryable, itemId: string): Promise<ItemHolder[]> {
  const bundles = await q.all<{ key: string; draft: string; archived_at: string | null }>(sql`SELECT key, draft, archived_at FROM bundles ORDER BY key`);
  const versions = await q.all<{ key: string; version: number; spec: string }>(sql`SELECT key, version, spec FROM bundle_versions ORDER BY key, version`);
  const holds = (spec: SpecItems) => itemPins(spec).has(itemId);
  const out: ItemHolder[] = [];
  for (const b of bundles) {
    const draft = fromJson<SpecItems>(b.draft);
    const published = versions.filter((v) => v.key === b.key && holds(fromJson<SpecItems>(v.spec))).map((v) => Number(v.version));
    if (!holds(draft) && !published.length) continue;
    out.push({ key: b.key, title: typeof draft.title === "string" ? draft.title : b.key, draft: holds(draft), versions: published, archived: b.archived_at !== null });
  }
  return out;
}
