// Making a flow runnable: validate it, pin its definition version, resolve its working calendar, and — from
// a bundle — know which materials may be supplied after acceptance (容缺后补). Publishing refuses a flow with
// errors by catching FlowDefinitionError, which lists every problem with its node or edge.
import type { Bundle } from "../bundle.js";
import { CalendarError, CN_CALENDAR, resolveCalendar, type CalendarSpecInput, type WorkingCalendar } from "../calendar/index.js";
import type { FlowDefinition } from "./runtime.js";
import type { FlowProblem } from "./schema.js";
import { validateFlow, type FlowCheckOptions, type ItemToDecide } from "./validate.js";
import { say } from "../bilingual.js";
import { variableLabels } from "../condition-explain.js";

/** Raised when a flow with errors is prepared for running; lists every problem (publish refuses it and shows the
 *  problems in the author's language; the message itself, in English, is for the log). */
export class FlowDefinitionError extends Error {
  constructor(readonly problems: FlowProblem[]) {
    super("The flow has errors:\n" + problems.filter((p) => p.severity === "error").map((p) => `  ${p.nodeId ?? p.edgeId ?? ""} ${p.pointer}: ${p.message.en}`).join("\n"));
  }
}

/** Options of prepareDefinition: what to check against and how to run. */
export interface DefinitionOptions extends FlowCheckOptions {
  version: number;
  key?: string;
  calendar?: WorkingCalendar;
  calendars?: CalendarSpecInput[];
  deferrable?: FlowDefinition["deferrable"];
  materialNames?: FlowDefinition["materialNames"];
  variableLabels?: FlowDefinition["variableLabels"];
  itemApplicability?: FlowDefinition["itemApplicability"];
}

/** The calendar a flow names; one that is unknown or extends itself is a problem of the flow's calendar field. */
function flowCalendar(id: string, calendars: CalendarSpecInput[] | undefined): WorkingCalendar {
  try {
    return resolveCalendar(id, calendars);
  } catch (err) {
    if (err instanceof CalendarError) throw new FlowDefinitionError([{ severity: "error", pointer: "/calendar", message: err.reason }]);
    throw err;
  }
}

/** Validates a flow and makes it runnable at a definition version with its working calendar. */
export function prepareDefinition(flow: unknown, options: DefinitionOptions): FlowDefinition {
  const v = validateFlow(flow, options);
  if (!v.ok || !v.flow) throw new FlowDefinitionError(v.problems);
  const calendar = options.calendar ?? (v.flow.calendar ? flowCalendar(v.flow.calendar, options.calendars) : CN_CALENDAR);
  return {
    version: options.version,
    ...(options.key ? { key: options.key } : {}),
    flow: v.flow,
    calendar,
    ...(options.deferrable ? { deferrable: options.deferrable } : {}),
    ...(options.materialNames ? { materialNames: options.materialNames } : {}),
    ...(options.variableLabels ? { variableLabels: options.variableLabels } : {}),
    ...(options.itemApplicability && Object.keys(options.itemApplicability).length ? { itemApplicability: options.itemApplicability } : {}),
  };
}

/** The materials of a bundle's items that may be supplied later (容缺后补), with their deferral days, keyed "item/material" (and by the material id alone where that is unambiguous). */
export function deferrableMaterials(bundle: Pick<Bundle, "items">): NonNullable<FlowDefinition["deferrable"]> {
  const out: NonNullable<FlowDefinition["deferrable"]> = {};
  const bare = new Map<string, number>();
  for (const item of bundle.items) for (const m of item.materials) bare.set(m.id, (bare.get(m.id) ?? 0) + 1);
  for (const item of bundle.items) {
    for (const m of item.materials) {
      if (m.necessity !== "容缺后补") continue;
      const entry = { name: m.material_name, ...(m.deferral_days ? { days: m.deferral_days } : {}) };
      out[`${item.id}/${m.id}`] = entry;
      // a material id alone names it only when no other item has a material of that id
      if (bare.get(m.id) === 1) out[m.id] = entry;
    }
  }
  return out;
}

/** The items a bundle's flow must decide, each with its department (publish and the editor check them: undecidedItems). */
export function itemsToDecide(bundle: Pick<Bundle, "items">): ItemToDecide[] {
  return bundle.items.map((i) => ({ id: i.id, name: i.task_name, department: i.department, departmentName: i.dept_name }));
}

/** The runnable definition of a published bundle's flow: lead, departments, items and 容缺 materials from the bundle. */
export function definitionFromBundle(bundle: Bundle, version: number, options: Omit<DefinitionOptions, "version" | "lead" | "items" | "participants" | "deferrable" | "materialNames" | "variableLabels" | "itemApplicability"> = {}): FlowDefinition {
  if (!bundle.flow) throw new FlowDefinitionError([{ severity: "error", pointer: "/flow", message: say("一件事没有审批流程", "The one-thing has no approval flow") }]);
  return prepareDefinition(bundle.flow, {
    ...options,
    // steps without a label are named by their department: the caller's names (the registry), else the items' own
    departmentNames: { ...Object.fromEntries(bundle.items.map((i) => [i.department, i.dept_name])), ...options.departmentNames },
    version,
    key: bundle.key,
    lead: bundle.lead,
    items: bundle.items.map((i) => i.id),
    participants: [bundle.lead, ...bundle.cooperating],
    deferrable: deferrableMaterials(bundle),
    materialNames: Object.fromEntries(bundle.items.flatMap((i) => i.materials.map((m) => [`${i.id}/${m.id}`, m.material_name]))),
    variableLabels: variableLabels([...flowConditions(bundle.flow), ...Object.values(bundle.guide.applicability)], bundle),
    itemApplicability: itemApplicability(bundle),
  });
}

/** When each item applies, with its name, for the items the guide gives a condition (the others always apply). */
function itemApplicability(bundle: Pick<Bundle, "items" | "guide">): NonNullable<FlowDefinition["itemApplicability"]> {
  const out: NonNullable<FlowDefinition["itemApplicability"]> = {};
  for (const item of bundle.items) {
    const when = bundle.guide.applicability[item.id];
    if (when !== undefined) out[item.id] = { name: item.task_name, when };
  }
  return out;
}

/** Every condition a flow's nodes and edges hold (秒批 rules, branch conditions), for labelling their variables. */
function flowConditions(flow: NonNullable<Bundle["flow"]>): unknown[] {
  const out: unknown[] = [];
  const walk = (v: unknown, key?: string): void => {
    if (key === "when" || key === "condition") { out.push(v); return; }
    if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(flow);
  return out;
}
