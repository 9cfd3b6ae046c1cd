// Small shared helpers of the server: ids, time and JSON columns.
import { randomBytes } from "node:crypto";

let lastMs = 0;
let seq = 0;

/** A new id that sorts by creation time: ms timestamp, a per-process sequence (strictly increasing within the
 * process, so events appended in one request keep their order), then randomness (unique across processes). */
export function newId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    seq = 0;
  } else seq++;
  return lastMs.toString(36).padStart(9, "0") + seq.toString(36).padStart(4, "0") + randomBytes(6).toString("hex");
}

/** The server's clock; tests and benchmarks may substitute one. */
export interface Clock { now(): Date }

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** ISO-8601 UTC text, the timestamp format of every column (sorts lexicographically). */
export function iso(d: Date): string {
  return d.toISOString();
}

/** Adds milliseconds to a date. */
export function addMs(d: Date, ms: number): Date {
  return new Date(d.getTime() + ms);
}

/** Parses a JSON text column. */
export function fromJson<T>(text: unknown): T {
  return JSON.parse(String(text)) as T;
}
