// Starts a real yijian server as a child process (`tsx server/main.ts`) on a free port with a temp SQLite file (or
// the PostgreSQL URL given), for end-to-end and multi-process tests. Resolves once the server prints its URL.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { freshPgSchema } from "./db.js";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

export interface TestServerOptions {
  /** SQLite file to use (kept after stop); default a fresh temp file removed on stop. */
  dbPath?: string;
  /** postgres://… to run on PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** PostgreSQL schema (YIJIAN_PG_SCHEMA) when databaseUrl is set. */
  pgSchema?: string;
  /** Extra environment (e.g. YIJIAN_SWEEP_MS). */
  env?: Record<string, string>;
  /** Port to listen on; default a free one. */
  port?: number;
  /** Milliseconds to wait for start-up (migrations, seeding); default 60 s. */
  timeoutMs?: number;
  /** Run the server in the spawned process itself (node --import tsx) instead of under the tsx CLI, which starts
   * the server as a grandchild: then `pid` is the server's and `kill("SIGKILL")` really kills it (crash tests). */
  direct?: boolean;
}

export interface TestServer {
  url: string; port: number; dbPath?: string; pid: number; stop(): Promise<void>; log(): string;
  /** Sends a signal to the server process (started with `direct`) and resolves once it has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

/** Spawns the server and waits until it listens. With TEST_SERVER_DATABASE_URL=postgres://… a server given no database
 *  of its own runs on a fresh schema of that PostgreSQL (dropped on stop), so the e2e suites run on PostgreSQL too. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const pgForAll = process.env.TEST_SERVER_DATABASE_URL;
  if (pgForAll && !opts.dbPath && !opts.databaseUrl) {
    const fresh = await freshPgSchema(pgForAll);
    const server = await startTestServer({ ...opts, databaseUrl: pgForAll, pgSchema: fresh.schema });
    return { ...server, stop: async () => { await server.stop(); await fresh.drop(); } };
  }
  // TEST_SERVER_START_MS: a longer wait for start-up (seeding) on a loaded machine.
  const startMs = opts.timeoutMs ?? Number(process.env.TEST_SERVER_START_MS ?? 60_000);
  const port = opts.port ?? (await freePort());
  const tempDir = opts.dbPath || opts.databaseUrl ? undefined : mkdtempSync(join(tmpdir(), "yijian-test-"));
  const dbPath = opts.databaseUrl ? undefined : (opts.dbPath ?? join(tempDir!, "yijian.db"));
  // Tests run their webhook receivers on loopback, which the server refuses unless allowed (server/security/ssrf.ts).
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", YIJIAN_WEBHOOK_ALLOW: "127.0.0.1", ...opts.env };
  delete env.DATABASE_URL;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  if (opts.pgSchema) env.YIJIAN_PG_SCHEMA = opts.pgSchema;
  if (dbPath) env.YIJIAN_DB = dbPath;
  const args = opts.direct ? ["--import", "tsx", join(ROOT, "server/main.ts")] : [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "server/main.ts")];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (b: Buffer) => (output += b.toString()));
  child.stderr!.on("data", (b: Buffer) => (output += b.toString()));
  const exited = new Promise<number | null>((res) => child.once("exit", (code) => res(code)));
  await new Promise<void>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`server did not start within ${startMs} ms:\n${output}`)), startMs);
    const check = () => {
      if (/listening on http/.test(output)) {
        clearTimeout(timer);
        res();
      }
    };
    child.stdout!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`server exited with code ${code} before listening:\n${output}`));
    });
  });
  let stopped: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`, port, dbPath, pid: child.pid!,
    log: () => output,
    kill: async (signal = "SIGKILL") => {
      if (!opts.direct) throw new Error("kill() needs a server started with { direct: true } (under the tsx CLI the server is a grandchild)");
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
    stop: () => (stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const t = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(t);
      }
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    })()),
  };
}
