// What the one-time notice may say before every question is answered, and in which day unit its totals are:
// an item whose applicability reads an unanswered question is neither needed nor not needed yet, and a sum of
// working days is not a sum of "days".
import type { Guide } from "../../spec/bundle.js";
import { conditionVariables } from "../../spec/conditions.js";
import type { Notice } from "../../spec/guide.js";

/** Day totals by unit (工作日 / 自然日), in the order the units first appear. */
export type DayTotals = Array<{ unit: Notice["items"][number]["statutoryUnit"]; days: number }>;

/** Splits the skipped items into those the answers rule out and those still waiting on an unanswered question. */
export function skippedByAnswers(notice: Notice, guide: Pick<Guide, "applicability">): { skipped: Notice["skippedItems"]; pending: Notice["skippedItems"] } {
  const open = new Set(notice.unanswered.map((q) => `answers.${q}`));
  const waits = (id: string) => conditionVariables(guide.applicability[id]).some((v) => open.has(v) || [...open].some((o) => v.startsWith(`${o}.`)));
  return {
    skipped: notice.skippedItems.filter((i) => !waits(i.id)),
    pending: notice.skippedItems.filter((i) => waits(i.id)),
  };
}

/** The statutory days of separate applications, summed per unit (working and calendar days do not add up). */
export function statutoryTotals(notice: Notice): DayTotals {
  const out: DayTotals = [];
  for (const i of notice.items) {
    const row = out.find((r) => r.unit === i.statutoryUnit);
    if (row) row.days += i.statutoryDays;
    else out.push({ unit: i.statutoryUnit, days: i.statutoryDays });
  }
  return out;
}

/** The longest promised limit per unit: the items run in parallel, so each unit's longest bounds the wait. */
export function promisedLimits(notice: Notice): DayTotals {
  const out: DayTotals = [];
  for (const i of notice.items) {
    const row = out.find((r) => r.unit === i.promisedUnit);
    if (row) row.days = Math.max(row.days, i.promisedDays);
    else out.push({ unit: i.promisedUnit, days: i.promisedDays });
  }
  return out.filter((r) => r.days > 0);
}
