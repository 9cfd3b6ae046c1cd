// The applicant's and staff's view of where a case stands in its flow (spec/api.ts CaseHandlingView): the case
// deadlines as moved by pauses, suspensions and extensions, the pause or suspension in force, the correction
// notice waiting for the applicant and the 容缺 promises — read from the stored state, never recomputed.
import type { CaseHandlingView } from "../../spec/api.js";
import type { FlowState } from "../../spec/flow/state.js";
import { provisionalYearsOf, type WorkingCalendar } from "../../spec/calendar/index.js";

/** The handling view of a stored flow state; with the flow's calendar, the years of its deadlines whose holidays are
 *  not published yet. */
export function handlingView(state: FlowState, extensions: Record<string, number> = {}, calendar?: WorkingCalendar): CaseHandlingView {
  const c = state.clock;
  const provisional = calendar ? provisionalYearsOf([c.dueAt, c.statutoryDueAt], calendar) : [];
  const s = state.suspension;
  const k = state.correction;
  return {
    ...(c.dueAt ? { dueAt: c.dueAt } : {}), ...(c.statutoryDueAt ? { statutoryDueAt: c.statutoryDueAt } : {}), pausedDays: c.pausedDays,
    ...(provisional.length ? { provisionalYears: provisional } : {}),
    ...(c.pausedSince ? { paused: { since: c.pausedSince, reason: c.pauseReason ?? "correction" } } : {}),
    ...(s ? { suspension: { reason: s.reason, ...(s.note ? { note: s.note } : {}), since: s.at, node: s.node, task: s.task } } : {}),
    suspensions: (state.suspensions ?? []).map((x) => ({ reason: x.reason, ...(x.note ? { note: x.note } : {}), from: x.at, to: x.resumedAt ?? x.at, days: x.days ?? 0 })),
    ...(k ? { correction: { at: k.at, ...(k.deadline ? { deadline: k.deadline } : {}), deficiencies: k.deficiencies } } : {}),
    extensions,
    promises: state.promises.filter((p) => p.kind === "materials").map((p) => ({ materials: p.materials, supplied: p.supplied, ...(p.deadline ? { deadline: p.deadline } : {}), status: p.status })),
  };
}
