// Today's date in Beijing time (UTC+8, no daylight saving), the reference for "not in the future" rules on the
// server and in the browser alike, whatever the machine's time zone.

let clock: () => number = () => Date.now();

/** YYYY-MM-DD of the given instant in Beijing time. */
export function beijingDate(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Today in Beijing time. */
export function todayInBeijing(): string {
  return beijingDate(clock());
}

/** Replaces the clock (the server's test clock, property tests); returns the previous one. */
export function setFieldClock(now: () => number): () => number {
  const prev = clock;
  clock = now;
  return prev;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
