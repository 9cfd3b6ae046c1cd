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

const EN_PLURALS = new Intl.PluralRules("en");

/** "1 page" / "3 pages": an English count with its noun in the form the number asks for (Intl.PluralRules), so an
 *  English message never says "1 pages"; Chinese needs no such form ("{n} 页"). */
export function countEn(n: number | string, one: string, other: string): string {
  return `${n} ${EN_PLURALS.select(Number(n)) === "one" ? one : other}`;
}

/** Fills a dictionary text's plural choices "{n|# field|# fields}" (one form, then the other; "#" is the number)
 *  from params, by Intl.PluralRules of the language; a choice whose parameter is not given is left as written. */
export function choosePlurals(text: string, params: Readonly<Record<string, string | number>>, lang: string): string {
  return text.replace(/\{(\w+)\|([^{}]*)\}/g, (whole, name: string, forms: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const [one, ...rest] = forms.split("|");
    const form = new Intl.PluralRules(lang).select(Number(value)) === "one" || !rest.length ? one! : rest[rest.length - 1]!;
    return form.split("#").join(String(value));
  });
}
