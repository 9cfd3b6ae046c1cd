// The situation guide (情形化办事指南): from the applicant's answers, exactly the items, materials, fees and
// time limits that apply — the one-time complete notice (一次告知书). Pure; the portal renders it, the server
// uses it to know which items a case involves.
import type { Bundle, Guide, GuideQuestion } from "./bundle.js";
import { evaluateCondition, type ConditionContext } from "./conditions.js";
import type { Item, Material } from "./item.js";
import { heldDocumentKey } from "./material-party.js";
import { oneThingLimits, type Limit } from "./one-thing-limits.js";

/** Answers to guide questions, by question id. */
export type Answers = Record<string, string | string[] | boolean | undefined>;

/** One material in the notice, with what the applicant actually has to do about it. */
export interface NoticeMaterial {
  item: string;
  id: string;
  name: string;
  necessity: Material["necessity"];
  form: Material["material_form"];
  /** The government already holds it (e-licence): the applicant need not upload it (免证办). */
  heldByGovernment: boolean;
  /** May be supplied after acceptance on a signed promise (容缺后补), within deferralDays. */
  deferrable: boolean;
  deferralDays?: number;
  originals: number;
  copies: number;
  notes?: string;
}

/** One item in the notice. */
export interface NoticeItem {
  id: string;
  name: string;
  department: string;
  departmentName: string;
  statutoryDays: number;
  statutoryUnit: Item["anticipate_type"];
  promisedDays: number;
  promisedUnit: Item["promise_type"];
  charges: Item["charges"];
  result?: string;
  visits: number;
}

/** The one-time complete notice for one situation. */
export interface Notice {
  items: NoticeItem[];
  skippedItems: Array<{ id: string; name: string }>;
  materials: NoticeMaterial[];
  free: boolean;
  /** Sum of statutory days over the items (what separate applications would take one after another). */
  statutoryDaysSequential: number;
  /** The one-thing's promised days: its flow's case limit or critical path, else the longest item's (in parallel). */
  promisedDaysParallel: number;
  /** The one-thing's promise when its flow states one (case limit or critical path) — what the 受理通知书 promises too. */
  promise?: Limit;
  /** Visits to an office the applicant needs at most (0 = fully online). */
  visits: number;
  unanswered: string[];
}

/** Builds the condition context a guide answer set gives (form data may refine materials' conditions). */
export function guideContext(answers: Answers, data: Record<string, unknown> = {}): ConditionContext {
  return { answers, data };
}

/** The questions to ask for these answers (a question may depend on earlier answers). */
export function visibleQuestions(guide: Guide, answers: Answers): GuideQuestion[] {
  const ctx = guideContext(answers);
  return guide.questions.filter((q) => evaluateCondition(q.visibleIf, ctx));
}

/** The answers with each unanswered visible question's default filled in. */
export function withDefaults(guide: Guide, answers: Answers): Answers {
  const out: Answers = { ...answers };
  for (const q of guide.questions) if (out[q.id] === undefined && q.default !== undefined) out[q.id] = q.default;
  return out;
}

/** Ids of the items that apply to these answers. */
export function applicableItems(bundle: Pick<Bundle, "items" | "guide">, answers: Answers, data: Record<string, unknown> = {}): string[] {
  const ctx = guideContext(answers, data);
  return bundle.items.filter((it) => evaluateCondition(bundle.guide.applicability[it.id], ctx)).map((it) => it.id);
}

/** The one-time complete notice (一次告知) for the answers given. */
export function resolveNotice(
  bundle: Pick<Bundle, "items" | "guide"> & Partial<Pick<Bundle, "flow">>,
  answers: Answers,
  departmentNames: Record<string, string> = {},
  data: Record<string, unknown> = {},
): Notice {
  const ctx = guideContext(answers, data);
  const applies = new Set(applicableItems(bundle, answers, data));
  const items: NoticeItem[] = [];
  const skippedItems: Notice["skippedItems"] = [];
  const materials: NoticeMaterial[] = [];
  const seenLicences = new Set<string>();
  for (const it of bundle.items) {
    if (!applies.has(it.id)) {
      skippedItems.push({ id: it.id, name: it.task_name });
      continue;
    }
    items.push({
      id: it.id, name: it.task_name, department: it.department, departmentName: departmentNames[it.department] ?? it.dept_name,
      statutoryDays: it.anticipate_day, statutoryUnit: it.anticipate_type, promisedDays: it.promise_day, promisedUnit: it.promise_type,
      charges: it.charges, result: it.result_name, visits: it.limit_scene_num,
    });
    for (const m of it.materials) {
      if (!evaluateCondition(m.handle_case, ctx)) continue;
      const held = m.source_type === "20";
      // One e-licence serves every item that asks for the same party's document: list it once (an agent's ID card is not the applicant's).
      const licenceKey = held ? heldDocumentKey(m) : undefined;
      if (licenceKey && seenLicences.has(licenceKey)) continue;
      if (licenceKey) seenLicences.add(licenceKey);
      materials.push({
        item: it.id, id: m.id, name: m.material_name, necessity: m.necessity, form: m.material_form, heldByGovernment: held,
        deferrable: m.necessity === "容缺后补", deferralDays: m.deferral_days, originals: m.originals, copies: m.copies, notes: m.notes,
      });
    }
  }
  const unanswered = visibleQuestions(bundle.guide, answers).filter((q) => answers[q.id] === undefined).map((q) => q.id);
  return {
    items, skippedItems, materials,
    free: items.every((i) => i.charges.length === 0),
    statutoryDaysSequential: items.reduce((s, i) => s + i.statutoryDays, 0),
    ...promiseOf(bundle, applies),
    visits: items.reduce((m, i) => Math.max(m, i.visits), 0),
    unanswered,
  };
}

/** The one-thing's promise for the applying items: its flow's (the same as the 受理通知书's), else the longest item's. */
function promiseOf(bundle: Pick<Bundle, "items"> & Partial<Pick<Bundle, "flow">>, applies: Set<string>): Pick<Notice, "promisedDaysParallel" | "promise"> {
  const items = bundle.items.filter((it) => applies.has(it.id));
  const longest = items.reduce((m, i) => Math.max(m, i.promise_day), 0);
  if (!bundle.flow?.nodes?.length) return { promisedDaysParallel: longest };
  const { promised } = oneThingLimits(bundle, items); // the critical path once per notice, not twice
  if (!bundle.flow.caseLimit && promised.days === 0) return { promisedDaysParallel: longest };
  return { promisedDaysParallel: promised.days, promise: promised };
}

/** Thrown when a guide has more answer combinations than can be enumerated; the editor says so in its language. */
export class TooManyAnswerSets extends Error {
  constructor(readonly limit: number) { super(`the guide has more than ${limit} answer combinations`); }
}

/** Every complete answer set of the guide (bounded), for counting situations and testing notices. */
export function enumerateAnswerSets(guide: Guide, limit = 4096): Answers[] {
  let sets: Answers[] = [{}];
  for (const q of guide.questions) {
    const next: Answers[] = [];
    for (const a of sets) {
      if (!evaluateCondition(q.visibleIf, guideContext(a))) {
        next.push(a);
        continue;
      }
      for (const v of answerOptions(q)) {
        next.push({ ...a, [q.id]: v });
        if (next.length > limit) throw new TooManyAnswerSets(limit);
      }
    }
    sets = next;
  }
  return sets;
}

function answerOptions(q: GuideQuestion): Array<string | string[] | boolean> {
  if (q.type === "boolean") return [true, false];
  const values = q.options.map((o) => o.value);
  if (q.type === "single") return values;
  // multi: every subset (the guide designer keeps multi questions small).
  const subsets: string[][] = [[]];
  for (const v of values) for (const s of subsets.slice()) subsets.push([...s, v]);
  return subsets;
}

/** How many distinct situations the guide covers: answer sets that lead to different items or materials. */
export function countSituations(bundle: Pick<Bundle, "items" | "guide">): number {
  const seen = new Set<string>();
  for (const answers of enumerateAnswerSets(bundle.guide)) {
    const n = resolveNotice(bundle, answers);
    seen.add(JSON.stringify([n.items.map((i) => i.id), n.materials.map((m) => `${m.item}/${m.id}`)]));
  }
  return seen.size;
}
