// Pure edits of the flow document the designer makes (the flow spec maps 1:1 onto @xyflow/react nodes and
// edges): add a node with sensible data for its type, connect with the outcome of the handle, remove, move.
import { NODE_TYPES } from "../../../spec/flow/index.js";
import { arr, freshId, obj, type Json } from "../common/doc.js";

/** A stored flow node (raw, possibly invalid while editing). */
export interface FlowNodeDoc { id: string; type: string; position: { x: number; y: number }; data: Json }
/** A stored flow edge. */
export interface FlowEdgeDoc { id: string; source: string; target: string; sourceHandle?: string | null; targetHandle?: string | null; label?: string; data?: Json }
/** The flow document. */
export interface FlowDoc { schemaVersion: 1; nodes: FlowNodeDoc[]; edges: FlowEdgeDoc[]; caseLimit?: Json; calendar?: string; [k: string]: unknown }

/** Reads the flow of a draft, or an empty flow (start → end is added by the user). */
export function readFlow(doc: Json): FlowDoc {
  const f = obj(doc.flow);
  return { ...f, schemaVersion: 1, nodes: arr<FlowNodeDoc>(f.nodes), edges: arr<FlowEdgeDoc>(f.edges) } as FlowDoc;
}

/** Data a new node of a type starts with: the lead's department for the front desk and the exit, 1 day limits. */
export function defaultData(type: string, lead: string | undefined, flow: FlowDoc): Json {
  const label = NODE_TYPES.get(type)?.label ?? type;
  const limits = { statutoryDays: 1, promisedDays: 1, reminderDays: 0 };
  switch (type) {
    case "acceptance": return { label, department: lead ?? "", role: "clerk", ...limits, promisedDays: 0 };
    case "review": return { label, department: "", role: "reviewer", ...limits };
    case "auto": return { label, department: lead ?? "", rules: [{ when: true, outcome: "approve" }], otherwise: "manual", manual: { department: lead ?? "", role: "reviewer", ...limits } };
    case "results": return { label, department: lead ?? "", role: "clerk", ...limits, promisedDays: 0 };
    case "parallel": {
      const used = new Set(flow.nodes.filter((n) => n.type === "parallel").map((n) => String(n.data?.join ?? "")));
      const free = flow.nodes.find((n) => n.type === "join" && !used.has(n.id));
      return { label, join: free?.id ?? "" };
    }
    case "end": return { label, outcome: "completed" };
    default: return { label };
  }
}

/** Adds a node of a type at a position; a join added while exactly one split names no existing join becomes its join. */
export function addNode(flow: FlowDoc, type: string, position: { x: number; y: number }, lead?: string): { flow: FlowDoc; id: string } {
  const id = freshId(type, flow.nodes.map((n) => n.id));
  const node: FlowNodeDoc = { id, type, position: { x: Math.round(position.x), y: Math.round(position.y) }, data: defaultData(type, lead, flow) };
  let nodes = [...flow.nodes, node];
  if (type === "join") {
    const ids = new Set(flow.nodes.map((n) => n.id));
    const orphans = flow.nodes.filter((n) => n.type === "parallel" && !ids.has(String(n.data?.join ?? "")));
    if (orphans.length === 1) nodes = nodes.map((n) => (n.id === orphans[0]!.id ? { ...n, data: { ...n.data, join: id } } : n));
  }
  return { flow: { ...flow, nodes }, id };
}

/** Connects two nodes; an edge from an outcome handle (reject, promise, promise_broken) carries that outcome. */
export function connect(flow: FlowDoc, c: { source: string; target: string; sourceHandle?: string | null; targetHandle?: string | null }): { flow: FlowDoc; id?: string } {
  if (!c.source || !c.target || c.source === c.target) return { flow };
  const handle = c.sourceHandle ?? null;
  if (flow.edges.some((e) => e.source === c.source && e.target === c.target && (e.sourceHandle ?? null) === handle)) return { flow };
  const id = freshId(`e-${c.source}-${c.target}`, flow.edges.map((e) => e.id));
  const edge: FlowEdgeDoc = { id, source: c.source, target: c.target, ...(handle ? { sourceHandle: handle, data: { outcome: handle } } : {}) };
  return { flow: { ...flow, edges: [...flow.edges, edge] }, id };
}

/** Removes nodes (with their edges) and edges. */
export function remove(flow: FlowDoc, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): FlowDoc {
  const nodes = new Set(nodeIds), edges = new Set(edgeIds);
  return {
    ...flow,
    nodes: flow.nodes.filter((n) => !nodes.has(n.id)),
    edges: flow.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
  };
}

/** Moves nodes to new positions. */
export function moveNodes(flow: FlowDoc, positions: Record<string, { x: number; y: number }>): FlowDoc {
  return { ...flow, nodes: flow.nodes.map((n) => (positions[n.id] ? { ...n, position: { x: Math.round(positions[n.id]!.x), y: Math.round(positions[n.id]!.y) } } : n)) };
}

/** Replaces one node's data. */
export function setNodeData(flow: FlowDoc, id: string, data: Json): FlowDoc {
  return { ...flow, nodes: flow.nodes.map((n) => (n.id === id ? { ...n, data } : n)) };
}

/** Replaces one edge. */
export function setEdge(flow: FlowDoc, id: string, edge: FlowEdgeDoc): FlowDoc {
  return { ...flow, edges: flow.edges.map((e) => (e.id === id ? edge : e)) };
}

/** The outcome an edge stands for (data.outcome, else its outcome handle), undefined for the normal way on. */
export function edgeOutcome(e: FlowEdgeDoc): string | undefined {
  const o = e.data?.outcome ?? e.sourceHandle;
  return typeof o === "string" && ["approve", "reject", "promise", "promise_broken"].includes(o) ? o : undefined;
}

/** Renames a node's id everywhere (edges, the split naming it as join). */
export function renameNode(flow: FlowDoc, from: string, to: string): FlowDoc {
  if (!to || flow.nodes.some((n) => n.id === to)) return flow;
  return {
    ...flow,
    nodes: flow.nodes.map((n) => ({ ...n, id: n.id === from ? to : n.id, data: n.type === "parallel" && n.data?.join === from ? { ...n.data, join: to } : n.data })),
    edges: flow.edges.map((e) => ({ ...e, source: e.source === from ? to : e.source, target: e.target === from ? to : e.target })),
  };
}

/** A node type's name in the interface language: the flow spec keeps both names of each type. */
export function nodeTypeName(type: { label: string; labelEn: string } | undefined, fallback: string, lang: string): string {
  return type ? (lang === "en" ? type.labelEn : type.label) : fallback;
}
