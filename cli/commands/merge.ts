// `npm run --silent cli -- merge [--apply-suggestions] FILE...` — merge item specs and/or plain JSON Schema forms into one
// smart form; prints { schema, uiSchema, provenance, stats, conflicts, suggestions, rules, prefill, warnings }
// with every source written "FILE#POINTER". `merge --template DIR [--write]` re-merges a template folder's
// items (guide applicability, options from DIR/merge.json) and with --write updates DIR/form.json.
// `--extensions FILE` applies a deployment's dictionary extensions (the export file of /api/dictionary/extensions).
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseJsonText } from "../../spec/binding/json-text.js";
import { bundleSources } from "../../spec/catalogue/replay.js";
import { MergeInputError, mergeForms, type MergeOptions, type MergeResult, type MergeSource } from "../../spec/merge/index.js";
import type { FieldRule, SourceRef } from "../../spec/bundle.js";
import { getAtPointer, escapePointer } from "../../spec/pointer.js";
import { extensionProblem, type DictionaryExtension } from "../../spec/dictionary/extensions.js";
import { assembleTemplate } from "../../templates/load.js";
import type { Json } from "../../spec/common.js";
import { say } from "../../spec/bilingual.js";
import { cliSay, cliText } from "../lang.js";


/** A file that could not be read: every message already carries FILE and, where known, the pointer. */
export class CliInputError extends Error {
  constructor(readonly lines: string[]) { super(lines.join("\n")); }
}

/** Reads a JSON file strictly: syntax errors with line:column, duplicate keys as warnings on stderr. */
export function readJsonFile(file: string): unknown {
  let text: string;
  try {
    if (statSync(file).isDirectory()) throw new Error(cliSay("是目录而不是文件", "it is a folder, not a file"));
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new CliInputError([cliSay(`${file}: 无法读取：${(err as Error).message}`, `${file}: cannot read: ${(err as Error).message}`)]);
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw new CliInputError([`${file}:${parsed.error.line ?? 1}:${parsed.error.column ?? 1}: ${cliText(parsed.error.message)}`]);
  for (const d of parsed.duplicates) process.stderr.write(`${warning()}${file}#${d.pointer}: ${cliText(d.message)}\n`);
  return parsed.value;
}

/** Turns a file into a merge source: an item spec (kind "item") or a plain JSON Schema form ({schema} or a bare schema). */
export function sourceFromFile(file: string, doc: unknown, usedIds: Set<string>): MergeSource {
  const d = doc as Json | null;
  if (!d || typeof d !== "object" || Array.isArray(d)) throw new CliInputError([cliSay(`${file}#: 既不是事项，也不是 JSON Schema 表单`, `${file}#: neither an item spec nor a JSON Schema form`)]);
  let id: string, form: MergeSource["form"], title: string | undefined, pages: number | undefined;
  if (d.kind === "item") {
    const f = d.form as Json | undefined;
    if (!f || typeof f !== "object") throw new CliInputError([cliSay(`${file}#/form: 事项没有 form`, `${file}#/form: the item has no form`)]);
    id = typeof d.id === "string" ? d.id : slug(file);
    form = { schema: f.schema, uiSchema: f.uiSchema };
    title = typeof d.task_name === "string" ? d.task_name : undefined;
    pages = typeof d.pages === "number" ? d.pages : undefined;
  } else if (d.schema && typeof d.schema === "object" && !("properties" in d)) {
    id = slug(file);
    form = { schema: d.schema, uiSchema: d.uiSchema };
    title = typeof (d.schema as Json).title === "string" ? ((d.schema as Json).title as string) : undefined;
  } else {
    id = slug(file);
    form = { schema: d };
    title = typeof d.title === "string" ? d.title : undefined;
  }
  let unique = id, n = 2;
  while (usedIds.has(unique)) unique = `${id}-${n++}`;
  usedIds.add(unique);
  return { id: unique, form, title: title ?? basename(file), pages };
}

function slug(file: string): string {
  const s = basename(file).replace(/\.json$/i, "").toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^[^a-z]+/, "").slice(0, 60);
  return s || "form";
}

/** Re-merges a template folder's items the way form.json was produced (see templates/<key>/merge.json). */
export function mergeTemplate(dir: string): MergeResult {
  const raw = assembleTemplate(dir) as Json & { items: Json[]; guide?: { applicability?: Json }; audience?: "enterprise" | "person" };
  const optsFile = join(dir, "merge.json");
  // merge.json: merge options, plus field rules staff add on top of the merge (e.g. a field only one situation needs).
  const { rules: extraRules = {}, ...opts } = (existsSync(optsFile) ? JSON.parse(readFileSync(optsFile, "utf8")) : {}) as MergeOptions & { rules?: Record<string, FieldRule> };
  const sources = bundleSources(raw);
  const result = mergeForms(sources, opts);
  // The template authors' decisions on suggestions travel with the form, so a re-merge in the studio replays them.
  if (opts.decisions && Object.keys(opts.decisions).length) result.form.decisions = opts.decisions;
  for (const [pointer, rule] of Object.entries(extraRules)) {
    if (!(pointer in result.form.provenance) && getAtPointer(result.form.schema, pointer) === undefined) {
      const at = `${optsFile}#/rules/${escapePointer(pointer.slice(1))}`;
      throw new CliInputError([cliSay(`${at}: 合并表单中没有字段 ${pointer}`, `${at}: the merged form has no field ${pointer}`)]);
    }
    result.form.rules[pointer] = { ...result.form.rules[pointer], ...rule };
  }
  return result;
}

/** The form.json document of a template: the smart form and the suggestion decisions it was merged with. */
export function smartFormDocument(result: MergeResult): Json {
  const { schema, uiSchema, rules, provenance, prefill, decisions } = result.form;
  return { schema, uiSchema, rules, provenance, prefill, ...(decisions ? { decisions } : {}) };
}

/** Entry point of the command. */
export async function run(args: string[]): Promise<number> {
  // Suggestions stay suggestions unless asked for: --apply-suggestions merges them all, as if staff accepted each one.
  // --auto (the old name of the default) is still accepted.
  const applySuggestions = args.includes("--apply-suggestions");
  const templateAt = args.indexOf("--template");
  if (templateAt >= 0) {
    const dir = args[templateAt + 1];
    if (!dir) return usage(cliSay("--template 需要一个文件夹", "--template needs a folder"));
    const result = mergeTemplate(dir);
    if (args.includes("--write")) {
      writeFileSync(join(dir, "form.json"), JSON.stringify(smartFormDocument(result), null, 2) + "\n");
      process.stderr.write(cliSay(`已写入 ${join(dir, "form.json")}\n`, `wrote ${join(dir, "form.json")}\n`));
    }
    process.stdout.write(JSON.stringify({ stats: result.stats, conflicts: result.conflicts, suggestions: result.suggestions }, null, 2) + "\n");
    return 0;
  }
  const extAt = args.indexOf("--extensions");
  const extFile = extAt >= 0 ? args[extAt + 1] : undefined;
  if (extAt >= 0 && !extFile) return usage(cliSay("--extensions 需要一个文件", "--extensions needs a file"));
  const files = args.filter((a, i) => !a.startsWith("--") && !(extAt >= 0 && i === extAt + 1));
  const unknown = args.filter((a) => a.startsWith("--") && !["--auto", "--apply-suggestions", "--extensions"].includes(a));
  if (unknown.length) return usage(cliSay(`不认识的选项 ${unknown.join(" ")}`, `unknown option ${unknown.join(" ")}`));
  if (!files.length) return usage(cliSay("没有给出 FILE", "no FILE given"));
  const ids = new Set<string>();
  const fileOf = new Map<string, string>();
  const sources: MergeSource[] = [];
  const errors: string[] = [];
  files.forEach((file, i) => {
    try {
      const src = { ...sourceFromFile(file, readJsonFile(file), ids), order: i };
      fileOf.set(src.id, file);
      sources.push(src);
    } catch (err) {
      if (err instanceof CliInputError) errors.push(...err.lines);
      else throw err;
    }
  });
  let extensions: DictionaryExtension[] = [];
  if (extFile) {
    try { extensions = readExtensions(extFile); } catch (err) { if (err instanceof CliInputError) errors.push(...err.lines); else throw err; }
  }
  if (errors.length) return fail(errors);
  let result: MergeResult;
  try {
    result = mergeForms(sources, { applySuggestions, extensions });
  } catch (err) {
    if (err instanceof MergeInputError) return fail(err.problems.map((p) => `${fileOf.get(p.item) ?? p.item}#${p.pointer}: ${cliText(p.message)}`));
    throw err;
  }
  const ref = (r: SourceRef) => `${fileOf.get(r.item)}#${r.pointer}`;
  for (const w of result.warnings) process.stderr.write(`${warning()}${fileOf.get(w.item)}#${w.pointer}: ${cliText(w.message)}\n`);
  const out = {
    schema: result.form.schema,
    uiSchema: result.form.uiSchema,
    provenance: Object.fromEntries(Object.entries(result.form.provenance).map(([p, refs]) => [p, refs.map(ref)])),
    stats: result.stats,
    conflicts: result.conflicts.map((c) => ({ ...c, message: cliText(c.message), sources: c.sources.map(ref) })),
    suggestions: result.suggestions.map((s) => ({ ...s, message: cliText(s.message), sources: s.sources.map(ref), ...(s.pairs ? { pairs: s.pairs.map((p) => ({ ...p, label: cliText(p.label) })) } : {}) })),
    rules: result.form.rules,
    prefill: result.form.prefill,
    warnings: result.warnings.map((w) => ({ source: `${fileOf.get(w.item)}#${w.pointer}`, message: cliText(w.message) })),
  };
  process.stdout.write(JSON.stringify(out, null, 2) + "\n");
  return 0;
}

/** Reads an export file of dictionary extensions; every bad entry is named by its pointer. */
export function readExtensions(file: string): DictionaryExtension[] {
  const doc = readJsonFile(file) as { format?: unknown; extensions?: unknown } | null;
  if (!doc || doc.format !== "yijian-dictionary-extensions" || !Array.isArray(doc.extensions)) {
    throw new CliInputError([cliSay(`${file}#: 不是数据字典扩展的导出文件`, `${file}#: not an export of dictionary extensions`)]);
  }
  const lines: string[] = [];
  const list = doc.extensions as DictionaryExtension[];
  list.forEach((x, i) => {
    const problem = x && typeof x === "object" ? extensionProblem(x) : say("不是对象", "not an object");
    if (problem) lines.push(`${file}#/extensions/${i}: ${cliText(problem)}`);
  });
  if (lines.length) throw new CliInputError(lines);
  return list;
}

const COMMAND_LINES = "npm run --silent cli -- merge [--apply-suggestions] [--extensions FILE] FILE...\n       npm run --silent cli -- merge --template DIR [--write]";

function usage(message: string): number {
  process.stderr.write(`${error()}${message}\n${cliSay("用法：", "usage: ")}${COMMAND_LINES}\n`);
  return 2;
}

function fail(lines: string[]): number {
  for (const l of lines) process.stderr.write(`${error()}${l}\n`);
  return 1;
}

/** The prefix of an error line the CLI writes, in its language (stats and validate too). */
export const error = (): string => cliSay("错误：", "error: ");
/** The prefix of a warning line the CLI writes, in its language. */
export const warning = (): string => cliSay("警告：", "warning: ");
