// Background work that must happen exactly once across all server processes: due timers and outbox deliveries.
// Each sweep claims a batch (PostgreSQL: FOR UPDATE SKIP LOCKED, so processes never block on or take each other's
// rows; SQLite: the single process that owns the file) under a lease, then fires each timer in its own transaction
// together with marking it fired, so a timer's effects are committed exactly once even if a process dies mid-way.
import { createHmac } from "node:crypto";
import { hostname } from "node:os";
import type { Database } from "../db/database.js";
import type { FlowRunner } from "../flow/runner.js";
import { claimDeliveries, markAttemptFailed, markDelivered, renewDeliveryClaims, type Delivery } from "../store/outbox.js";
import { claimDueTimers, lockCaseOfTimer, markFired, releaseFailed, renewTimerClaims, type Timer } from "../store/timers.js";
import { webhookTargetProblem } from "../security/ssrf.js";
import { describeError } from "../log.js";
import { LeaseHeartbeat } from "./heartbeat.js";
import { purgeSessions } from "../store/users.js";
import { purgeHits } from "../store/rate-limits.js";
import { newId, type Clock } from "../util.js";
import { fileStore } from "../files/index.js";
import { collectGarbage, ForeignStoreError } from "../files/gc.js";
import type { Logger } from "../log.js";

export interface SweeperOptions {
  db: Database; flow: FlowRunner; clock: Clock; log: Logger; intervalMs: number; batch?: number;
  /** Lease of claimed timers and deliveries, renewed by a heartbeat while they are worked on (default 15 s). */
  leaseMs?: number;
  /** Loopback/private webhook hosts or networks the operator allows (server/security/ssrf.ts). */
  webhookAllow?: string[];
}

/** Default lease: short, because the heartbeat keeps it while the work goes on; a killed process's claims free within it. */
export const DEFAULT_LEASE_MS = 15_000;

/** Signature header value of a delivery body: hex HMAC-SHA256 with the subscription's secret. */
export function signBody(secret: string, timestamp: string, body: string): string {
  return "sha256=" + createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** Delay before the next attempt after `attempts` failures: exponential from 10 s, capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempts - 1));
}

const MAX_ATTEMPTS = 12;
/** How often each process collects the file store's garbage. */
const FILES_GC_EVERY_MS = 24 * 3600_000;
/** A receiver has this long to answer a delivery (connect, send, response headers). */
export const DELIVERY_TIMEOUT_MS = 10_000;

/** Lets pending I/O (HTTP requests) run: on SQLite every query is synchronous, so without it a sweep of a backlog of
 * due timers is one unbroken chain of microtasks and holds every request until the whole sweep is done. */
const yieldToEventLoop = () => new Promise<void>((res) => setImmediate(res));

/** Runs the sweeps on an interval; `sweepOnce` is exported for tests and the CLI. */
export class Sweeper {
  readonly owner = `${hostname()}:${process.pid}:${newId().slice(-6)}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  // the first collection runs an hour after start: a restart loop never scans the store, and start-up stays quick
  private filesCollectedAt = Date.now() - FILES_GC_EVERY_MS + 3600_000;
  constructor(private readonly o: SweeperOptions) {}

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.running = this.sweepOnce().then(() => undefined, (err) => this.o.log.error("sweep failed", err)).finally(() => {
        this.running = undefined;
        if (!this.stopped) this.timer = setTimeout(tick, this.o.intervalMs);
      });
    };
    this.timer = setTimeout(tick, Math.min(this.o.intervalMs, 200));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One sweep: fire due timers (until none are left), deliver due outbox messages, purge expired sessions. */
  async sweepOnce(): Promise<{ fired: number; delivered: number }> {
    let fired = 0;
    for (let round = 0; round < 50 && !this.stopped; round++) {
      const n = await this.fireDueTimers();
      fired += n;
      if (n < (this.o.batch ?? 50)) break;
    }
    const delivered = await this.deliverDue();
    await purgeSessions(this.o.db, this.o.clock.now());
    await purgeHits(this.o.db, this.o.clock.now());
    await this.collectFilesDaily();
    return { fired, delivered };
  }

  /** Once a day per process, file-store bytes nothing names are deleted (server/files/gc.ts). Real time, not the
   *  case clock: the grace period is about how long ago bytes were stored, which a test clock does not move. */
  private async collectFilesDaily(): Promise<void> {
    if (Date.now() - this.filesCollectedAt < FILES_GC_EVERY_MS) return;
    this.filesCollectedAt = Date.now();
    try {
      const r = await collectGarbage(this.o.db, fileStore(), { now: new Date() });
      if (r.removed) this.o.log.info(`file store: removed ${r.removed} files nothing names (${r.removedBytes} bytes), kept ${r.referenced}`);
    } catch (err) {
      if (err instanceof ForeignStoreError) this.o.log.warn(err.message);
      else this.o.log.error("file store garbage collection failed", err);
    }
  }

  private async fireDueTimers(): Promise<number> {
    const { db, clock, log } = this.o;
    const lease = this.o.leaseMs ?? DEFAULT_LEASE_MS;
    const claimed = await claimDueTimers(db, this.owner, clock.now(), lease, this.o.batch ?? 50);
    if (!claimed.length) return 0;
    const pending = new Set(claimed.map((t) => t.id));
    const beat = new LeaseHeartbeat((until) => renewTimerClaims(db, [...pending], this.owner, until), lease, clock, log, "timers").start();
    let fired = 0;
    try {
      for (const t of claimed) {
        pending.delete(t.id); // its own transaction holds it from here (row lock; SKIP LOCKED claims pass it by)
        fired += (await this.fireOne(t)) ? 1 : 0;
        await yieldToEventLoop();
      }
    } finally {
      await beat.stop();
    }
    return fired;
  }

  /** Fires one claimed timer in its own transaction; false when another process fired it or it failed (retried later). */
  private async fireOne(t: Timer): Promise<boolean> {
    const { db, flow, clock, log } = this.o;
    const handler = flow.timerHandlers[t.kind];
    try {
      return await db.tx(async (q) => {
        const now = clock.now();
        await lockCaseOfTimer(db, q, t.instanceId);
        if (!(await markFired(q, t.id, this.owner, now))) return false;
        if (handler) await handler({ q, now }, t);
        else log.warn(`timer ${t.id}: no handler for kind "${t.kind}", marked fired`);
        return true;
      });
    } catch (err) {
      log.error(`timer ${t.id} (${t.kind}) failed, will retry`, err);
      await releaseFailed(db, t.id, this.owner, describeError(err), new Date(clock.now().getTime() + backoffMs(t.attempts)));
      return false;
    }
  }

  private async deliverDue(): Promise<number> {
    const { db, clock } = this.o;
    const lease = this.o.leaseMs ?? DEFAULT_LEASE_MS;
    const due = await claimDeliveries(db, this.owner, clock.now(), lease, this.o.batch ?? 50);
    if (!due.length) return 0;
    const pending = new Set(due.map((d) => d.id));
    const beat = new LeaseHeartbeat((until) => renewDeliveryClaims(db, [...pending], this.owner, until), lease, clock, this.o.log, "deliveries").start();
    try {
      const results = await Promise.all(due.map((d) => this.deliver(d).finally(() => pending.delete(d.id))));
      return results.filter(Boolean).length;
    } finally {
      await beat.stop();
    }
  }

  private async deliver(d: Delivery): Promise<boolean> {
    const { db, clock, log } = this.o;
    const body = JSON.stringify({ id: d.id, topic: d.topic, createdAt: d.createdAt, payload: d.payload });
    const ts = String(Math.floor(clock.now().getTime() / 1000));
    try {
      // Checked again at delivery: the name may point somewhere internal by now (DNS rebinding).
      const refused = await webhookTargetProblem(d.url, this.o.webhookAllow ?? []);
      if (refused) throw new Error(refused.en); // the operators' log and the delivery record are in English
      const res = await fetch(d.url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-yijian-delivery": d.id, "x-yijian-topic": d.topic, "x-yijian-timestamp": ts, "x-yijian-signature": signBody(d.secret, ts, body) },
        body,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        redirect: "manual", // a redirect could lead inside; receivers answer 2xx
      });
      await res.body?.cancel().catch(() => undefined);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      await markDelivered(db, d.id, clock.now());
      return true;
    } catch (err) {
      const now = clock.now();
      const giveUp = d.attempts >= MAX_ATTEMPTS;
      log.warn(`delivery ${d.id} to ${d.url} failed (attempt ${d.attempts}${giveUp ? ", giving up" : ""}): ${(err as Error).message}`);
      await markAttemptFailed(db, d.id, (err as Error).message, new Date(now.getTime() + backoffMs(d.attempts)), giveUp, now);
      return false;
    }
  }
}
