// Reading JSON request bodies safely: nesting is bounded before JSON.parse (deep arrays would overflow the stack of
// every recursive walker after it — zod, Ajv, JSON.stringify), and a refused body says where it went too deep.
import { HttpError } from "../errors.js";
import { say } from "../messages.js";

/** Deepest nesting of arrays/objects a request body may have (form data of real forms stays below 20). */
export const MAX_JSON_DEPTH = 64;

/** Where a JSON text first nests deeper than `max` (byte offset), or -1 when it never does. Linear, no recursion. */
export function excessiveNesting(text: string, max = MAX_JSON_DEPTH): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      if (++depth > max) return i;
    } else if (ch === 0x5d || ch === 0x7d) depth--;
  }
  return -1;
}

/** Parses a request body's text as JSON; 400 for malformed JSON or nesting deeper than MAX_JSON_DEPTH. */
export function parseJsonBody(text: string): unknown {
  const at = excessiveNesting(text);
  if (at >= 0) {
    const deep = say(`请求体在第 ${at} 个字符处嵌套超过 ${MAX_JSON_DEPTH} 层`, `The request body nests deeper than ${MAX_JSON_DEPTH} levels at character ${at}`);
    throw new HttpError(400, "invalid_request", deep, [{ pointer: "", message: deep }]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    const where = /position (\d+)/.exec(String((err as Error).message))?.[1];
    const detail = where ? say(`第 ${where} 个字符处的 JSON 格式错误`, `Malformed JSON at character ${where}`) : say("JSON 格式错误", "Malformed JSON");
    throw new HttpError(400, "invalid_request", say("请求体不是合法的 JSON", "The request body is not valid JSON"), [{ pointer: "", message: detail }]);
  }
}
