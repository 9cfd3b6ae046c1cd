// Moves a deployment between databases (SQLite file ⇄ PostgreSQL) with every row, verified by per-table row counts
// and checksums computed the same way on both sides. The copy is one transaction on the target: all or nothing.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Queryable, Row } from "./database.js";
import { TABLE_KEYS } from "./schema/tables.js";

/** Rows and checksum of one table. */
export interface TableSummary { rows: number; checksum: string }

const PAGE = 500;

async function* pages(q: Queryable, table: string): AsyncGenerator<Row[]> {
  const order = sql.join(TABLE_KEYS[table]!.map((k) => sql.identifier(k)), sql`, `);
  for (let offset = 0; ; offset += PAGE) {
    const rows = await q.all<Row>(sql`SELECT * FROM ${sql.identifier(table)} ORDER BY ${order} LIMIT ${PAGE} OFFSET ${offset}`);
    if (rows.length) yield rows;
    if (rows.length < PAGE) return;
  }
}

function canonicalRow(r: Row): string {
  return JSON.stringify(Object.keys(r).sort().map((k) => [k, r[k] === undefined ? null : typeof r[k] === "bigint" ? Number(r[k]) : r[k]]));
}

/** Count and checksum of every table: SHA-256 over the sorted SHA-256 digests of its rows, so the result does not
 * depend on the order a dialect's collation returns rows in. */
export async function summarize(db: Database): Promise<Record<string, TableSummary>> {
  const out: Record<string, TableSummary> = {};
  for (const table of Object.keys(TABLE_KEYS)) {
    const digests: string[] = [];
    for await (const page of pages(db, table)) {
      for (const r of page) digests.push(createHash("sha256").update(canonicalRow(r)).digest("hex"));
    }
    digests.sort();
    const hash = createHash("sha256");
    for (const d of digests) hash.update(d);
    out[table] = { rows: digests.length, checksum: hash.digest("hex") };
  }
  return out;
}

/** Copies every row from `from` into the empty `to` (or replaces its rows when `replace`), then verifies. */
export async function copyDatabase(from: Database, to: Database, opts: { replace?: boolean } = {}): Promise<{ ok: boolean; source: Record<string, TableSummary>; target: Record<string, TableSummary> }> {
  const tables = Object.keys(TABLE_KEYS);
  await to.tx(async (q) => {
    for (const table of tables) {
      const n = Number((await q.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${sql.identifier(table)}`))!.n);
      if (n && !opts.replace) throw new Error(`target table ${table} already has ${n} rows; copy into an empty database or pass --replace`);
      if (n) await q.run(sql`DELETE FROM ${sql.identifier(table)}`);
    }
    for (const table of tables) {
      for await (const page of pages(from, table)) {
        const cols = Object.keys(page[0]!);
        for (let i = 0; i < page.length; i += 100) {
          const chunk = page.slice(i, i + 100);
          await q.run(sql`INSERT INTO ${sql.identifier(table)} (${sql.join(cols.map((c) => sql.identifier(c)), sql`, `)}) VALUES ${sql.join(
            chunk.map((r) => sql`(${sql.join(cols.map((c) => sql`${r[c] ?? null}`), sql`, `)})`), sql`, `)}`);
        }
      }
    }
  });
  const [source, target] = [await summarize(from), await summarize(to)];
  const ok = tables.every((t) => source[t]!.rows === target[t]!.rows && source[t]!.checksum === target[t]!.checksum);
  return { ok, source, target };
}
