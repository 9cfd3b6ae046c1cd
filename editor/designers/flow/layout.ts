// Auto-layout with elkjs (layered, left to right), loaded on demand so the designer opens fast.
import type { FlowDoc } from "./model.js";

/** Node box size the layout assumes (the node components render at about this size). */
export const NODE_W = 200, NODE_H = 96;

/** Positions for every node of the flow, layered left to right along the edges. */
export async function autoLayout(flow: FlowDoc): Promise<Record<string, { x: number; y: number }>> {
  const { default: ELK } = await import("elkjs/lib/elk.bundled.js");
  const elk = new ELK();
  const ids = new Set(flow.nodes.map((n) => n.id));
  const graph = await elk.layout({
    id: "root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "RIGHT",
      "elk.layered.spacing.nodeNodeBetweenLayers": "70",
      "elk.spacing.nodeNode": "36",
      "elk.layered.nodePlacement.strategy": "BRANDES_KOEPF",
      "elk.layered.cycleBreaking.strategy": "DEPTH_FIRST",
    },
    children: flow.nodes.map((n) => ({ id: n.id, width: NODE_W, height: NODE_H })),
    edges: flow.edges.filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target).map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const out: Record<string, { x: number; y: number }> = {};
  for (const c of graph.children ?? []) out[c.id] = { x: c.x ?? 0, y: c.y ?? 0 };
  return out;
}
