// Wording normalisation before any dictionary lookup: departments print the same label with full-width or
// half-width letters, digits and brackets, in 繁體 or 简体, with 「」 / “” quotes, stray spaces, required marks and
// trailing colons. Every lookup (labels, section titles, synonyms, staff extensions) goes through here, so
// 「身份證號碼：」 and 身份证号码 are the same text. 繁→简 uses OpenCC's maintained tables (opencc-js, t2cn only).
import { Converter } from "opencc-js/t2cn";

const toSimplified = Converter({ from: "t", to: "cn" });
const cache = new Map<string, string>();
/** Characters that never need OpenCC (ASCII, CJK punctuation): skip the converter for labels made of them only. */
const NEEDS_OPENCC = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Full-width ASCII (！ to ～, and the ideographic space) → half-width. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 0xff01 && c <= 0xff5e ? String.fromCharCode(c - 0xfee0) : c === 0x3000 ? " " : ch;
  }
  return out;
}

/** The normalised form of a printed label or title (see the file comment); memoised, as forms repeat labels. */
export function normalizeWording(label: string): string {
  const hit = cache.get(label);
  if (hit !== undefined) return hit;
  let s = toHalfWidth(label).replace(/\s+/g, "");
  s = s.replace(/[「」『』“”‘’"'《》〈〉]/g, "");
  s = s.replace(/^[*]+/, "").replace(/[*]+$/, "").replace(/[:：]+$/, "");
  s = s.replace(/[(\[【〔［]/g, "（").replace(/[)\]】〕］]/g, "）");
  if (NEEDS_OPENCC.test(s)) s = toSimplified(s);
  if (cache.size > 50_000) cache.clear();
  cache.set(label, s);
  return s;
}
