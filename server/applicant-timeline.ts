// The timeline an applicant sees: what was done with their case and what they have to do — not the engine's
// bookkeeping (branches split and joined, tasks claimed or transferred, reminders, the clock). Staff see it all.
import type { TimelineEntry } from "../spec/api.js";

/** Kinds of events that matter to the applicant (anything else is the departments' internal record). */
export const APPLICANT_EVENT_KINDS: ReadonlySet<string> = new Set([
  "submitted", "counter_filed", "materials_attached", "deficiency_promised", "accepted", "accepted_with_deficiency", "notify_promise",
  "correction_requested", "corrected", "materials_supplied", "waiting_materials", "approved", "rejected", "auto_approved",
  "auto_rejected", "suspended", "suspension_lifted", "extended", "delivery_changed", "results_issued", "case_completed", "case_rejected",
  "case_withdrawn", "correction_expired", "promise_broken", "rated",
]);

/** The entries of a timeline the applicant should see, in order. */
export function applicantTimeline(entries: TimelineEntry[]): TimelineEntry[] {
  return entries.filter((e) => APPLICANT_EVENT_KINDS.has(e.kind));
}
