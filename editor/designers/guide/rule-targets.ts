// What a field rule can be put on (tryout 10 #10): every section (an object of fields: "代办人") and every field of the
// smart form, in the form's order, each named by its path of titles — a section's rule shows or requires all of it.
import type { Json } from "../../../spec/common.js";
import { escapePointer } from "../../../spec/pointer.js";

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** A form property a rule can name: its schema pointer and whether it is a section. */
export interface RuleTarget { pointer: string; section: boolean }

/** Sections and fields of the form's schema in order (a section before its fields), then merged fields the walk did not
 *  reach (a table's columns, which the merge records in the provenance). */
export function ruleTargets(form: Json): RuleTarget[] {
  const out: RuleTarget[] = [];
  const walk = (schema: Json, pointer: string) => {
    for (const [key, raw] of Object.entries(obj(schema.properties))) {
      const p = `${pointer}/properties/${escapePointer(key)}`;
      const s = obj(raw);
      const section = s.type === "object" && Object.keys(obj(s.properties)).length > 0;
      out.push({ pointer: p, section });
      if (section) walk(s, p);
    }
  };
  walk(obj(form.schema), "");
  const seen = new Set(out.map((x) => x.pointer));
  for (const p of Object.keys(obj(form.provenance))) if (!seen.has(p)) out.push({ pointer: p, section: false });
  return out;
}
