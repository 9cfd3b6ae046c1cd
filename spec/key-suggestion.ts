// A usable key proposed from what the designer typed: each run of Chinese written in toneless pinyin (pinyin-pro picks the
// reading from the word: 提取 → tiqu), capitals lowered, anything else between words a "-", so "GJJ 提取" → gjj-tiqu.
import { pinyin } from "pinyin-pro";

const VALID = /^[a-z][a-z0-9_-]{0,63}$/;

/** A valid one-thing key close to `typed`, or undefined when nothing usable is left; why: a key problem's "use …"
 *  must itself be a key the check accepts. */
export function suggestKey(typed: string): string | undefined {
  const runs = typed.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [];
  const words = runs.map((run) => (/\p{Script=Han}/u.test(run) ? pinyin(run, { toneType: "none", type: "array", v: true }).join("") : run));
  const key = words.map((w) => w.toLowerCase().replace(/[^a-z0-9_-]+/g, "-")).join("-")
    .replace(/-{2,}/g, "-").replace(/^[^a-z]+/, "").slice(0, 64).replace(/-+$/, "");
  return VALID.test(key) ? key : undefined;
}
