// Splits the effective form schema into sections (top-level object properties), keeping each section's
// schema object identical across renders while its content is unchanged — rjsf and Ajv both cache by object
// identity, so a new object per keystroke would re-render and re-compile everything.
import { useRef } from "react";
import type { Json } from "../../../spec/common.js";
import { hasVisibleFields } from "./visible.js";


/** One section of the smart form: its key in the data ("" when the form is not sectioned), title and schema. */
export interface Section { key: string; title: string; schema: Json; uiSchema: Json }

const EMPTY: Json = {};

/** Sections in display order (ui:order when given), without those whose every field is hidden (an empty page is
 *  neither shown, navigated to nor counted, #16). A form with any non-object top-level field is one section. */
export function splitSections(schema: Json, uiSchema: Json | undefined, fallbackTitle: string): Section[] {
  const props = (schema.properties ?? {}) as Record<string, Json>;
  const keys = Object.keys(props);
  const sectioned = keys.length > 0 && keys.every((k) => props[k]?.type === "object");
  if (!sectioned) return [{ key: "", title: String(schema.title ?? fallbackTitle), schema, uiSchema: uiSchema ?? EMPTY }];
  const order = Array.isArray(uiSchema?.["ui:order"]) ? (uiSchema!["ui:order"] as string[]) : [];
  const ordered = [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k))];
  const shared: Json = {};
  for (const k of ["definitions", "$defs"]) if (schema[k]) shared[k] = schema[k];
  const all = ordered.map((key) => {
    const s = props[key]!;
    return {
      key,
      title: String(s.title ?? key),
      schema: Object.keys(shared).length ? { ...s, ...shared } : s,
      uiSchema: (uiSchema?.[key] as Json | undefined) ?? EMPTY,
    };
  });
  const shown = all.filter((s) => hasVisibleFields(props[s.key]!, s.uiSchema));
  // A form whose every field is hidden still renders one (empty) page with its actions, not nothing.
  return shown.length ? shown : all.slice(0, 1);
}

/** React hook: splitSections with identity kept for every section whose schema and uiSchema did not change. */
export function useStableSections(schema: Json, uiSchema: Json | undefined, fallbackTitle: string): Section[] {
  const cache = useRef(new Map<string, { json: string; section: Section }>());
  const last = useRef<{ schema: Json; uiSchema: Json | undefined; title: string; sections: Section[] } | null>(null);
  if (last.current && last.current.schema === schema && last.current.uiSchema === uiSchema && last.current.title === fallbackTitle) return last.current.sections;
  const sections = splitSections(schema, uiSchema, fallbackTitle).map((s) => {
    const json = JSON.stringify([s.title, s.schema]);
    const hit = cache.current.get(s.key);
    if (hit && hit.json === json && hit.section.uiSchema === s.uiSchema) return hit.section;
    cache.current.set(s.key, { json, section: s });
    return s;
  });
  last.current = { schema, uiSchema, title: fallbackTitle, sections };
  return sections;
}
