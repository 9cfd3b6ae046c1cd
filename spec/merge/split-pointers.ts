// Where a field of the merged form's data lands in each item's own form data. splitData moves values; a reader of
// an item's data also needs to know which of its values stand for a given merged field — a sensitive one masked in
// the case view, say, so the item view masks and lists it too and a reveal can name the case's field. The mapping is
// splitData's own: every given field is marked in a copy of the data, the copy is split, and the marks are found.
import type { SmartForm } from "../bundle.js";
import type { Json } from "../common.js";
import { getAtPointer, setAtPointer, toPointer } from "../pointer.js";
import { splitData } from "./split.js";

/** One merged field's place in an item's own data. */
export interface ItemPlace { pointer: string; casePointer: string }

const MARK = "\u0000yijian-mark:";

/** Where each of the given data pointers of the merged data (ones that hold a value) lands in each item's data. */
export function itemPlaces(form: Pick<SmartForm, "provenance">, data: Json, casePointers: readonly string[]): Record<string, ItemPlace[]> {
  const marked = structuredClone(data);
  const marks = new Map<string, string>();
  casePointers.forEach((p, i) => {
    if (p === "" || getAtPointer(marked, p) === undefined) return;
    const mark = `${MARK}${i}`;
    setAtPointer(marked, p, mark);
    marks.set(mark, p);
  });
  const out: Record<string, ItemPlace[]> = {};
  if (!marks.size) return out;
  for (const [item, payload] of Object.entries(splitData(form, marked))) {
    const places: ItemPlace[] = [];
    const walk = (v: unknown, path: Array<string | number>): void => {
      if (typeof v === "string" && marks.has(v)) places.push({ pointer: toPointer(path), casePointer: marks.get(v)! });
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    };
    walk(payload, []);
    if (places.length) out[item] = places;
  }
  return out;
}
