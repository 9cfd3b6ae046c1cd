// Evaluation sets of the merge (bench/merge-eval/<set>/): the forms of one one-thing as departments word them
// (forms/<item>.json, plain JSON Schema) and a truth file written before any tuning. Refs in the truth file are
// "item#a.b.c" (nested sections) with "x[]" for a table's rows; this file turns them into schema pointers and
// refuses a truth file that names a field no form has.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { inspectForm } from "../../spec/binding/inspect.js";
import type { MergeSource } from "../../spec/merge/index.js";

/** The truth of one set: groups of fields that certainly / maybe ask for the same datum, pairs that never do. */
export interface Truth {
  title: string;
  heldOut: boolean;
  audience: "person" | "enterprise";
  note?: string;
  same: string[][];
  maybe: string[][];
  never: string[][];
}

/** One evaluation set, ready to merge and score. */
export interface EvalSet { name: string; dir: string; truth: Truth; sources: MergeSource[] }

/** "item#a.b[].c" → "item#/properties/a/properties/b/items/properties/c". */
export function refToKey(ref: string): string {
  const [item, path] = ref.split("#") as [string, string];
  const pointer = path.split(".").map((seg) => (seg.endsWith("[]") ? `/properties/${seg.slice(0, -2)}/items` : `/properties/${seg}`)).join("");
  return `${item}#${pointer}`;
}

/** Loads every set under `root` (each a folder with forms/ and truth.json); throws on a truth ref that names no field. */
export function loadEvalSets(root: string): EvalSet[] {
  const out: EvalSet[] = [];
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!statSync(dir).isDirectory()) continue;
    const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as Truth;
    const formsDir = join(dir, "forms");
    const sources: MergeSource[] = readdirSync(formsDir).filter((f) => f.endsWith(".json")).sort().map((f, order) => {
      const schema = JSON.parse(readFileSync(join(formsDir, f), "utf8")) as { title?: string };
      return { id: f.replace(/\.json$/, ""), title: schema.title, form: { schema }, order, audience: truth.audience };
    });
    const leaves = new Set(sources.flatMap((s) => inspectForm(s.form.schema).leaves.map((l) => `${s.id}#${l.pointer}`)));
    for (const ref of [...truth.same, ...truth.maybe, ...truth.never].flat()) {
      if (!leaves.has(refToKey(ref))) throw new Error(`${name}/truth.json: "${ref}" names no field of the forms`);
    }
    out.push({ name, dir, truth, sources });
  }
  return out;
}
