// Structural rules of a flow: ids unique, edges joining existing nodes with outcomes their source produces,
// one start and at least one end, a single normal way out of each handling node, every node reachable from the
// start and able to reach an end, and a one-exit node when departments review.
import { reachable } from "../graph.js";
import { NODE_TYPES } from "../registry.js";
import type { FlowProblem } from "../schema.js";
import type { RuleContext } from "./context.js";
import { say } from "../../bilingual.js";

/** Node and edge ids are unique in the document as written. */
export function duplicateIds({ rawNodes, rawEdges, name, edgeName }: RuleContext): FlowProblem[] {
  const out: FlowProblem[] = [];
  const seenNodes = new Set<string>();
  rawNodes.forEach((n, i) => {
    if (typeof n?.id !== "string") return;
    if (seenNodes.has(n.id)) out.push({ severity: "error", nodeId: n.id, pointer: `/nodes/${i}/id`, message: say(`节点「${name(n.id).zh}」的 id「${n.id}」与另一节点重复`, `The id "${n.id}" of node "${name(n.id).en}" is used by another node too`) });
    seenNodes.add(n.id);
  });
  const seenEdges = new Set<string>();
  rawEdges.forEach((e, i) => {
    if (typeof e?.id !== "string") return;
    if (seenEdges.has(e.id)) out.push({ severity: "error", edgeId: e.id, pointer: `/edges/${i}/id`, message: say(`连线「${edgeName(e.id).zh}」的 id「${e.id}」与另一连线重复`, `The id "${e.id}" of edge "${edgeName(e.id).en}" is used by another edge too`) });
    seenEdges.add(e.id);
  });
  return out;
}

/** Edges join existing, distinct nodes; an outcome is one the source's type produces; conditions only on gateways. */
export function edgeEnds({ flow, ix, edgePtr, name, edgeName }: RuleContext): FlowProblem[] {
  const out: FlowProblem[] = [];
  const known = new Set(flow.nodes.map((n) => n.id));
  for (const e of flow.edges) {
    const at = edgePtr(e.id);
    if (!known.has(e.source)) out.push({ severity: "error", edgeId: e.id, pointer: `${at}/source`, message: say(`连线「${edgeName(e.id).zh}」的起点 "${e.source}" 不存在`, `The source "${e.source}" of edge "${edgeName(e.id).en}" does not exist`) });
    if (!known.has(e.target)) out.push({ severity: "error", edgeId: e.id, pointer: `${at}/target`, message: say(`连线「${edgeName(e.id).zh}」的终点 "${e.target}" 不存在`, `The target "${e.target}" of edge "${edgeName(e.id).en}" does not exist`) });
    if (e.source === e.target) out.push({ severity: "error", edgeId: e.id, pointer: at, message: say(`连线「${edgeName(e.id).zh}」首尾是同一节点`, `Edge "${edgeName(e.id).en}" starts and ends at the same node`) });
    const src = ix.nodes.get(e.source);
    const outcome = e.data?.outcome;
    if (src && outcome && outcome !== "approve" && !NODE_TYPES.get(src.type)?.outcomes.includes(outcome)) {
      out.push({ severity: "error", nodeId: src.id, edgeId: e.id, pointer: `${at}/data/outcome`, message: say(`节点「${name(src.id).zh}」的出边不能标记结果 "${outcome}"`, `An edge out of "${name(src.id).en}" cannot be marked with the outcome "${outcome}"`) });
    }
    if (src && src.type !== "exclusive" && src.type !== "parallel" && (e.data?.condition !== undefined || e.data?.default)) {
      out.push({ severity: "warning", nodeId: src.id, edgeId: e.id, pointer: `${at}/data`, message: say(`连线「${edgeName(e.id).zh}」的条件只在条件分支节点上起作用`, `The condition on edge "${edgeName(e.id).en}" only works out of an exclusive gateway`) });
    }
  }
  return out;
}

/** Exactly one start and at least one end. */
export function startAndEnd({ flow, nodePtr, name }: RuleContext): FlowProblem[] {
  const out: FlowProblem[] = [];
  const starts = flow.nodes.filter((n) => n.type === "start");
  if (starts.length === 0) out.push({ severity: "error", pointer: "/nodes", message: say("流程缺少开始节点", "The flow has no start node") });
  for (const s of starts.slice(1)) out.push({ severity: "error", nodeId: s.id, pointer: nodePtr(s.id), message: say(`流程只能有一个开始节点，多余：「${name(s.id).zh}」`, `A flow has only one start node; this one is extra: "${name(s.id).en}"`) });
  if (!flow.nodes.some((n) => n.type === "end")) out.push({ severity: "error", pointer: "/nodes", message: say("流程缺少办结节点", "The flow has no end node") });
  return out;
}

/** The start has no way in, an end no way out; every other node one normal way on and at most one edge per outcome. */
export function waysOut({ flow, ix, nodePtr, edgePtr, name }: RuleContext): FlowProblem[] {
  const out: FlowProblem[] = [];
  for (const n of flow.nodes) {
    const outs = ix.out.get(n.id) ?? [];
    const at = nodePtr(n.id);
    if (n.type === "start" && (ix.in.get(n.id) ?? []).length) out.push({ severity: "error", nodeId: n.id, pointer: at, message: say(`开始节点「${name(n.id).zh}」不能有入边`, `Start node "${name(n.id).en}" cannot have incoming edges`) });
    if (n.type === "end") {
      for (const e of outs) out.push({ severity: "error", nodeId: n.id, edgeId: e.id, pointer: edgePtr(e.id), message: say(`办结节点「${name(n.id).zh}」不能有出边`, `End node "${name(n.id).en}" cannot have outgoing edges`) });
      continue;
    }
    if (outs.length === 0) { out.push({ severity: "error", nodeId: n.id, pointer: at, message: say(`节点「${name(n.id).zh}」没有出边，流程会停在这里`, `Node "${name(n.id).en}" has no outgoing edge: the case would stop here`) }); continue; }
    if (n.type === "exclusive" || n.type === "parallel") continue;
    const normal = outs.filter((e) => !e.data?.outcome || e.data.outcome === "approve");
    if (normal.length === 0) out.push({ severity: "error", nodeId: n.id, pointer: at, message: say(`节点「${name(n.id).zh}」缺少通过后的出边`, `Node "${name(n.id).en}" has no edge for when it is approved`) });
    for (const e of normal.slice(1)) out.push({ severity: "error", nodeId: n.id, edgeId: e.id, pointer: edgePtr(e.id), message: say(`节点「${name(n.id).zh}」有多条通过后的出边，去向不确定；请用条件分支节点`, `Node "${name(n.id).en}" has several edges for when it is approved, so the way on is unclear; use an exclusive gateway`) });
    const byOutcome = new Map<string, number>();
    for (const e of outs) if (e.data?.outcome && e.data.outcome !== "approve") {
      const c = (byOutcome.get(e.data.outcome) ?? 0) + 1;
      byOutcome.set(e.data.outcome, c);
      if (c > 1) out.push({ severity: "error", nodeId: n.id, edgeId: e.id, pointer: `${edgePtr(e.id)}/data/outcome`, message: say(`节点「${name(n.id).zh}」的结果 "${e.data.outcome}" 有多条出边`, `The outcome "${e.data.outcome}" of node "${name(n.id).en}" has more than one outgoing edge`) });
    }
  }
  return out;
}

/** Every node is reachable from the start and can reach an end (no case gets stuck). */
export function reachability({ flow, ix, nodePtr, name }: RuleContext): FlowProblem[] {
  const start = flow.nodes.find((n) => n.type === "start");
  const ends = flow.nodes.filter((n) => n.type === "end");
  if (!start) return [];
  const out: FlowProblem[] = [];
  const fromStart = reachable(ix, [start.id]);
  const toEnd = reachable(ix, ends.map((e) => e.id), true);
  for (const n of flow.nodes) {
    if (!fromStart.has(n.id)) out.push({ severity: "error", nodeId: n.id, pointer: nodePtr(n.id), message: say(`节点「${name(n.id).zh}」从开始节点不可达`, `Node "${name(n.id).en}" cannot be reached from the start node`) });
    else if (!toEnd.has(n.id) && ends.length) out.push({ severity: "error", nodeId: n.id, pointer: nodePtr(n.id), message: say(`节点「${name(n.id).zh}」无法到达办结节点，案件会卡死`, `Node "${name(n.id).en}" cannot reach an end node: the case would be stuck`) });
  }
  return out;
}

/** Departments' results leave at one exit: a flow with reviews should have a results node. */
export function oneExit({ flow }: RuleContext): FlowProblem[] {
  if (flow.nodes.some((n) => n.type === "results") || !flow.nodes.some((n) => n.type === "review")) return [];
  return [{ severity: "warning", pointer: "/nodes", message: say("流程没有一口出件节点，各部门结果不会统一出件", "The flow has no results node, so the departments' results are not issued together") }];
}
