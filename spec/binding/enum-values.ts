// Two departments word one choice list differently: 男 / 女 and 男性 / 女性 (or 男士 / 女士), 农业 / 非农业 and
// 农业户口 / 非农业户口, 離婚 and 离婚. Values correspond when they are the same after normalising the wording
// (全角/半角, 繁體, spaces), or when they share a stem and every differing pair words the ending the same way
// (男→男性 and 女→女性 both add 性; 男性→男士 and 女性→女士 both turn 性 into 士 — a changed ending must hold for
// two pairs at least). A bracketed note is part of the value (有限责任公司（法人独资） is not 有限责任公司（自然人独资）):
// an ending with a bracket never matches. A value that would match two others, or two endings that match as many
// values differently, do not correspond. The merge keeps one list and, per source, which of its own values each
// merged value stands for (provenance), so the split gives every department its own wording back.
import { normalizeWording } from "./normalize.js";

/** The longest ending one wording may add or change (男 → 男性, 农业 → 农业户口, 在职 → 在职人员). */
const MAX_ENDING = 4;

const core = (v: string): string => normalizeWording(v);

/** "ours-ending|theirs-ending" of a pair sharing a stem ("男", "男性" → "|性"), or undefined. */
function endings(o: string, t: string): string | undefined {
  let i = 0;
  while (i < o.length && i < t.length && o[i] === t[i]) i++;
  const x = o.slice(i), y = t.slice(i);
  if (!i || x === y || x.length > MAX_ENDING || y.length > MAX_ENDING || /[（）]/.test(x + y)) return undefined;
  return `${x}|${y}`;
}

/** Our values matched to theirs: equal cores, or the ending rule `rule`; undefined when a value has two partners. */
function matchWith(ours: string[], theirs: string[], rule: string | undefined): Map<string, string> | undefined {
  const out = new Map<string, string>(), taken = new Set<string>();
  let changed = 0;
  for (const o of ours) {
    const partners = theirs.filter((t) => core(o) === core(t) || (rule !== undefined && endings(core(o), core(t)) === rule));
    if (partners.length > 1) return undefined;
    const t = partners[0];
    if (t === undefined) continue;
    if (taken.has(t)) return undefined;
    taken.add(t);
    out.set(o, t);
    if (core(o) !== core(t)) changed++;
  }
  // An ending changed (性 → 士) must hold for two pairs; an ending added (男 → 男性) may hold for one.
  return rule && !rule.startsWith("|") && !rule.endsWith("|") && changed < 2 ? undefined : out;
}

/** For each of our choice values that one of theirs words differently or alike, that value of theirs (see the file
 *  comment); values without a counterpart are left out, so the map's keys are the choices both lists accept.
 *  Only string values are matched by wording; any other value matches only itself. */
export function matchEnumValues(ours: readonly unknown[], theirs: readonly unknown[]): Map<unknown, unknown> {
  const os = ours.filter((v): v is string => typeof v === "string"), ts = theirs.filter((v): v is string => typeof v === "string");
  const rules = new Set<string>();
  for (const o of os) for (const t of ts) { const r = endings(core(o), core(t)); if (r) rules.add(r); }
  const equal = matchWith(os, ts, undefined) ?? new Map(os.filter((o) => ts.includes(o)).map((o) => [o, o]));
  const candidates = [equal, ...[...rules].sort().map((r) => matchWith(os, ts, r))].filter((m): m is Map<string, string> => m !== undefined);
  const size = Math.max(...candidates.map((m) => m.size));
  const widest = candidates.filter((m) => m.size === size);
  // Two endings matching as many values differently: neither is trusted, only equal wording counts.
  const agree = widest.every((m) => [...m].every(([k, v]) => widest[0]!.get(k) === v));
  const out = new Map<unknown, unknown>(agree ? widest[0]! : equal);
  const exact = new Set(theirs.filter((v) => typeof v !== "string").map((v) => JSON.stringify(v)));
  for (const v of ours) if (typeof v !== "string" && exact.has(JSON.stringify(v))) out.set(v, v);
  return out;
}
