// Whether a part of the smart form has anything to show: a section or a sub-heading whose every field a rule hides
// (removed from the effective schema) or the ui:schema hides is not drawn, navigated to or counted (tryout 10 #16).
import { fieldKindOf } from "../../../spec/fields/registry.js";
import type { Json } from "../../../spec/common.js";

/** Object-valued field kinds drawn as one field (label + error line), not as a group of fields. */
export const COMPOSITE_KINDS = new Set(["address", "dateRange", "signature"]);

/** True when the schema is a group of fields (an object that is not a composite field such as an address). */
export function isGroup(schema: Json): boolean {
  return schema.type === "object" && !COMPOSITE_KINDS.has(fieldKindOf(schema) ?? "");
}

/** Why: an applicant must not walk through a page or a heading with no field under it; true when one field shows. */
export function hasVisibleFields(schema: Json, uiSchema: Json | undefined): boolean {
  if (!isGroup(schema)) return uiSchema?.["ui:widget"] !== "hidden";
  const props = (schema.properties ?? {}) as Record<string, Json>;
  return Object.entries(props).some(([key, s]) => !!s && typeof s === "object" && hasVisibleFields(s, uiSchema?.[key] as Json | undefined));
}
