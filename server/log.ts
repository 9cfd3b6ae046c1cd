// The server log: one line per entry on stderr, with full error detail (never sent to clients).

/** Where the server writes what operators need to know. */
export interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string, err?: unknown): void;
}

/** Logs to stderr with an ISO timestamp; `quiet` drops info lines (tests). */
export function createLogger(quiet = false): Logger {
  const line = (level: string, msg: string) => process.stderr.write(`${new Date().toISOString()} ${level} ${msg}\n`);
  return {
    info: (m) => { if (!quiet) line("INFO ", m); },
    warn: (m) => line("WARN ", m),
    error: (m, err) => line("ERROR", err ? `${m}\n${describeError(err)}` : m),
  };
}

/** An error with its chain of causes (a driver's code and detail under drizzle's "Failed query"), so the log names
 * what the database said — e.g. 40P01 deadlock detected — not only the statement. */
export function describeError(err: unknown, depth = 0): string {
  if (!(err instanceof Error)) return String(err);
  const e = err as Error & { code?: unknown; detail?: unknown; cause?: unknown };
  const extra = [e.code !== undefined ? `code ${String(e.code)}` : "", typeof e.detail === "string" ? `detail: ${e.detail}` : ""].filter(Boolean).join(", ");
  const self = (depth ? `caused by: ${e.message}` : e.stack ?? e.message) + (extra ? ` (${extra})` : "");
  return e.cause !== undefined && depth < 5 ? `${self}\n${describeError(e.cause, depth + 1)}` : self;
}
