// The terminal's own settings, from its start URL (/kiosk/?printer=1&idle=120&warn=30&card=…): each terminal of a
// service centre is set up once by the operator and differs in hardware (a printer, a card reader), so the settings
// belong to the terminal, not to the server. The query survives the wipe, which clears everything else.

/** What this terminal has and how soon it forgets an idle applicant. */
export interface KioskConfig {
  /** Whether a printer is attached (print buttons appear only then). */
  printer: boolean;
  /** Seconds without a touch before the countdown starts, and how long the countdown runs. */
  idleSeconds: number;
  warnSeconds: number;
  /** The local card-reader bridge's address, when the terminal has a reader. */
  cardReaderUrl?: string;
}

const seconds = (v: string | null, def: number, min: number, max: number) => {
  const n = v === null ? NaN : Number(v);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : def;
};

/** Reads the settings of the terminal's start URL (defaults: no printer, 120 s idle, 30 s countdown, no reader). */
export function kioskConfig(search: string = typeof location === "undefined" ? "" : location.search): KioskConfig {
  const q = new URLSearchParams(search);
  const card = q.get("card");
  return {
    printer: q.get("printer") === "1",
    idleSeconds: seconds(q.get("idle"), 120, 3, 3600),
    warnSeconds: seconds(q.get("warn"), 30, 2, 300),
    ...(card && /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(card) ? { cardReaderUrl: card } : {}),
  };
}
