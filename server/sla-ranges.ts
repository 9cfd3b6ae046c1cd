// Deadline states as ranges of the promised deadline, so lists and counts can ask the index for "overdue" or "due
// soon" instead of computing the state of every open task: overdue ⟺ due < now; due soon ⟺ now ≤ due < soonEnd;
// on time ⟺ due ≥ soonEnd. soonEnd is found by bisection on the very function the views use (flow/calendar slaOf),
// so a range and a row's displayed state can never disagree.
import type { SlaState } from "../spec/api.js";
import { slaOf } from "./flow/calendar.js";
import { iso } from "./util.js";

const HORIZON_MS = 60 * 86_400_000;

/** The first instant whose deadline state, seen at `now`, is on time (due-soon ends just before it). */
export function dueSoonEnd(now: Date): Date {
  let lo = now.getTime();
  let hi = lo + HORIZON_MS;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (slaOf(iso(new Date(mid)), now) === "on_time") hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/** The due-date range [from, before) of a deadline state at `now`; on time also covers tasks without a deadline. */
export function slaRange(sla: SlaState, now: Date): { from?: string; before?: string; includeNoDue: boolean } {
  if (sla === "overdue") return { before: iso(now), includeNoDue: false };
  const soon = iso(dueSoonEnd(now));
  return sla === "due_soon" ? { from: iso(now), before: soon, includeNoDue: false } : { from: soon, includeNoDue: true };
}
