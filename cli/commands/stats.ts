// `npm run --silent cli -- stats BUNDLE` — before → after figures of a bundle's smart form: fields (sum over
// the items' own forms) and after, fields left to type after prefill, pages. BUNDLE is a bundle JSON file or a
// template folder. Prints one JSON object; exit 1 with every violation if the bundle is invalid.
import { statSync } from "node:fs";
import { formStats } from "../../spec/merge/stats.js";
import { validateBundle } from "../../spec/spec-validation.js";
import { assembleTemplate } from "../../templates/load.js";
import { CliInputError, error, readJsonFile } from "./merge.js";
import { cliSay, cliText } from "../lang.js";

/** Entry point of the command. */
export async function run(args: string[]): Promise<number> {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write(cliSay("用法：npm run --silent cli -- stats BUNDLE   （一件事 JSON 文件或模板文件夹）\n", "usage: npm run --silent cli -- stats BUNDLE   (bundle JSON file or template folder)\n"));
    return 2;
  }
  let doc: unknown;
  try {
    doc = statSync(file, { throwIfNoEntry: false })?.isDirectory() ? assembleTemplate(file) : readJsonFile(file);
  } catch (err) {
    for (const l of err instanceof CliInputError ? err.lines : [`${file}: ${(err as Error).message}`]) process.stderr.write(`${error()}${l}\n`);
    return 1;
  }
  const r = validateBundle(doc);
  if (!r.ok) {
    for (const p of r.problems) process.stderr.write(`${error()}${file}#${p.pointer}: ${cliText(p.message)}\n`);
    return 1;
  }
  const stats = formStats(r.value.items.map((it) => ({ form: it.form, pages: it.pages })), r.value.form);
  process.stdout.write(JSON.stringify({ bundle: r.value.key, title: r.value.title, ...stats }, null, 2) + "\n");
  return 0;
}
