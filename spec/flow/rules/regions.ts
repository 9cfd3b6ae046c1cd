// Rules on the shape of a flow's paths: parallel regions that always join (no deadlock), rework loops that are
// closed by a decision and have a way out, and the case limit the critical path must fit in.
import { criticalPath } from "../critical-path.js";
import type { FlowSpec } from "../flow-spec.js";
import { stronglyConnected, walk, type FlowIndex } from "../graph.js";
import type { FlowProblem } from "../schema.js";
import type { RuleContext } from "./context.js";
import { say } from "../../bilingual.js";

/**
 * Each parallel region: the nodes after the split (not before it) from which its join is reachable. Every
 * branch must reach the join; no edge may enter the region from outside or leave it except to an end
 * (which terminates the case); a branch may not end normally before the join.
 */
export function parallelRegions({ flow, ix, edgePtr, name, edgeName }: RuleContext): FlowProblem[] {
  const out: FlowProblem[] = [];
  for (const split of flow.nodes.filter((n) => n.type === "parallel")) {
    const joinId = (split.data as { join?: string }).join;
    const join = joinId ? ix.nodes.get(joinId) : undefined;
    if (!join || join.type !== "join") continue;
    const firsts = (ix.out.get(split.id) ?? []).map((e) => e.target);
    const isEnd = (id: string) => ix.nodes.get(id)?.type === "end";
    const forward = walk(ix, firsts, false, (id) => id === join.id || id === split.id || isEnd(id));
    const toJoin = walk(ix, [join.id], true, (id) => id === split.id);
    // what leads to the split along the normal flow (exception edges — reject, promise — are what escape)
    const before = walk(ix, [split.id], true, (id) => id === join.id, (e) => !e.data?.outcome || e.data.outcome === "approve");
    before.delete(split.id);
    const region = new Set([...forward].filter((id) => toJoin.has(id) && !before.has(id) && id !== join.id && id !== split.id));
    for (const e of ix.out.get(split.id) ?? []) {
      if (e.target !== join.id && !region.has(e.target)) {
        out.push({ severity: "error", nodeId: split.id, edgeId: e.id, pointer: edgePtr(e.id), message: say(`并联节点「${name(split.id).zh}」的分支「${edgeName(e.id).zh}」永远到不了它指定的汇聚「${name(join.id).zh}」，汇聚会一直等待`, `The branch "${edgeName(e.id).en}" of parallel split "${name(split.id).en}" never reaches its join "${name(join.id).en}", so the join would wait forever`) });
      }
    }
    for (const id of forward) {
      if (before.has(id) || id === join.id || id === split.id || isEnd(id)) continue;
      for (const e of ix.out.get(id) ?? []) {
        if (isEnd(e.target) && (!e.data?.outcome || e.data.outcome === "approve")) {
          out.push({ severity: "error", nodeId: id, edgeId: e.id, pointer: edgePtr(e.id), message: say(`并联节点「${name(split.id).zh}」的分支在节点「${name(id).zh}」未经汇聚「${name(join.id).zh}」就直接办结，其他分支将被终止`, `A branch of parallel split "${name(split.id).en}" ends at node "${name(id).en}" without passing its join "${name(join.id).en}"; the other branches would be cancelled`) });
        }
      }
    }
    for (const id of [...region, join.id]) {
      for (const e of ix.in.get(id) ?? []) {
        if (!region.has(e.source) && e.source !== split.id) {
          out.push({ severity: "error", nodeId: id, edgeId: e.id, pointer: edgePtr(e.id), message: say(`连线「${edgeName(e.id).zh}」从并联区域「${name(split.id).zh} → ${name(join.id).zh}」之外进入节点「${name(id).zh}」，汇聚无法正确计数`, `The edge "${edgeName(e.id).en}" enters node "${name(id).en}" of the parallel region "${name(split.id).en} → ${name(join.id).en}" from outside, so the join cannot count correctly`) });
        }
      }
    }
    for (const id of region) {
      for (const e of ix.out.get(id) ?? []) {
        if (!region.has(e.target) && e.target !== join.id && !isEnd(e.target)) {
          out.push({ severity: "error", nodeId: id, edgeId: e.id, pointer: edgePtr(e.id), message: say(`连线「${edgeName(e.id).zh}」从并联区域「${name(split.id).zh} → ${name(join.id).zh}」内跳出到「${name(e.target).zh}」，汇聚将永远等待`, `The edge "${edgeName(e.id).en}" jumps out of the parallel region "${name(split.id).en} → ${name(join.id).en}" to "${name(e.target).en}", so the join would wait forever`) });
        }
      }
    }
  }
  return out;
}

const WAITING_TYPES = new Set(["acceptance", "review", "auto", "results"]);

/**
 * Cycles are allowed (rework loops) only when they contain a handling node, have a way out, and are closed by
 * a decision (a reject or other outcome edge): a loop of normal edges brings an approved case back to where it
 * was, and a gateway cannot break it because the data it reads does not change by approving.
 */
export function cycles({ ix, nodePtr, name }: RuleContext): FlowProblem[] {
  const out: FlowProblem[] = [];
  const normalOnly: FlowIndex = { ...ix, out: new Map([...ix.out].map(([id, es]) => [id, es.filter((e) => !e.data?.outcome || e.data.outcome === "approve")])) };
  for (const comp of stronglyConnected(normalOnly)) {
    if (comp.length < 2) continue;
    const first = comp[0]!;
    out.push({ severity: "error", nodeId: first, pointer: nodePtr(first), message: say(`节点 ${comp.map((c) => `「${name(c).zh}」`).join(" → ")} 只经正常流转就构成循环，审批通过后会回到原处；返工循环必须经由「退回」等结果连线`, `Nodes ${comp.map((c) => `"${name(c).en}"`).join(" → ")} form a loop of normal edges: an approval would come back here; a rework loop must go through an outcome edge such as reject`) });
  }
  for (const comp of stronglyConnected(ix)) {
    if (comp.length < 2) continue;
    const set = new Set(comp);
    const first = comp[0]!;
    const exits = comp.some((id) => (ix.out.get(id) ?? []).some((e) => !set.has(e.target)));
    if (!exits) out.push({ severity: "error", nodeId: first, pointer: nodePtr(first), message: say(`节点 ${comp.map((c) => `「${name(c).zh}」`).join(" → ")} 构成死循环，没有出口`, `Nodes ${comp.map((c) => `"${name(c).en}"`).join(" → ")} form a loop with no way out`) });
    if (!comp.some((id) => WAITING_TYPES.has(ix.nodes.get(id)?.type ?? ""))) {
      out.push({ severity: "error", nodeId: first, pointer: nodePtr(first), message: say(`节点 ${comp.map((c) => `「${name(c).zh}」`).join(" → ")} 构成的循环中没有办理节点，会无限循环`, `The loop through nodes ${comp.map((c) => `"${name(c).en}"`).join(" → ")} has no handling node and would loop forever`) });
    }
  }
  return out;
}

/** The case limit is required, promised ≤ statutory, and the critical path should fit in it. */
export function caseLimit({ flow, ix, name }: RuleContext): FlowProblem[] {
  const out: FlowProblem[] = [];
  const limit = flow.caseLimit;
  if (!limit) {
    out.push({ severity: "error", pointer: "/caseLimit", message: say("流程缺少案件办结时限（法定与承诺工作日）", "The flow has no case time limit (statutory and promised working days)") });
    return out;
  }
  if (limit.promisedDays > limit.statutoryDays) {
    out.push({ severity: "error", pointer: "/caseLimit/promisedDays", message: say(`案件承诺时限 ${limit.promisedDays} 个工作日超过法定时限 ${limit.statutoryDays} 个工作日`, `The case's promised limit (${limit.promisedDays} working days) exceeds its statutory limit (${limit.statutoryDays} working days)`) });
  }
  if (!flow.nodes.some((n) => n.type === "start")) return out;
  const cp = criticalPath(flow as FlowSpec, ix);
  if (cp.promised.days > limit.promisedDays) {
    out.push({ severity: "warning", pointer: "/caseLimit/promisedDays", message: say(`关键路径承诺时限合计 ${cp.promised.days} 个工作日（${cp.promised.path.map((id) => name(id).zh).join(" → ")}）超过案件承诺时限 ${limit.promisedDays} 个工作日`, `The critical path promises ${cp.promised.days} working days in all (${cp.promised.path.map((id) => name(id).en).join(" → ")}), more than the case's promised limit of ${limit.promisedDays} working days`) });
  }
  if (cp.statutory.days > limit.statutoryDays) {
    out.push({ severity: "warning", pointer: "/caseLimit/statutoryDays", message: say(`关键路径法定时限合计 ${cp.statutory.days} 个工作日超过案件法定时限 ${limit.statutoryDays} 个工作日`, `The critical path's statutory limits add up to ${cp.statutory.days} working days, more than the case's statutory limit of ${limit.statutoryDays} working days`) });
  }
  return out;
}
