// Scoring a merge against a set's truth, by pairs of source fields: a merged field with k sources makes k·(k−1)/2
// pairs. A pair is right when the truth lists it as certain or maybe; every other pair (an explicit never pair, or
// a pair the truth does not list) is wrong. Recall counts only the certain pairs.
import { mergeForms, type MergeResult } from "../../spec/merge/index.js";
import { refToKey, type EvalSet } from "./load.js";

/** Pair sets of a truth file, as "a|b" keys (a < b). */
export interface TruthPairs { same: Set<string>; maybe: Set<string>; never: Set<string> }

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function pairsOfGroups(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const keys = g.map(refToKey);
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) {
      if (keys[i]!.split("#")[0] !== keys[j]!.split("#")[0]) out.add(pairKey(keys[i]!, keys[j]!));
    }
  }
  return out;
}

/** The truth's pairs (certain pairs also count as maybe-or-better). */
export function truthPairs(set: EvalSet): TruthPairs {
  return { same: pairsOfGroups(set.truth.same), maybe: pairsOfGroups(set.truth.maybe), never: pairsOfGroups(set.truth.never) };
}

/** Every pair of source fields a merge put into one merged field. */
export function mergedPairs(result: Pick<MergeResult, "form">): Set<string> {
  const out = new Set<string>();
  for (const refs of Object.values(result.form.provenance)) {
    const keys = refs.map((r) => `${r.item}#${r.pointer}`);
    for (let i = 0; i < keys.length; i++) for (let j = i + 1; j < keys.length; j++) out.add(pairKey(keys[i]!, keys[j]!));
  }
  return out;
}

/** Precision / recall figures of one predicted pair set. */
export interface PairScore { merged: number; right: number; wrong: number; neverViolated: number; found: number; certain: number; precision: number; recall: number; wrongPairs: string[]; missed: string[] }

/** Scores predicted pairs against the truth. */
export function scorePairs(pred: Set<string>, truth: TruthPairs): PairScore {
  let right = 0, neverViolated = 0, found = 0;
  const wrongPairs: string[] = [], missed: string[] = [];
  for (const p of pred) {
    if (truth.same.has(p) || truth.maybe.has(p)) right++;
    else { wrongPairs.push(p); if (truth.never.has(p)) neverViolated++; }
  }
  for (const p of truth.same) if (pred.has(p)) found++; else missed.push(p);
  const merged = pred.size;
  return {
    merged, right, wrong: merged - right, neverViolated, found, certain: truth.same.size,
    precision: merged ? right / merged : 1, recall: truth.same.size ? found / truth.same.size : 1, wrongPairs, missed,
  };
}

/** Everything the benchmark prints for one set. */
export interface SetScore {
  name: string; title: string; heldOut: boolean; forms: number;
  fieldsBefore: number; fieldsAuto: number; fieldsAll: number;
  auto: PairScore; all: PairScore;
  suggestions: number; suggestionsRight: number; wrongSuggestions: string[];
}

/** Merges a set automatically, then with every suggestion, and judges each suggestion on its own. */
export function scoreSet(set: EvalSet): SetScore {
  const truth = truthPairs(set);
  const auto = mergeForms(set.sources);
  const all = mergeForms(set.sources, { applySuggestions: true });
  const base = mergedPairs(auto);
  let right = 0, shown = 0;
  const wrongSuggestions: string[] = [];
  for (const s of auto.suggestions) {
    const added = [...mergedPairs(mergeForms(set.sources, { decisions: { [s.id]: "accept" } }))].filter((p) => !base.has(p));
    if (!added.length) continue;
    shown++;
    if (added.every((p) => truth.same.has(p) || truth.maybe.has(p))) right++;
    else wrongSuggestions.push(`${s.id}: ${s.message.zh}`);
  }
  return {
    name: set.name, title: set.truth.title, heldOut: set.truth.heldOut, forms: set.sources.length,
    fieldsBefore: auto.stats.fieldsBefore, fieldsAuto: auto.stats.fieldsAfter, fieldsAll: all.stats.fieldsAfter,
    auto: scorePairs(base, truth), all: scorePairs(mergedPairs(all), truth),
    suggestions: shown, suggestionsRight: right, wrongSuggestions,
  };
}
