// Critical path of a flow's time limits: sum along sequences, max over parallel (and alternative) branches,
// for promised and statutory working days separately; and the headline reduction
// "承诺时限较法定时限压减 X%". Rework loops (back edges) and exception paths (reject, promise_broken) are not
// counted: the figure is the time of a case that goes through.
import { say, type Bilingual } from "../bilingual.js";
import type { FlowSpec } from "./flow-spec.js";
import { backEdges, indexFlow, type FlowIndex } from "./graph.js";
import { NODE_TYPES } from "./registry.js";

/** The longest total along the flow and the nodes on it. */
export interface PathTotal { days: number; path: string[] }

/** Critical-path limits and the reduction of promised against statutory time. */
export interface CriticalPath {
  promised: PathTotal;
  statutory: PathTotal;
  /** The case limit when the flow states one (the applicant is promised this). */
  caseLimit?: { promisedDays: number; statutoryDays: number };
  /** Reduction in percent (one decimal), on the case limit when given, else on the critical-path totals. */
  reductionPercent: number;
  basis: "caseLimit" | "criticalPath";
  summary: Bilingual;
}

function longest(flow: Pick<FlowSpec, "nodes">, ix: FlowIndex, weight: (id: string) => number): PathTotal {
  const start = flow.nodes.find((n) => n.type === "start");
  if (!start) return { days: 0, path: [] };
  const back = backEdges(ix, start.id);
  // exception paths (rejection, a broken promise) are not the processing time the applicant is promised
  for (const e of ix.edges.values()) if (e.data?.outcome === "reject" || e.data?.outcome === "promise_broken") back.add(e.id);
  // topological order of the DAG reachable from start
  const order: string[] = [];
  const state = new Map<string, 1 | 2>();
  const work: Array<{ id: string; i: number }> = [{ id: start.id, i: 0 }];
  state.set(start.id, 1);
  while (work.length) {
    const f = work[work.length - 1]!;
    const edges = (ix.out.get(f.id) ?? []).filter((e) => !back.has(e.id));
    if (f.i < edges.length) {
      const t = edges[f.i++]!.target;
      if (!state.has(t)) { state.set(t, 1); work.push({ id: t, i: 0 }); }
      continue;
    }
    state.set(f.id, 2);
    order.push(f.id);
    work.pop();
  }
  order.reverse();
  const best = new Map<string, { days: number; prev?: string }>();
  for (const id of order) {
    const preds = (ix.in.get(id) ?? []).filter((e) => !back.has(e.id) && best.has(e.source));
    let base = 0;
    let prev: string | undefined;
    for (const e of preds) {
      const b = best.get(e.source)!.days;
      if (prev === undefined || b > base) { base = b; prev = e.source; }
    }
    best.set(id, { days: base + weight(id), ...(prev ? { prev } : {}) });
  }
  let end: string | undefined;
  for (const id of order) {
    const n = ix.nodes.get(id)!;
    if (n.type !== "end" && (ix.out.get(id) ?? []).some((e) => !back.has(e.id))) continue;
    if (end === undefined || best.get(id)!.days > best.get(end)!.days) end = id;
  }
  if (!end) return { days: 0, path: [] };
  const path: string[] = [];
  for (let at: string | undefined = end; at; at = best.get(at)?.prev) path.unshift(at);
  return { days: best.get(end)!.days, path };
}

/** Promised and statutory critical paths of a flow, with the reduction figure. */
export function criticalPath(flow: Pick<FlowSpec, "nodes" | "edges" | "caseLimit">, ix: FlowIndex = indexFlow(flow)): CriticalPath {
  const limits = (id: string) => {
    const n = ix.nodes.get(id);
    const t = n ? NODE_TYPES.get(n.type) : undefined;
    return t && n ? t.limits(n.data as never) : { promised: 0, statutory: 0 };
  };
  const promised = longest(flow, ix, (id) => limits(id).promised);
  const statutory = longest(flow, ix, (id) => limits(id).statutory);
  const basis = flow.caseLimit ? "caseLimit" : "criticalPath";
  const p = flow.caseLimit?.promisedDays ?? promised.days;
  const s = flow.caseLimit?.statutoryDays ?? statutory.days;
  const reductionPercent = s > 0 ? Math.round((1 - p / s) * 1000) / 10 : 0;
  return {
    promised,
    statutory,
    ...(flow.caseLimit ? { caseLimit: { promisedDays: flow.caseLimit.promisedDays, statutoryDays: flow.caseLimit.statutoryDays } } : {}),
    reductionPercent,
    basis,
    summary: say(`法定时限 ${s} 个工作日，承诺时限 ${p} 个工作日，承诺时限较法定时限压减 ${reductionPercent}%`, `Statutory limit ${s} working days, promised limit ${p} working days: ${reductionPercent}% shorter than the statutory limit`),
  };
}
