// Checks of form data beyond its JSON Schema: keys the form does not declare are refused (nothing unknown is
// stored), and every file a form file field carries as a data URL is checked on its bytes like an uploaded
// material (declared type = detected type, well-formed), its name cleaned of bidirectional characters.
import type { ProblemDetail } from "../../spec/api.js";
import { MAX_PROBLEMS } from "./problems.js";
import { contentMismatch, safeFileName } from "./file-check.js";
import { escapePointer } from "../../spec/pointer.js";
import { typeLabel } from "../../spec/files.js";
import { inLang, say, type ServerLang } from "../messages.js";

type Schema = Record<string, unknown>;
const esc = escapePointer;
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/** Property names a schema level declares (its own and those of allOf/anyOf/oneOf/if/then/else parts), or "any". */
function declared(s: Schema): Set<string> | "any" {
  if (s.additionalProperties !== undefined && s.additionalProperties !== false) return "any";
  if (s.patternProperties || s.unevaluatedProperties === true) return "any";
  const out = new Set<string>();
  const parts = [s, ...["allOf", "anyOf", "oneOf"].flatMap((k) => (Array.isArray(s[k]) ? (s[k] as Schema[]) : [])), ...["if", "then", "else"].map((k) => s[k]).filter(isObj)] as Schema[];
  for (const p of parts) {
    if (isObj(p.properties)) for (const k of Object.keys(p.properties)) out.add(k);
    if (isObj(p.dependentSchemas)) for (const d of Object.values(p.dependentSchemas)) if (isObj(d) && isObj(d.properties)) for (const k of Object.keys(d.properties)) out.add(k);
  }
  return out.size || isObj(s.properties) ? out : "any";
}

/** Problems for keys of the data the form's schema does not declare (first MAX_PROBLEMS), with their pointers. */
export function unknownDataKeys(schema: object, data: unknown, base = "/data", lang: ServerLang = "zh-CN"): ProblemDetail[] {
  const out: ProblemDetail[] = [];
  const unknownField = inLang(lang, say("表单没有这一项", "The form has no such field"));
  const walk = (s: unknown, v: unknown, ptr: string): void => {
    if (out.length >= MAX_PROBLEMS || !isObj(s)) return;
    if (Array.isArray(v)) {
      if (isObj(s.items)) v.forEach((x, i) => walk(s.items, x, `${ptr}/${i}`));
      return;
    }
    if (!isObj(v)) return;
    const known = declared(s);
    for (const [k, x] of Object.entries(v)) {
      if (known !== "any" && !known.has(k)) {
        out.push({ pointer: `${ptr}/${esc(k)}`, message: unknownField });
        if (out.length >= MAX_PROBLEMS) return;
        continue;
      }
      const props = isObj(s.properties) ? s.properties : {};
      walk(props[k], x, `${ptr}/${esc(k)}`);
    }
  };
  walk(schema, data, base);
  return out;
}

const DATA_URL = /^data:([\w.+-]+\/[\w.+-]+)((?:;[\w-]+=[^;,]*)*);base64,([A-Za-z0-9+/=]*)$/;

/** Form file types a data-URL field may carry (what the file widget offers, and OFD). */
export const FORM_FILE_TYPES = ["application/pdf", "image/jpeg", "image/png", "application/ofd"];

/** Checks every data-URL file in form data; returns the problems and the data with file names cleaned. */
export async function checkFormFiles(data: Record<string, unknown>, base = "/data", lang: ServerLang = "zh-CN"): Promise<{ problems: ProblemDetail[]; data: Record<string, unknown> }> {
  const problems: ProblemDetail[] = [];
  const add = (pointer: string, zh: string, en: string) => problems.push({ pointer, message: inLang(lang, say(zh, en)) });
  const visit = async (v: unknown, ptr: string): Promise<unknown> => {
    if (typeof v === "string") {
      if (!v.startsWith("data:")) return v;
      const m = DATA_URL.exec(v);
      if (!m) { add(ptr, "文件数据格式不正确，请重新选择文件", "The file data is malformed: please choose the file again"); return v; }
      const [, mime, params, b64] = m as unknown as [string, string, string, string];
      const type = mime.toLowerCase();
      if (!FORM_FILE_TYPES.includes(type)) { add(ptr, `不接受 ${typeLabel(type)} 格式的文件`, `${typeLabel(type)} files are not accepted`); return v; }
      const why = await contentMismatch(type, Buffer.from(b64, "base64"));
      if (why) { add(ptr, `文件与其格式不符：${why.zh}`, `The file does not match its type: ${why.en}`); return v; }
      const cleaned = params.replace(/;name=([^;,]*)/, (_, n: string) => {
        let name = n;
        try { name = decodeURIComponent(n); } catch { /* keep */ }
        return `;name=${encodeURIComponent(safeFileName(name) || "file")}`;
      });
      return `data:${type}${cleaned};base64,${b64}`;
    }
    if (Array.isArray(v)) { const out = []; for (const [i, x] of v.entries()) out.push(await visit(x, `${ptr}/${i}`)); return out; }
    if (isObj(v)) { const out: Record<string, unknown> = {}; for (const [k, x] of Object.entries(v)) out[k] = await visit(x, `${ptr}/${esc(k)}`); return out; }
    return v;
  };
  const cleaned = (await visit(data, base)) as Record<string, unknown>;
  return { problems: problems.slice(0, MAX_PROBLEMS), data: cleaned };
}
