// Evaluation sets of the merge (bench/merge-eval/<set>/): the forms of one one-thing as departments word them
// (forms/<item>.json, plain JSON Schema) and a truth file written before any tuning. Refs in the truth file are
// "item#a.b.c" (nested sections) with "x[]" for a table's rows; this file turns them into schema pointers and
// refuses a truth file that names a field no form has or that calls one pair both certain and never.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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

/** What loadEvalSets read: the sets, and how many folders it left unread (held out while tuning, or unfinished). */
export interface LoadedSets { sets: EvalSet[]; hidden: number; unfinished: string[] }

/** "item#a.b[].c" → "item#/properties/a/properties/b/items/properties/c". */
export function refToKey(ref: string): string {
  const [item, path] = ref.split("#") as [string, string];
  const pointer = path.split(".").map((seg) => (seg.endsWith("[]") ? `/properties/${seg.slice(0, -2)}/items` : `/properties/${seg}`)).join("");
  return `${item}#${pointer}`;
}

/** Every pair of two fields a list of groups names, as "a|b" keys of refs (a < b). */
export function groupPairs(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) {
    const [a, b] = [refToKey(g[i]!), refToKey(g[j]!)];
    if (a !== b) out.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  }
  return out;
}

/** Refuses a truth file that contradicts itself: a pair both certainly the same datum and never to merge. */
export function checkTruth(name: string, truth: Truth): void {
  const never = new Set<string>();
  for (const [a, b] of truth.never) { const [x, y] = [refToKey(a!), refToKey(b!)]; never.add(x < y ? `${x}|${y}` : `${y}|${x}`); }
  const both = [...groupPairs(truth.same)].filter((p) => never.has(p));
  if (both.length) throw new Error(`${name}/truth.json: ${both.length} pair(s) are both "same" and "never": ${both.slice(0, 3).join(", ")}`);
  const bad = truth.never.findIndex((p) => !Array.isArray(p) || p.length !== 2);
  if (bad >= 0) throw new Error(`${name}/truth.json: never[${bad}] must be a pair of two refs`);
}

/** Reads a JSON file of a set, naming the file when it is not JSON. */
function readJson<T>(file: string, name: string): T {
  try { return JSON.parse(readFileSync(file, "utf8")) as T; } catch (e) { throw new Error(`${name}: ${file.split(/[\\/]/).slice(-2).join("/")} is not JSON (${(e as Error).message})`); }
}

/** Loads every set under `root` (each a folder with forms/ and truth.json); throws on a truth ref that names no
 *  field or a contradicting truth file. With `tuning`, a held-out set is neither read nor checked beyond its
 *  heldOut flag (its forms and refs are never opened), and a folder without a truth file yet is left out. */
export function loadEvalSets(root: string, opts: { tuning?: boolean } = {}): LoadedSets {
  const sets: EvalSet[] = [];
  const unfinished: string[] = [];
  let hidden = 0;
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!statSync(dir).isDirectory()) continue;
    const truthFile = join(dir, "truth.json");
    if (!existsSync(truthFile) || !existsSync(join(dir, "forms"))) { unfinished.push(name); continue; }
    const truth = readJson<Truth>(truthFile, name);
    if (opts.tuning && truth.heldOut !== false) { hidden++; continue; }
    checkTruth(name, truth);
    const formsDir = join(dir, "forms");
    const sources: MergeSource[] = readdirSync(formsDir).filter((f) => f.endsWith(".json")).sort().map((f, order) => {
      const schema = readJson<{ title?: string }>(join(formsDir, f), name);
      return { id: f.replace(/\.json$/, ""), title: schema.title, form: { schema }, order, audience: truth.audience };
    });
    const leaves = new Set(sources.flatMap((s) => inspectForm(s.form.schema).leaves.map((l) => `${s.id}#${l.pointer}`)));
    for (const ref of [...truth.same, ...truth.maybe, ...truth.never].flat()) {
      if (!leaves.has(refToKey(ref))) throw new Error(`${name}/truth.json: "${ref}" names no field of the forms`);
    }
    sets.push({ name, dir, truth, sources });
  }
  return { sets, hidden, unfinished };
}
