// `db copy` moves a deployment SQLite → PostgreSQL → SQLite with identical per-table counts and checksums: the
// built-in templates, demo accounts and a few hundred applications with their tasks, timers and events. Runs the
// real CLI as a child process; PostgreSQL is the real server when DATABASE_URL is set, else a PGlite directory.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { freshPgSchema, PG_URL } from "../helpers/db.js";
import { loginAs, startApi } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "yijian-copy-"));
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const c of cleanups) await c();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "cli/main.ts", ...args], { env: { ...process.env, DATABASE_URL: "" }, maxBuffer: 1 << 24 });
    return { code: 0, ...r };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("db copy", () => {
  it("round-trips a deployment SQLite → PostgreSQL → SQLite with identical checksums", async () => {
    const api = await startApi("sqlite");
    const sqliteFile = api.tdb.url;
    await (await loginAs(api.url, "designer")).post("/api/bundles", fixtureBundle());
    await (await loginAs(api.url, "admin")).post("/api/bundles/test-shop/publish", { changeSummary: "v1" });
    const applicant = await loginAs(api.url, "zhangsan");
    const reviewer = await loginAs(api.url, "reviewer-samr");
    for (let i = 0; i < 300; i++) {
      const r = await applicant.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: { ...VALID_DATA, shopName: `店铺 ${i} “引号” 'x'` } });
      expect(r.status).toBe(201);
      if (i % 3 === 0) await reviewer.post(`/api/tasks/${r.body.tasks[0].id}/complete`, { action: "approve", comment: `第 ${i} 件` });
    }
    await api.server.stop();
    cleanups.push(() => api.tdb.dispose());

    let pgUrl: string;
    if (PG_URL) {
      const s = await freshPgSchema();
      cleanups.push(s.drop);
      pgUrl = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}schema=${s.schema}`;
    } else pgUrl = `pglite:${join(dir, "pg")}`;
    const back = join(dir, "back.db");

    const there = await cli("db", "copy", "--from", sqliteFile, "--to", pgUrl);
    expect(there.code, there.stderr).toBe(0);
    const thereOut = JSON.parse(there.stdout);
    expect(thereOut.ok).toBe(true);
    expect(thereOut.tables.applications.rows).toBe(300);
    expect(thereOut.tables.tasks.rows).toBe(300);
    expect(thereOut.tables.bundle_versions.rows).toBeGreaterThanOrEqual(1);

    const again = await cli("db", "copy", "--from", sqliteFile, "--to", pgUrl);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already has \d+ rows/);

    const home = await cli("db", "copy", "--from", pgUrl, "--to", back);
    expect(home.code, home.stderr).toBe(0);
    const [a, b, c] = await Promise.all([cli("db", "checksum", "--url", sqliteFile), cli("db", "checksum", "--url", pgUrl), cli("db", "checksum", "--url", back)]);
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
    expect(JSON.parse(c.stdout)).toEqual(JSON.parse(a.stdout));
  }, 180_000);

  it("takes an online backup of the SQLite file", async () => {
    const api = await startApi("sqlite");
    try {
      const dest = join(dir, "backup.db");
      const r = await cli("db", "backup", "--url", api.tdb.url, "--to", dest);
      expect(r.code, r.stderr).toBe(0);
      const [src, copy] = await Promise.all([cli("db", "checksum", "--url", api.tdb.url), cli("db", "checksum", "--url", dest)]);
      expect(JSON.parse(copy.stdout)).toEqual(JSON.parse(src.stdout));
    } finally {
      await api.stop();
    }
  }, 60_000);
});
