// A re-imported .xlsx row over an existing draft: the elements the file carries (its columns and sheets) replace the
// draft's — an empty cell clears an element — and everything the sheets cannot hold stays (the application form, a
// material's accepted file types and size limit, a situation's own materials when the 材料 sheet is absent).
import { SHEETS, type SheetDef } from "../../../spec/catalogue/rows.js";
import type { Covered } from "./read.js";

type Rec = Record<string, unknown>;
const defOf = (child: string) => SHEETS.find((s) => s.child === child);

function mergeObj(old: Rec | undefined, neu: Rec, def: SheetDef, covered: Covered): Rec {
  if (!old) return neu;
  const out: Rec = { ...old };
  for (const col of def.columns) {
    if (col.key.startsWith("$")) continue;
    const top = col.key.split(".")[0]!;
    if (neu[top] === undefined) delete out[top];
    else out[top] = neu[top];
  }
  if (def.child === "situations") {
    for (const sub of ["materials", "charges"]) {
      if (covered.keys.has(sub)) setOrDelete(out, sub, mergeList(old[sub], neu[sub], defOf(sub)!, covered));
      else setOrDelete(out, sub, old[sub]);
    }
  }
  return out;
}

function mergeList(old: unknown, neu: unknown, def: SheetDef, covered: Covered): unknown {
  if (!Array.isArray(neu)) return undefined;
  const before = Array.isArray(old) ? (old as Rec[]) : [];
  return (neu as Rec[]).map((el) => mergeObj(el.id !== undefined ? before.find((o) => o.id === el.id) : undefined, el, def, covered));
}

function setOrDelete(o: Rec, key: string, v: unknown): void {
  if (v === undefined) delete o[key];
  else o[key] = v;
}

/** The draft a re-imported row makes of an existing one (its id stays the existing item's). */
export function mergeDraft(existing: Rec, file: Rec, covered: Covered): Rec {
  const out: Rec = { ...existing };
  for (const key of covered.keys) {
    if (key === "id") continue;
    const def = defOf(key);
    setOrDelete(out, key, def ? mergeList(existing[key], file[key], def, covered) : file[key]);
  }
  out.department = file.department;
  if (covered.supports.size) {
    const supports: Rec = { ...((existing.supports as Rec | undefined) ?? {}) };
    for (const s of covered.supports) setOrDelete(supports, s, (file.supports as Rec | undefined)?.[s]);
    setOrDelete(out, "supports", Object.keys(supports).length ? supports : undefined);
  }
  out.id = existing.id;
  return out;
}

/** JSON with object keys sorted, to tell whether a draft changed whatever order its keys were read in. */
export function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Rec).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x));
}
