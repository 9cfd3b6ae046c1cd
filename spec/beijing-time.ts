// Instants as people in China read them: Beijing time (UTC+8, no daylight saving), in the words of the timeline
// and notices the flow writes — never a UTC ISO string.

/** "2026年12月24日 17:30" for an ISO instant (Beijing time). */
export function beijingDateTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A calendar date (YYYY-MM-DD, as forms store it) as people read it: "2026年12月7日" and "7 Dec 2026" (the text unchanged
 *  when it is not such a date). Messages name dates this way, never in ISO form. */
export function calendarDate(ymd: string): { zh: string; en: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) return { zh: ymd, en: ymd };
  const [y, mo, d] = [m[1]!, Number(m[2]), Number(m[3])];
  return { zh: `${y}年${mo}月${d}日`, en: `${d} ${MONTHS[mo - 1]} ${y}` };
}
