// The one language the CLI prints its messages in: Chinese, or English when the environment's locale is English
// (LC_ALL, else LC_MESSAGES, else LANG — the first one set, as POSIX reads them; "C" and unset are Chinese).
import { say, type Bilingual } from "../spec/bilingual.js";

/** The languages the CLI prints in. */
export type CliLang = "zh" | "en";

/** The CLI's language for an environment: English when its locale names English, Chinese otherwise. */
export function cliLang(env: Record<string, string | undefined> = process.env): CliLang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return /^en([_.@-]|$)/i.test(locale) ? "en" : "zh";
}

/** A message (plain text is already in one language, a Bilingual gives both) in the CLI's language. */
export function cliText(m: string | Bilingual): string {
  return typeof m === "string" ? m : cliLang() === "en" ? m.en : m.zh;
}

/** A message the CLI writes itself, in its language. */
export function cliSay(zh: string, en: string): string {
  return cliText(say(zh, en));
}
