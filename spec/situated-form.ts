// The smart form as the guide situates it: a field only the items that do not apply ask for is not asked.
// The merge records which items every field comes from (form.provenance) and the guide says when each item
// applies (guide.applicability); this joins the two into field rules (visibleIf), so the one function that applies
// rules (effectiveForm) hides such a field — and a section all of whose fields are hidden — in the browser, on the
// server and in the consistency check alike. A field shared with an item that applies stays; a field no item
// provided (added by the designer) stays; a designer's own rule on the field still holds (both must allow it).
import type { FieldRule, Guide, SmartForm } from "./bundle.js";
import type { Condition } from "./conditions.js";
import type { Json } from "./common.js";
import { escapePointer } from "./pointer.js";

/** What situating a form reads: the items (their ids), when each applies, and the form with its provenance. */
type Situation = { items: ReadonlyArray<{ id: string }>; guide: Pick<Guide, "applicability"> };
type Situating = Situation & { form: Pick<SmartForm, "schema" | "rules" | "provenance"> };

const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});

/** One condition true when any of the given is (undefined = always; duplicates listed once). */
function anyOf(conditions: Array<Condition | undefined>): Condition | undefined {
  if (!conditions.length || conditions.some((c) => c === undefined)) return undefined;
  const unique = [...new Map(conditions.map((c) => [JSON.stringify(c), c!])).values()];
  return unique.length === 1 ? unique[0] : { or: unique };
}

/** Both conditions (either may be absent). */
function allOf(a: Condition | undefined, b: Condition): Condition {
  return a === undefined ? b : { and: [a, b] };
}

/**
 * When each property of the form applies, by schema pointer: a property an item provided applies when any of its
 * items does; a section applies when any of its properties does, and a table (an array of rows) when any of its
 * columns does — the merge records a table's provenance on its columns (tryout #12). Absent = always (no item decides it).
 */
export function applicabilityOfFields(bundle: Situating): Record<string, Condition> {
  const known = new Set(bundle.items.map((it) => it.id));
  const when = bundle.guide.applicability;
  const out: Record<string, Condition> = {};
  // post-order: a section's condition comes from its properties'; a property is recorded only where it differs from its section's
  const walk = (schema: Json, pointer: string): Condition | undefined => {
    const refs = (bundle.form.provenance[pointer] ?? []).filter((r) => known.has(r.item));
    if (refs.length) return anyOf(refs.map((r) => when[r.item]));
    // a table follows its row's columns; the row itself has no rule of its own (rules name properties)
    if (schema.type === "array") return walk(obj(schema.items), `${pointer}/items`);
    const props = Object.entries(obj(schema.properties));
    if (schema.type !== "object" || !props.length) return undefined;
    const children = props.map(([k, s]) => {
      const p = `${pointer}/properties/${escapePointer(k)}`;
      return { p, cond: walk(obj(s), p) };
    });
    const cond = anyOf(children.map((c) => c.cond));
    const own = JSON.stringify(cond);
    for (const c of children) if (c.cond !== undefined && JSON.stringify(c.cond) !== own) out[c.p] = c.cond;
    return cond;
  };
  const root = walk(obj(bundle.form.schema), "");
  // the whole form follows one condition: every top-level property is recorded (the form itself cannot be hidden)
  if (root !== undefined) for (const k of Object.keys(obj(obj(bundle.form.schema).properties))) out[`/properties/${escapePointer(k)}`] ??= root;
  return out;
}

const cache = new WeakMap<object, { items: unknown; guide: unknown; form: SmartForm }>();

/** The form with every field's applicability added to its rules (cached per form: the same object while the bundle is unchanged). */
export function situatedForm<F extends Pick<SmartForm, "schema" | "rules" | "provenance">>(bundle: Situation & { form: F }): F {
  const hit = cache.get(bundle.form);
  if (hit && hit.items === bundle.items && hit.guide === bundle.guide) return hit.form as unknown as F;
  const rules: Record<string, FieldRule> = { ...bundle.form.rules };
  for (const [pointer, cond] of Object.entries(applicabilityOfFields(bundle))) {
    rules[pointer] = { ...rules[pointer], visibleIf: allOf(rules[pointer]?.visibleIf, cond) };
  }
  const form = { ...bundle.form, rules };
  cache.set(bundle.form, { items: bundle.items, guide: bundle.guide, form: form as unknown as SmartForm });
  return form;
}
