// Loads the built-in templates. Every built-in item (事项) is defined once, in templates/catalogue/items/<id>.json
// (the seed publishes each into the catalogue as its version). A template is a folder templates/<key>/ holding
//   bundle.json  — the bundle's own fields (key, title, category, audience, lead, cooperating, guide, ...) and
//                  "items": [{ "id": "...", "version": 1 }] — the catalogue item versions it pins, in order
//   items/*.json — (older layout, still read when bundle.json lists no items) one item spec per file, by file name
//   form.json    — the merged smart form (schema, uiSchema, rules, provenance, prefill)
//   flow.json    — the approval flow (optional until every template has one)
// and is assembled into one bundle document, validated against the spec contract.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { say, zhOf } from "../spec/bilingual.js";
import { validateBundle, type Bundle, type SpecProblem } from "../spec/index.js";

/** Folder of the built-in templates. */
export const TEMPLATES_DIR = fileURLToPath(new URL(".", import.meta.url));

/** Raised when a template folder does not assemble into a valid bundle; lists every problem. */
export class TemplateError extends Error {
  constructor(readonly dir: string, readonly problems: SpecProblem[]) {
    super(`template ${dir} is invalid:\n` + problems.map((p) => `  ${p.pointer || "/"}: ${zhOf(p.message)}`).join("\n"));
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    throw new TemplateError(file, [{ pointer: "", message: say(`无法读取 JSON：${(err as Error).message}`, `Cannot read the JSON: ${(err as Error).message}`) }]);
  }
}

/** The folder of the built-in catalogue items next to a template folder. */
export const catalogueItemsDir = (templateDir: string): string => join(templateDir, "..", "catalogue", "items");

/** The pinned items of bundle.json resolved from the catalogue folder; a reference to a missing id or another version is a TemplateError. */
function resolveItems(dir: string, refs: unknown[]): unknown[] {
  const problems: SpecProblem[] = [];
  const items = refs.map((ref, i) => {
    const r = ref as { id?: unknown; version?: unknown };
    if (!r || typeof r.id !== "string" || Object.keys(r).some((k) => k !== "id" && k !== "version")) return ref;
    const file = join(catalogueItemsDir(dir), `${r.id}.json`);
    if (!existsSync(file)) { problems.push({ pointer: `/items/${i}`, message: say(`内置事项目录中没有事项「${r.id}」（${file}）`, `The built-in catalogue has no item "${r.id}" (${file})`) }); return ref; }
    const item = readJson(file) as { version?: unknown };
    const version = item.version ?? 1;
    if (r.version !== undefined && r.version !== version) problems.push({ pointer: `/items/${i}/version`, message: say(`事项「${r.id}」的内置版本是 ${String(version)}，不是 ${String(r.version)}`, `The built-in version of item "${r.id}" is ${String(version)}, not ${String(r.version)}`) });
    return item;
  });
  if (problems.length) throw new TemplateError(dir, problems);
  return items;
}

/** Assembles the raw bundle document of a template folder without validating it (the editor and CLI use this). */
export function assembleTemplate(dir: string): Record<string, unknown> {
  const base = readJson(join(dir, "bundle.json")) as Record<string, unknown>;
  const itemsDir = join(dir, "items");
  const items = Array.isArray(base.items)
    ? resolveItems(dir, base.items)
    : existsSync(itemsDir) ? readdirSync(itemsDir).filter((f) => f.endsWith(".json")).sort().map((f) => readJson(join(itemsDir, f))) : [];
  const doc: Record<string, unknown> = { ...base, items };
  if (existsSync(join(dir, "form.json"))) doc.form = readJson(join(dir, "form.json"));
  if (existsSync(join(dir, "flow.json"))) doc.flow = readJson(join(dir, "flow.json"));
  return doc;
}

/** Loads and validates one template folder; throws TemplateError listing every problem. */
export function loadTemplate(dir: string): Bundle {
  const result = validateBundle(assembleTemplate(dir));
  if (!result.ok) throw new TemplateError(dir, result.problems);
  return result.value;
}

/** Every built-in template, validated, in folder-name order. */
export function loadBuiltinTemplates(dir = TEMPLATES_DIR): Bundle[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory() && existsSync(join(dir, name, "bundle.json")))
    .sort()
    .map((name) => loadTemplate(join(dir, name)));
}
