// Label matching against the dictionary: normalised labels → element or role, with the weight of the
// synonym that matched. Exact matches only (after normalisation), longest role prefix, longest element
// suffix — never fuzzy similarity, because a wrong binding merges one person's data into another's record.
import { ELEMENTS } from "../dictionary/elements.js";
import { ROLES } from "../dictionary/roles.js";
import { normalizeWording } from "./normalize.js";

/** A dictionary hit: the key, the synonym's weight and the text that matched. */
export interface Hit { key: string; weight: number; via: string }

/** Normalises a printed label (spaces, marks, colons, brackets, full-width, 繁體): see normalize.ts. */
export function normalizeLabel(label: string): string {
  return normalizeWording(label);
}

/** The label without parenthesised notes: "住所（省/市/县）" → "住所". */
export function stripNotes(label: string): string {
  return label.replace(/（[^（）]*）/g, "");
}

function parseSynonym(s: string): { text: string; weight: number } {
  const m = /^(.*)@(0(?:\.\d+)?|1)$/.exec(s);
  return m ? { text: normalizeLabel(m[1]!), weight: Number(m[2]) } : { text: normalizeLabel(s), weight: 0.95 };
}

function buildTable(entries: ReadonlyArray<{ key: string; label: string; synonyms: string[] }>): Map<string, Hit> {
  const table = new Map<string, Hit>();
  const add = (text: string, hit: Hit) => {
    const prev = table.get(text);
    if (!prev || prev.weight < hit.weight) table.set(text, hit);
  };
  for (const e of entries) {
    add(normalizeLabel(e.label), { key: e.key, weight: 1, via: e.label });
    add(stripNotes(normalizeLabel(e.label)), { key: e.key, weight: 1, via: e.label });
    for (const s of e.synonyms) {
      const { text, weight } = parseSynonym(s);
      add(text, { key: e.key, weight, via: s.replace(/@[\d.]+$/, "") });
    }
  }
  return table;
}

const ELEMENT_TABLE = buildTable(ELEMENTS);
const ROLE_TABLE = buildTable(ROLES);
/** Texts indexed by their first (roles) or last (elements) character, longest first, so a lookup scans a few. */
function indexBy(texts: string[], at: (t: string) => string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const t of [...texts].sort((a, b) => b.length - a.length)) if (t) (m.get(at(t)) ?? m.set(at(t), []).get(at(t))!).push(t);
  return m;
}
const ROLE_BY_FIRST = indexBy([...ROLE_TABLE.keys()], (t) => t[0]!);
// Only firm synonyms end a longer label: an ambiguous word (日期@0.8, 地址@0.7) after unknown words says nothing
// ("参加工作日期" is not a 签署日期, "场所地址" not a 住所).
const ELEMENT_BY_LAST = indexBy([...ELEMENT_TABLE.keys()].filter((t) => ELEMENT_TABLE.get(t)!.weight >= 0.9), (t) => t[t.length - 1]!);
const KEY_TABLE = new Map<string, Hit>();
const ROLE_KEY_TABLE = new Map<string, Hit>();
for (const e of ELEMENTS) for (const k of [e.key, ...e.keys]) KEY_TABLE.set(k.toLowerCase(), { key: e.key, weight: 0.75, via: k });
for (const r of ROLES) for (const k of [r.key, ...r.keys]) ROLE_KEY_TABLE.set(k.toLowerCase(), { key: r.key, weight: 0.8, via: k });

/** Memoises a pure lookup by label: real forms repeat the same few hundred labels (姓名, 证件号码 …) everywhere. */
function memo<T>(fn: (label: string) => T): (label: string) => T {
  const cache = new Map<string, T>();
  return (label) => {
    if (cache.has(label)) return cache.get(label) as T;
    const v = fn(label);
    if (cache.size > 20_000) cache.clear();
    cache.set(label, v);
    return v;
  };
}

/** Exact element match of a whole label (with or without its notes). */
export const elementByLabel = memo(function elementByLabel(label: string): Hit | undefined {
  const n = normalizeLabel(label);
  return ELEMENT_TABLE.get(n) ?? ELEMENT_TABLE.get(stripNotes(n));
});

/** Exact role match of a section title, also without a trailing 信息 / 情况 / 栏. */
export const roleByTitle = memo(function roleByTitle(title: string): Hit | undefined {
  const n = normalizeLabel(title);
  for (const t of [n, stripNotes(n)]) {
    const hit = ROLE_TABLE.get(t) ?? ROLE_TABLE.get(t.replace(/(信息|情况|栏|页)$/, ""));
    if (hit) return hit;
  }
  return undefined;
});

/** Longest role name a label starts with, e.g. "法定代表人身份证件号码" → legalRep + rest "身份证件号码". */
export const rolePrefix = memo(function rolePrefix(label: string): { hit: Hit; rest: string } | undefined {
  const n = stripNotes(normalizeLabel(label));
  for (const t of ROLE_BY_FIRST.get(n[0] ?? "") ?? []) {
    if (n.startsWith(t)) return { hit: ROLE_TABLE.get(t)!, rest: n.slice(t.length).replace(/^(的|之)/, "") };
  }
  return undefined;
});

/** Longest element name a label ends with (weaker evidence: the words before it are unknown). */
export const elementSuffix = memo(function elementSuffix(label: string): Hit | undefined {
  const n = stripNotes(normalizeLabel(label));
  for (const t of ELEMENT_BY_LAST.get(n[n.length - 1] ?? "") ?? []) if (t.length >= 2 && n.endsWith(t) && n !== t) return ELEMENT_TABLE.get(t);
  return undefined;
});

/** Element from a property key (pinyin initials or English), used when a field has no title. */
export function elementByKey(key: string): Hit | undefined {
  return KEY_TABLE.get(key.toLowerCase());
}

/** Role from a section key (pinyin initials or English), used when a section has no title. */
export function roleByKey(key: string): Hit | undefined {
  return ROLE_KEY_TABLE.get(key.toLowerCase());
}
