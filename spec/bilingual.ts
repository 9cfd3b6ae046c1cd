// A message in both languages, written once where the event or error happens: the audit trail, the applicant's
// timeline and the server's errors show the one the user chose (Chinese first, English complete when chosen).

/** One message in both languages. */
export interface Bilingual { readonly zh: string; readonly en: string }

/** A message in both languages. */
export function say(zh: string, en: string): Bilingual {
  return { zh, en };
}

/** The Chinese text of a message given either as plain Chinese or in both languages. */
export function zhOf(m: string | Bilingual): string {
  return typeof m === "string" ? m : m.zh;
}

/** The English text of a message, when it has one. */
export function enOf(m: string | Bilingual): string | undefined {
  return typeof m === "string" ? undefined : m.en;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "24 Dec 2026 17:30" for an ISO instant, in Beijing time (the English twin of beijingDateTime). */
export function beijingDateTimeEn(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
