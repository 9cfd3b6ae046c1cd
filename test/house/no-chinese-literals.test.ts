// Issue 14: every text a user sees in the editor and the apps comes from the dictionaries (editor/i18n/*.ts,
// runtime/shared/i18n-*.ts), so the English interface is English — no Chinese label, undo step, option or
// punctuation （，：、；） left in a component. This scans the string, template and JSX text literals of every .tsx under
// editor/ and runtime/ with TypeScript's parser (comments are not literals). What may stay is data, listed by file
// and text: values stored in a spec (a category, a necessity, a money unit) and DOM ids. Files not yet done are
// listed with their count, which may only shrink: the test fails when a count grows and when it falls, so the list
// is kept exact.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
/** CJK ideographs, CJK punctuation （、。「」） and full-width forms （，：；（））. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** Data, not interface text: Chinese values a spec stores, and ids. */
const ALLOWED: Record<string, string[]> = {
  "editor/bundles/NewBundleForm.tsx": ["其他"], // a new one-thing's category, one of the spec's Chinese categories
  "editor/catalogue/SituationMaterials.tsx": ["必要"], // a new material's necessity, as the item spec stores it
  "editor/items/ItemEditor.tsx": ["基本", "时限与收费", "材料", "渠道", "表单", "必要"], // the groups' tab ids (shown through ed.items.group.*); a new material's necessity
  "editor/form-designer/KindProperties.tsx": ["元", "万元"], // the amount unit x-options.unit stores (shown through ed.fd.unit.*)
  "runtime/kiosk/App.tsx": ["中文"], // the language switch names Chinese in Chinese
  "runtime/shared/layout.tsx": ["中文"],
};

/** Files whose literals are not in the dictionaries yet, with how many there are (tryout 8 #23, issue 14). */
const PENDING: Record<string, number> = {
  // none left: every .tsx takes its texts from the dictionaries (a new file with Chinese literals fails the test above)
};

function tsxUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) return tsxUnder(rel);
    return name.endsWith(".tsx") ? [rel] : [];
  });
}

/** Every string, template and JSX text literal of a source with a CJK character, with its line. */
export function chineseLiterals(file: string, text: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TSX);
  const out: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isJsxText(node) ? node.text
      : ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((s) => s.literal.text).join("") : undefined;
    if (literal !== undefined && CJK.test(literal)) out.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: literal.trim() });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("interface texts come from the dictionaries (issue 14)", () => {
  it("the scan finds Chinese in strings, templates and JSX text, and not in comments", () => {
    const sample = "// 注释\nconst a = \"保存\";\nconst b = `删除 ${x}`;\nconst c = <p>已保存</p>;\nconst d = `${n}：`;\nconst e = \"Save\";";
    expect(chineseLiterals("sample.tsx", sample).map((l) => l.text)).toEqual(["保存", "删除", "已保存", "："]);
  });

  it("no .tsx under editor/ or runtime/ keeps a Chinese literal, beyond the listed data and the listed pending files", () => {
    const files = [...tsxUnder("editor"), ...tsxUnder("runtime")];
    expect(files.length).toBeGreaterThan(150);
    const found = new Map(files.map((f) => [f, chineseLiterals(f, readFileSync(join(ROOT, f), "utf8")).filter((l) => !(ALLOWED[f] ?? []).includes(l.text))]));
    const unexpected = [...found].filter(([f]) => PENDING[f] === undefined).flatMap(([f, ls]) => ls.map((l) => `${f}:${l.line}: ${l.text}`));
    expect(unexpected, "put these texts in the dictionaries (or, for a stored value, in ALLOWED with why)").toEqual([]);
    const counts = Object.fromEntries(Object.keys(PENDING).map((f) => [f, found.get(f)?.length ?? 0]));
    expect(counts, "a pending file's count changed: update PENDING (remove a file once it is done)").toEqual(PENDING);
  });

  it("every allowed text is still there (a stale entry would hide a new literal)", () => {
    const stale = Object.entries(ALLOWED).flatMap(([f, texts]) => {
      const present = new Set(chineseLiterals(f, readFileSync(join(ROOT, f), "utf8")).map((l) => l.text));
      return texts.filter((t) => !present.has(t)).map((t) => `${f}: ${t}`);
    });
    expect(stale).toEqual([]);
  });
});
