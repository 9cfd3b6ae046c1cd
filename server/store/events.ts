// The append-only audit trail: who did what, when, on which definition version. Never updated or deleted.
import { sql } from "drizzle-orm";
import type { TimelineEntry } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { iso, newId } from "../util.js";
import { enOf, zhOf, type Bilingual } from "../../spec/bilingual.js";

/** One event to append. */
export interface NewEvent {
  applicationId?: string; instanceId?: string; bundleKey?: string; definitionVersion?: number;
  actor: { id: string; name: string }; department?: string; kind: string;
  /** What happened, in Chinese, or in both languages (the English is kept in data.messageEn for English readers). */
  message: string | Bilingual; data?: unknown;
}

/** Appends an event (inside the caller's transaction, so the audit trail and the change commit together). */
export async function appendEvent(q: Queryable, e: NewEvent, now: Date): Promise<string> {
  const id = newId();
  const en = enOf(e.message);
  const data = en === undefined ? (e.data ?? {}) : { ...(e.data as Record<string, unknown> | undefined), messageEn: en };
  await q.run(sql`INSERT INTO events (id, application_id, instance_id, bundle_key, definition_version, actor_id, actor_name, department, kind, message, data, at)
    VALUES (${id}, ${e.applicationId ?? null}, ${e.instanceId ?? null}, ${e.bundleKey ?? null}, ${e.definitionVersion ?? null}, ${e.actor.id},
      ${e.actor.name}, ${e.department ?? null}, ${e.kind}, ${zhOf(e.message)}, ${JSON.stringify(data)}, ${iso(now)})`);
  return id;
}

/** An application's timeline, oldest first. */
export async function timelineOf(q: Queryable, applicationId: string): Promise<TimelineEntry[]> {
  const rows = await q.all<{ at: string; actor_id: string; actor_name: string; department: string | null; kind: string; message: string; data: unknown }>(
    sql`SELECT at, actor_id, actor_name, department, kind, message, data FROM events WHERE application_id = ${applicationId} ORDER BY at, id`,
  );
  return rows.map((r) => {
    const messageEn = englishOf(r.data);
    return {
      at: r.at, actor: r.actor_name, ...(r.actor_id === SYSTEM_ACTOR.id ? { system: true } : {}), ...(r.department ? { department: r.department } : {}),
      kind: r.kind, message: r.message, ...(messageEn ? { messageEn } : {}),
    };
  });
}

/** The English message kept with an event, if any (the data column is JSON text on SQLite, parsed on PostgreSQL). */
function englishOf(data: unknown): string | undefined {
  let d = data;
  if (typeof d === "string") {
    try { d = JSON.parse(d); } catch { return undefined; }
  }
  const en = d && typeof d === "object" ? (d as { messageEn?: unknown }).messageEn : undefined;
  return typeof en === "string" ? en : undefined;
}

/** The actor name of the system itself (timers, deliveries). */
export const SYSTEM_ACTOR = { id: "system", name: "系统" };
