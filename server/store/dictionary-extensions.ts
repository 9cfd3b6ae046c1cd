// The deployment's dictionary extensions (spec/dictionary/extensions.ts) in the database: each with who made it,
// when, from which staff decision, and — once reverted — who reverted it and when. The same extension is stored
// once while active; listing returns the history, merging uses the active ones.
import { sql } from "drizzle-orm";
import type { Queryable } from "../db/database.js";
import type { DictionaryExtension } from "../../spec/dictionary/extensions.js";
import { normalizeWording } from "../../spec/binding/normalize.js";
import { iso, newId } from "../util.js";

/** Where an extension came from. */
export type ExtensionSource = "accept" | "reject" | "hand-merge" | "rebind" | "import" | "manual";

/** A stored extension. */
export interface StoredExtension {
  id: string;
  extension: DictionaryExtension;
  source: ExtensionSource;
  note: string;
  createdBy: string;
  createdAt: string;
  revertedBy?: string;
  revertedAt?: string;
}

/** What makes two extensions the same (normalised wording; a never pair in either order). */
export function extensionSignature(x: DictionaryExtension): string {
  if (x.kind === "element-synonym") return `element|${x.element}|${normalizeWording(x.text)}`;
  if (x.kind === "role-synonym") return `role|${x.role}|${normalizeWording(x.text)}`;
  const [a, b] = [x.a, x.b].sort();
  return `never|${a}|${b}`;
}

type Row = { id: string; kind: string; extension: string; source: string; note: string; created_by: string; created_at: string; reverted_by: string | null; reverted_at: string | null };
const toStored = (r: Row): StoredExtension => ({
  id: r.id, extension: JSON.parse(r.extension) as DictionaryExtension, source: r.source as ExtensionSource, note: r.note, createdBy: r.created_by, createdAt: r.created_at,
  ...(r.reverted_at ? { revertedBy: r.reverted_by ?? "", revertedAt: r.reverted_at } : {}),
});

/** Every extension, newest first (reverted ones included, so the history shows). */
export async function listExtensions(q: Queryable): Promise<StoredExtension[]> {
  return (await q.all<Row>(sql`SELECT * FROM dictionary_extensions ORDER BY created_at DESC, id DESC`)).map(toStored);
}

/** The active extensions in the order they were made (later ones win for the same wording). */
export async function activeExtensions(q: Queryable): Promise<DictionaryExtension[]> {
  return (await q.all<Row>(sql`SELECT * FROM dictionary_extensions WHERE reverted_at IS NULL ORDER BY created_at, id`)).map((r) => JSON.parse(r.extension) as DictionaryExtension);
}

/** Stores extensions not already active; returns the stored rows (new or existing) in input order. */
export async function addExtensions(q: Queryable, list: DictionaryExtension[], meta: { source: ExtensionSource; note: string; by: string }, now: Date): Promise<StoredExtension[]> {
  const out: StoredExtension[] = [];
  for (const x of list) {
    const signature = extensionSignature(x);
    const existing = await q.get<Row>(sql`SELECT * FROM dictionary_extensions WHERE signature = ${signature} AND reverted_at IS NULL`);
    if (existing) { out.push(toStored(existing)); continue; }
    const id = newId();
    await q.run(sql`INSERT INTO dictionary_extensions (id, kind, signature, extension, source, note, created_by, created_at)
      VALUES (${id}, ${x.kind}, ${signature}, ${JSON.stringify(x)}, ${meta.source}, ${meta.note}, ${meta.by}, ${iso(now)})`);
    out.push({ id, extension: x, source: meta.source, note: meta.note, createdBy: meta.by, createdAt: iso(now) });
  }
  return out;
}

/** Reverts one extension: "missing" when there is none, "already" when it was reverted before. */
export async function revertExtension(q: Queryable, id: string, by: string, now: Date): Promise<StoredExtension | "missing" | "already"> {
  const row = await q.get<Row>(sql`SELECT * FROM dictionary_extensions WHERE id = ${id}`);
  if (!row) return "missing";
  if (row.reverted_at) return "already";
  await q.run(sql`UPDATE dictionary_extensions SET reverted_by = ${by}, reverted_at = ${iso(now)} WHERE id = ${id} AND reverted_at IS NULL`);
  return toStored({ ...row, reverted_by: by, reverted_at: iso(now) });
}
