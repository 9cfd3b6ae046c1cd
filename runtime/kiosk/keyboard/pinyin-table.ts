// Pinyin → hanzi candidates for the on-screen keyboard, built from a maintained source: pinyin-pro (already a
// dependency; hanzi → pinyin with every reading) run over the 6,763 characters of GB 2312 (decoded by the browser's
// own GBK decoder, so no character list is shipped), plus pinyin-pro's phrase dictionary of some 2,000 common
// two-character words as word candidates. No maintained pinyin-to-hanzi (IME) package with a frequency-ranked
// dictionary exists on npm that fits a browser bundle, so ranking is ours: GB 2312 level-1 characters (the 3,755
// commonest) before level-2, and within a level characters that occur in the common words first, in the order of
// the phrase dictionary (which lists frequent words first). This module is loaded only when the keyboard switches to
// Chinese (a lazy chunk).
import { pinyin } from "pinyin-pro";
import DICT2 from "pinyin-pro/dist/esm/data/dict2.mjs";

/** Syllables typed without tones (ü typed as v) → characters, best first; and syllable sequences → words. */
export interface PinyinTable { chars: Map<string, string[]>; words: Map<string, string[]>; syllables: Set<string> }

const toneless = (p: string) => p.replace(/ü/g, "v").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** The GB 2312 characters in code order with their level (1: the commonest 3,755). */
function gb2312(): Array<{ ch: string; level: 1 | 2 }> {
  const dec = new TextDecoder("gb2312");
  const out: Array<{ ch: string; level: 1 | 2 }> = [];
  for (let hi = 0xb0; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = dec.decode(new Uint8Array([hi, lo]));
      if (/^\p{Script=Han}$/u.test(ch)) out.push({ ch, level: hi < 0xd8 ? 1 : 2 });
    }
  }
  return out;
}

/** Builds the table (a few tens of milliseconds, once). */
export function buildPinyinTable(): PinyinTable {
  const firstSeen = new Map<string, number>();
  const words = new Map<string, string[]>();
  Object.entries(DICT2).forEach(([word, reading], i) => {
    for (const ch of word) if (!firstSeen.has(ch)) firstSeen.set(ch, i);
    const key = toneless(reading).split(/\s+/).join("'");
    words.set(key, [...(words.get(key) ?? []), word]);
  });
  const ranked: Array<{ ch: string; level: number; seen: number; order: number; readings: string[] }> = gb2312().map((c, order) => ({
    ...c, order, seen: firstSeen.get(c.ch) ?? Number.MAX_SAFE_INTEGER,
    readings: [...new Set((pinyin(c.ch, { toneType: "none", type: "array", multiple: true }) as string[]).map(toneless))],
  }));
  ranked.sort((a, b) => a.level - b.level || a.seen - b.seen || a.order - b.order);
  const chars = new Map<string, string[]>();
  for (const c of ranked) for (const r of c.readings) if (/^[a-z]+$/.test(r)) chars.set(r, [...(chars.get(r) ?? []), c.ch]);
  return { chars, words, syllables: new Set(chars.keys()) };
}
