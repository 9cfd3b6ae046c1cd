// `npm run --silent cli -- db <migrate|copy|backup|checksum>`: database operations for deployments.
//   db migrate [--url URL]                       apply the committed migrations (default: DATABASE_URL, else YIJIAN_DB / ./data/yijian.db)
//   db copy --from URL --to URL [--replace]      copy every row (SQLite ⇄ PostgreSQL), verified by counts and checksums
//   db backup --to FILE [--url SQLITE_FILE]      online backup of the SQLite file while the server runs
//   db checksum [--url URL]                      per-table row counts and checksums (compare two deployments)
// URLs: postgres://user@host:5432/db[?schema=NAME], or a SQLite file path. Results go to stdout as JSON.
import { loadConfig } from "../../server/config.js";
import { openDatabase, redactUrl } from "../../server/db/database.js";
import { backupSqlite } from "../../server/db/backup.js";
import { copyDatabase, summarize } from "../../server/db/copy.js";

function flags(args: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith("--")) throw new Error(`unexpected argument "${a}"`);
    const next = args[i + 1];
    if (next !== undefined && !next.startsWith("--")) { out[a.slice(2)] = next; i++; } else out[a.slice(2)] = true;
  }
  return out;
}

const USAGE = "usage: db migrate [--url URL] | db copy --from URL --to URL [--replace] | db backup --to FILE [--url SQLITE_FILE] | db checksum [--url URL]\n";

/** Runs a db subcommand; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const f = flags(rest);
  const str = (name: string) => (typeof f[name] === "string" ? (f[name] as string) : undefined);
  const defaultUrl = () => str("url") ?? loadConfig().databaseUrl;
  switch (sub) {
    case "migrate": {
      const db = await openDatabase({ url: defaultUrl() });
      process.stderr.write(`migrations applied to ${db.label}\n`);
      await db.close();
      return 0;
    }
    case "checksum": {
      const db = await openDatabase({ url: defaultUrl() });
      try {
        process.stdout.write(JSON.stringify(await summarize(db), null, 2) + "\n");
      } finally {
        await db.close();
      }
      return 0;
    }
    case "copy": {
      const from = str("from");
      const to = str("to");
      if (!from || !to) {
        process.stderr.write(USAGE);
        return 2;
      }
      const src = await openDatabase({ url: from });
      const dst = await openDatabase({ url: to });
      try {
        const started = Date.now();
        const r = await copyDatabase(src, dst, { replace: f.replace === true });
        const rows = Object.values(r.target).reduce((n, t) => n + t.rows, 0);
        process.stdout.write(JSON.stringify({ ok: r.ok, from: redactUrl(from), to: redactUrl(to), rows, tables: r.target }, null, 2) + "\n");
        process.stderr.write(r.ok ? `copied ${rows} rows in ${Date.now() - started} ms; counts and checksums match\n` : "MISMATCH between source and target: see tables\n");
        return r.ok ? 0 : 1;
      } finally {
        await src.close();
        await dst.close();
      }
    }
    case "backup": {
      const dest = str("to");
      if (!dest) {
        process.stderr.write(USAGE);
        return 2;
      }
      const pages = await backupSqlite(str("url") ?? process.env.YIJIAN_DB ?? "./data/yijian.db", dest);
      process.stderr.write(`backed up ${pages} pages to ${dest}\n`);
      return 0;
    }
    default:
      process.stderr.write(USAGE);
      return 2;
  }
}
