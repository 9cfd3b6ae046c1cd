// Merge quality on forms nobody here tuned the dictionary for (bench/merge-eval/): precision and recall of the
// automatic merges and of automatic merges plus every suggestion, per set and overall, fields before → after, and
// how many of the suggestions shown are right. Sets marked heldOut are reported apart; while tuning, run
// `npm run bench -- merge-quality --tuning` (or MERGE_EVAL_TUNING=1): held-out sets are then neither merged nor
// printed (their figures are looked at only once, at the end; see merge-eval/README.md).
// MERGE_EVAL_DETAIL=1 also lists the wrong and missed pairs of the tuning sets.
import { fileURLToPath } from "node:url";
import { loadEvalSets } from "./merge-eval/load.js";
import { scoreSet, type PairScore, type SetScore } from "./merge-eval/score.js";

const f2 = (x: number) => x.toFixed(2);
const sum = (rows: SetScore[], pick: (r: SetScore) => number) => rows.reduce((n, r) => n + pick(r), 0);

function pooled(rows: SetScore[], pick: (r: SetScore) => PairScore): { p: number; r: number; never: number } {
  const merged = sum(rows, (r) => pick(r).merged), right = sum(rows, (r) => pick(r).right);
  const found = sum(rows, (r) => pick(r).found), certain = sum(rows, (r) => pick(r).certain);
  return { p: merged ? right / merged : 1, r: certain ? found / certain : 1, never: sum(rows, (r) => pick(r).neverViolated) };
}

function row(name: string, forms: number, before: number, auto: number, all: number, a: { p: number; r: number; never: number }, b: { p: number; r: number; never: number }, sRight: number, sShown: number): string {
  const shrink = (x: number) => `${Math.round((1 - x / before) * 100)}%`;
  return `| ${name} | ${forms} | ${before} → ${auto} (−${shrink(auto)}) → ${all} (−${shrink(all)}) | ${f2(a.p)} | ${f2(a.r)} | ${f2(b.p)} | ${f2(b.r)} | ${sRight}/${sShown} | ${a.never}/${b.never} |`;
}

function table(title: string, rows: SetScore[]): void {
  process.stdout.write(`\n### ${title}\n\n| set | forms | fields before → auto → with suggestions | auto P | auto R | +sugg P | +sugg R | suggestions right | never-pairs merged (auto/+sugg) |\n|---|---|---|---|---|---|---|---|---|\n`);
  for (const r of rows) {
    process.stdout.write(row(`${r.title} (${r.name})`, r.forms, r.fieldsBefore, r.fieldsAuto, r.fieldsAll,
      { p: r.auto.precision, r: r.auto.recall, never: r.auto.neverViolated }, { p: r.all.precision, r: r.all.recall, never: r.all.neverViolated }, r.suggestionsRight, r.suggestions) + "\n");
  }
  process.stdout.write(row("**overall**", sum(rows, (r) => r.forms), sum(rows, (r) => r.fieldsBefore), sum(rows, (r) => r.fieldsAuto), sum(rows, (r) => r.fieldsAll),
    pooled(rows, (r) => r.auto), pooled(rows, (r) => r.all), sum(rows, (r) => r.suggestionsRight), sum(rows, (r) => r.suggestions)) + "\n");
}

/** Runs the evaluation (see the file comment). */
export async function run(): Promise<void> {
  const tuningOnly = process.argv.includes("--tuning") || Boolean(process.env.MERGE_EVAL_TUNING);
  // While tuning, held-out folders are not even read (beyond their heldOut flag): nothing of them can be printed.
  const { sets, hidden, unfinished } = loadEvalSets(fileURLToPath(new URL("./merge-eval/", import.meta.url)), { tuning: tuningOnly });
  const scores = sets.map(scoreSet);
  const tuning = scores.filter((s) => !s.heldOut), heldOut = scores.filter((s) => s.heldOut);
  if (tuningOnly) process.stdout.write(`Tuning run: only the ${tuning.length} tuning sets are merged and shown; the ${hidden} held-out sets are hidden.\n`);
  if (unfinished.length) process.stdout.write(`${unfinished.length} folder(s) without forms/ and truth.json yet are left out.\n`);
  process.stdout.write("Pairs of source fields put into one merged field. P = right / merged (certain or maybe in the truth file; any other pair is wrong), R = certain pairs found / certain pairs. Pooled over sets.\n");
  table(`tuning sets (${tuning.length})`, tuning);
  if (process.env.MERGE_EVAL_DETAIL) {
    for (const s of tuning) {
      process.stdout.write(`\n#### ${s.name}\n`);
      for (const p of s.auto.wrongPairs) process.stdout.write(`  auto wrong: ${p}\n`);
      for (const p of s.all.wrongPairs) if (!s.auto.wrongPairs.includes(p)) process.stdout.write(`  +sugg wrong: ${p}\n`);
      for (const p of s.all.missed) process.stdout.write(`  missed: ${p}\n`);
      for (const p of s.auto.missed) if (!s.all.missed.includes(p)) process.stdout.write(`  only by suggestion: ${p}\n`);
      for (const w of s.wrongSuggestions) process.stdout.write(`  wrong suggestion: ${w}\n`);
    }
  }
  if (tuningOnly) {
    process.stdout.write(`\n(${hidden} held-out sets hidden while tuning)\n`);
    return;
  }
  table(`held-out sets (${heldOut.length}), not looked at while tuning`, heldOut);
  table(`all sets (${scores.length})`, scores);
}
