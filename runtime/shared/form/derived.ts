// Values the applicant does not type: computed fields (x-compute) and 性别 / 出生日期 derived from a valid ID
// number. The renderer fills them on every change with the spec code the server re-runs at submit, and locks
// (read-only) the derived fields while the number beside them carries them.
import { useMemo } from "react";
import { lockedDerivedFields } from "../../../spec/fields/compute.js";
import { normaliseKinds } from "../../../spec/fields/normalise.js";
import type { EffectiveForm } from "../../../spec/form-rules.js";
import { parsePointer } from "../../../spec/pointer.js";
import type { Json } from "../../../spec/common.js";


/** A copy of the schema with the fields at these data pointers marked read-only (table rows are left editable). */
export function lockFields(schema: Json, pointers: string[]): Json {
  const out = structuredClone(schema);
  for (const p of pointers) {
    const segs = parsePointer(p);
    if (segs.some((s) => /^\d+$/.test(s))) continue;
    let node: Json | undefined = out;
    for (const seg of segs) node = (node?.properties as Record<string, Json> | undefined)?.[seg];
    if (node) node.readOnly = true;
  }
  return out;
}

/** React hook: the effective form with its kinds normalised (computed fields read-only, inferred kinds explicit) and
 *  derived fields locked; the same object while the set of locks holds. */
export function useDerivedLocks(given: EffectiveForm, data: Json): EffectiveForm {
  const effective = useMemo(() => ({ ...given, schema: normaliseKinds(given.schema) }), [given]);
  const key = useMemo(() => lockedDerivedFields(effective.schema, data).join("\n"), [effective.schema, data]);
  return useMemo(() => (key ? { ...effective, schema: lockFields(effective.schema, key.split("\n")) } : effective), [effective, key]);
}
