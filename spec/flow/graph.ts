// Graph helpers over a flow's nodes and edges: an index by id, adjacency, reachability and strongly
// connected components (for cycles). Shared by validation, the critical path, the machine and simulation.
import type { FlowEdge, RawFlowNode } from "./schema.js";

/** The nodes and edges of a flow by id, with outgoing and incoming edges per node (in document order). */
export interface FlowIndex<N extends RawFlowNode = RawFlowNode> {
  nodes: Map<string, N>;
  nodePos: Map<string, number>;
  edges: Map<string, FlowEdge>;
  edgePos: Map<string, number>;
  out: Map<string, FlowEdge[]>;
  in: Map<string, FlowEdge[]>;
}

const cache = new WeakMap<object, FlowIndex>();

/** Indexes a flow (cached per flow object, which must not be mutated afterwards). */
export function indexFlow<N extends RawFlowNode>(flow: { nodes: N[]; edges: FlowEdge[] }): FlowIndex<N> {
  const hit = cache.get(flow);
  if (hit) return hit as FlowIndex<N>;
  const ix: FlowIndex<N> = { nodes: new Map(), nodePos: new Map(), edges: new Map(), edgePos: new Map(), out: new Map(), in: new Map() };
  flow.nodes.forEach((n, i) => {
    if (!ix.nodes.has(n.id)) { ix.nodes.set(n.id, n); ix.nodePos.set(n.id, i); }
    ix.out.set(n.id, []);
    ix.in.set(n.id, []);
  });
  flow.edges.forEach((e, i) => {
    if (!ix.edges.has(e.id)) { ix.edges.set(e.id, e); ix.edgePos.set(e.id, i); }
    if (ix.nodes.has(e.source) && ix.nodes.has(e.target)) {
      ix.out.get(e.source)!.push(e);
      ix.in.get(e.target)!.push(e);
    }
  });
  cache.set(flow, ix as FlowIndex);
  return ix;
}

/** Node ids reachable from the given ones following edges forwards (or backwards). */
export function reachable(ix: FlowIndex, from: string[], backwards = false): Set<string> {
  return walk(ix, from, backwards, () => false);
}

/** Walks edges from some nodes, not expanding the stop nodes (they are included when reached); why: branch and join analysis. */
export function walk(ix: FlowIndex, from: string[], backwards: boolean, stop: (id: string) => boolean, follow: (e: FlowEdge) => boolean = () => true): Set<string> {
  const seen = new Set<string>();
  const stack = [...from];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id) || !ix.nodes.has(id)) continue;
    seen.add(id);
    if (stop(id)) continue;
    for (const e of (backwards ? ix.in : ix.out).get(id) ?? []) if (follow(e)) stack.push(backwards ? e.source : e.target);
  }
  return seen;
}

/** Strongly connected components (Tarjan, iterative), in a deterministic order. */
export function stronglyConnected(ix: FlowIndex): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  for (const root of ix.nodes.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ id: string; i: number }> = [{ id: root, i: 0 }];
    index.set(root, counter); low.set(root, counter); counter++;
    stack.push(root); onStack.add(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const edges = ix.out.get(frame.id) ?? [];
      if (frame.i < edges.length) {
        const next = edges[frame.i++]!.target;
        if (!index.has(next)) {
          index.set(next, counter); low.set(next, counter); counter++;
          stack.push(next); onStack.add(next);
          work.push({ id: next, i: 0 });
        } else if (onStack.has(next)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(next)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]!.id;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.id)!));
      }
      if (low.get(frame.id) === index.get(frame.id)) {
        const comp: string[] = [];
        let w: string;
        do { w = stack.pop()!; onStack.delete(w); comp.push(w); } while (w !== frame.id);
        out.push(comp.reverse());
      }
    }
  }
  return out;
}

/** Edges that close a cycle when walking depth-first from the start (back edges); removing them leaves a DAG. */
export function backEdges(ix: FlowIndex, start: string): Set<string> {
  const state = new Map<string, 1 | 2>();
  const back = new Set<string>();
  const visit = (root: string): void => {
    const work: Array<{ id: string; i: number }> = [{ id: root, i: 0 }];
    state.set(root, 1);
    while (work.length) {
      const f = work[work.length - 1]!;
      const edges = ix.out.get(f.id) ?? [];
      if (f.i < edges.length) {
        const e = edges[f.i++]!;
        const s = state.get(e.target);
        if (s === 1) back.add(e.id);
        else if (s === undefined) { state.set(e.target, 1); work.push({ id: e.target, i: 0 }); }
        continue;
      }
      state.set(f.id, 2);
      work.pop();
    }
  };
  if (ix.nodes.has(start)) visit(start);
  for (const id of ix.nodes.keys()) if (!state.has(id)) visit(id);
  return back;
}
