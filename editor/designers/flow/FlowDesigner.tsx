// The flow designer: the bundle's approval flow on @xyflow/react (nodes and edges are the flow spec's own),
// a palette to drag node types onto the canvas, connections by handle (one per outcome), properties per node
// and edge, elkjs auto-layout, live validation with markers and a problem list, the critical-path figures and
// a simulation that steps through the server's state machine.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Background, Controls, MarkerType, MiniMap, ReactFlow, ReactFlowProvider, applyEdgeChanges, applyNodeChanges, useReactFlow,
  type Connection, type Edge, type EdgeChange, type NodeChange,
  useUpdateNodeInternals,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import "../common/designers.css";
import type { DesignerProps } from "../../state/draft-store.js";
import { criticalPath, validateFlow, type FlowProblem } from "../../../spec/flow/index.js";
import type { Condition } from "../../../spec/conditions.js";
import { arr, deptName, obj, type Json } from "../common/doc.js";
import { describeCondition } from "../common/conditions.js";
import { answerVariables, dataVariables } from "../common/variables.js";
import { msgIn } from "../common/lang.js";
import { translate, useI18n, type Lang } from "../../i18n.js";
import { designerNodeTypes } from "./nodes/index.js";
import type { DesignerNode } from "./nodes/NodeCard.js";
import { addNode, connect, edgeOutcome, moveNodes, readFlow, remove, renameNode, setEdge, setNodeData, type FlowDoc } from "./model.js";
import { autoLayout } from "./layout.js";
import { Palette, NODE_MIME } from "./Palette.js";
import { NodeProperties } from "./NodeProperties.js";
import { EdgeProperties } from "./EdgeProperties.js";
import { SimulationPanel } from "./SimulationPanel.js";
import { CriticalPathBar, ProblemList } from "./FlowPanels.js";

const OUTCOME_COLOR: Record<string, string> = { reject: "#b3261e", promise: "#1e6b34", promise_broken: "#8a4b00" };

/** A starter flow for a bundle without one: submit → front desk → exit → end, at the lead; its steps named in the UI language. */
function starterFlow(lead: string, lang: Lang): FlowDoc {
  const name = (step: "start" | "acceptance" | "results" | "end") => translate(`ed.flow.starter.${step}`, undefined, lang);
  const limits = { statutoryDays: 1, promisedDays: 0 };
  return {
    schemaVersion: 1,
    caseLimit: { statutoryDays: 20, promisedDays: 10 },
    nodes: [
      { id: "start", type: "start", position: { x: 0, y: 100 }, data: { label: name("start") } },
      { id: "acceptance", type: "acceptance", position: { x: 260, y: 100 }, data: { label: name("acceptance"), department: lead, role: "clerk", ...limits } },
      { id: "results", type: "results", position: { x: 520, y: 100 }, data: { label: name("results"), department: lead, role: "clerk", ...limits } },
      { id: "end", type: "end", position: { x: 780, y: 100 }, data: { label: name("end"), outcome: "completed" } },
    ],
    edges: [
      { id: "e-start-acceptance", source: "start", target: "acceptance" },
      { id: "e-acceptance-results", source: "acceptance", target: "results" },
      { id: "e-results-end", source: "results", target: "end" },
    ],
  };
}

/** The flow designer (DesignerProps contract of the editor shell). */
export function FlowDesigner(props: DesignerProps) {
  return (
    <ReactFlowProvider>
      <FlowCanvas {...props} />
    </ReactFlowProvider>
  );
}

function FlowCanvas({ doc, onChange, departments }: DesignerProps) {
  const { t, lang } = useI18n();
  const rf = useReactFlow();
  // Nodes added or re-rendered from the document must be re-measured, or xyflow draws no edges to their handles.
  const updateNodeInternals = useUpdateNodeInternals();
  const flow = useMemo(() => readFlow(doc), [doc]);
  const lead = typeof doc.lead === "string" ? doc.lead : undefined;
  const hasFlow = doc.flow !== undefined;
  const items = useMemo(() => arr<Json>(doc.items).map((i) => ({ id: String(i.id), name: String(i.task_name ?? i.id), department: String(i.department ?? "") })), [doc.items]);
  const validation = useMemo(() => validateFlow(flow, {
    ...(departments.length ? { departments: departments.map((d) => d.id), departmentNames: Object.fromEntries(departments.map((d) => [d.id, d.name])) } : {}),
    ...(lead ? { lead, participants: [lead, ...arr<string>(doc.cooperating)] } : {}),
    items: items.map((i) => i.id),
    itemsToDecide: items.map((i) => ({ ...i, departmentName: deptName(departments, i.department) })),
  }), [flow, departments, lead, doc.cooperating, items]);
  const problems = validation.problems;
  const critical = useMemo(() => { try { return criticalPath((validation.flow ?? flow) as Parameters<typeof criticalPath>[0]); } catch { return undefined; } }, [validation.flow, flow]);
  const variables = useMemo(() => [...answerVariables(doc, lang), ...dataVariables(doc, lang)], [doc, lang]);
  const [sim, setSim] = useState<{ active: string[]; visited: string[] }>({ active: [], visited: [] });
  const [tab, setTab] = useState<"props" | "sim">("props");

  const commit = useCallback((next: FlowDoc, label: string) => onChange({ ...doc, flow: next }, label), [doc, onChange]);

  const byNode = useMemo(() => {
    const m = new Map<string, FlowProblem[]>();
    for (const p of problems) if (p.nodeId) (m.get(p.nodeId) ?? m.set(p.nodeId, []).get(p.nodeId)!).push(p);
    return m;
  }, [problems]);
  const byEdge = useMemo(() => {
    const m = new Map<string, FlowProblem[]>();
    for (const p of problems) if (p.edgeId) (m.get(p.edgeId) ?? m.set(p.edgeId, []).get(p.edgeId)!).push(p);
    return m;
  }, [problems]);

  // Local canvas state (xyflow measures and drags here); rebuilt from the document whenever it changes.
  const [nodes, setNodes] = useState<DesignerNode[]>([]);
  const [edges, setEdges] = useState<Edge[]>([]);
  useEffect(() => {
    setNodes((prev) => {
      const old = new Map(prev.map((n) => [n.id, n]));
      return flow.nodes.map((n) => ({
        ...(old.get(n.id) ?? {}),
        id: n.id, type: designerNodeTypes[n.type] ? n.type : "review", position: n.position ?? { x: 0, y: 0 },
        data: { node: n, problems: byNode.get(n.id) ?? [], deptName: deptName(departments, n.data?.department), active: sim.active.includes(n.id), visited: sim.visited.includes(n.id) },
        selected: old.get(n.id)?.selected ?? false,
      }));
    });
    setEdges((prev) => {
      const old = new Map(prev.map((e) => [e.id, e]));
      return flow.edges.map((e) => {
        const outcome = edgeOutcome(e);
        const ps = byEdge.get(e.id) ?? [];
        const bad = ps.some((p) => p.severity === "error");
        const cond = e.data?.condition as Condition | undefined;
        const text = String(e.data?.label ?? e.label ?? (e.data?.default ? translate("ed.flow.edge.defaultLabel", undefined, lang) : cond !== undefined ? describeCondition(cond, variables, lang) : ""));
        const color = bad ? "#b3261e" : outcome ? OUTCOME_COLOR[outcome] : sim.visited.includes(e.source) && sim.visited.includes(e.target) ? "#0b4f9c" : "#5b6778";
        return {
          id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle ?? null, targetHandle: e.targetHandle ?? null,
          label: (bad ? "⚠ " : "") + (text.length > 24 ? text.slice(0, 23) + "…" : text) || undefined,
          selected: old.get(e.id)?.selected ?? false,
          className: bad ? "fedge fedge--error" : ps.length ? "fedge fedge--warning" : "fedge",
          markerEnd: { type: MarkerType.ArrowClosed, color },
          style: { stroke: color, strokeWidth: bad ? 3 : 2, ...(outcome ? { strokeDasharray: "6 4" } : {}) },
          ariaLabel: ps.length ? translate("ed.flow.edge.aria", { from: e.source, to: e.target, problems: ps.map((p) => msgIn(lang, p.message)).join(translate("ed.flow.problemSep", undefined, lang)) }, lang) : `${e.source} → ${e.target}`,
          data: { problems: ps },
        } as Edge;
      });
    });
  }, [flow, byNode, byEdge, departments, sim, variables, lang]);
  useEffect(() => {
    const frame = requestAnimationFrame(() => updateNodeInternals(flow.nodes.map((n) => n.id)));
    return () => cancelAnimationFrame(frame);
  }, [flow, updateNodeInternals]);

  const selectedNode = nodes.find((n) => n.selected)?.id;
  const selectedEdge = edges.find((e) => e.selected)?.id;
  const select = useCallback((kind: "node" | "edge", id: string | undefined) => {
    setNodes((ns) => ns.map((n) => ({ ...n, selected: kind === "node" && n.id === id })));
    setEdges((es) => es.map((e) => ({ ...e, selected: kind === "edge" && e.id === id })));
    if (kind === "node" && id) {
      const n = flow.nodes.find((x) => x.id === id);
      if (n) void rf.setCenter(n.position.x + 100, n.position.y + 48, { zoom: Math.max(rf.getZoom(), 0.8), duration: 300 });
    }
    setTab("props");
  }, [flow.nodes, rf]);

  const onNodesChange = useCallback((changes: NodeChange<DesignerNode>[]) => {
    setNodes((ns) => applyNodeChanges(changes, ns));
    const moved: Record<string, { x: number; y: number }> = {};
    for (const c of changes) if (c.type === "position" && c.dragging === false && c.position) moved[c.id] = c.position;
    if (Object.keys(moved).length) commit(moveNodes(flow, moved), t("ed.flow.undo.moveNode"));
  }, [commit, flow, t]);
  const onNodeDragStop = useCallback((_: unknown, __: unknown, dragged: DesignerNode[]) => {
    const moved: Record<string, { x: number; y: number }> = {};
    for (const n of dragged) {
      const was = flow.nodes.find((x) => x.id === n.id)?.position;
      if (!was || Math.round(was.x) !== Math.round(n.position.x) || Math.round(was.y) !== Math.round(n.position.y)) moved[n.id] = n.position;
    }
    if (Object.keys(moved).length) commit(moveNodes(flow, moved), t("ed.flow.undo.moveNode"));
  }, [commit, flow, t]);
  const onEdgesChange = useCallback((changes: EdgeChange[]) => setEdges((es) => applyEdgeChanges(changes, es)), []);
  const onConnect = useCallback((c: Connection) => {
    const r = connect(flow, c);
    if (r.id) commit(r.flow, t("ed.flow.undo.connect"));
  }, [commit, flow, t]);
  const onDelete = useCallback(({ nodes: ns, edges: es }: { nodes: DesignerNode[]; edges: Edge[] }) => {
    if (!ns.length && !es.length) return;
    commit(remove(flow, ns.map((n) => n.id), es.map((e) => e.id)), ns.length ? t("ed.flow.deleteNode") : t("ed.flow.deleteEdge"));
  }, [commit, flow, t]);

  const addAt = useCallback((type: string, position: { x: number; y: number }) => {
    const r = addNode(flow, type, position, lead);
    commit(r.flow, t("ed.flow.undo.addNode", { type }));
    setTimeout(() => select("node", r.id), 0);
  }, [commit, flow, lead, t, select]);
  const wrapper = useRef<HTMLDivElement>(null);
  const onDrop = useCallback((e: React.DragEvent) => {
    const type = e.dataTransfer.getData(NODE_MIME);
    if (!type) return;
    e.preventDefault();
    const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    addAt(type, { x: p.x - 100, y: p.y - 40 });
  }, [rf, addAt]);
  const addCentered = useCallback((type: string) => {
    const box = wrapper.current?.getBoundingClientRect();
    const p = box ? rf.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
    const offset = (flow.nodes.length % 5) * 24;
    addAt(type, { x: p.x - 100 + offset, y: p.y - 40 + offset });
  }, [rf, addAt, flow.nodes.length]);

  const [layingOut, setLayingOut] = useState(false);
  const [fitPending, setFitPending] = useState(false);
  useEffect(() => {
    if (!fitPending) return;
    setFitPending(false);
    const id = requestAnimationFrame(() => void rf.fitView({ padding: 0.1, duration: 300 }));
    return () => cancelAnimationFrame(id);
  }, [nodes, fitPending, rf]);
  const layout = async () => {
    setLayingOut(true);
    try {
      commit(moveNodes(flow, await autoLayout(flow)), t("ed.flow.autoLayout"));
      setFitPending(true);
    } finally { setLayingOut(false); }
  };

  if (!hasFlow) {
    return (
      <section className="card" aria-labelledby="flow-empty">
        <h2 id="flow-empty">{t("ed.flow.approvalFlow")}</h2>
        <p>{t("ed.flow.noFlow")}</p>
        <button type="button" className="btn btn--primary" onClick={() => commit(starterFlow(lead ?? "", lang), t("ed.flow.undo.createFlow"))}>{t("ed.flow.createFlow")}</button>
      </section>
    );
  }

  const node = flow.nodes.find((n) => n.id === selectedNode);
  const edge = flow.edges.find((e) => e.id === selectedEdge);
  const errorCount = problems.filter((p) => p.severity === "error").length;
  return (
    <div className="flowd" data-testid="flow-designer">
      <div className="flowd__bar">
        <CriticalPathBar critical={critical} caseLimit={obj(flow.caseLimit)} onCaseLimit={(cl) => commit({ ...flow, caseLimit: cl }, t("ed.flow.undo.caseLimit"))} />
        <div className="row">
          <span className={errorCount ? "badge badge--rejected" : "badge badge--approved"} data-testid="flow-error-count" role="status">
            {errorCount ? t("ed.flow.errorCount", { n: errorCount }) : t("ed.flow.valid")}
          </span>
          <button type="button" className="btn btn--small" onClick={() => void layout()} disabled={layingOut}>{layingOut ? t("ed.flow.layingOut") : t("ed.flow.autoLayout")}</button>
          <button type="button" className="btn btn--small" onClick={() => void rf.fitView({ padding: 0.15, duration: 300 })}>{t("ed.flow.fitView")}</button>
        </div>
      </div>
      <div className="flowd__main">
        <div className="flowd__left">
        <Palette onAdd={addCentered} />
        <div className="flowd__canvas" ref={wrapper} onDragOver={(e) => { if (e.dataTransfer.types.includes(NODE_MIME)) { e.preventDefault(); e.dataTransfer.dropEffect = "move"; } }} onDrop={onDrop}
          role="application" aria-label={t("ed.flow.canvas")}>
          <ReactFlow<DesignerNode, Edge>
            nodes={nodes} edges={edges} nodeTypes={designerNodeTypes}
            onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} onConnect={onConnect} onDelete={onDelete} onNodeDragStop={onNodeDragStop}
            onNodeClick={() => setTab("props")} onEdgeClick={() => setTab("props")}
            isValidConnection={(c) => c.source !== c.target}
            deleteKeyCode={["Delete", "Backspace"]} fitView fitViewOptions={{ padding: 0.08 }} minZoom={0.2} maxZoom={2}
            defaultEdgeOptions={{ type: "smoothstep" }} proOptions={{ hideAttribution: true }}>
            <Background gap={20} />
            <Controls showInteractive={false} />
            <MiniMap pannable zoomable ariaLabel={t("ed.flow.minimap")} />
          </ReactFlow>
        </div>
        </div>
        <aside className="flowd__side" aria-label={t("ed.flow.sidePanel")}>
          <div className="dtabs" role="tablist">
            <button type="button" role="tab" aria-selected={tab === "props"} className={tab === "props" ? "is-active" : ""} onClick={() => setTab("props")}>{t("ed.flow.tab.properties")}</button>
            <button type="button" role="tab" aria-selected={tab === "sim"} className={tab === "sim" ? "is-active" : ""} onClick={() => setTab("sim")}>{t("ed.flow.tab.simulation")}</button>
          </div>
          {tab === "props" && (
            <>
              {node && (
                <NodeProperties key={node.id} node={node} problems={byNode.get(node.id) ?? []} departments={departments} items={items} variables={variables}
                  joins={flow.nodes.filter((n) => n.type === "join").map((n) => n.id)}
                  onData={(data, label) => commit(setNodeData(flow, node.id, data), label)}
                  onRename={(id) => { commit(renameNode(flow, node.id, id), t("ed.flow.undo.renameNode")); setTimeout(() => select("node", id), 0); }}
                  onDelete={() => commit(remove(flow, [node.id]), t("ed.flow.deleteNode"))} />
              )}
              {node && <ConnectFrom flow={flow} from={node.id} outcomes={node.type} onConnect={(target, handle) => onConnect({ source: node.id, target, sourceHandle: handle ?? null, targetHandle: null })} />}
              {edge && (
                <EdgeProperties key={edge.id} edge={edge} sourceType={flow.nodes.find((n) => n.id === edge.source)?.type} problems={byEdge.get(edge.id) ?? []} variables={variables}
                  onChange={(e, label) => commit(setEdge(flow, edge.id, e), label)} onDelete={() => commit(remove(flow, [], [edge.id]), t("ed.flow.deleteEdge"))} />
              )}
              {!node && !edge && <p className="muted small">{t("ed.flow.selectHint")}</p>}
              <ProblemList problems={problems} onSelect={(p) => (p.nodeId ? select("node", p.nodeId) : p.edgeId ? select("edge", p.edgeId) : undefined)} />
            </>
          )}
          {tab === "sim" && <SimulationPanel flow={flow} doc={doc} departments={departments} onPosition={(active, visited) => setSim({ active, visited })} />}
        </aside>
      </div>
    </div>
  );
}

/** Keyboard way to connect: pick a target (and an outcome) for the selected node. */
function ConnectFrom({ flow, from, outcomes, onConnect }: { flow: FlowDoc; from: string; outcomes: string; onConnect(target: string, handle?: string): void }) {
  const { t } = useI18n();
  const [target, setTarget] = useState("");
  const [handle, setHandle] = useState("");
  const type = flow.nodes.find((n) => n.id === from)?.type;
  if (type === "end") return null;
  const options = ["acceptance", "review", "auto"].includes(outcomes) ? [["", t("ed.flow.outcome.normal")], ["reject", t("ed.flow.outcome.reject")], ...(outcomes === "acceptance" ? [["promise", t("ed.flow.outcome.promise")], ["promise_broken", t("ed.flow.outcome.promiseBroken")]] : [])] : [];
  return (
    <section className="dpanel" aria-labelledby="connect-title">
      <h3 id="connect-title">{t("ed.flow.connect.title")}</h3>
      <div className="row">
        <label className="visually-hidden" htmlFor="connect-target">{t("ed.flow.connect.target")}</label>
        <select id="connect-target" value={target} onChange={(e) => setTarget(e.target.value)}>
          <option value="">{t("ed.flow.connect.targetEmpty")}</option>
          {flow.nodes.filter((n) => n.id !== from && n.type !== "start").map((n) => <option key={n.id} value={n.id}>{t("ed.flow.nameWithId", { name: String(n.data?.label ?? n.id), id: n.id })}</option>)}
        </select>
        {options.length > 0 && (
          <select aria-label={t("ed.flow.connect.outcome")} value={handle} onChange={(e) => setHandle(e.target.value)}>
            {options.map(([v, lab]) => <option key={v} value={v}>{lab}</option>)}
          </select>
        )}
        <button type="button" className="btn btn--small" disabled={!target} onClick={() => { onConnect(target, handle || undefined); setTarget(""); }}>{t("ed.flow.connect.button")}</button>
      </div>
    </section>
  );
}
