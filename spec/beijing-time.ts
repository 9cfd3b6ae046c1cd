// Instants as people in China read them: Beijing time (UTC+8, no daylight saving), in the words of the timeline
// and notices the flow writes — never a UTC ISO string.

/** "2026年12月24日 17:30" for an ISO instant (Beijing time). */
export function beijingDateTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`;
}
