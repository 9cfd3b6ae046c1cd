// Combining the constraints of several source fields into one merged field that accepts only values every
// source accepts: enums intersected (values worded differently matched, spec/binding/enum-values.ts), bounds tightened, patterns conjoined, formats narrowed. Anything that
// cannot be combined is returned as a conflict message, never dropped.
import { cloneJson } from "../binding/inspect.js";
import type { Json } from "../common.js";
import { say, type Bilingual } from "../bilingual.js";
import { matchEnumValues } from "../binding/enum-values.js";

/** Formats that contain narrower ones: a 联系电话 accepts mobiles and fixed lines. */
const NARROWER: Record<string, string[]> = { "cn-contact-phone": ["cn-mobile", "cn-phone"], "date-time": [], date: [] };

const LOWER = ["minLength", "minimum", "minItems", "exclusiveMinimum", "minProperties"];
const UPPER = ["maxLength", "maximum", "maxItems", "exclusiveMaximum"];

/** Result of combining two field schemas; `values`: for the merged choices the second schema words differently
 *  (男 where it says 男性), its own wording — what the split gives that source back. */
export type Combined = { ok: true; schema: Json; values?: Record<string, string> } | { ok: false; conflict: Bilingual };

/** Combines two leaf schemas (the first one's annotations win); see the file comment. */
export function combineSchemas(a: Json, b: Json): Combined {
  const out: Json = { ...a };
  const ta = a.type as string | undefined, tb = b.type as string | undefined;
  if (ta && tb && ta !== tb) {
    const nums = new Set([ta, tb]);
    if (nums.has("integer") && nums.has("number")) out.type = "integer";
    else return { ok: false, conflict: say(`类型不兼容：${ta} 与 ${tb}`, `incompatible types: ${ta} and ${tb}`) };
  } else if (tb) out.type = tb;
  let values: Record<string, string> | undefined;
  if (Array.isArray(b.enum)) {
    if (Array.isArray(a.enum)) {
      const matched = matchEnumValues(a.enum, b.enum);
      const both = a.enum.filter((v) => matched.has(v));
      if (!both.length) return { ok: false, conflict: say(`选项没有交集：[${a.enum.join(", ")}] 与 [${b.enum.join(", ")}]`, `the choices have nothing in common: [${a.enum.map((v) => JSON.stringify(v)).join(", ")}] and [${b.enum.map((v) => JSON.stringify(v)).join(", ")}]`) };
      out.enum = both;
      const reworded = both.filter((v) => matched.get(v) !== v).map((v) => [v as string, matched.get(v) as string]);
      if (reworded.length) values = Object.fromEntries(reworded);
    } else out.enum = cloneJson(b.enum);
  }
  if (b.const !== undefined) {
    if (a.const !== undefined && JSON.stringify(a.const) !== JSON.stringify(b.const)) return { ok: false, conflict: say("固定值不同", "different fixed values") };
    out.const = b.const;
  }
  for (const k of LOWER) if (typeof b[k] === "number") out[k] = typeof a[k] === "number" ? Math.max(a[k] as number, b[k] as number) : b[k];
  for (const k of UPPER) if (typeof b[k] === "number") out[k] = typeof a[k] === "number" ? Math.min(a[k] as number, b[k] as number) : b[k];
  for (const [lo, hi, what, whatEn] of [["minLength", "maxLength", "长度", "length"], ["minimum", "maximum", "取值", "value"], ["minItems", "maxItems", "选择个数", "number of choices"]] as const) {
    if (typeof out[lo] === "number" && typeof out[hi] === "number" && (out[lo] as number) > (out[hi] as number)) {
      return { ok: false, conflict: say(`${what}范围为空：最小 ${String(out[lo])} 大于最大 ${String(out[hi])}`, `no ${whatEn} is allowed: the minimum ${String(out[lo])} is above the maximum ${String(out[hi])}`) };
    }
  }
  if (typeof b.pattern === "string" && b.pattern !== a.pattern) {
    out.pattern = typeof a.pattern === "string" ? conjoinPatterns(a.pattern, b.pattern) : b.pattern;
  }
  if (typeof b.format === "string" && b.format !== a.format) {
    if (typeof a.format !== "string") out.format = b.format;
    else if (NARROWER[a.format]?.includes(b.format)) out.format = b.format;
    else if (!NARROWER[b.format]?.includes(a.format)) return { ok: false, conflict: say(`格式不兼容：${a.format} 与 ${b.format}`, `incompatible formats: ${a.format} and ${b.format}`) };
  }
  if (typeof b.multipleOf === "number") {
    const m = a.multipleOf as number | undefined;
    if (m === undefined || Number.isInteger(b.multipleOf / m)) out.multipleOf = b.multipleOf;
    else if (!Number.isInteger(m / b.multipleOf)) return { ok: false, conflict: say(`倍数约束不兼容：${m} 与 ${b.multipleOf}`, `incompatible multiples: ${m} and ${b.multipleOf}`) };
  }
  if (b.uniqueItems === true) out.uniqueItems = true;
  if (a.items && typeof a.items === "object" && b.items && typeof b.items === "object") {
    const items = combineSchemas(a.items as Json, b.items as Json);
    if (!items.ok) return { ok: false, conflict: say(`选项：${items.conflict.zh}`, `items: ${items.conflict.en}`) };
    out.items = items.schema;
    if (items.values) values = { ...values, ...items.values };
  } else if (b.items !== undefined) out.items = cloneJson(b.items);
  if ("default" in out && JSON.stringify(a.default) !== JSON.stringify(b.default)) delete out.default;
  const kind = combineKinds(a, b);
  if (!kind.ok) return kind;
  Object.assign(out, kind.schema);
  return values ? { ok: true, schema: out, values } : { ok: true, schema: out };
}

/** The field kind of a merged field (spec/fields): the sources' `x-kind` (one kind, or refused) and their
 *  `x-options` combined — a restriction either source makes (notFuture, leafOnly) holds; any other option that
 *  differs (levels 3 vs 4, unit 元 vs 万元, another code list) is a conflict with both values named. */
export function combineKinds(a: Json, b: Json): Combined {
  const ka = a["x-kind"], kb = b["x-kind"];
  if (ka === undefined && kb === undefined) return { ok: true, schema: {} };
  if (ka !== undefined && kb !== undefined && ka !== kb) return { ok: false, conflict: say(`字段类型不同：${String(ka)} 与 ${String(kb)}`, `different field kinds: ${String(ka)} and ${String(kb)}`) };
  const out: Json = { "x-kind": ka ?? kb };
  const oa = isObj(a["x-options"]) ? a["x-options"] : {}, ob = isObj(b["x-options"]) ? b["x-options"] : {};
  const options: Json = { ...oa };
  for (const [k, v] of Object.entries(ob)) {
    if (!(k in oa) || JSON.stringify(oa[k]) === JSON.stringify(v)) { options[k] = cloneJson(v); continue; }
    if (typeof v === "boolean" && typeof oa[k] === "boolean") { options[k] = v || (oa[k] as boolean); continue; }
    return { ok: false, conflict: say(`字段类型「${String(out["x-kind"])}」的选项 ${k} 不同：${JSON.stringify(oa[k])} 与 ${JSON.stringify(v)}`, `the option ${k} of field kind "${String(out["x-kind"])}" differs: ${JSON.stringify(oa[k])} and ${JSON.stringify(v)}`) };
  }
  if (Object.keys(options).length) out["x-options"] = options;
  return { ok: true, schema: out };
}

const isObj = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** A pattern matching exactly the strings both patterns match (JSON Schema patterns are unanchored searches). */
export function conjoinPatterns(p: string, q: string): string {
  const parts = [p, q].flatMap((x) => (x.startsWith("^(?=[\\s\\S]*?(?:") ? splitConjoined(x) : [x]));
  const unique = [...new Set(parts)].sort();
  return "^" + unique.map((x) => `(?=[\\s\\S]*?(?:${x}))`).join("");
}

function splitConjoined(x: string): string[] {
  // Only ever applied to our own output: "^(?=[\s\S]*?(?:A))(?=[\s\S]*?(?:B))" → [A, B].
  const out: string[] = [];
  const head = "(?=[\\s\\S]*?(?:";
  let i = 1;
  while (x.startsWith(head, i)) {
    let depth = 0, j = i + head.length;
    for (; j < x.length; j++) {
      if (x[j] === "\\") { j++; continue; }
      if (x[j] === "(") depth++;
      else if (x[j] === ")") { if (depth === 0) break; depth--; }
    }
    out.push(x.slice(i + head.length, j));
    i = j + 2;
  }
  return out.length ? out : [x];
}
