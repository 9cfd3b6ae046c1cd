// `npm run --silent cli -- files gc [--dry-run] [--grace-days N] [--url URL]`: deletes file-store bytes that no row
// names any more (see server/files/gc.ts), in the configured data folder (YIJIAN_FILES). The server does the same once
// a day; this is for operators who want it now or want to see first what would go (--dry-run). The report goes to
// stdout as JSON.
import { loadConfig } from "../../server/config.js";
import { openDatabase } from "../../server/db/database.js";
import { LocalFileStore } from "../../server/files/store.js";
import { collectGarbage, DEFAULT_GRACE_MS } from "../../server/files/gc.js";

const USAGE = "usage: files gc [--dry-run] [--grace-days N] [--url URL]\n";

/** Runs a files subcommand; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "gc") {
    process.stderr.write(USAGE);
    return 2;
  }
  const dryRun = rest.includes("--dry-run");
  const at = (flag: string) => { const i = rest.indexOf(flag); return i >= 0 ? rest[i + 1] : undefined; };
  const days = at("--grace-days");
  const graceMs = days === undefined ? DEFAULT_GRACE_MS : Number(days) * 24 * 3600_000;
  if (!Number.isFinite(graceMs) || graceMs < 0) {
    process.stderr.write(`--grace-days must be a number of days ≥ 0, not "${days}"\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase({ url: at("--url") ?? config.databaseUrl });
  try {
    const report = await collectGarbage(db, new LocalFileStore(config.filesDir), { now: new Date(), graceMs, dryRun });
    process.stdout.write(JSON.stringify({ ...report, dryRun, filesDir: config.filesDir }) + "\n");
    return 0;
  } finally {
    await db.close();
  }
}
