// Server configuration from the environment (see docs/server.md).
import { resolve } from "node:path";

export interface ServerConfig {
  port: number;
  host: string;
  /** postgres://… when DATABASE_URL is set, else the SQLite file path. */
  databaseUrl: string;
  /** PostgreSQL schema (YIJIAN_PG_SCHEMA), default public. */
  pgSchema?: string;
  /** Folder of the built web apps. */
  distDir: string;
  /** Milliseconds between timer / outbox sweeps. */
  sweepMs: number;
  /** Session lifetime in milliseconds. */
  sessionMs: number;
  /** Whether to run the background workers in this process. */
  workers: boolean;
}

/** Reads the configuration; throws with a clear message on a malformed value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const int = (name: string, def: number) => {
    const v = env[name];
    if (v === undefined || v === "") return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${v}"`);
    return n;
  };
  const pgUrl = env.DATABASE_URL?.trim();
  if (pgUrl && !/^(postgres(ql)?:\/\/|pglite:)/.test(pgUrl)) throw new Error(`DATABASE_URL must start with postgres:// (got "${pgUrl.slice(0, 20)}…")`);
  return {
    port: int("PORT", 8080),
    host: env.HOST || "0.0.0.0",
    databaseUrl: pgUrl || resolve(env.YIJIAN_DB || "./data/yijian.db"),
    pgSchema: env.YIJIAN_PG_SCHEMA || undefined,
    distDir: resolve(env.YIJIAN_DIST || "./dist"),
    sweepMs: int("YIJIAN_SWEEP_MS", 1000),
    sessionMs: int("YIJIAN_SESSION_HOURS", 12) * 3_600_000,
    workers: env.YIJIAN_WORKERS !== "0",
  };
}
