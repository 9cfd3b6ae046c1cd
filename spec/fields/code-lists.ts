// Code lists behind classification pickers: GB/T 4754 国民经济行业分类 shipped in the repo, and any list a
// designer uploads (CSV or JSON), kept inline in the field's schema so a published version is self-contained.
import { GBT4754 } from "./data/gbt4754.js";
import type { Json } from "../common.js";

/** One entry of a code list. */
export interface CodeEntry { code: string; name: string; parent?: string }

/** A code list with its lookups. */
export interface CodeList { entries: CodeEntry[]; byCode: Map<string, CodeEntry>; children: Map<string, CodeEntry[]> }

function index(entries: CodeEntry[]): CodeList {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const children = new Map<string, CodeEntry[]>();
  for (const e of entries) {
    const k = e.parent ?? "";
    if (!children.has(k)) children.set(k, []);
    children.get(k)!.push(e);
  }
  return { entries, byCode, children };
}

/** GB/T 4754 from its compact text: a 门类 letter line, then its 大类 (2 digits), 中类 (3) and 小类 (4). */
function parseGbt4754(text: string): CodeEntry[] {
  const out: CodeEntry[] = [];
  let section = "";
  for (const line of text.split("\n")) {
    const [code, name] = line.split("|") as [string, string | undefined];
    if (!code || !name) continue;
    if (/^[A-Z]$/.test(code)) { section = code; out.push({ code, name }); continue; }
    out.push({ code, name, parent: code.length === 2 ? section : code.slice(0, -1) });
  }
  return out;
}

let gbt: CodeList | undefined;
/** The GB/T 4754-2017 list (with its 2019 amendment), built once. */
export function gbt4754(): CodeList {
  gbt ??= index(parseGbt4754(GBT4754));
  return gbt;
}

const inline = new WeakMap<object, CodeList>();
/** The code list a classification field uses: its inline `codes`, else a built-in list by name. */
export function codeListOf(options: Record<string, unknown>): CodeList | undefined {
  if (Array.isArray(options.codes)) {
    let hit = inline.get(options.codes);
    if (!hit) inline.set(options.codes, (hit = index(options.codes as CodeEntry[])));
    return hit;
  }
  return options.list === "gbt4754" || options.list === undefined ? gbt4754() : undefined;
}

/** The path root → entry of a code (for display and preselection). */
export function codePath(list: CodeList, code: string): CodeEntry[] {
  const out: CodeEntry[] = [];
  for (let e = list.byCode.get(code); e; e = e.parent ? list.byCode.get(e.parent) : undefined) out.unshift(e);
  return out;
}

/** One problem of an uploaded list, with its 1-based line (CSV) or entry index (JSON). */
export interface CodeListProblem { line: number; message: string }

/**
 * Reads an uploaded code list: JSON (an array of {code, name, parent?}) or CSV with a header naming the columns
 * 代码/code, 名称/name and optionally 上级代码/parent. Every problem is listed with its line.
 */
export function parseCodeList(text: string): { ok: true; entries: CodeEntry[] } | { ok: false; problems: CodeListProblem[] } {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  let rows: Array<{ line: number; code: unknown; name: unknown; parent: unknown }> = [];
  if (trimmed.startsWith("[")) {
    let data: unknown;
    try { data = JSON.parse(trimmed); } catch (e) { return { ok: false, problems: [{ line: 1, message: `JSON 无法解析：${(e as Error).message}` }] }; }
    rows = (data as Json[]).map((r, i) => ({ line: i + 1, code: r?.code, name: r?.name, parent: r?.parent }));
  } else {
    const lines = trimmed.split(/\r?\n/);
    const head = (lines[0] ?? "").split(",").map((h) => h.trim().toLowerCase());
    const col = (...names: string[]) => head.findIndex((h) => names.includes(h));
    const [c, n, p] = [col("代码", "code", "编码"), col("名称", "name"), col("上级代码", "parent", "上级编码")];
    if (c < 0 || n < 0) return { ok: false, problems: [{ line: 1, message: "第 1 行应为表头，含「代码」和「名称」列（可选「上级代码」）" }] };
    rows = lines.slice(1).map((l, i) => {
      const cells = l.split(",").map((x) => x.trim());
      return { line: i + 2, code: cells[c], name: cells[n], parent: p >= 0 ? cells[p] || undefined : undefined };
    }).filter((r) => r.code !== "" || r.name !== "");
  }
  const problems: CodeListProblem[] = [];
  const seen = new Set<string>();
  const entries: CodeEntry[] = [];
  for (const r of rows) {
    if (typeof r.code !== "string" || !r.code) { problems.push({ line: r.line, message: "缺少代码" }); continue; }
    if (typeof r.name !== "string" || !r.name) { problems.push({ line: r.line, message: `代码 ${r.code} 缺少名称` }); continue; }
    if (seen.has(r.code)) { problems.push({ line: r.line, message: `代码 ${r.code} 重复` }); continue; }
    seen.add(r.code);
    entries.push({ code: r.code, name: r.name, ...(typeof r.parent === "string" && r.parent ? { parent: r.parent } : {}) });
  }
  for (const e of entries) if (e.parent && !seen.has(e.parent)) problems.push({ line: rows.find((r) => r.code === e.code)!.line, message: `代码 ${e.code} 的上级代码 ${e.parent} 不存在` });
  if (!entries.length && !problems.length) problems.push({ line: 1, message: "代码表为空" });
  return problems.length ? { ok: false, problems } : { ok: true, entries };
}

