// Statistics of a merge, the product's headline figure: fields before (sum over the items' own forms) and
// after, fields still to type once the profile and e-licences prefill what the government holds, pages.
import type { SmartForm } from "../bundle.js";
import { inspectForm } from "../binding/inspect.js";

/** Before → after figures of one smart form. */
export interface FormStats {
  items: number;
  /** Leaf fields of all source forms together (table columns count once). */
  fieldsBefore: number;
  /** Leaf fields of the merged form. */
  fieldsAfter: number;
  /** Merged fields the profile or an e-licence fills. */
  prefilled: number;
  /** Merged fields the applicant still types. */
  toTypeAfter: number;
  /** 1 − fieldsAfter / fieldsBefore. */
  fewerFields: number;
  /** 1 − toTypeAfter / fieldsBefore: how many fewer fields to type than the separate forms. */
  fewerToType: number;
  /** Printed pages of the separate forms (item metadata). */
  pagesBefore: number;
  /** Printed pages of the merged form at the separate forms' own field density (fields per page). */
  pagesAfter: number;
}

const ratio = (x: number) => Math.round(x * 1000) / 1000;

/** Computes the figures for the given source forms and the smart form merged from them. */
export function formStats(sources: ReadonlyArray<{ form: { schema: unknown }; pages?: number }>, form: Pick<SmartForm, "provenance" | "prefill">, leaves?: number): FormStats {
  // The merge has read every source's leaves already and passes their count; other callers have it read again.
  const fieldsBefore = leaves ?? sources.reduce((n, s) => n + inspectForm(s.form.schema).leaves.length, 0);
  const fieldsAfter = Object.keys(form.provenance).length;
  const prefilled = Object.keys(form.prefill).filter((p) => p in form.provenance).length;
  const toTypeAfter = fieldsAfter - prefilled;
  const pagesBefore = sources.reduce((n, s) => n + (s.pages ?? 1), 0);
  const density = fieldsBefore / Math.max(1, pagesBefore);
  return {
    items: sources.length,
    fieldsBefore, fieldsAfter, prefilled, toTypeAfter,
    fewerFields: fieldsBefore ? ratio(1 - fieldsAfter / fieldsBefore) : 0,
    fewerToType: fieldsBefore ? ratio(1 - toTypeAfter / fieldsBefore) : 0,
    pagesBefore,
    pagesAfter: fieldsAfter ? Math.max(1, Math.ceil(fieldsAfter / density)) : 0,
  };
}
