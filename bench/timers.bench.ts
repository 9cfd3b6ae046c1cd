// Issue 4: with 100,000 pending timers, one timer sweep should cost time proportional to the due timers, not to all
// of them. Runs the server's own Sweeper.sweepOnce (claimDueTimers of server/store/timers.ts, then markFired per
// timer in its own transaction) with the real flow engine, on a temp SQLite file and on PostgreSQL (the server at
// DATABASE_URL or 127.0.0.1:5432/test, a fresh schema; PGlite when neither answers). The baseline of every row is
// the same database's sweep with 0 due timers and 10,000 pending, measured in the same run.
// Due timers are of a kind without handler (the sweeper marks them fired): the figure is the sweep's own cost,
// not the flow work a handler does (task completions are measured by bench/api.bench.ts).
// BENCH_REPS (default 7) sweeps per cell, median reported.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { pgUrl } from "./pg-url.js";
import { openDatabase, type Database } from "../server/db/database.js";
import { Sweeper } from "../server/workers/sweeper.js";
import { flowEngine } from "../server/flow/engine.js";
import { systemClock, iso, newId } from "../server/util.js";
import { freshPgSchema } from "../test/helpers/db.js";

const REPS = Number(process.env.BENCH_REPS ?? 7);
const TOTALS = [10_000, 100_000];
const DUES = [0, 100, 1_000];
const silent = { info() {}, warn() {}, error() {} };
const DAY = 86_400_000;

interface Row { dueAt: Date; firedAt?: Date; cancelledAt?: Date; kind: string }

/** Multi-row INSERTs of timer rows (the columns scheduleTimer writes), 500 per statement, in one transaction. */
async function bulkInsert(db: Database, rows: Row[], now: Date): Promise<void> {
  await db.tx(async (q) => {
    for (let i = 0; i < rows.length; i += 500) {
      const values = rows.slice(i, i + 500).map((r) => {
        const id = newId();
        return sql`(${id}, ${`bench:${id}`}, ${null}, ${r.kind}, ${"{}"}, ${iso(r.dueAt)}, ${r.firedAt ? iso(r.firedAt) : null}, ${r.cancelledAt ? iso(r.cancelledAt) : null}, 0, ${iso(now)})`;
      });
      await q.run(sql`INSERT INTO timers (id, dedupe_key, instance_id, kind, payload, due_at, fired_at, cancelled_at, attempts, created_at) VALUES ${sql.join(values, sql`, `)}`);
    }
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Table statistics as a live server has them (PostgreSQL: what autovacuum would have done after a bulk load). */
async function analyze(db: Database): Promise<void> {
  await db.run(db.dialect === "pg" ? sql`VACUUM ANALYZE timers` : sql`ANALYZE timers`);
}

/** Median time of one sweep that finds `due` due timers among the pending ones (inserted before each sweep), for
 * every due count; the counts are interleaved rep by rep so that drift of a loaded machine spreads over all of them. */
async function sweepCells(db: Database, sweeper: Sweeper): Promise<Map<number, number>> {
  const times = new Map<number, number[]>(DUES.map((d) => [d, []]));
  for (let r = 0; r < REPS; r++) {
    for (const due of DUES) {
      const now = new Date();
      if (due) await bulkInsert(db, Array.from({ length: due }, (_, i) => ({ kind: "bench.due", dueAt: new Date(now.getTime() - 60_000 - i) })), now);
      const t = performance.now();
      const { fired } = await sweeper.sweepOnce();
      times.get(due)!.push(performance.now() - t);
      if (fired !== due) throw new Error(`sweep fired ${fired}, ${due} were due`);
      await db.run(sql`DELETE FROM timers WHERE kind = ${"bench.due"}`); // keep the history out of the clean cells
    }
  }
  return new Map([...times].map(([d, xs]) => [d, median(xs)]));
}

const f = (ms: number) => `${ms.toFixed(2)} ms`;

async function measure(label: string, db: Database): Promise<void> {
  const sweeper = new Sweeper({ db, flow: flowEngine, clock: systemClock, log: silent, intervalMs: 1000 });
  const cells = new Map<string, number>();
  let inserted = 0;
  let insertRate = 0;
  for (const total of TOTALS) {
    const now = new Date();
    const add = Array.from({ length: total - inserted }, (_, i): Row => ({ kind: "bench.pending", dueAt: new Date(now.getTime() + DAY + ((i * 7919) % (30 * DAY))) }));
    const t = performance.now();
    await bulkInsert(db, add, now);
    insertRate = add.length / ((performance.now() - t) / 1000);
    inserted = total;
    await analyze(db);
    await sweeper.sweepOnce(); // warm-up
    for (const [due, ms] of await sweepCells(db, sweeper)) cells.set(`${total}/${due}`, ms);
  }
  // Months later: 100,000 timers already fired or cancelled (never deleted), their due dates in the past.
  const now = new Date();
  await bulkInsert(db, Array.from({ length: 100_000 }, (_, i): Row => {
    const dueAt = new Date(now.getTime() - 2 * 60_000 - ((i * 7919) % (90 * DAY)));
    return i % 2 ? { kind: "bench.history", dueAt, firedAt: dueAt } : { kind: "bench.history", dueAt, cancelledAt: new Date(dueAt.getTime() - DAY) };
  }), now);
  await analyze(db);
  for (const [due, ms] of await sweepCells(db, sweeper)) cells.set(`h/${due}`, ms);

  const base = cells.get("10000/0")!;
  const out: string[] = [];
  out.push(`### ${label} (bulk insert ${insertRate.toFixed(0)} timers/s)`);
  out.push("");
  out.push("| pending timers | due | sweep (median) | ÷ same due, 10,000 pending | ÷ baseline (0 due, 10,000 pending) | per due timer |");
  out.push("|---|---|---|---|---|---|");
  for (const key of [...TOTALS.map(String), "h"]) {
    for (const due of DUES) {
      const ms = cells.get(`${key}/${due}`)!;
      const ref = cells.get(`10000/${due}`)!;
      const name = key === "h" ? "100,000 + 100,000 fired/cancelled in the past" : Number(key).toLocaleString("en");
      out.push(`| ${name} | ${due.toLocaleString("en")} | ${f(ms)} | ${(ms / ref).toFixed(2)}× | ${(ms / base).toFixed(1)}× | ${due ? f((ms - cells.get(`${key}/0`)!) / due) : "–"} |`);
    }
  }
  process.stdout.write(out.join("\n") + "\n\n");
}

/** SQLite file, then PostgreSQL (server or PGlite). */
export async function run(): Promise<void> {
  process.stdout.write(`Sweeper.sweepOnce (server/workers/sweeper.ts → claimDueTimers, markFired) with the flow engine; median of ${REPS} sweeps per cell\n\n`);
  const dir = mkdtempSync(join(tmpdir(), "yijian-bench-timers-"));
  const sqlite = await openDatabase({ url: join(dir, "timers.db") });
  try {
    await measure("SQLite (temp file, WAL)", sqlite);
  } finally {
    await sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const url = await pgUrl();
  if (url) {
    const schema = await freshPgSchema(url);
    const db = await openDatabase({ url, schema: schema.schema });
    try {
      await measure(`PostgreSQL server (${url.replace(/\/\/[^@]*@/, "//")}, fresh schema)`, db);
    } finally {
      await db.close();
      await schema.drop();
    }
  } else {
    const pgDir = mkdtempSync(join(tmpdir(), "yijian-bench-pglite-"));
    const db = await openDatabase({ url: `pglite:${pgDir}` });
    try {
      await measure("PGlite (embedded PostgreSQL)", db);
    } finally {
      await db.close();
      rmSync(pgDir, { recursive: true, force: true });
    }
  }
}
