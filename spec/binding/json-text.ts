// Strict JSON text parsing for form files: unlike JSON.parse it reports duplicate keys (which JSON.parse
// silently collapses, losing a field) with their JSON pointer, and syntax errors with line and column. The
// scanning is jsonc-parser's (VS Code's JSON scanner, strict mode: no comments, no trailing commas); the value is
// JSON.parse's, so "__proto__" stays an ordinary key and the last duplicate wins exactly as everywhere else.
import { printParseErrorCode, visit, type ParseError } from "jsonc-parser";
import { say, type Bilingual } from "../bilingual.js";
import { escapePointer } from "../pointer.js";

/** A problem in a JSON text: where (pointer, and line:column for syntax errors) and what. */
export interface JsonTextProblem { pointer: string; message: Bilingual; line?: number; column?: number }

/** Parse result: the value (last duplicate wins, as JSON.parse) plus every duplicate-key warning. */
export type JsonTextResult = { ok: true; value: unknown; duplicates: JsonTextProblem[] } | { ok: false; error: JsonTextProblem };

const MAX_DEPTH = 512;

const SYNTAX: Record<string, Bilingual> = {
  PropertyNameExpected: say("应为属性名（用双引号括起）", "expected a property name in double quotes"),
  ValueExpected: say("应为一个值", "expected a value"),
  ColonExpected: say("应为冒号", "expected ':'"),
  CommaExpected: say("应为逗号", "expected ','"),
  CloseBraceExpected: say("应为逗号或右花括号", "expected ',' or '}'"),
  CloseBracketExpected: say("应为逗号或右方括号", "expected ',' or ']'"),
  EndOfFileExpected: say("JSON 值之后还有多余内容", "unexpected content after the JSON value"),
  UnexpectedEndOfString: say("字符串没有结束", "unterminated string"),
  InvalidCharacter: say("字符串中有未转义的控制字符", "control character in a string"),
  InvalidNumberFormat: say("数字格式不正确", "invalid number"),
  InvalidEscapeCharacter: say("字符串中有无效的转义", "invalid escape"),
  InvalidUnicode: say("字符串中有无效的 Unicode 转义", "invalid Unicode escape"),
  InvalidCommentToken: say("JSON 不允许注释", "comments are not JSON"),
  InvalidSymbol: say("无法识别的内容", "unexpected token"),
};

class TooDeep extends Error {}

/** Parses JSON text, collecting duplicate keys; never throws. */
export function parseJsonText(text: string): JsonTextResult {
  const duplicates: JsonTextProblem[] = [];
  const errors: ParseError[] = [];
  const keys: Array<Set<string>> = [];
  const at = (offset: number, what: Bilingual): JsonTextResult => {
    const before = text.slice(0, offset);
    return { ok: false, error: { pointer: "", message: say(`不是合法的 JSON：${what.zh}`, `Not valid JSON: ${what.en}`), line: before.split("\n").length, column: offset - before.lastIndexOf("\n") } };
  };
  try {
    visit(text, {
      onObjectBegin: () => { if (keys.push(new Set()) > MAX_DEPTH) throw new TooDeep(); },
      onObjectEnd: () => { keys.pop(); },
      onArrayBegin: () => { if (keys.push(new Set()) > MAX_DEPTH) throw new TooDeep(); },
      onArrayEnd: () => { keys.pop(); },
      onObjectProperty: (name, _offset, _length, _line, _column, path) => {
        const seen = keys[keys.length - 1]!;
        const pointer = [...path(), name].map((s) => "/" + escapePointer(String(s))).join("");
        if (seen.has(name)) duplicates.push({ pointer, message: say(`重复的键 "${name}"：后出现的值覆盖了前面的`, `Duplicate key "${name}": the last value wins`) });
        seen.add(name);
      },
      onError: (error, offset, length) => { errors.push({ error, offset, length }); },
    }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (err) {
    if (err instanceof TooDeep || err instanceof RangeError) return at(0, say(`嵌套超过 ${MAX_DEPTH} 层`, `nested deeper than ${MAX_DEPTH} levels`));
    throw err;
  }
  const first = errors[0];
  if (first) return at(first.offset, SYNTAX[printParseErrorCode(first.error)] ?? say("无法识别的内容", printParseErrorCode(first.error)));
  if (!text.trim()) return at(text.length, say("内容意外结束", "unexpected end of input"));
  try {
    return { ok: true, value: JSON.parse(text) as unknown, duplicates };
  } catch (err) {
    return at(0, say("无法解析", (err as Error).message));
  }
}
