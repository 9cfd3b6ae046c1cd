// One i18n mechanism for the portal, the workbench, the kiosk and the editor (issue 14): typed keys in per-domain
// zh / en files (runtime/shared/i18n-*.ts) merged by runtime/shared/i18n.ts — the editor's (editor/i18n/*.ts) registered
// by editor/i18n.ts, so only the editor's bundle carries them. Every key has a non-empty text in both
// languages with the same {placeholders}, English is English, no key is defined twice, and no source translates a
// Chinese literal or keeps its strings in inline (zh, en) pairs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { dictionaries } from "../../editor/i18n.js";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** The editor's dictionaries: editor/i18n/<domain>.ts. */
const EDITOR_DICTIONARIES = () => sources(join("editor", "i18n"));
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** The {name} placeholders of a text, a plural choice {n|# item|# items} counting as its parameter n. */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?:\|[^{}]*)?\}/g)].map((m) => m[1]).sort();
const zh = dictionaries["zh-CN"] as Record<string, string>;
const en = dictionaries.en as Record<string, string>;

/** Keys written in runtime/shared/i18n.ts's own Chinese object (besides the per-domain files it spreads in). */
function baseKeys(): string[] {
  const src = readFileSync("runtime/shared/i18n.ts", "utf8");
  const block = src.slice(src.indexOf("\nconst zh = {"), src.indexOf("\nexport type MessageKey"));
  return [...block.matchAll(/^\s+"([^"]+)":/gm)].map((m) => m[1]!);
}

/** Lines of a source that call a translate function (t, translate, or a name t was renamed to) with a literal. */
function chineseTranslateCalls(file: string, src = readFileSync(file, "utf8")): string[] {
  const names = new Set(["t", "translate", ...[...src.matchAll(/\{[^}]*\bt: (\w+)[^}]*\} = useI18n\(\)/g)].map((m) => m[1]!)]);
  const out: string[] = [];
  src.split("\n").forEach((line, i) => {
    for (const m of line.matchAll(/(?<![\w.$])(\w+)\(\s*(["'`])((?:(?!\2)[^\\]|\\.)*)\2/g)) {
      if (names.has(m[1]!) && CJK.test(m[3]!)) out.push(`${file}:${i + 1}: ${m[0]}`);
    }
  });
  return out;
}

/** Lines of a source that keep strings as inline pairs: the retired `useL()` hook or an `L("中文", "English")` call. */
function inlinePairs(file: string, src = readFileSync(file, "utf8")): string[] {
  return src.split("\n").flatMap((line, i) => (/\buseL\(|(?<![\w.$])L\(\s*["'`]/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

/** Lines of a source outside the dictionaries that start a table of its own per language ("zh-CN": {…}, const ZH = {…}). */
function ownTables(file: string, src = readFileSync(file, "utf8")): string[] {
  return src.split("\n").flatMap((line, i) => (/(?:^|[\s{,])["']?(?:zh-CN|zh|en)["']?\s*:\s*\{|\bconst\s+(?:ZH|EN)\s*(?::[^=]+)?=\s*\{/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

/** What the scans must catch: a translate call with Chinese, a renamed one, and inline pairs. */
const BAD_SAMPLE = [
  "const { t: tr } = useI18n();", "const a = t(\"保存\");", "const b = tr(`删除 ${x}`);", "const ok = t(\"ed.save\");",
  "const L = useL();", "<p>{L(\"问题\", \"Problems\")}</p>",
].join("\n");

describe("translations", () => {
  const keys = Object.keys(zh);

  it("every key has a non-empty text in both languages with the same placeholders", () => {
    expect(keys.length).toBeGreaterThan(1000);
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    expect(keys.filter((k) => !zh[k]!.trim() || !en[k]!.trim())).toEqual([]);
    expect(keys.filter((k) => JSON.stringify(placeholders(zh[k]!)) !== JSON.stringify(placeholders(en[k]!)))).toEqual([]);
  });

  it("English texts contain no Chinese characters", () => {
    expect(keys.filter((k) => CJK.test(en[k]!)).map((k) => `${k}: ${en[k]}`)).toEqual([]);
  });

  it("no key is defined by two dictionary files (a later spread would silently win)", async () => {
    const files = [...sources("runtime/shared").filter((f) => /[\\/]i18n-[\w-]+\.ts$/.test(f)), ...EDITOR_DICTIONARIES()];
    expect(files.some((f) => f.startsWith(join("editor", "i18n")))).toBe(true);
    const owner = new Map<string, string>(baseKeys().map((k) => [k, "runtime/shared/i18n.ts"]));
    const clashes: string[] = [];
    for (const f of files) {
      const mod = (await import(/* @vite-ignore */ pathToFileURL(resolve(f)).href)) as Record<string, unknown>;
      const zhParts = Object.entries(mod).filter(([name]) => name.endsWith("_ZH"));
      expect(zhParts.length, f).toBeGreaterThan(0);
      for (const [, part] of zhParts) for (const k of Object.keys(part as object)) { if (owner.has(k)) clashes.push(`${k}: ${owner.get(k)} and ${f}`); else owner.set(k, f); }
    }
    expect(clashes).toEqual([]);
    expect([...owner.keys()].sort()).toEqual([...keys].sort());
  });

  it("no source under editor/ or runtime/ translates a Chinese literal: texts live in the dictionaries", () => {
    const files = [...sources("editor"), ...sources("runtime")];
    expect(files.length).toBeGreaterThan(80);
    expect(files.some((f) => f.startsWith(join("editor", "designers")))).toBe(true);
    expect(files.flatMap((f) => chineseTranslateCalls(f))).toEqual([]);
    // the scan does find such calls
    expect(chineseTranslateCalls("sample.tsx", BAD_SAMPLE)).toHaveLength(2);
  });

  it("no source under editor/ or runtime/ keeps its own zh / en table beside the dictionaries", () => {
    const dictionaries = new Set(EDITOR_DICTIONARIES());
    const files = [...sources("editor"), ...sources("runtime")].filter((f) => !/[\\/]shared[\\/]i18n(-[\w-]+)?\.ts$/.test(f) && !dictionaries.has(f));
    expect(files.some((f) => f.includes(join("runtime", "workbench", "counter")))).toBe(true);
    expect(files.flatMap((f) => ownTables(f))).toEqual([]);
    const sample = ["const TEXT = {", "  \"zh-CN\": { show: \"到窗口办理\" },", "  en: { show: \"File at the window\" },", "};", "const ZH = {", "const EN: Record<K, string> = {", "const zhName = { a: 1 };"].join("\n");
    expect(ownTables("sample.tsx", sample)).toHaveLength(4);
  });

  it("no source under runtime/ uses an editor key (the portal, workbench and kiosk do not load the editor's dictionaries)", async () => {
    const editorKeys = new Set<string>();
    for (const f of EDITOR_DICTIONARIES()) {
      const mod = (await import(/* @vite-ignore */ pathToFileURL(resolve(f)).href)) as Record<string, unknown>;
      for (const [name, part] of Object.entries(mod)) if (name.endsWith("_ZH")) Object.keys(part as object).forEach((k) => editorKeys.add(k));
    }
    expect(editorKeys.size).toBeGreaterThan(500);
    // the editor's dictionaries live under editor/, found by folder; none is left beside the apps' in runtime/shared
    expect(sources("runtime").filter((f) => /[\\/]i18n-editor-/.test(f))).toEqual([]);
    const files = sources("runtime").filter((f) => !/[\\/]shared[\\/]i18n(-[\w-]+)?\.ts$/.test(f));
    const uses = files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/["'`]([\w-]+(?:\.[\w\u3400-\u9fff-]+)+)["'`]/g)].filter((m) => editorKeys.has(m[1]!)).map((m) => `${f}: ${m[1]}`));
    expect(uses).toEqual([]);
    // editor sources take t() from editor/i18n.ts, which registers those dictionaries
    expect(sources("editor").filter((f) => /runtime\/shared\/i18n\.js/.test(readFileSync(f, "utf8")) && !f.endsWith(join("editor", "i18n.ts")))).toEqual([]);
  });

  it("no editor source keeps its strings in inline useL / L(zh, en) pairs", () => {
    const files = sources("editor");
    expect(files.length).toBeGreaterThan(80);
    expect(files.some((f) => f.startsWith(join("editor", "designers")))).toBe(true);
    expect(files.flatMap((f) => inlinePairs(f))).toEqual([]);
    expect(inlinePairs("sample.tsx", BAD_SAMPLE)).toHaveLength(2);
  });
});
