// Server configuration from the environment (see docs/server.md).
import { isIP } from "node:net";
import { dirname, join, resolve } from "node:path";

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
  /** Reverse proxies in front of the server (YIJIAN_TRUST_PROXY hops, YIJIAN_TRUSTED_PROXIES addresses). */
  proxy: ProxyTrust;
  /** Secure cookies always (YIJIAN_COOKIE_SECURE=1), else only when the request came over TLS. */
  cookieSecure: boolean;
  /** Hosts webhooks may reach although loopback/private (YIJIAN_WEBHOOK_ALLOW, comma-separated hosts or addresses). */
  webhookAllow: string[];
  /** Folder of the file store (YIJIAN_FILES; default "files" next to the SQLite file, ./data/files with PostgreSQL). */
  filesDir: string;
}

/** Which X-Forwarded-* headers to believe: those appended by `hops` proxies, and only from `addresses` when given. */
export interface ProxyTrust { hops: number; addresses: string[] }

/** Longest session a browser keeps a cookie for (RFC 6265bis caps Max-Age at 400 days; hono refuses more). */
export const MAX_SESSION_HOURS = 400 * 24;

/** Reads the configuration; throws with a clear message on a malformed value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const int = (name: string, def: number) => {
    const v = env[name];
    if (v === undefined || v === "") return def;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${v}"`);
    return n;
  };
  const list = (name: string) => (env[name] ?? "").split(",").map((x) => x.trim()).filter(Boolean);
  const sessionHours = int("YIJIAN_SESSION_HOURS", 12);
  if (sessionHours < 1 || sessionHours > MAX_SESSION_HOURS) throw new Error(`YIJIAN_SESSION_HOURS must be between 1 and ${MAX_SESSION_HOURS} (400 days, the longest a browser keeps a cookie), got "${sessionHours}"`);
  if (int("YIJIAN_TRUST_PROXY", 0) > 10) throw new Error(`YIJIAN_TRUST_PROXY is the number of proxies in front of the server (0–10), got "${env.YIJIAN_TRUST_PROXY}"`);
  for (const a of list("YIJIAN_TRUSTED_PROXIES")) if (!isIP(a)) throw new Error(`YIJIAN_TRUSTED_PROXIES must list IP addresses, got "${a}"`);
  const pgUrl = env.DATABASE_URL?.trim();
  if (pgUrl && !/^(postgres(ql)?:\/\/|pglite:)/.test(pgUrl)) throw new Error(`DATABASE_URL must start with postgres:// (got "${pgUrl.slice(0, 20)}…")`);
  return {
    port: int("PORT", 8080),
    host: env.HOST || "0.0.0.0",
    databaseUrl: pgUrl || resolve(env.YIJIAN_DB || "./data/yijian.db"),
    pgSchema: env.YIJIAN_PG_SCHEMA || undefined,
    distDir: resolve(env.YIJIAN_DIST || "./dist"),
    sweepMs: int("YIJIAN_SWEEP_MS", 1000),
    sessionMs: sessionHours * 3_600_000,
    workers: env.YIJIAN_WORKERS !== "0",
    proxy: { hops: int("YIJIAN_TRUST_PROXY", 0), addresses: list("YIJIAN_TRUSTED_PROXIES") },
    cookieSecure: env.YIJIAN_COOKIE_SECURE === "1",
    webhookAllow: list("YIJIAN_WEBHOOK_ALLOW"),
    filesDir: resolve(env.YIJIAN_FILES || (pgUrl ? "./data/files" : join(dirname(resolve(env.YIJIAN_DB || "./data/yijian.db")), "files"))),
  };
}
