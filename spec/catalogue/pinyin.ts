// Pinyin initials (拼音首字母) of Chinese names, so staff find 区经信局 by typing qjxj. pinyin-pro chooses the reading
// of polyphonic characters from the words around them (银行 → yh, 行政 → xz).
import { pinyin } from "pinyin-pro";

/** The pinyin initials of a name, lower case: 区经信局 → qjxj; letters and digits are kept, punctuation dropped. */
export function nameInitials(name: string): string {
  const parts = pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" });
  return parts.join("").toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The pinyin of a name with spaces between syllables and capitals (区经信局 → Qu Jing Xin Ju), for an English label. */
export function namePinyin(name: string): string {
  return pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" })
    .map((s) => s.trim()).filter((s) => /[A-Za-z0-9]/.test(s))
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(" ");
}
