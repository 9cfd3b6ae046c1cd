// The two dialects declare the same tables, columns, keys and indexes (both are built from server/db/schema/tables.ts;
// this proves the generated migrations agree too), and both migrated databases expose the same columns.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getTableConfig as sqliteConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { getTableConfig as pgConfig } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import * as sqliteSchema from "../../server/db/schema/schema.sqlite.js";
import * as pgSchema from "../../server/db/schema/schema.pg.js";
import { TABLE_KEYS } from "../../server/db/schema/tables.js";
import { DIALECTS, openTestDb } from "../helpers/db.js";

type Shape = { name: string; columns: Array<[string, string, boolean]>; pk: string[]; indexes: string[] };

function shapes(tables: Record<string, unknown>, config: (t: never) => { name: string; columns: Array<{ name: string; getSQLType(): string; notNull: boolean; primary: boolean }>; primaryKeys: Array<{ columns: Array<{ name: string }> }>; indexes: Array<{ config: { name: string; unique: boolean; columns: Array<{ name: string }> } }> }): Shape[] {
  return Object.values(tables).map((t) => {
    const c = config(t as never);
    return {
      name: c.name,
      columns: c.columns.map((col) => [col.name, col.getSQLType(), col.notNull] as [string, string, boolean]).sort(),
      pk: [...c.columns.filter((col) => col.primary).map((col) => col.name), ...c.primaryKeys.flatMap((p) => p.columns.map((col) => col.name))],
      indexes: c.indexes.map((i) => `${i.config.unique ? "unique " : ""}${i.config.name}(${i.config.columns.map((col) => col.name).join(",")})`).sort(),
    };
  }).sort((a, b) => a.name.localeCompare(b.name));
}

describe("schema", () => {
  it("declares identical tables in SQLite and PostgreSQL", () => {
    const s = shapes(sqliteSchema, sqliteConfig as never);
    const p = shapes(pgSchema, pgConfig as never);
    expect(s).toEqual(p);
    expect(s.map((t) => t.name).sort()).toEqual(Object.keys(TABLE_KEYS).sort());
    for (const t of s) expect([...t.pk].sort()).toEqual([...TABLE_KEYS[t.name]!].sort());
  });

  it("has the same committed migrations for both dialects", () => {
    const files = (d: string) => readdirSync(`server/db/migrations/${d}`).filter((f) => f.endsWith(".sql"));
    expect(files("sqlite")).toEqual(files("pg"));
    const tables = (d: string) => files(d).flatMap((f) => [...readFileSync(`server/db/migrations/${d}/${f}`, "utf8").matchAll(/CREATE TABLE [`"](\w+)[`"]/g)].map((m) => m[1]))
      .filter((t) => !t!.startsWith("__new_")).sort(); // SQLite rebuilds a table to change a column (drizzle-kit's idiom)
    expect(tables("sqlite")).toEqual(tables("pg"));
  });

  it.each(DIALECTS)("migrates %s idempotently to the declared columns", async (dialect) => {
    const t = await openTestDb(dialect);
    try {
      for (const [table] of Object.entries(TABLE_KEYS)) {
        const decl = sqliteConfig((sqliteSchema as Record<string, SQLiteTable>)[Object.keys(sqliteSchema).find((k) => sqliteConfig((sqliteSchema as Record<string, SQLiteTable>)[k]!).name === table)!]!);
        const rows = await t.db.all<Record<string, unknown>>(sql`SELECT * FROM ${sql.identifier(table)} LIMIT 0`);
        expect(rows).toEqual([]);
        await t.db.run(sql`SELECT ${sql.join(decl.columns.map((c) => sql.identifier(c.name)), sql`, `)} FROM ${sql.identifier(table)} LIMIT 0`);
      }
      const { openDatabase } = await import("../../server/db/database.js");
      if (dialect === "sqlite") await (await openDatabase({ url: t.url })).close(); // second migration run: no-op
    } finally {
      await t.dispose();
    }
  });
});
