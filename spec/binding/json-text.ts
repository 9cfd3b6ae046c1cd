// Strict JSON text parsing for form files: unlike JSON.parse it reports duplicate keys (which JSON.parse
// silently collapses, losing a field) with their JSON pointer, and syntax errors with line and column.
import { escapePointer } from "../pointer.js";

/** A problem in a JSON text: where (pointer, and line:column for syntax errors) and what. */
export interface JsonTextProblem { pointer: string; message: string; line?: number; column?: number }

/** Parse result: the value (last duplicate wins, as JSON.parse) plus every duplicate-key warning. */
export type JsonTextResult = { ok: true; value: unknown; duplicates: JsonTextProblem[] } | { ok: false; error: JsonTextProblem };

/** Parses JSON text, collecting duplicate keys; never throws, and is iterative enough for deep documents. */
export function parseJsonText(text: string): JsonTextResult {
  let i = 0;
  const duplicates: JsonTextProblem[] = [];
  const fail = (message: string): never => {
    const before = text.slice(0, i);
    const line = before.split("\n").length;
    const column = i - before.lastIndexOf("\n");
    throw Object.assign(new Error(message), { line, column });
  };
  const ws = () => { while (i < text.length && " \t\n\r".includes(text[i]!)) i++; };
  const str = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === "\\") i++;
      else if (text.charCodeAt(i) < 0x20) fail("字符串中有未转义的控制字符 (control character in string)");
      i++;
    }
    if (i >= text.length) fail("字符串没有结束 (unterminated string)");
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (pointer: string, depth: number): unknown => {
    if (depth > 512) fail("嵌套层级过深 (nesting deeper than 512)");
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      const obj: Record<string, unknown> = {};
      const seen = new Set<string>();
      ws();
      if (text[i] === "}") { i++; return obj; }
      for (;;) {
        ws();
        if (text[i] !== '"') fail("应为属性名 (expected a property name in double quotes)");
        const key = str();
        const at = `${pointer}/${escapePointer(key)}`;
        if (seen.has(key)) duplicates.push({ pointer: at, message: `重复的键 "${key}"：后出现的值覆盖了前面的 (duplicate key; the last one wins)` });
        seen.add(key);
        ws();
        if (text[i] !== ":") fail("应为冒号 (expected ':')");
        i++;
        Object.defineProperty(obj, key, { value: value(at, depth + 1), enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === "}") { i++; return obj; }
        fail("应为逗号或右花括号 (expected ',' or '}')");
      }
    }
    if (c === "[") {
      i++;
      const arr: unknown[] = [];
      ws();
      if (text[i] === "]") { i++; return arr; }
      for (;;) {
        arr.push(value(`${pointer}/${arr.length}`, depth + 1));
        ws();
        if (text[i] === ",") { i++; continue; }
        if (text[i] === "]") { i++; return arr; }
        fail("应为逗号或右方括号 (expected ',' or ']')");
      }
    }
    if (c === '"') return str();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail(i >= text.length ? "内容意外结束 (unexpected end of input)" : `无法识别的内容 "${text.slice(i, i + 10)}" (unexpected token)`);
    i += m![0].length;
    return JSON.parse(m![0]);
  };
  try {
    const v = value("", 0);
    ws();
    if (i < text.length) fail("JSON 值之后还有多余内容 (unexpected content after the JSON value)");
    return { ok: true, value: v, duplicates };
  } catch (err) {
    const e = err as Error & { line?: number; column?: number };
    return { ok: false, error: { pointer: "", message: `不是合法的 JSON (not JSON): ${e.message}`, line: e.line, column: e.column } };
  }
}
