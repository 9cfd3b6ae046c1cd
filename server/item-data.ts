// Each item's own form data of a case: what the department of an item receives — its own form (keys, sections,
// labels) filled with the applicant's data in its own wording of choices (男性 where the smart form says 男), split
// from the one smart form by the merge's provenance (spec/merge/split.ts).
//
// Computed on read, not stored. The case's answers and data live once, in its application row (issue 14: never two
// copies that can disagree); the published version they were filled on is immutable; splitData is pure. So the split
// of (that version, that data) is the same on every read, and it follows a correction at once with nothing to keep in
// step. Storing it would add a second copy of the applicant's data per item — one more place to mask, migrate and
// keep consistent — for a computation that takes well under a millisecond for a real form.
import type { CaseItemDataView } from "../spec/api.js";
import type { Item } from "../spec/item.js";
import { applicableItems, type Answers } from "../spec/guide.js";
import { itemPlaces, splitData } from "../spec/merge/index.js";
import type { Json } from "../spec/common.js";
import { labelOf } from "../spec/field-label.js";
import { parsePointer } from "../spec/pointer.js";
import { maskData } from "./security/masking.js";
import type { Application } from "./store/applications.js";
import type { Published } from "./store/bundles.js";

/** The items of a case's version with their own form data as staff see it (sensitive values masked as in the case view). */
export function caseItemData(published: Published, app: Pick<Application, "id" | "caseNo" | "answers" | "data">): CaseItemDataView[] {
  const b = published.spec;
  const originals = Object.fromEntries(b.items.map((it) => [it.id, it.form]));
  const { data: shown, masked } = maskData(b.form.schema, app.data);
  const parts = splitData(b.form, shown as Json, originals);
  const places = itemPlaces(b.form, app.data as Json, masked.map((m) => m.pointer));
  const byCase = new Map(masked.map((m) => [m.pointer, m]));
  const applies = new Set(applicableItems(b, app.answers as Answers, app.data));
  return b.items.map((it: Item) => ({
    applicationId: app.id, ...(app.caseNo ? { caseNo: app.caseNo } : {}), bundleKey: published.key, version: published.version,
    item: it.id, name: it.task_name, department: it.department, deptName: it.dept_name, ...(it.task_code ? { taskCode: it.task_code } : {}),
    applies: applies.has(it.id),
    form: { schema: it.form.schema, ...(it.form.uiSchema ? { uiSchema: it.form.uiSchema } : {}) },
    data: (parts[it.id] ?? {}) as Record<string, unknown>,
    // labelled in the item's own words; the element is the case field's (what made it sensitive)
    masked: (places[it.id] ?? []).map((p) => ({ pointer: p.pointer, casePointer: p.casePointer, label: labelOf(it.form.schema, parsePointer(p.pointer)), element: byCase.get(p.casePointer)!.element })),
  }));
}
