// Static validation of a flow: every problem at once, each pointing at its node or edge with a JSON pointer and
// naming the real problem. The document shape and node data are checked here (a wrong field is named by its
// label); the graph-level rules live in rules/ as small named functions (FLOW_RULES), run in order.
import { z } from "zod";
import { Id, SCHEMA_VERSION } from "../common.js";
import { say, zhOf, type Bilingual } from "../bilingual.js";
import { issueMessage, ownedMessage } from "../issue-messages.js";
import { toPointer } from "../pointer.js";
import type { FlowSpec } from "./flow-spec.js";
import { NODE_TYPES } from "./registry.js";
import { flowNamesAsWritten } from "./names.js";
import { departmentNamesOf, ruleContext, type CheckedFlow, type FlowCheckOptions, type FlowRule } from "./rules/context.js";
import { caseLimit, cycles, parallelRegions } from "./rules/regions.js";
import { assignees, itemLimits, itemRefs, nodeTypeChecks, participants, undecidedItems } from "./rules/references.js";
import { duplicateIds, edgeEnds, oneExit, reachability, startAndEnd, waysOut } from "./rules/structure.js";
import { CaseLimitSchema, FlowEdgeSchema, PositionSchema, type FlowEdge, type FlowProblem, type RawFlowNode } from "./schema.js";

export type { FlowCheckOptions, ItemToDecide } from "./rules/context.js";

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

/** Schema violations as problems that name the node or edge and the field by its label (未选择办理部门, not an id-format complaint). */
function zodProblems(error: z.ZodError, prefix: string, root: unknown, ids: { nodeId?: string; edgeId?: string } = {}, name?: Bilingual): FlowProblem[] {
  const who = ids.nodeId ? say(`节点「${name?.zh ?? ids.nodeId}」`, `Node "${name?.en ?? ids.nodeId}"`) : ids.edgeId ? say(`连线「${name?.zh ?? ids.edgeId}」`, `Edge "${name?.en ?? ids.edgeId}"`) : say("流程", "Flow");
  return error.issues.map((i) => ({ severity: "error" as const, ...ids, pointer: prefix + toPointer(i.path as (string | number)[]), message: ownedMessage(who, issueMessage(i, root)) }));
}

/** Validates a flow document (the shape, then every static rule); never throws on bad input. */
export function validateFlow(input: unknown, options: FlowCheckOptions = {}): FlowValidation {
  const top = TopSchema.safeParse(input);
  if (!top.success) return { ok: false, problems: zodProblems(top.error, "", input) };
  const problems: FlowProblem[] = [];
  const nodes: RawFlowNode[] = [];
  const unparsed = new Set<string>();
  const names = flowNamesAsWritten(top.data.nodes, NODE_TYPES, departmentNamesOf(options));
  const nameOf = names.node;
  top.data.nodes.forEach((raw, i) => {
    const base = BaseNodeSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown })?.id;
    const nodeId = typeof rawId === "string" ? rawId : undefined;
    if (!base.success) return problems.push(...zodProblems(base.error, `/nodes/${i}`, raw, nodeId ? { nodeId } : {}, nodeId ? nameOf(nodeId) : undefined));
    const type = NODE_TYPES.get(base.data.type);
    if (!type) {
      const who = nameOf(base.data.id);
      return problems.push({ severity: "error", nodeId: base.data.id, pointer: `/nodes/${i}/type`, message: say(`节点「${who.zh}」的类型 "${base.data.type}" 未知，可用类型：${[...NODE_TYPES.keys()].join(", ")}`, `Node "${who.en}" has the unknown type "${base.data.type}"; the types are: ${[...NODE_TYPES.keys()].join(", ")}`) });
    }
    const data = type.data.safeParse(base.data.data);
    if (!data.success) {
      // still part of the graph (its edges are not dangling, what follows it is reachable); only its data is wrong
      unparsed.add(base.data.id);
      nodes.push({ ...(raw as object), ...base.data });
      return problems.push(...zodProblems(data.error, `/nodes/${i}/data`, base.data.data, { nodeId: base.data.id }, nameOf(base.data.id)));
    }
    nodes.push({ ...(raw as object), ...base.data, data: data.data as Record<string, unknown> });
  });
  const edges: FlowEdge[] = [];
  top.data.edges.forEach((raw, i) => {
    const e = FlowEdgeSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown })?.id;
    if (!e.success) return problems.push(...zodProblems(e.error, `/edges/${i}`, raw, typeof rawId === "string" ? { edgeId: rawId } : {}, typeof rawId === "string" ? names.edge(raw, rawId) : undefined));
    edges.push(e.data);
  });
  const shapeOk = problems.length === 0;
  const flow = { ...top.data, nodes, edges } as unknown as FlowSpec;
  problems.push(...checkFlowGraph(flow, options, top.data.nodes as Array<{ id?: unknown }>, top.data.edges as Array<{ id?: unknown }>, unparsed));
  const ok = shapeOk && !problems.some((p) => p.severity === "error");
  return ok ? { ok, flow, problems } : { ok, problems };
}

/** The static rules, by name, in the order their problems are listed (each one small and tested on its own). */
export const FLOW_RULES: Record<string, FlowRule> = {
  duplicateIds, edgeEnds, startAndEnd, waysOut, nodeTypeChecks, itemRefs, itemLimits, undecidedItems, assignees, participants,
  reachability, parallelRegions, cycles, caseLimit, oneExit,
};

/** The graph-level rules on a flow whose nodes and edges parsed (also run by FlowSpecSchema's refinement). */
export function checkFlowGraph(
  flow: CheckedFlow,
  options: FlowCheckOptions = {},
  rawNodes: Array<{ id?: unknown }> = flow.nodes,
  rawEdges: Array<{ id?: unknown }> = flow.edges,
  unparsed: ReadonlySet<string> = new Set(),
): FlowProblem[] {
  const cx = ruleContext(flow, options, rawNodes, rawEdges, unparsed);
  return dedupe(Object.values(FLOW_RULES).flatMap((rule) => rule(cx)));
}

function dedupe(problems: FlowProblem[]): FlowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = `${p.severity}|${p.pointer}|${zhOf(p.message)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}


