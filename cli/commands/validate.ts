// `npm run --silent cli -- validate FILE...` — validates item specs, bundle specs (including the smart form's
// provenance against the items and the guide/form consistency of every situation), template folders and plain JSON Schema forms. Prints every violation as
// "FILE#POINTER: message" on stdout and exits 1 if there is any.
import { statSync } from "node:fs";
import { ajv } from "../../spec/ajv.js";
import { inspectForm } from "../../spec/binding/inspect.js";
import { guideFormProblems } from "../../spec/consistency.js";
import { checkSmartForm } from "../../spec/merge/check.js";
import { validateBundle, validateItem } from "../../spec/spec-validation.js";
import { assembleTemplate } from "../../templates/load.js";
import { CliInputError, readJsonFile } from "./merge.js";
import type { Json } from "../../spec/common.js";
import { cliSay, cliText } from "../lang.js";


/** Every violation of one document, as [pointer, message]. */
export function violationsOf(doc: unknown): Array<[string, string]> {
  const d = doc as Json | null;
  if (d && typeof d === "object" && d.kind === "item") {
    const r = validateItem(d);
    const out: Array<[string, string]> = r.ok ? [] : r.problems.map((p) => [p.pointer, cliText(p.message)]);
    const form = (d.form as Json | undefined)?.schema;
    for (const p of inspectForm(form).problems) if (p.severity === "error") out.push([`/form/schema${p.pointer}`, cliText(p.message)]);
    return out;
  }
  if (d && typeof d === "object" && d.kind === "bundle") {
    const r = validateBundle(d);
    if (!r.ok) return r.problems.map((p) => [p.pointer, cliText(p.message)]);
    const out: Array<[string, string]> = [];
    r.value.items.forEach((it, i) => {
      for (const p of inspectForm(it.form.schema).problems) if (p.severity === "error") out.push([`/items/${i}/form/schema${p.pointer}`, cliText(p.message)]);
    });
    for (const p of checkSmartForm(r.value.form, r.value.items)) out.push([p.pointer, cliText(p.message)]);
    for (const p of guideFormProblems(r.value)) out.push([p.pointer, cliText(p.message)]);
    return out;
  }
  // A plain JSON Schema form ({schema, uiSchema} or a bare schema).
  const wrapped = d && typeof d === "object" && d.schema && typeof d.schema === "object" && !("properties" in d);
  const schema = wrapped ? d!.schema : d;
  const prefix = wrapped ? "/schema" : "";
  const out: Array<[string, string]> = [];
  if (schema && typeof schema === "object" && !ajv.validateSchema(schema as object)) {
    for (const e of ajv.errors ?? []) out.push([`${prefix}${e.instancePath}`, `表单 schema 不合法：${e.instancePath || "/"} 不符合「${e.keyword}」规则`]);
  }
  for (const p of inspectForm(schema).problems) if (p.severity === "error") out.push([`${prefix}${p.pointer}`, cliText(p.message)]);
  return out;
}

/** Entry point of the command. */
export async function run(args: string[]): Promise<number> {
  if (!args.length) {
    process.stderr.write(cliSay("用法：npm run --silent cli -- validate FILE...   （事项、一件事、模板文件夹或 JSON Schema 表单）\n", "usage: npm run --silent cli -- validate FILE...   (item, bundle, template folder or JSON Schema form)\n"));
    return 2;
  }
  let bad = 0;
  for (const file of args) {
    let doc: unknown;
    try {
      doc = isDir(file) ? assembleTemplate(file) : readJsonFile(file);
    } catch (err) {
      const lines = err instanceof CliInputError ? err.lines : [`${file}: ${(err as Error).message}`];
      for (const l of lines) process.stdout.write(l + "\n");
      bad++;
      continue;
    }
    const violations = violationsOf(doc);
    for (const [pointer, message] of violations) process.stdout.write(`${file}#${pointer}: ${message}\n`);
    if (violations.length) bad++;
    else process.stderr.write(`${file}: ok\n`);
  }
  return bad ? 1 : 0;
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}
