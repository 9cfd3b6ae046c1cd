// Dates and numbers as Chinese administrative documents write them, always on Beijing time (the legal clock of the
// service, whatever the server's zone): 2026年12月2日 in the body, 二〇二六年十二月二日 under the seal.
const DIGITS = "〇一二三四五六七八九";

/** Year, month, day, hour and minute of an instant in Beijing. */
export function beijingParts(at: string | Date): { y: number; m: number; d: number; hh: number; mm: number } {
  const t = new Date(new Date(at).getTime() + 8 * 3600_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: t.getUTCHours(), mm: t.getUTCMinutes() };
}

/** 1..99 in Chinese numerals (十二, 三十一), as dates under a seal use them. */
export function cnSmallNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : DIGITS[tens]}十${ones ? DIGITS[ones] : ""}`;
}

/** 2026年12月2日 (Beijing). */
export function cnDate(at: string | Date): string {
  const p = beijingParts(at);
  return `${p.y}年${p.m}月${p.d}日`;
}

/** 2026年12月2日14时05分 (Beijing). */
export function cnDateTime(at: string | Date): string {
  const p = beijingParts(at);
  return `${cnDate(at)}${p.hh}时${String(p.mm).padStart(2, "0")}分`;
}

/** 二〇二六年十二月二日 (Beijing): the date under a department's seal. */
export function cnSealDate(at: string | Date): string {
  const p = beijingParts(at);
  return `${[...String(p.y)].map((c) => DIGITS[Number(c)]).join("")}年${cnSmallNumber(p.m)}月${cnSmallNumber(p.d)}日`;
}

/** A masked identity number for print (110105********002X): enough to recognise, not enough to reuse. */
export function maskIdNumber(id: string | undefined): string {
  if (!id) return "";
  return id.length > 10 ? `${id.slice(0, 6)}${"*".repeat(id.length - 10)}${id.slice(-4)}` : id;
}
