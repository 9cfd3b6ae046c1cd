// What every static flow rule sees: the parsed flow, its index, the options it is checked against, and where
// each node and edge sits in the document as written (for JSON pointers).
import { indexFlow, type FlowIndex } from "../graph.js";
import type { FlowEdge, FlowProblem, RawFlowNode } from "../schema.js";
import { departmentNames, edgeName, nodeName, type DepartmentName, type DepartmentNames } from "../names.js";
import { NODE_TYPES } from "../registry.js";
import type { Bilingual } from "../../bilingual.js";

/** What validation may check the flow against. */
export interface FlowCheckOptions {
  /** Department ids of the registry (templates/departments.json); unknown departments are errors. */
  departments?: Iterable<string>;
  /** The bundle's lead department: acceptance and the one exit belong to it. */
  lead?: string;
  /** Ids of the bundle's items: a node's `data.item` must name one of them. */
  items?: Iterable<string>;
  /** The bundle's items with their department: each must be decided by a step (checked at publish and in the editor;
   *  a version already published is run without it). */
  itemsToDecide?: Iterable<ItemToDecide>;
  /** The items' own limits (承诺/法定办结时限, working days): a node deciding an item should not exceed them. */
  itemLimits?: Record<string, { promisedDays: number; statutoryDays: number }>;
  /** Known users with their department: pre-assigned persons, countersign signers and escalation targets must be among them. */
  users?: Iterable<{ id: string; department?: string }>;
  /** The bundle's lead and cooperating departments: a task for any other department is flagged. */
  participants?: Iterable<string>;
  /** Department names by id, so that a step without a label is named by its type and department (部门审批（公安局）);
   *  the items' department names (itemsToDecide) are used where this does not say. */
  departmentNames?: Readonly<Record<string, string | DepartmentName>>;
}

/** An item a flow must decide: its department decides it, by a review (or automatic approval) of that item. */
export interface ItemToDecide { id: string; name: string; department: string; departmentName?: string }

/** A flow as the rules read it: nodes and edges that parsed, the case limit. */
export interface CheckedFlow { nodes: RawFlowNode[]; edges: FlowEdge[]; caseLimit?: { statutoryDays: number; promisedDays: number } }

/** The context of one run of the rules. */
export interface RuleContext {
  flow: CheckedFlow;
  ix: FlowIndex;
  options: FlowCheckOptions;
  rawNodes: Array<{ id?: unknown }>;
  rawEdges: Array<{ id?: unknown }>;
  /** Nodes whose data did not parse: they take part in the graph, but their type's own checks are skipped (their data problems are reported already). */
  unparsed: ReadonlySet<string>;
  nodePtr(id: string): string;
  edgePtr(id: string): string;
  /** Department names known to the check (for naming steps). */
  departments: DepartmentNames;
  /** What people call a node (its label, else its type and department; its id if there is no such node). */
  name(id: string): Bilingual;
  /** What people call an edge (「from → to」). */
  edgeName(id: string): Bilingual;
}

/** One named static rule: every problem it finds, never throwing. */
export type FlowRule = (cx: RuleContext) => FlowProblem[];

/** Builds the rules' context; positions point into the document as written (nodes that failed to parse are not in it). */
export function ruleContext(flow: CheckedFlow, options: FlowCheckOptions = {}, rawNodes: Array<{ id?: unknown }> = flow.nodes, rawEdges: Array<{ id?: unknown }> = flow.edges, unparsed: ReadonlySet<string> = new Set()): RuleContext {
  const ix = indexFlow(flow);
  ix.nodePos.forEach((_, id) => ix.nodePos.set(id, rawNodes.findIndex((n) => n?.id === id)));
  ix.edgePos.forEach((_, id) => ix.edgePos.set(id, rawEdges.findIndex((e) => e?.id === id)));
  const departments = departmentNamesOf(options);
  const name = (id: string): Bilingual => {
    const n = ix.nodes.get(id);
    return n ? nodeName(n, NODE_TYPES.get(n.type), departments) : { zh: id, en: id };
  };
  return {
    flow, ix, options, rawNodes, rawEdges, unparsed, departments, name,
    nodePtr: (id) => `/nodes/${rawNodes.findIndex((n) => n?.id === id)}`,
    edgePtr: (id) => `/edges/${rawEdges.findIndex((e) => e?.id === id)}`,
    edgeName: (id) => {
      const e = ix.edges.get(id);
      return e ? edgeName(e, ix.nodes.has(e.source) ? name(e.source) : undefined, ix.nodes.has(e.target) ? name(e.target) : undefined) : { zh: id, en: id };
    },
  };
}

/** The department names a check knows: given by the caller, else those the bundle's items carry. */
export function departmentNamesOf(options: FlowCheckOptions): DepartmentNames {
  return departmentNames(
    options.departmentNames ? Object.entries(options.departmentNames) : undefined,
    options.itemsToDecide ? [...options.itemsToDecide].map((i) => [i.department, i.departmentName] as const) : undefined,
  );
}
