// Masking of sensitive personal data (GB/T 35273) in what staff see of a case: a form field stands for a data
// element of the dictionary by its key (idNumber, zjhm, sfzh, yhzh, …) or its title (身份证号, 银行账号, …); the
// elements classed "sensitive" are masked in every case view for anyone but the applicant, and listed so that an
// authorised reader can reveal them one by one with a reason (routes/access.ts, recorded in the access log).
import { elementByKey, elementByLabel, elementSuffix, schemaEvidence } from "../../spec/binding/index.js";
import { ELEMENTS } from "../../spec/dictionary/index.js";
import { toPointer } from "../../spec/pointer.js";
import type { Queryable } from "../db/database.js";
import type { Application } from "../store/applications.js";
import { getPublished } from "../store/bundles.js";

/** A masked field of a case: where it is in the data, its label and the element it stands for. */
export interface MaskedField { pointer: string; label: string; element: string }

const SENSITIVE = ELEMENTS.filter((e) => e.sensitivity === "sensitive");
const SENSITIVE_KEYS = new Set(SENSITIVE.map((e) => e.key));
const BY_KEY = new Map<string, string>();
const BY_LABEL = new Map<string, string>();
for (const e of SENSITIVE) {
  for (const k of [e.key, ...e.keys]) BY_KEY.set(k.toLowerCase(), e.key);
  for (const l of [e.label, ...e.synonyms]) BY_LABEL.set(l.replace(/@[\d.]+$/, ""), e.key);
}

type Schema = Record<string, unknown>;
const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

const sensitive = (key: string | undefined): string | undefined => (key && SENSITIVE_KEYS.has(key) ? key : undefined);

/** The sensitive element a form property stands for (undefined when none) — by the same evidence the merge binds
 *  fields with, since a department's own wording is not the dictionary's: its key, its title (whole, or ending in an
 *  element's name: 成员身份证号, 法定代表人证件号码), and what its schema checks (an ID-number pattern or format, an
 *  18-character length). A family member's ID number in a table is as sensitive as the applicant's (tryout 10 #21). */
export function sensitiveElementOf(key: string, schema: Schema): string | undefined {
  const title = typeof schema.title === "string" ? schema.title.trim() : "";
  return BY_KEY.get(key.toLowerCase()) ?? (title ? BY_LABEL.get(title) : undefined)
    ?? (title ? sensitive(elementByLabel(title)?.key) ?? sensitive(elementSuffix(title)?.key) : sensitive(elementByKey(key)?.key))
    ?? (schema.type === "string" ? sensitive(schemaEvidence(schema)?.key) : undefined);
}

/** A masked rendering of a value: first 3 and last 4 characters of long text, files replaced, numbers hidden. */
export function maskValue(v: unknown): unknown {
  if (typeof v === "string") {
    if (v.startsWith("data:")) return `data:text/plain;name=${encodeURIComponent("已隐藏")};base64,`;
    const chars = [...v];
    if (chars.length >= 8) return chars.slice(0, 3).join("") + "*".repeat(chars.length - 7) + chars.slice(-4).join("");
    return chars.length > 1 ? chars[0] + "*".repeat(chars.length - 1) : "*";
  }
  return null;
}

/** The data with every sensitive value masked, and the list of what was masked. */
export function maskData(schema: object, data: Record<string, unknown>): { data: Record<string, unknown>; masked: MaskedField[] } {
  const masked: MaskedField[] = [];
  const walk = (s: unknown, v: unknown, path: string[], labels: string[]): unknown => {
    if (!isObj(s)) return v;
    if (Array.isArray(v)) return isObj(s.items) ? v.map((x, i) => walk(s.items, x, [...path, String(i)], [...labels, `第 ${i + 1} 行`])) : v;
    if (!isObj(v)) return v;
    const props = isObj(s.properties) ? s.properties : {};
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const ps = props[k];
      const element = isObj(ps) ? sensitiveElementOf(k, ps) : undefined;
      const label = [...labels, isObj(ps) && typeof ps.title === "string" ? ps.title : k].join(" / ");
      if (element && x !== undefined && x !== null && x !== "") {
        out[k] = maskValue(x);
        masked.push({ pointer: toPointer([...path, k]), label, element });
      } else out[k] = walk(ps, x, [...path, k], [...labels, isObj(ps) && typeof ps.title === "string" ? ps.title : k]);
    }
    return out;
  };
  return { data: walk(schema, data, [], []) as Record<string, unknown>, masked };
}

/** The data of a case as staff see it: masked by the form of the version it was filled on. */
export async function maskedCaseData(q: Queryable, a: Pick<Application, "bundleKey" | "version" | "data">): Promise<{ data: Record<string, unknown>; masked: MaskedField[] }> {
  const published = await getPublished(q, a.bundleKey, a.version);
  return published ? maskData(published.spec.form.schema, a.data) : { data: a.data, masked: [] };
}
