// The one-thing's own time limits — what the applicant is promised for the whole case — computed once for every
// place that states them: the guide's one-time notice, the 受理通知书 and the editor's guide tester (tryout 10 #15:
// the guide promised 5 working days, the flow's critical path 6, the case 10). The flow's case limit when it states
// one, else its critical path, else the longest of the applying items' own limits (they run in parallel).
import type { Bundle } from "./bundle.js";
import { criticalPath } from "./flow/critical-path.js";
import type { FlowSpec } from "./flow/flow-spec.js";
import type { Item } from "./item.js";

/** A time limit with its unit (工作日 or 自然日). */
export interface Limit { days: number; unit: Item["promise_type"] }

/** The one-thing's promised and statutory limits for these (applying) items. */
export function oneThingLimits(bundle: Pick<Bundle, "flow">, items: ReadonlyArray<Pick<Item, "promise_day" | "promise_type" | "anticipate_day" | "anticipate_type">>): { promised: Limit; statutory: Limit } {
  const longest = (pick: (i: (typeof items)[number]) => Limit): Limit => items.map(pick).reduce((a, b) => (b.days > a.days ? b : a), { days: 0, unit: "工作日" as Limit["unit"] });
  const flow = bundle.flow as FlowSpec | undefined;
  const path = flow?.nodes?.length ? criticalPath(flow) : undefined;
  const promised: Limit = path && (flow!.caseLimit || path.promised.days > 0)
    ? { days: flow!.caseLimit?.promisedDays ?? path.promised.days, unit: "工作日" } : longest((i) => ({ days: i.promise_day, unit: i.promise_type }));
  const statutory: Limit = path && (flow!.caseLimit || path.statutory.days > 0)
    ? { days: flow!.caseLimit?.statutoryDays ?? path.statutory.days, unit: "工作日" } : longest((i) => ({ days: i.anticipate_day, unit: i.anticipate_type }));
  return { promised, statutory };
}
