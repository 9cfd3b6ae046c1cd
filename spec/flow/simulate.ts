// Simulation: walks a flow through the real state machine with default answers, every front desk accepting,
// every department approving at the last minute of its promised limit and the exit issuing — so the editor
// and the CLI show the path taken, the parallel branches, and the dates the promised limits lead to.
import { criticalPath, type CriticalPath } from "./critical-path.js";
import type { FlowSpec } from "./flow-spec.js";
import { indexFlow } from "./graph.js";
import type { FlowEdge } from "./schema.js";
import { createCase, transition, type FlowDefinition } from "./machine.js";
import type { FlowEventInput, FlowState, LogEntry, Task } from "./state.js";

/** One parallel split with each branch's nodes up to the join (through a gateway, its first conditional edge). */
export interface ParallelBranches { split: string; join: string; branches: string[][] }

/** One action the simulation took. */
export interface SimulatedStep { at: string; node: string; task: string; department: string; action: string; by: string }

/** What a simulation run shows. */
export interface SimulationReport {
  status: FlowState["status"];
  /** Nodes in the order the case entered them (a join once per arriving branch is collapsed to once). */
  path: string[];
  steps: SimulatedStep[];
  branches: ParallelBranches[];
  critical: CriticalPath;
  submittedAt: string;
  finishedAt: string;
  /** Working days from acceptance to the end, as the machine's clock counted them. */
  caseDueAt?: string;
  caseStatutoryDueAt?: string;
  log: LogEntry[];
  state: FlowState;
}

/** The parallel regions of a flow with their branches, statically. */
export function parallelBranches(flow: Pick<FlowSpec, "nodes" | "edges">): ParallelBranches[] {
  const ix = indexFlow(flow);
  const out: ParallelBranches[] = [];
  for (const split of flow.nodes.filter((n) => n.type === "parallel")) {
    const join = (split.data as { join: string }).join;
    const branches = (ix.out.get(split.id) ?? []).map((first) => {
      const seq: string[] = [];
      let at: string | undefined = first.target;
      while (at && at !== join && !seq.includes(at) && seq.length < 200) {
        seq.push(at);
        const n = ix.nodes.get(at);
        if (n?.type === "parallel") { at = (n.data as { join: string }).join; continue; }
        const edges: FlowEdge[] = ix.out.get(at) ?? [];
        at = (n?.type === "exclusive" ? edges.find((e) => !e.data?.default && e.target !== join && !seq.includes(e.target)) ?? edges.find((e) => e.data?.default) : edges.find((e) => !e.data?.outcome || e.data.outcome === "approve"))?.target;
      }
      return seq;
    });
    out.push({ split: split.id, join, branches });
  }
  return out;
}

function actionFor(task: Task): FlowEventInput["type"] {
  if (task.kind === "acceptance") return "accept";
  if (task.kind === "results") return "results_issued";
  return "approve";
}

/** Runs a flow with default answers from a start instant; deterministic for the same inputs. */
export function simulate(
  def: FlowDefinition,
  options: { start: string; answers?: Record<string, unknown>; data?: Record<string, unknown>; caseId?: string; maxSteps?: number },
): SimulationReport {
  const log: LogEntry[] = [];
  const steps: SimulatedStep[] = [];
  let state = createCase(def, options.caseId ?? "sim");
  let now = new Date(options.start).toISOString();
  const apply = (event: FlowEventInput, at: string): void => {
    const r = transition(def, state, event, at);
    if (!r.ok) throw new Error(`simulation refused ${event.type}: ${r.error.message}`);
    state = r.state;
    for (const e of r.effects) if (e.type === "append_event") log.push(e.entry);
  };
  apply({ type: "submit", actor: { id: "applicant" }, answers: options.answers ?? {}, data: options.data ?? {} }, now);
  const limit = options.maxSteps ?? 1000;
  for (let i = 0; i < limit && (state.status === "running" || state.status === "waiting_applicant"); i++) {
    const open = Object.values(state.tasks).filter((t) => t.status === "open").sort((a, b) => (a.dueAt ?? "").localeCompare(b.dueAt ?? "") || a.id.localeCompare(b.id));
    const task = open[0];
    if (!task) {
      const pending = state.promises.filter((p) => p.status === "pending").flatMap((p) => p.materials.filter((m) => !p.supplied.includes(m)));
      if (pending.length) { apply({ type: "materials_supplied", actor: { id: "applicant" }, materials: pending }, now); continue; }
      break;
    }
    const due = task.dueAt ? new Date(new Date(task.dueAt).getTime() - 60_000).toISOString() : now;
    const actAt = due > now ? due : now;
    // timers that come due before the action (reminders) fire first, in order
    for (const timer of Object.values(state.timers).filter((t) => t.dueAt <= actAt).sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id))) {
      if (state.timers[timer.id]) apply({ type: "timer_fired", timerId: timer.id }, timer.dueAt > now ? timer.dueAt : now);
    }
    if (state.tasks[task.id]?.status !== "open") continue;
    now = actAt;
    const type = actionFor(task);
    const by = task.assignee ?? `${task.department}-${task.role}`;
    const actor = { id: by, department: task.department, roles: [task.role] };
    const node = def.flow.nodes.find((n) => n.id === task.node);
    const result = (node?.data as { result?: { name: string } } | undefined)?.result;
    const event: FlowEventInput =
      type === "approve" ? { type, taskId: task.id, actor, ...(result ? { result: { document: `sim:${task.node}`, name: result.name } } : {}) }
        : type === "results_issued" ? { type, taskId: task.id, actor, delivery: "online" }
          : { type: "accept", taskId: task.id, actor };
    apply(event, now);
    steps.push({ at: now, node: task.node, task: task.id, department: task.department, action: type, by });
  }
  return {
    status: state.status,
    path: dedupeJoins(state.path, def),
    steps,
    branches: parallelBranches(def.flow as FlowSpec),
    critical: criticalPath(def.flow as FlowSpec),
    submittedAt: options.start,
    finishedAt: state.outcome?.at ?? now,
    ...(state.clock.dueAt ? { caseDueAt: state.clock.dueAt } : {}),
    ...(state.clock.statutoryDueAt ? { caseStatutoryDueAt: state.clock.statutoryDueAt } : {}),
    log,
    state,
  };
}

/** A join appears once per arriving branch in the raw path; keep only the arrival that completed it. */
function dedupeJoins(path: string[], def: FlowDefinition): string[] {
  const splitOf = new Map(def.flow.nodes.filter((n) => n.type === "parallel").map((n) => [(n.data as { join: string }).join, n.id]));
  return path.filter((id, i) => {
    const split = splitOf.get(id);
    if (!split) return true;
    for (let j = i + 1; j < path.length; j++) {
      if (path[j] === id) return false;
      if (path[j] === split) return true;
    }
    return true;
  });
}
