// The append-only audit trail: who did what, when, on which definition version. Never updated or deleted.
import { sql } from "drizzle-orm";
import type { TimelineEntry } from "../../spec/api.js";
import type { Queryable } from "../db/database.js";
import { iso, newId } from "../util.js";

/** One event to append. */
export interface NewEvent {
  applicationId?: string; instanceId?: string; bundleKey?: string; definitionVersion?: number;
  actor: { id: string; name: string }; department?: string; kind: string; message: string; data?: unknown;
}

/** Appends an event (inside the caller's transaction, so the audit trail and the change commit together). */
export async function appendEvent(q: Queryable, e: NewEvent, now: Date): Promise<string> {
  const id = newId();
  await q.run(sql`INSERT INTO events (id, application_id, instance_id, bundle_key, definition_version, actor_id, actor_name, department, kind, message, data, at)
    VALUES (${id}, ${e.applicationId ?? null}, ${e.instanceId ?? null}, ${e.bundleKey ?? null}, ${e.definitionVersion ?? null}, ${e.actor.id},
      ${e.actor.name}, ${e.department ?? null}, ${e.kind}, ${e.message}, ${JSON.stringify(e.data ?? {})}, ${iso(now)})`);
  return id;
}

/** An application's timeline, oldest first. */
export async function timelineOf(q: Queryable, applicationId: string): Promise<TimelineEntry[]> {
  const rows = await q.all<{ at: string; actor_name: string; department: string | null; kind: string; message: string }>(
    sql`SELECT at, actor_name, department, kind, message FROM events WHERE application_id = ${applicationId} ORDER BY at, id`,
  );
  return rows.map((r) => ({ at: r.at, actor: r.actor_name, ...(r.department ? { department: r.department } : {}), kind: r.kind, message: r.message }));
}

/** The actor name of the system itself (timers, deliveries). */
export const SYSTEM_ACTOR = { id: "system", name: "系统" };
