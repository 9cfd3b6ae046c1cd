// The fillable fields of a form schema as a flat list (data pointer + "section / field" label), for pickers
// such as the workbench's correction notice.
import { toPointer } from "../../../spec/pointer.js";
import type { Json } from "../../../spec/common.js";


/** One leaf field. */
export interface Leaf { pointer: string; label: string }

/** Every non-object field under a schema, depth first, arrays as one field. */
export function formLeaves(schema: Json, path: string[] = [], titles: string[] = []): Leaf[] {
  const out: Leaf[] = [];
  for (const [key, s] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    const title = typeof s.title === "string" ? s.title : key;
    if (s.type === "object" && s.properties) out.push(...formLeaves(s, [...path, key], [...titles, title]));
    else out.push({ pointer: toPointer([...path, key]), label: [...titles, title].join(" / ") });
  }
  return out;
}
