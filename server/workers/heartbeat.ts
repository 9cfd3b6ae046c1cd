// A lease heartbeat: while a process works through claimed rows it renews their lease every third of it, so the
// lease can be short (a killed process's claims fall free within seconds) without a slow handler losing its claim.
import type { Logger } from "../log.js";
import type { Clock } from "../util.js";

/** Renews the claims still held every leaseMs / 3 until stopped. */
export class LeaseHeartbeat {
  private interval: NodeJS.Timeout | undefined;
  private inFlight: Promise<unknown> | undefined;
  constructor(private readonly renew: (until: Date) => Promise<unknown>, private readonly leaseMs: number, private readonly clock: Clock, private readonly log: Logger, private readonly what: string) {}

  /** Starts beating. */
  start(): this {
    this.interval = setInterval(() => {
      if (this.inFlight) return;
      this.inFlight = this.renew(new Date(this.clock.now().getTime() + this.leaseMs))
        .catch((err) => this.log.error(`lease heartbeat of ${this.what} failed`, err))
        .finally(() => (this.inFlight = undefined));
    }, Math.max(50, Math.floor(this.leaseMs / 3)));
    this.interval.unref();
    return this;
  }

  /** Stops beating (waits for a renewal in flight). */
  async stop(): Promise<void> {
    if (this.interval) clearInterval(this.interval);
    await this.inFlight;
  }
}
