// Static validation of a flow: every problem at once, each pointing at its node or edge with a JSON pointer.
// Checks: document shape, unknown node types, duplicate ids, dangling edges, one start and at least one end,
// reachability, no dead ends, every gateway with one default branch, every parallel split joined at the join
// it names with no edge entering or leaving its region (no deadlock), no cycle without a way out, resolvable
// assignees (department registry, countersign signers), time limits present and promised ≤ statutory.
import { z } from "zod";
import { Id, SCHEMA_VERSION } from "../common.js";
import { toPointer } from "../pointer.js";
import { criticalPath } from "./critical-path.js";
import type { FlowSpec } from "./flow-spec.js";
import { indexFlow, reachable, stronglyConnected, walk, type FlowIndex } from "./graph.js";
import type { CheckContext, TypedNode } from "./nodes/types.js";
import { NODE_TYPES } from "./registry.js";
import { CaseLimitSchema, FlowEdgeSchema, PositionSchema, type FlowEdge, type FlowProblem, type RawFlowNode } from "./schema.js";

/** What validation may check the flow against. */
export interface FlowCheckOptions {
  /** Department ids of the registry (templates/departments.json); unknown departments are errors. */
  departments?: Iterable<string>;
  /** The bundle's lead department: acceptance and the one exit belong to it. */
  lead?: string;
  /** Ids of the bundle's items: a node's `data.item` must name one of them. */
  items?: Iterable<string>;
  /** The items' own limits (承诺/法定办结时限, working days): a node deciding an item should not exceed them. */
  itemLimits?: Record<string, { promisedDays: number; statutoryDays: number }>;
  /** Known users with their department: pre-assigned persons, countersign signers and escalation targets must be among them. */
  users?: Iterable<{ id: string; department?: string }>;
  /** The bundle's lead and cooperating departments: a task for any other department is flagged. */
  participants?: Iterable<string>;
}

/** The outcome of validating a flow: the parsed flow when there is no error, and every problem. */
export interface FlowValidation { ok: boolean; flow?: FlowSpec; problems: FlowProblem[] }

const TopSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
  caseLimit: CaseLimitSchema.optional(),
  calendar: Id.optional(),
});
const BaseNodeSchema = z.object({ id: Id, type: z.string().min(1), position: PositionSchema, data: z.record(z.string(), z.unknown()).default({}) });

function zodProblems(error: z.ZodError, prefix: string, ids: { nodeId?: string; edgeId?: string } = {}): FlowProblem[] {
  return error.issues.map((i) => ({ severity: "error" as const, ...ids, pointer: prefix + toPointer(i.path as (string | number)[]), message: i.message }));
}

/** Validates a flow document (the shape, then every static rule); never throws on bad input. */
export function validateFlow(input: unknown, options: FlowCheckOptions = {}): FlowValidation {
  const top = TopSchema.safeParse(input);
  if (!top.success) return { ok: false, problems: zodProblems(top.error, "") };
  const problems: FlowProblem[] = [];
  const nodes: RawFlowNode[] = [];
  top.data.nodes.forEach((raw, i) => {
    const base = BaseNodeSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown })?.id;
    const nodeId = typeof rawId === "string" ? rawId : undefined;
    if (!base.success) return problems.push(...zodProblems(base.error, `/nodes/${i}`, nodeId ? { nodeId } : {}));
    const type = NODE_TYPES.get(base.data.type);
    if (!type) {
      return problems.push({ severity: "error", nodeId: base.data.id, pointer: `/nodes/${i}/type`, message: `未知的节点类型 "${base.data.type}"，可用类型：${[...NODE_TYPES.keys()].join(", ")} (unknown node type)` });
    }
    const data = type.data.safeParse(base.data.data);
    if (!data.success) return problems.push(...zodProblems(data.error, `/nodes/${i}/data`, { nodeId: base.data.id }));
    nodes.push({ ...(raw as object), ...base.data, data: data.data as Record<string, unknown> });
  });
  const edges: FlowEdge[] = [];
  top.data.edges.forEach((raw, i) => {
    const e = FlowEdgeSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown })?.id;
    if (!e.success) return problems.push(...zodProblems(e.error, `/edges/${i}`, typeof rawId === "string" ? { edgeId: rawId } : {}));
    edges.push(e.data);
  });
  const shapeOk = problems.length === 0;
  const flow = { ...top.data, nodes, edges } as unknown as FlowSpec;
  problems.push(...checkFlowGraph(flow, options, top.data.nodes as Array<{ id?: unknown }>, top.data.edges as Array<{ id?: unknown }>));
  const ok = shapeOk && !problems.some((p) => p.severity === "error");
  return ok ? { ok, flow, problems } : { ok, problems };
}

/** The graph-level rules on a flow whose nodes and edges parsed (also run by FlowSpecSchema's refinement). */
export function checkFlowGraph(
  flow: { nodes: RawFlowNode[]; edges: FlowEdge[]; caseLimit?: { statutoryDays: number; promisedDays: number } },
  options: FlowCheckOptions = {},
  rawNodes: Array<{ id?: unknown }> = flow.nodes,
  rawEdges: Array<{ id?: unknown }> = flow.edges,
): FlowProblem[] {
  const out: FlowProblem[] = [];
  const ix = indexFlow(flow);
  const nodePtr = (id: string): string => `/nodes/${rawNodes.findIndex((n) => n?.id === id)}`;
  const edgePtr = (id: string): string => `/edges/${rawEdges.findIndex((e) => e?.id === id)}`;
  // positions in the original document (nodes that failed to parse are not in ix)
  ix.nodePos.forEach((_, id) => ix.nodePos.set(id, rawNodes.findIndex((n) => n?.id === id)));
  ix.edgePos.forEach((_, id) => ix.edgePos.set(id, rawEdges.findIndex((e) => e?.id === id)));

  // duplicate ids (in the document as written)
  const seenNodes = new Set<string>();
  rawNodes.forEach((n, i) => {
    if (typeof n?.id !== "string") return;
    if (seenNodes.has(n.id)) out.push({ severity: "error", nodeId: n.id, pointer: `/nodes/${i}/id`, message: `节点 id 重复: ${n.id} (duplicate node id)` });
    seenNodes.add(n.id);
  });
  const seenEdges = new Set<string>();
  rawEdges.forEach((e, i) => {
    if (typeof e?.id !== "string") return;
    if (seenEdges.has(e.id)) out.push({ severity: "error", edgeId: e.id, pointer: `/edges/${i}/id`, message: `连线 id 重复: ${e.id} (duplicate edge id)` });
    seenEdges.add(e.id);
  });

  // dangling edges, self loops, outcomes allowed by the source's type
  const known = new Set(flow.nodes.map((n) => n.id));
  for (const e of flow.edges) {
    const at = edgePtr(e.id);
    if (!known.has(e.source)) out.push({ severity: "error", edgeId: e.id, pointer: `${at}/source`, message: `连线 ${e.id} 的起点 "${e.source}" 不存在 (dangling edge)` });
    if (!known.has(e.target)) out.push({ severity: "error", edgeId: e.id, pointer: `${at}/target`, message: `连线 ${e.id} 的终点 "${e.target}" 不存在 (dangling edge)` });
    if (e.source === e.target) out.push({ severity: "error", edgeId: e.id, pointer: at, message: `连线 ${e.id} 首尾是同一节点 (self loop)` });
    const src = ix.nodes.get(e.source);
    const outcome = e.data?.outcome;
    if (src && outcome && outcome !== "approve" && !NODE_TYPES.get(src.type)?.outcomes.includes(outcome)) {
      out.push({ severity: "error", nodeId: src.id, edgeId: e.id, pointer: `${at}/data/outcome`, message: `「${src.type}」节点的出边不能标记结果 "${outcome}" (outcome not produced by this node type)` });
    }
    if (src && src.type !== "exclusive" && (e.data?.condition !== undefined || e.data?.default) && src.type !== "parallel") {
      out.push({ severity: "warning", nodeId: src.id, edgeId: e.id, pointer: `${at}/data`, message: `连线 ${e.id} 的条件只在条件分支节点上起作用 (condition ignored)` });
    }
  }

  // start and end
  const starts = flow.nodes.filter((n) => n.type === "start");
  const ends = flow.nodes.filter((n) => n.type === "end");
  if (starts.length === 0) out.push({ severity: "error", pointer: "/nodes", message: "流程缺少开始节点 (no start node)" });
  for (const s of starts.slice(1)) out.push({ severity: "error", nodeId: s.id, pointer: nodePtr(s.id), message: `流程只能有一个开始节点，多余: ${s.id} (more than one start)` });
  if (ends.length === 0) out.push({ severity: "error", pointer: "/nodes", message: "流程缺少办结节点 (no end node)" });

  // ways out of each node
  for (const n of flow.nodes) {
    const outs = ix.out.get(n.id) ?? [];
    const ins = ix.in.get(n.id) ?? [];
    const at = nodePtr(n.id);
    if (n.type === "start" && ins.length) out.push({ severity: "error", nodeId: n.id, pointer: at, message: `开始节点「${n.id}」不能有入边 (start has incoming edges)` });
    if (n.type === "end") {
      for (const e of outs) out.push({ severity: "error", nodeId: n.id, edgeId: e.id, pointer: edgePtr(e.id), message: `办结节点「${n.id}」不能有出边 (end has outgoing edges)` });
      continue;
    }
    if (outs.length === 0) { out.push({ severity: "error", nodeId: n.id, pointer: at, message: `节点「${n.id}」没有出边，流程会停在这里 (dead end)` }); continue; }
    if (n.type === "exclusive" || n.type === "parallel") continue;
    const normal = outs.filter((e) => !e.data?.outcome || e.data.outcome === "approve");
    if (normal.length === 0) out.push({ severity: "error", nodeId: n.id, pointer: at, message: `节点「${n.id}」缺少通过后的出边 (no edge for the normal outcome)` });
    for (const e of normal.slice(1)) out.push({ severity: "error", nodeId: n.id, edgeId: e.id, pointer: edgePtr(e.id), message: `节点「${n.id}」有多条通过后的出边，去向不确定；请用条件分支节点 (ambiguous way on)` });
    const byOutcome = new Map<string, number>();
    for (const e of outs) if (e.data?.outcome && e.data.outcome !== "approve") {
      const c = (byOutcome.get(e.data.outcome) ?? 0) + 1;
      byOutcome.set(e.data.outcome, c);
      if (c > 1) out.push({ severity: "error", nodeId: n.id, edgeId: e.id, pointer: `${edgePtr(e.id)}/data/outcome`, message: `节点「${n.id}」的结果 "${e.data.outcome}" 有多条出边 (duplicate outcome edge)` });
    }
  }

  // type-specific checks
  const departments = options.departments ? new Set(options.departments) : undefined;
  for (const n of flow.nodes) {
    const type = NODE_TYPES.get(n.type);
    const cx: CheckContext = { index: ix, pointer: nodePtr(n.id), ...(departments ? { departments } : {}), ...(options.lead ? { lead: options.lead } : {}) };
    if (type?.check) out.push(...type.check(n as TypedNode<never>, cx));
  }

  // item references
  if (options.items) {
    const items = new Set(options.items);
    for (const n of flow.nodes) {
      const item = (n.data as { item?: unknown }).item;
      if (typeof item === "string" && !items.has(item)) out.push({ severity: "error", nodeId: n.id, pointer: `${nodePtr(n.id)}/data/item`, message: `节点「${n.id}」引用的事项 "${item}" 不在本件事的事项中 (unknown item)` });
    }
  }
  if (options.itemLimits) {
    for (const n of flow.nodes) {
      const d = n.data as { item?: unknown; promisedDays?: number; statutoryDays?: number };
      const lim = typeof d.item === "string" ? options.itemLimits[d.item] : undefined;
      if (!lim) continue;
      if (d.promisedDays !== undefined && d.promisedDays > lim.promisedDays) {
        out.push({ severity: "warning", nodeId: n.id, pointer: `${nodePtr(n.id)}/data/promisedDays`, message: `节点「${n.id}」承诺时限 ${d.promisedDays} 天超过事项 ${d.item} 公布的承诺时限 ${lim.promisedDays} 天` });
      }
      if (d.statutoryDays !== undefined && d.statutoryDays > lim.statutoryDays) {
        out.push({ severity: "warning", nodeId: n.id, pointer: `${nodePtr(n.id)}/data/statutoryDays`, message: `节点「${n.id}」法定时限 ${d.statutoryDays} 天超过事项 ${d.item} 的法定时限 ${lim.statutoryDays} 天` });
      }
    }
  }

  // pre-assigned persons resolvable, in the department of the task
  if (options.users) {
    const users = new Map([...options.users].map((u) => [u.id, u.department]));
    for (const n of flow.nodes) {
      const d = n.data as { department?: string; assignee?: string; countersign?: { signers?: string[] }; timeout?: { escalateTo?: { department: string; assignee?: string } }; manual?: { department: string; assignee?: string } };
      const refs: Array<{ user: string; dept?: string; at: string }> = [];
      if (d.assignee) refs.push({ user: d.assignee, ...(d.department ? { dept: d.department } : {}), at: "/data/assignee" });
      (d.countersign?.signers ?? []).forEach((u, i) => refs.push({ user: u, ...(d.department ? { dept: d.department } : {}), at: `/data/countersign/signers/${i}` }));
      if (d.timeout?.escalateTo?.assignee) refs.push({ user: d.timeout.escalateTo.assignee, dept: d.timeout.escalateTo.department, at: "/data/timeout/escalateTo/assignee" });
      if (d.manual?.assignee) refs.push({ user: d.manual.assignee, dept: d.manual.department, at: "/data/manual/assignee" });
      for (const r of refs) {
        if (!users.has(r.user)) out.push({ severity: "error", nodeId: n.id, pointer: `${nodePtr(n.id)}${r.at}`, message: `节点「${n.id}」指定的经办人 ${r.user} 不存在，任务无法分派 (unknown user)` });
        else if (r.dept && users.get(r.user) !== r.dept) out.push({ severity: "error", nodeId: n.id, pointer: `${nodePtr(n.id)}${r.at}`, message: `节点「${n.id}」指定的经办人 ${r.user} 不属于部门 ${r.dept} (user of another department)` });
      }
    }
  }

  // departments taking part in the bundle
  if (options.participants) {
    const part = new Set(options.participants);
    for (const n of flow.nodes) {
      const dept = (n.data as { department?: unknown }).department;
      if (typeof dept === "string" && n.type !== "auto" && !part.has(dept)) {
        out.push({ severity: "warning", nodeId: n.id, pointer: `${nodePtr(n.id)}/data/department`, message: `节点「${n.id}」的部门 ${dept} 不是本件事的牵头或配合部门 (department not in lead/cooperating)` });
      }
    }
  }

  // reachability and dead ends
  const start = starts[0];
  if (start) {
    const fromStart = reachable(ix, [start.id]);
    const toEnd = reachable(ix, ends.map((e) => e.id), true);
    for (const n of flow.nodes) {
      if (!fromStart.has(n.id)) out.push({ severity: "error", nodeId: n.id, pointer: nodePtr(n.id), message: `节点「${n.id}」从开始节点不可达 (unreachable)` });
      else if (!toEnd.has(n.id) && ends.length) out.push({ severity: "error", nodeId: n.id, pointer: nodePtr(n.id), message: `节点「${n.id}」无法到达办结节点，案件会卡死 (cannot reach an end: deadlock)` });
    }
  }
  out.push(...checkParallelRegions(flow, ix, edgePtr));
  out.push(...checkCycles(ix, nodePtr));
  out.push(...checkCaseLimit(flow, ix));
  if (!flow.nodes.some((n) => n.type === "results") && flow.nodes.some((n) => n.type === "review")) {
    out.push({ severity: "warning", pointer: "/nodes", message: "流程没有一口出件节点，各部门结果不会统一出件 (no results node)" });
  }
  return dedupe(out);
}

function dedupe(problems: FlowProblem[]): FlowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.severity}|${p.pointer}|${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}


/**
 * Each parallel region: the nodes after the split (not before it) from which its join is reachable. Every
 * branch must reach the join; no edge may enter the region from outside or leave it except to an end
 * (which terminates the case); a branch may not end normally before the join.
 */
function checkParallelRegions(flow: { nodes: RawFlowNode[] }, ix: FlowIndex, edgePtr: (id: string) => string): FlowProblem[] {
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
        out.push({ severity: "error", nodeId: split.id, edgeId: e.id, pointer: edgePtr(e.id), message: `并联节点「${split.id}」的分支 ${e.id} 永远到不了它指定的汇聚「${join.id}」，汇聚会一直等待 (branch never reaches its join: deadlock)` });
      }
    }
    for (const id of forward) {
      if (before.has(id) || id === join.id || id === split.id || isEnd(id)) continue;
      for (const e of ix.out.get(id) ?? []) {
        if (isEnd(e.target) && (!e.data?.outcome || e.data.outcome === "approve")) {
          out.push({ severity: "error", nodeId: id, edgeId: e.id, pointer: edgePtr(e.id), message: `并联节点「${split.id}」的分支在节点「${id}」未经汇聚「${join.id}」就直接办结，其他分支将被终止 (branch ends before the join)` });
        }
      }
    }
    for (const id of [...region, join.id]) {
      for (const e of ix.in.get(id) ?? []) {
        if (!region.has(e.source) && e.source !== split.id) {
          out.push({ severity: "error", nodeId: id, edgeId: e.id, pointer: edgePtr(e.id), message: `连线 ${e.id} 从并联区域「${split.id}→${join.id}」之外进入节点「${id}」，汇聚无法正确计数 (edge enters a parallel region from outside)` });
        }
      }
    }
    for (const id of region) {
      for (const e of ix.out.get(id) ?? []) {
        if (!region.has(e.target) && e.target !== join.id && !isEnd(e.target)) {
          out.push({ severity: "error", nodeId: id, edgeId: e.id, pointer: edgePtr(e.id), message: `连线 ${e.id} 从并联区域「${split.id}→${join.id}」内跳出到「${e.target}」，汇聚将永远等待 (edge leaves a parallel region: deadlock)` });
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
function checkCycles(ix: FlowIndex, nodePtr: (id: string) => string): FlowProblem[] {
  const out: FlowProblem[] = [];
  const normalOnly: FlowIndex = { ...ix, out: new Map([...ix.out].map(([id, es]) => [id, es.filter((e) => !e.data?.outcome || e.data.outcome === "approve")])) };
  for (const comp of stronglyConnected(normalOnly)) {
    if (comp.length < 2) continue;
    const first = comp[0]!;
    out.push({ severity: "error", nodeId: first, pointer: nodePtr(first), message: `节点 ${comp.join(" → ")} 只经正常流转就构成循环，审批通过后会回到原处；返工循环必须经由退回 (reject) 等结果连线 (cycle of normal edges)` });
  }
  for (const comp of stronglyConnected(ix)) {
    if (comp.length < 2) continue;
    const set = new Set(comp);
    const first = comp[0]!;
    const exits = comp.some((id) => (ix.out.get(id) ?? []).some((e) => !set.has(e.target)));
    if (!exits) out.push({ severity: "error", nodeId: first, pointer: nodePtr(first), message: `节点 ${comp.join(" → ")} 构成死循环，没有出口 (cycle without exit: deadlock)` });
    if (!comp.some((id) => WAITING_TYPES.has(ix.nodes.get(id)?.type ?? ""))) {
      out.push({ severity: "error", nodeId: first, pointer: nodePtr(first), message: `节点 ${comp.join(" → ")} 构成的循环中没有办理节点，会无限循环 (cycle without a handling node)` });
    }
  }
  return out;
}

/** The case limit is required, promised ≤ statutory, and the critical path should fit in it. */
function checkCaseLimit(flow: Parameters<typeof checkFlowGraph>[0], ix: FlowIndex): FlowProblem[] {
  const out: FlowProblem[] = [];
  const limit = flow.caseLimit;
  if (!limit) {
    out.push({ severity: "error", pointer: "/caseLimit", message: "流程缺少案件办结时限 caseLimit（法定与承诺工作日）(case limit missing)" });
    return out;
  }
  if (limit.promisedDays > limit.statutoryDays) {
    out.push({ severity: "error", pointer: "/caseLimit/promisedDays", message: `案件承诺时限 ${limit.promisedDays} 个工作日超过法定时限 ${limit.statutoryDays} 个工作日 (promised > statutory)` });
  }
  if (!flow.nodes.some((n) => n.type === "start")) return out;
  const cp = criticalPath(flow as FlowSpec, ix);
  if (cp.promised.days > limit.promisedDays) {
    out.push({ severity: "warning", pointer: "/caseLimit/promisedDays", message: `关键路径承诺时限合计 ${cp.promised.days} 个工作日（${cp.promised.path.join(" → ")}）超过案件承诺时限 ${limit.promisedDays} 个工作日` });
  }
  if (cp.statutory.days > limit.statutoryDays) {
    out.push({ severity: "warning", pointer: "/caseLimit/statutoryDays", message: `关键路径法定时限合计 ${cp.statutory.days} 个工作日超过案件法定时限 ${limit.statutoryDays} 个工作日` });
  }
  return out;
}
