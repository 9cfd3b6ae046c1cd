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
    error: (m, err) => line("ERROR", err ? `${m}\n${err instanceof Error ? err.stack ?? err.message : String(err)}` : m),
  };
}
