// The one storage layer both dialects share. Route and engine code see only `Database`/`Queryable`: SQL is written
// once with drizzle's `sql` template (which places parameters per dialect) in the portable subset of SQLite and
// PostgreSQL 13+. Dialect-specific behaviour lives only here: connections, migrations, transactions, row locks.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import { sql, type SQL } from "drizzle-orm";
import { drizzle as drizzleSqlite, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";

export type Row = Record<string, unknown>;
export type Dialect = "sqlite" | "pg";

/** What repositories run queries on: the database itself or an open transaction. */
export interface Queryable {
  /** Every row of a query. */
  all<T = Row>(query: SQL): Promise<T[]>;
  /** The first row of a query, if any. */
  get<T = Row>(query: SQL): Promise<T | undefined>;
  /** Runs a statement; returns the number of rows it changed. */
  run(query: SQL): Promise<number>;
}

/** An open database of either dialect. */
export interface Database extends Queryable {
  readonly dialect: Dialect;
  /** Where it is, for logs (never includes a password). */
  readonly label: string;
  /** Runs fn in one transaction: everything or nothing is written. On SQLite write transactions are serialised. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Row-lock suffix for claim queries: FOR UPDATE SKIP LOCKED on PostgreSQL, nothing on SQLite (one process owns the file). */
  readonly skipLocked: SQL;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://… (PostgreSQL), pglite: or pglite:DIR (embedded PostgreSQL), anything else is a SQLite file path. */
  url: string;
  /** PostgreSQL schema to live in (tests isolate themselves in a fresh schema); default public. */
  schema?: string;
  /** An already created PGlite instance (tests). */
  pglite?: PGlite;
  /** Connection pool size on PostgreSQL. */
  poolSize?: number;
  /** Apply the committed migrations (default true). */
  migrate?: boolean;
}

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), "migrations");
const MIGRATION_LOCK = 7_270_001;

/** Whether a URL designates PostgreSQL (server or embedded). */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url) || url.startsWith("pglite:");
}

/** Hides the password of a connection URL for logs. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
}

/** Opens (and by default migrates) the database a URL designates. */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  // A ?schema=NAME parameter of a postgres:// URL selects the schema (used by `db copy` and tests).
  const m = /^(postgres(?:ql)?:\/\/[^?]*)\?(.*)$/.exec(opts.url);
  if (m) {
    const params = new URLSearchParams(m[2]);
    const schema = params.get("schema");
    if (schema) {
      params.delete("schema");
      opts = { ...opts, schema, url: m[1] + (params.size ? `?${params}` : "") };
    }
  }
  const db = opts.url.startsWith("pglite:") || opts.pglite
    ? await openPglite(opts)
    : isPostgresUrl(opts.url) ? await openPostgres(opts) : openSqlite(opts.url);
  return db;
}

/** True when an error (or its cause) is a unique-constraint violation in either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (e.code === "23505" || (typeof e.code === "string" && /^SQLITE_CONSTRAINT_(UNIQUE|PRIMARYKEY)$/.test(e.code))) return true;
  }
  return false;
}

// ---- SQLite -------------------------------------------------------------------------------------------------

/** A FIFO async mutex: better-sqlite3 is synchronous and has one connection, so transactions containing awaits
 * must not interleave with any other statement. */
class Mutex {
  private tail: Promise<void> = Promise.resolve();
  async lock<T>(fn: () => Promise<T> | T): Promise<T> {
    let release!: () => void;
    const prev = this.tail;
    this.tail = new Promise<void>((r) => (release = r));
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

function sqliteQueryable(d: BetterSQLite3Database): Queryable {
  return {
    all: async <T>(q: SQL) => d.all(q) as T[],
    get: async <T>(q: SQL) => (d.all(q) as T[])[0],
    run: async (q: SQL) => d.run(q).changes,
  };
}

function openSqlite(url: string): Database {
  const path = resolve(url.replace(/^(sqlite|file):(\/\/)?/, ""));
  mkdirSync(dirname(path), { recursive: true });
  const raw = new BetterSqlite3(path);
  raw.pragma("journal_mode = WAL");
  raw.pragma("synchronous = NORMAL");
  raw.pragma("busy_timeout = 5000");
  raw.pragma("foreign_keys = ON");
  const d = drizzleSqlite(raw);
  migrateSqlite(d, { migrationsFolder: `${MIGRATIONS}/sqlite` });
  const inner = sqliteQueryable(d);
  const mutex = new Mutex();
  return {
    dialect: "sqlite",
    label: `sqlite:${path}`,
    skipLocked: sql``,
    all: (q) => mutex.lock(() => inner.all(q)),
    get: (q) => mutex.lock(() => inner.get(q)),
    run: (q) => mutex.lock(() => inner.run(q)),
    tx: (fn) =>
      mutex.lock(async () => {
        raw.exec("BEGIN IMMEDIATE");
        try {
          const out = await fn(inner);
          raw.exec("COMMIT");
          return out;
        } catch (err) {
          if (raw.inTransaction) raw.exec("ROLLBACK");
          throw err;
        }
      }),
    close: async () => {
      await mutex.lock(() => void raw.close());
    },
  };
}

// ---- PostgreSQL ---------------------------------------------------------------------------------------------

interface PgExecutor { execute(q: SQL): Promise<{ rows: unknown[]; rowCount?: number | null; affectedRows?: number }> }

function pgQueryable(d: PgExecutor): Queryable {
  return {
    all: async <T>(q: SQL) => (await d.execute(q)).rows as T[],
    get: async <T>(q: SQL) => (await d.execute(q)).rows[0] as T | undefined,
    run: async (q: SQL) => {
      const r = await d.execute(q);
      return r.rowCount ?? r.affectedRows ?? 0;
    },
  };
}

function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid PostgreSQL schema name: ${schema}`);
  return schema;
}

async function openPostgres(opts: OpenOptions): Promise<Database> {
  const schema = checkSchemaName(opts.schema ?? "public");
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize ?? 10,
    ...(schema !== "public" ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on("error", (err) => process.stderr.write(`postgres pool error: ${err.message}\n`));
  if (opts.migrate !== false) {
    const client = await pool.connect();
    try {
      // Several server processes may start at once: one migrates, the others wait and then find nothing to do.
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
      if (schema !== "public") await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await migratePg(drizzlePg(client), {
        migrationsFolder: `${MIGRATIONS}/pg`,
        migrationsSchema: schema === "public" ? "drizzle" : schema,
      });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
      client.release();
    }
  }
  const d = drizzlePg(pool);
  return {
    dialect: "pg",
    label: redactUrl(opts.url) + (schema !== "public" ? ` (schema ${schema})` : ""),
    skipLocked: sql` FOR UPDATE SKIP LOCKED`,
    ...pgQueryable(d as unknown as PgExecutor),
    tx: (fn) => d.transaction((t) => fn(pgQueryable(t as unknown as PgExecutor))),
    close: () => pool.end(),
  };
}

async function openPglite(opts: OpenOptions): Promise<Database> {
  let client = opts.pglite;
  let owned = false;
  if (!client) {
    const { PGlite } = await import("@electric-sql/pglite");
    const dir = opts.url.replace(/^pglite:(\/\/)?/, "");
    client = dir ? new PGlite(resolve(dir)) : new PGlite();
    owned = true;
  }
  const d = drizzlePglite(client);
  if (opts.migrate !== false) await migratePglite(d, { migrationsFolder: `${MIGRATIONS}/pg` });
  const pgl = client;
  return {
    dialect: "pg",
    label: opts.url || "pglite:",
    skipLocked: sql` FOR UPDATE SKIP LOCKED`,
    ...pgQueryable(d as unknown as PgExecutor),
    tx: (fn) => d.transaction((t) => fn(pgQueryable(t as unknown as PgExecutor))),
    close: async () => {
      if (owned) await pgl.close();
    },
  };
}
