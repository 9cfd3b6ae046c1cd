// English is complete in the editor: every Chinese string the editor passes to its translate hook (useEd) has an
// English entry, and each entry keeps the same {placeholders}; the apps' typed dictionaries keep placeholders too.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EDITOR_EN } from "../../editor/i18n.js";
import { translate, type MessageKey } from "../../runtime/shared/i18n.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Every literal `x("…")` where x is a variable bound to useEd() in the file. */
function editorStrings(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  for (const file of sources("editor")) {
    const src = readFileSync(file, "utf8");
    for (const [, name] of src.matchAll(/const (\w+) = useEd\(\)/g)) {
      for (const [, text] of src.matchAll(new RegExp(`\\b${name}\\("((?:[^"\\\\]|\\\\.)+)"`, "g"))) out.push({ file, text: JSON.parse(`"${text}"`) as string });
    }
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("translations", () => {
  it("the editor has English for every Chinese string it translates", () => {
    const strings = editorStrings();
    expect(strings.length).toBeGreaterThan(50);
    const missing = strings.filter((s) => /[\u4e00-\u9fff]/.test(s.text) && EDITOR_EN[s.text] === undefined).map((s) => `${s.file}: ${s.text}`);
    expect(missing).toEqual([]);
  });

  it("keeps the placeholders of each string in both languages", () => {
    const broken = Object.entries(EDITOR_EN).filter(([zh, en]) => JSON.stringify(placeholders(zh)) !== JSON.stringify(placeholders(en)));
    expect(broken).toEqual([]);
    const src = readFileSync("runtime/shared/i18n.ts", "utf8") + sources("runtime/shared").filter((f) => f.includes("i18n-")).map((f) => readFileSync(f, "utf8")).join("\n");
    const keys = [...new Set([...src.matchAll(/^\s+"([a-zA-Z][\w.-]*)":/gm)].map((m) => m[1]!))];
    expect(keys.length).toBeGreaterThan(300);
    const mismatched = keys.filter((k) => {
      const zh = translate(k as MessageKey, undefined, "zh-CN"), en = translate(k as MessageKey, undefined, "en");
      return zh !== k && JSON.stringify(placeholders(zh)) !== JSON.stringify(placeholders(en));
    });
    expect(mismatched).toEqual([]);
  });
});
