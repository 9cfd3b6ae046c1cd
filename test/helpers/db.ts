// Test databases of both dialects: a temp SQLite file, and PostgreSQL — a fresh schema on the real server when
// DATABASE_URL is set (dropped afterwards, so files run in parallel and leave nothing behind), else embedded PGlite.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "../../server/db/database.js";

export type TestDialect = "sqlite" | "pg";

/** A test database and how to dispose of it. */
export interface TestDb { db: Database; dialect: TestDialect; label: string; url: string; schema?: string; dispose(): Promise<void> }

/** The dialects every storage and API suite runs on. */
export const DIALECTS: TestDialect[] = ["sqlite", "pg"];

/** The real PostgreSQL server of this run, if any. */
export const PG_URL = process.env.DATABASE_URL?.startsWith("postgres") ? process.env.DATABASE_URL : undefined;

/** Creates a fresh schema on the real PostgreSQL server; returns its name and a drop function. */
export async function freshPgSchema(url = PG_URL!): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `t_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query(`CREATE SCHEMA "${schema}"`);
  await c.end();
  return {
    schema,
    drop: async () => {
      const d = new pg.Client({ connectionString: url });
      await d.connect();
      await d.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await d.end();
    },
  };
}

/** Opens a fresh, migrated database of the dialect. */
export async function openTestDb(dialect: TestDialect): Promise<TestDb> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "yijian-db-"));
    const url = join(dir, "test.db");
    const db = await openDatabase({ url });
    return { db, dialect, label: "SQLite", url, dispose: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  if (PG_URL) {
    const s = await freshPgSchema();
    const db = await openDatabase({ url: PG_URL, schema: s.schema, poolSize: 5 });
    return { db, dialect, label: "PostgreSQL", url: PG_URL, schema: s.schema, dispose: async () => { await db.close(); await s.drop(); } };
  }
  const db = await openDatabase({ url: "pglite:" });
  return { db, dialect, label: "PostgreSQL (PGlite)", url: "pglite:", dispose: () => db.close() };
}
