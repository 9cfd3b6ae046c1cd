// Issue 14: a message is in one language — Chinese, or English when the user chose it — never both glued together
// ("未找到该事项 (item not found)"). A message in both languages is written say("中文", "English") and the reader's
// language picks one. This scans every string and template literal of the listed source directories with
// TypeScript's own parser (comments are not literals, so a Chinese term explained in an English comment is fine).
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** The source directories whose literals must keep to one language. */
export const ONE_LANGUAGE_DIRS = ["server", "runtime", "editor", "cli", "spec"];

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const SOURCE = /\.(ts|tsx)$/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** A bracket (half- or full-width) around Latin text with a lowercase word and no Chinese: "(not found)", "（archived）". */
const BRACKETED_ENGLISH = /[(（](?:[^()（）\u3400-\u9fff\uf900-\ufaff]|\([^()]*\))*[a-z]{2,}(?:[^()（）\u3400-\u9fff\uf900-\ufaff]|\([^()]*\))*[)）]/;
/** Chinese text followed by ": " and an English phrase of two or more words ("没有这种文书: unknown kind"). */
const COLON_ENGLISH = /[\u3400-\u9fff\uf900-\ufaff][^\u3400-\u9fff\uf900-\ufaff]*[:：]\s*[a-z]{2,} [a-z]{2,}[a-z ]*$/;

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = join(dir, name);
    if (statSync(join(ROOT, rel)).isDirectory()) return filesUnder(rel);
    return SOURCE.test(name) && !name.endsWith(".d.ts") ? [rel] : [];
  });
}

/** The text of a string or template literal, each ${…} read as "0" (a value, in neither language). */
function literalText(node: ts.Node): string | undefined {
  const text = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text
    : ts.isTemplateExpression(node) ? node.head.text + node.templateSpans.map((s) => `0${s.literal.text}`).join("") : undefined;
  return text;
}

/** A unit symbol in brackets after a label, as forms write it: "出生身长（cm）", "面积（m²）" (a symbol, in neither language). */
const BRACKETED_UNIT = /[(（](?:[kcm]?m[²³]?|[km]?g|m?l|kWh)[)）]/g;

/** Whether a literal's text glues Chinese to an English phrase ({placeholders} of a message template, file
 * extensions such as ".xlsx" and bracketed unit symbols are names, not English). */
export function gluesLanguages(literal: string): boolean {
  const text = literal.replace(/\{[A-Za-z]\w*\}|\.[a-z]{2,5}\b/g, "0").replace(BRACKETED_UNIT, "0");
  return CJK.test(text) && (BRACKETED_ENGLISH.test(text) || COLON_ENGLISH.test(text));
}

/** "server/x.ts:12: 「…」" for every literal of a file that glues both languages. */
function gluedIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), "utf8"), ts.ScriptTarget.ES2022, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined) {
      if (gluesLanguages(text)) out.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}: ${text}`);
      if (ts.isTemplateExpression(node)) node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("messages keep to one language (issue 14)", () => {
  it("the check tells a glued message from a clean one", () => {
    for (const glued of ["未找到该事项 (item not found)", "该事项已停止受理（archived）", "请求体超过 5 MB (body too large)", "没有这种文书: unknown document kind", "只支持 http(s) (http(s) only)", "出生身长 (in cm)", "身长（cm long）"]) {
      expect(gluesLanguages(glued), glued).toBe(true);
    }
    for (const clean of ["未找到该事项", "The item was not found (it may have been archived)", "文件须为 PDF（或 JPG）格式", "服务对象只能是 person（个人）或 enterprise（企业）", "须带请求头 X-Requested-With: 0", "节点 0: 缺少出口", "结果文件（PDF）", "请上传 Excel 工作簿（.xlsx）", "您的「{bundle}」（{caseNo}）已出件", "出生身长（cm）", "建筑面积（m²）"]) {
      expect(gluesLanguages(clean), clean).toBe(false);
    }
  });

  it.each(ONE_LANGUAGE_DIRS)("no literal under %s/ glues Chinese to an English phrase", (dir) => {
    const glued = filesUnder(dir).flatMap(gluedIn);
    expect(glued, `write these as say("中文", "English") or in one language:\n${glued.join("\n")}`).toEqual([]);
  });
});
