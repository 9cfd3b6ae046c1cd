// The contract every flow node type fulfils: its data schema, the outcomes its outgoing edges may carry, its
// time limits (for the critical path), its static checks and its behaviour in the state machine.
import type { z } from "zod";
import type { FlowIndex } from "../graph.js";
import type { Runtime } from "../runtime.js";
import type { EdgeOutcome, FlowProblem, RawFlowNode } from "../schema.js";
import type { Bilingual } from "../../bilingual.js";
import type { FlowEvent, FlowError, Task, TaskAction, Token } from "../state.js";

/** A node whose data has been parsed by its type's schema. */
export interface TypedNode<D> extends RawFlowNode { data: D & Record<string, unknown> }

/** What a node's static check can see. */
export interface CheckContext {
  index: FlowIndex;
  /** Known department ids (the registry); when absent, departments are not checked. */
  departments?: ReadonlySet<string>;
  /** The bundle's lead department, when known. */
  lead?: string;
  /** JSON pointer of the node, e.g. "/nodes/3". */
  pointer: string;
  /** What people call the node in a message (its label, else its type and department; spec/flow/names.ts). */
  name: Bilingual;
  /** What people call another node of the flow, by id. */
  nameOf(id: string): Bilingual;
  /** What people call an edge of the flow (「from → to」), by id. */
  edgeNameOf(id: string): Bilingual;
}

/** Working-day limits a node contributes to the critical path. */
export interface NodeLimits { promised: number; statutory: number }

/** A flow node type: one file per type under spec/flow/nodes/. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the registry holds node types of every data shape side by side
export interface NodeType<D = any> {
  type: string;
  label: string;
  labelEn: string;
  /** Schema of node.data. */
  data: z.ZodType<D>;
  /** Outcomes outgoing edges may carry; an edge without an outcome is the normal way on. */
  outcomes: readonly EdgeOutcome[];
  /** Whether the node needs its time limits (a handling node with tasks). */
  timed: boolean;
  /** The node's limits in working days, for the critical path. */
  limits(data: D): NodeLimits;
  /** Type-specific static checks of one node (data, assignees, limits). */
  check?(node: TypedNode<D>, cx: CheckContext): FlowProblem[];
  /** A token arrives at the node. */
  enter(rt: Runtime, node: TypedNode<D>, token: Token): void;
  /** Task actions the node allows on an open task of its own (claim is handled by the machine). */
  taskActions?(rt: Runtime, node: TypedNode<D>, task: Task, token: Token): TaskAction[];
  /** Carries out a task action already checked as allowed and authorised; returns an error to refuse it. */
  act?(rt: Runtime, node: TypedNode<D>, token: Token, task: Task, event: FlowEvent): FlowError | void;
  /** The node's promised limit passed (node_due timer). */
  timeout?(rt: Runtime, node: TypedNode<D>, token: Token): void;
  /** The case stopped waiting for the applicant while a token of this node was holding (results node). */
  resume?(rt: Runtime, node: TypedNode<D>, token: Token): void;
}

/** Looks up node types by name. */
export type NodeRegistry = ReadonlyMap<string, NodeType>;
