// The smart form as the guide situates it: a field only the items that do not apply ask for is not asked.
// The merge records which items every field comes from (form.provenance) and the guide says when each item
// applies (guide.applicability); this joins the two into field rules (visibleIf), so the one function that applies
// rules (effectiveForm) hides such a field — and a section all of whose fields are hidden — in the browser, on the
// server and in the consistency check alike. A field shared with an item that applies stays; a field no item
// provided (added by the designer) stays; a designer's own rule on the field still holds (both must allow it).
import type { FieldRule, Guide, SmartForm } from "./bundle.js";
import type { Condition } from "./conditions.js";
import type { Json } from "./common.js";
import { locateProperty } from "./form-rules.js";
import { escapePointer } from "./pointer.js";

/** What situating a form reads: the items (their ids, and their own forms where they have one), when each applies,
 *  and the form with its provenance. */
type Situation = { items: ReadonlyArray<{ id: string; form?: { schema: unknown } }>; guide: Pick<Guide, "applicability"> };
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

/** Whether a form (an item's own, or the smart form) requires the property a pointer names (/properties/a/properties/b). */
function requiredInOwnForm(schema: unknown, pointer: string): boolean {
  const at = locateProperty(obj(schema), pointer);
  return !!at && Array.isArray(at.parent.required) && (at.parent.required as unknown[]).includes(at.key);
}

/**
 * When a merged field that some of its items require and others leave optional is required: when an item that
 * requires it applies (tryout 10 #31: 通信地址 required only by 社会保障卡申领 stayed required for an applicant who
 * already holds the card). Absent = as the merged form says (every source requires it, or no item decides it).
 */
export function requirednessOfFields(bundle: Situating): Record<string, Condition> {
  const forms = new Map(bundle.items.map((it) => [it.id, it.form?.schema]));
  const when = bundle.guide.applicability;
  const out: Record<string, Condition> = {};
  for (const [pointer, all] of Object.entries(bundle.form.provenance)) {
    if (!requiredInOwnForm(bundle.form.schema, pointer)) continue; // optional in the smart form stays optional
    const refs = all.filter((r) => forms.has(r.item));
    const requiring = refs.filter((r) => requiredInOwnForm(forms.get(r.item), r.pointer));
    if (!requiring.length || requiring.length === refs.length) continue;
    const cond = anyOf(requiring.map((r) => when[r.item]));
    if (cond !== undefined) out[pointer] = cond;
  }
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
  // a designer's own requiredIf decides; else a field some items require is required when one of those applies
  for (const [pointer, cond] of Object.entries(requirednessOfFields(bundle))) {
    if (rules[pointer]?.requiredIf === undefined) rules[pointer] = { ...rules[pointer], requiredIf: cond };
  }
  const form = { ...bundle.form, rules };
  cache.set(bundle.form, { items: bundle.items, guide: bundle.guide, form: form as unknown as SmartForm });
  return form;
}
