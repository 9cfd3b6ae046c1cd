// What the pinyin keyboard offers for the letters typed so far: the letters split into syllables (longest first),
// words matching the leading syllables, then the characters of the first syllable (or of every syllable the letters
// begin, while the first one is still incomplete). Picking a candidate consumes the letters of its syllables, so a
// phrase is typed in one go ("mianguan" → 面, then 馆) as in a desktop input method.
import type { PinyinTable } from "./pinyin-table.js";

/** One candidate and how many letters of the buffer it consumes. */
export interface Candidate { text: string; letters: number }

/** Splits typed letters into syllables, longest match first; the rest (an incomplete syllable) is the last part. */
export function splitSyllables(table: PinyinTable, letters: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < letters.length) {
    let len = Math.min(6, letters.length - i);
    while (len > 0 && !table.syllables.has(letters.slice(i, i + len))) len--;
    if (len === 0) {
      out.push(letters.slice(i));
      break;
    }
    out.push(letters.slice(i, i + len));
    i += len;
  }
  return out;
}

/** The candidates for a buffer of letters, best first (at most `limit`). */
export function candidatesFor(table: PinyinTable, letters: string, limit = 60): Candidate[] {
  if (!letters) return [];
  const parts = splitSyllables(table, letters);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const add = (text: string, n: number) => {
    if (seen.has(text) || out.length >= limit) return;
    out.push({ text, letters: n });
    seen.add(text);
  };
  for (let n = Math.min(parts.length, 4); n >= 2; n--) {
    const key = parts.slice(0, n).join("'");
    const consumed = parts.slice(0, n).join("").length;
    for (const w of table.words.get(key) ?? []) add(w, consumed);
  }
  const first = parts[0]!;
  const exact = table.chars.get(first);
  if (exact) for (const ch of exact) add(ch, first.length);
  else for (const [syl, chars] of table.chars) if (syl.startsWith(first)) for (const ch of chars.slice(0, 6)) add(ch, first.length);
  return out;
}
