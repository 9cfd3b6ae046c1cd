// Starts yijian: open and migrate the database, seed, serve HTTP, run the sweeper; stops gracefully.
import { testClockFromEnv } from "./test-clock.js";
import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { openDatabase, type Database } from "./db/database.js";
import { createApp } from "./app.js";
import { loadConfig, type ServerConfig } from "./config.js";
import { LocalFileStore, useFileStore } from "./files/index.js";
import { moveRowBytesToStore } from "./files/migrate-rows.js";
import { flowEngine } from "./flow/engine.js";
import type { FlowRunner } from "./flow/runner.js";
import { createLogger, type Logger } from "./log.js";
import { seed } from "./seed.js";
import { systemClock, type Clock } from "./util.js";
import { Sweeper } from "./workers/sweeper.js";
import { releaseOrphanedClaims } from "./store/timers.js";
import { dbLicenceProvider, type LicenceProvider } from "./licences/provider.js";

/** A running server. */
export interface RunningServer { url: string; port: number; db: Database; sweeper: Sweeper | undefined; stop(): Promise<void> }

export interface StartOptions { config?: Partial<ServerConfig>; db?: Database; clock?: Clock; log?: Logger; flow?: FlowRunner; licences?: LicenceProvider }

/** Starts a server; with `db` given it uses that database (tests), else opens the configured one. */
export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const config = { ...loadConfig(), ...opts.config };
  const log = opts.log ?? createLogger();
  const testClock = opts.clock ? undefined : testClockFromEnv();
  const clock = opts.clock ?? testClock ?? systemClock;
  const flow = opts.flow ?? flowEngine;
  const db = opts.db ?? (await openDatabase({ url: config.databaseUrl, schema: config.pgSchema }));
  if (testClock) log.warn("TEST-ONLY clock offset active (YIJIAN_TEST_CLOCK_OFFSET_FILE): never use in production");
  log.info(`database ${db.label} (${db.dialect}), migrations applied`);
  const files = new LocalFileStore(config.filesDir);
  useFileStore(files);
  await moveRowBytesToStore(db, files, log);
  await seed(db, log, clock.now());
  const { app } = createApp({ db, flow, clock, log, config, licences: opts.licences ?? dbLicenceProvider(db) });
  const server: ServerType = await new Promise((res) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => res(s));
  });
  const port = (server.address() as AddressInfo).port;
  const sweeper = config.workers ? new Sweeper({ db, flow, clock, log, intervalMs: config.sweepMs, webhookAllow: config.webhookAllow }) : undefined;
  if (sweeper && db.dialect === "sqlite") {
    // One process owns a SQLite file: claims still held are a crashed predecessor's, due now rather than after their lease.
    const released = await releaseOrphanedClaims(db);
    if (released) log.warn(`released ${released} claims left by a previous process`);
  }
  sweeper?.start();
  const url = `http://${config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host}:${port}`;
  let stopping: Promise<void> | undefined;
  return {
    url, port, db, sweeper,
    stop: () => (stopping ??= (async () => {
      await sweeper?.stop();
      await new Promise<void>((res) => server.close(() => res()));
      if (!opts.db) await db.close();
    })()),
  };
}
