// Sibling fields a kind reads or fills (证件类型, 性别, 出生日期 beside 证件号码): named by the designer in
// `x-options`, else found by title through the data dictionary's label and synonyms, so merged forms whose
// keys are pinyin initials (xb, csrq) work without configuration.
import { ELEMENT_BY_KEY } from "../dictionary/elements.js";
import type { Json } from "./types.js";

/** Every title a dictionary element goes by (label and synonyms). */
export function elementTitles(element: string): Set<string> {
  const el = ELEMENT_BY_KEY.get(element);
  return new Set(el ? [el.label, ...el.synonyms.map((s) => s.split("@")[0]!)] : []);
}

/** The key of the sibling standing for a dictionary element: explicit option, else the first title match. */
export function siblingKey(parentSchema: Json | undefined, self: string | undefined, element: string, explicit: unknown): string | undefined {
  const props = (parentSchema?.properties ?? {}) as Record<string, Json>;
  if (typeof explicit === "string") return !parentSchema || explicit in props ? explicit : undefined;
  const wanted = elementTitles(element);
  for (const [k, s] of Object.entries(props)) if (k !== self && typeof s.title === "string" && wanted.has(s.title)) return k;
  return undefined;
}
