// The CJK fonts every PDF embeds (subset to the glyphs used): Noto Serif CJK SC, regular and bold, cut to GB 2312
// plus punctuation and common name characters and committed in ./fonts (SIL Open Font License 1.1, see
// OFL-1.1.txt), so a machine without any system font still prints correct documents and nothing is fetched.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const file = (name: string) => fileURLToPath(new URL(`./fonts/${name}`, import.meta.url));

/** Paths of the regular and bold faces. */
export const FONT_FILES = { regular: file("NotoSerifSC-Regular-subset.otf"), bold: file("NotoSerifSC-Bold-subset.otf") } as const;

/** Whether the committed fonts are present (a broken checkout fails loudly at start, not at the first print). */
export function fontsPresent(): boolean {
  return existsSync(FONT_FILES.regular) && existsSync(FONT_FILES.bold);
}
