// The bulk loader of the scale benchmark: it grows the history by cloning, row for row, cases the real API wrote
// (applications, flow instances, tasks, timers, audit events, of completed one-review cases), with fresh ids,
// synthetic applicants and times moved into the past, and adds the same increments the store's task writes make to
// the maintained summary (task_counts, closed_stats). So every table holds what the API would have written for those
// cases, without spending hours on HTTP; the open work stays what the API created.
import { sql } from "drizzle-orm";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { Database, Row } from "../../server/db/database.js";
import { beijingDay } from "../../server/store/task-counts.js";

/** A raw connection for the bulk writes (drizzle's SQL builder costs ~0.3 ms a row at this size; the driver does not). */
export interface RawWriter {
  /** Inserts rows of the same columns in one transaction. */
  insert(table: string, rows: Row[]): Promise<void>;
  /** Runs statements (with ? placeholders) in one transaction. */
  exec(statements: Array<{ text: string; params: unknown[] }>): Promise<void>;
  close(): Promise<void>;
}

/** A second connection to the SQLite file the server has open (WAL: the server is idle while the loader writes). */
export function sqliteWriter(path: string): RawWriter {
  const raw = new BetterSqlite3(path);
  raw.pragma("busy_timeout = 10000");
  const cache = new Map<string, BetterSqlite3.Statement>();
  const stmt = (text: string) => cache.get(text) ?? cache.set(text, raw.prepare(text)).get(text)!;
  return {
    insert: async (table, rows) => {
      if (!rows.length) return;
      const cols = Object.keys(rows[0]!);
      const per = Math.floor(30_000 / cols.length);
      raw.transaction(() => {
        for (let i = 0; i < rows.length; i += per) {
          const chunk = rows.slice(i, i + per);
          const text = `INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => `(${cols.map(() => "?").join(", ")})`).join(", ")}`;
          stmt(text).run(chunk.flatMap((r) => cols.map((c) => r[c] ?? null)));
        }
      })();
    },
    exec: async (statements) => {
      raw.transaction(() => {
        for (const s of statements) stmt(s.text).run(s.params);
      })();
    },
    close: async () => void raw.close(),
  };
}

/** A client of the PostgreSQL schema the server uses. */
export async function pgWriter(url: string, schema: string): Promise<RawWriter> {
  const c = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await c.connect();
  const numbered = (text: string) => { let n = 0; return text.replace(/\?/g, () => `$${++n}`); };
  const tx = async (fn: () => Promise<void>) => {
    await c.query("BEGIN");
    try {
      await fn();
      await c.query("COMMIT");
    } catch (err) {
      await c.query("ROLLBACK");
      throw err;
    }
  };
  return {
    insert: (table, rows) => tx(async () => {
      if (!rows.length) return;
      const cols = Object.keys(rows[0]!);
      const per = Math.floor(60_000 / cols.length);
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const text = `INSERT INTO "${table}" (${cols.map((x) => `"${x}"`).join(", ")}) VALUES ${chunk.map(() => `(${cols.map(() => "?").join(", ")})`).join(", ")}`;
        await c.query(numbered(text), chunk.flatMap((r) => cols.map((x) => r[x] ?? null)));
      }
    }),
    exec: (statements) => tx(async () => {
      for (const s of statements) await c.query(numbered(s.text), s.params);
    }),
    close: () => c.end(),
  };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ID_COLUMNS = new Set(["id", "application_id", "instance_id", "dedupe_key", "case_no"]);
const CLONED = ["applications", "flow_instances", "tasks", "timers", "events"] as const;
/** Synthetic applicants the cloned cases belong to. */
export const APPLICANTS = 1_000;
const DAY = 86_400_000;

/** The rows of the template: every row of the completed cases, per table. */
export interface Template { tables: Record<(typeof CLONED)[number], Row[]>; cases: number }

/** Reads the rows the API wrote for the completed one-review cases of `bundleKey`. */
export async function readTemplate(db: Database, bundleKey: string): Promise<Template> {
  const apps = await db.all<Row>(sql`SELECT * FROM applications WHERE bundle_key = ${bundleKey} AND status = 'completed'`);
  const ids = apps.map((a) => String(a.id));
  const inList = (col: string) => sql`${sql.identifier(col)} IN (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`;
  const instances = await db.all<Row>(sql`SELECT * FROM flow_instances WHERE ${inList("application_id")}`);
  const instanceIds = instances.map((i) => String(i.id));
  return {
    cases: apps.length,
    tables: {
      applications: apps,
      flow_instances: instances,
      tasks: await db.all<Row>(sql`SELECT * FROM tasks WHERE ${inList("application_id")}`),
      timers: await db.all<Row>(sql`SELECT * FROM timers WHERE instance_id IN (${sql.join(instanceIds.map((id) => sql`${id}`), sql`, `)})`),
      events: await db.all<Row>(sql`SELECT * FROM events WHERE ${inList("application_id")}`),
    },
  };
}

/** Inserts synthetic applicant accounts (copies of a real applicant row with their own ids and names). */
export async function addApplicants(db: Database, w: RawWriter, like: string): Promise<string[]> {
  const u = await db.get<Row>(sql`SELECT * FROM users WHERE username = ${like}`);
  if (!u) throw new Error(`no user ${like}`);
  const ids = Array.from({ length: APPLICANTS }, (_, i) => `bench-applicant-${i}`);
  await w.insert("users", ids.map((id, i) => ({ ...u, id, username: `bench${i}`, display_name: `申请人${i}` })));
  return ids;
}

/** One clone of a template row: ids suffixed, times moved back by `shiftMs`, the case given to another applicant. */
function cloneRow(r: Row, suffix: string, shiftMs: number, applicant: string): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(r)) {
    if (v === null || v === undefined) out[k] = null;
    else if (ID_COLUMNS.has(k)) out[k] = `${String(v)}~${suffix}`;
    else if (k === "applicant_id") out[k] = applicant;
    else if (k === "request_id") out[k] = null;
    else if (typeof v === "string" && ISO.test(v)) out[k] = new Date(Date.parse(v) - shiftMs).toISOString();
    else out[k] = v;
  }
  return out;
}

/**
 * Adds `copies` clones of the template (copy k starts at `firstCopy + k`), spread over the past: copy n lies n ×
 * `spacingMs` before the template. The summary gets the increments the clones' task writes would have made.
 */
export async function addClones(w: RawWriter, t: Template, firstCopy: number, copies: number, spacingMs: number, applicants: string[]): Promise<void> {
  const BATCH = Math.max(1, Math.floor(20_000 / Math.max(1, t.cases)));
  for (let start = 0; start < copies; start += BATCH) {
    const batch: Record<string, Row[]> = Object.fromEntries(CLONED.map((name) => [name, []]));
    const counts = new Map<string, number>();
    const stats = new Map<string, { closed: number; late: number; minutes: number }>();
    for (let k = start; k < Math.min(copies, start + BATCH); k++) {
      const n = firstCopy + k;
      const shift = n * spacingMs;
      const owner = new Map<string, string>();
      for (const a of t.tables.applications) owner.set(String(a.id), applicants[(n * 7 + owner.size) % applicants.length]!);
      for (const name of CLONED) {
        for (const r of t.tables[name]) {
          const app = String(name === "applications" ? r.id : r.application_id ?? "");
          batch[name]!.push(cloneRow(r, String(n), shift, owner.get(app) ?? applicants[0]!));
        }
      }
    }
    for (const task of batch.tasks!) {
      const key = `${task.department}\u0000${task.role}\u0000${task.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (task.status !== "done" || !task.completed_at) continue;
      const skey = `${beijingDay(String(task.completed_at))}\u0000${task.department}`;
      const s = stats.get(skey) ?? { closed: 0, late: 0, minutes: 0 };
      s.closed++;
      if (task.due_at && String(task.completed_at) > String(task.due_at)) s.late++;
      s.minutes += Math.max(0, Math.round((Date.parse(String(task.completed_at)) - Date.parse(String(task.created_at))) / 60_000));
      stats.set(skey, s);
    }
    for (const name of CLONED) await w.insert(name, batch[name]!);
    await w.exec([
      ...[...counts].map(([key, n]) => ({
        text: `INSERT INTO task_counts (department, role, status, shard, n) VALUES (?, ?, ?, 0, ?)
          ON CONFLICT (department, role, status, shard) DO UPDATE SET n = task_counts.n + excluded.n`, params: [...key.split("\u0000"), n],
      })),
      ...[...stats].map(([key, s]) => ({
        text: `INSERT INTO closed_stats (day, department, shard, closed, late, handling_minutes) VALUES (?, ?, 0, ?, ?, ?)
          ON CONFLICT (day, department, shard) DO UPDATE SET closed = closed_stats.closed + excluded.closed, late = closed_stats.late + excluded.late,
            handling_minutes = closed_stats.handling_minutes + excluded.handling_minutes`, params: [...key.split("\u0000"), s.closed, s.late, s.minutes],
      })),
    ]);
  }
}

/** Spacing of the clones so that `total` cases span about three years of history. */
export function spacingFor(totalCopies: number): number {
  return Math.max(60_000, Math.floor((3 * 365 * DAY) / Math.max(1, totalCopies)));
}

/** Table statistics as a live server has them (PostgreSQL: what autovacuum does after a bulk load). */
export async function analyze(db: Database): Promise<void> {
  await db.run(db.dialect === "pg" ? sql`VACUUM ANALYZE` : sql`ANALYZE`);
  // Write the bulk load's dirty pages out now rather than in the middle of the measurement (PostgreSQL: superuser).
  if (db.dialect === "pg") await db.run(sql`CHECKPOINT`).catch(() => undefined);
  else await db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`).catch(() => undefined);
}
