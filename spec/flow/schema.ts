// Building blocks of the flow spec shared by the node types: positions, assignees, time limits, edges and the
// problem record that validation reports. The shape follows @xyflow/react v12 (nodes with id/type/position/
// data, edges with id/source/target/sourceHandle/data) so that a flow renders in the editor as it is stored.
import { z } from "zod";
import type { Bilingual } from "../bilingual.js";
import { ConditionSchema, Id } from "../common.js";

/** Canvas position of a node, as @xyflow/react stores it. */
export const PositionSchema = z.object({ x: z.number(), y: z.number() });

/** Department roles a task can go to: the front-desk clerk (窗口) or a back-office reviewer (审核). */
export const TaskRoleSchema = z.enum(["clerk", "reviewer"]);
export type TaskRole = z.infer<typeof TaskRoleSchema>;

/** A person's user id (optional pre-assignment of a task, or a countersign signer). */
export const UserIdSchema = z.string().min(1).max(128);

/** What happens when a node passes its promised limit: remind, escalate, or count as approved (超时默认). */
export const TimeoutActionSchema = z.enum(["remind", "escalate", "auto_approve"]);
export type TimeoutAction = z.infer<typeof TimeoutActionSchema>;

/** Working-day limits of a node; checked present by validation (not by the schema) to point at the node. */
export const timeLimitFields = {
  statutoryDays: z.number().int().min(0).max(3650).optional().describe("法定时限（工作日）"),
  promisedDays: z.number().int().min(0).max(3650).optional().describe("承诺时限（工作日）"),
  reminderDays: z.number().int().min(0).max(365).default(1).describe("承诺期限前提前几个工作日提醒"),
  extensionDays: z.number().int().min(1).max(365).optional().describe("延期：可说明理由延长一次的工作日数（如依行政许可法第四十二条延长 10 日）；不填则最多延长法定时限的工作日数"),
};

/** How a node may ask for corrections: how many notices (one, complete) and how long the applicant has. */
export const correctionFields = {
  maxCorrections: z.number().int().min(0).max(3).default(1).describe("correction notices this node may send: one, complete (一次性告知)"),
  correctionDays: z.number().int().min(1).max(365).optional().describe("working days the applicant has to correct; past them the application counts as withdrawn"),
};

/** Who handles a node's tasks: a department role, optionally one person. */
export const assigneeFields = {
  department: Id.describe("department id in the registry (templates/departments.json)"),
  role: TaskRoleSchema.default("reviewer"),
  assignee: UserIdSchema.optional().describe("pre-assigned person; otherwise any user of the department role may claim"),
};

/** Where an escalation goes (超时升级). */
export const EscalationSchema = z.object({ department: Id, role: TaskRoleSchema.default("reviewer"), assignee: UserIdSchema.optional() });

/** A node's timeout policy. */
export const TimeoutSchema = z.object({ action: TimeoutActionSchema.default("remind"), escalateTo: EscalationSchema.optional() });
export type Timeout = z.infer<typeof TimeoutSchema>;

/** Outcome an edge leaving a handling node stands for; an edge without one is the normal way on (approve/accept). */
export const EdgeOutcomeSchema = z.enum(["approve", "reject", "promise", "promise_broken"]);
export type EdgeOutcome = z.infer<typeof EdgeOutcomeSchema>;

/**
 * A flow edge (@xyflow/react Edge), with the branch condition, default flag and outcome in data. An edge drawn
 * from a node's outcome handle (sourceHandle "reject", "promise", "promise_broken") carries that outcome.
 */
export const FlowEdgeSchema = z.object({
  id: Id,
  source: z.string().min(1),
  target: z.string().min(1),
  sourceHandle: z.string().nullish(),
  targetHandle: z.string().nullish(),
  type: z.string().optional(),
  label: z.string().optional(),
  animated: z.boolean().optional(),
  data: z
    .object({
      condition: ConditionSchema.optional().describe("exclusive gateway: take this edge when the condition holds over { answers, data }"),
      default: z.boolean().optional().describe("exclusive gateway: the edge taken when no condition holds (exactly one)"),
      label: z.string().optional(),
      outcome: EdgeOutcomeSchema.optional(),
    })
    .optional(),
}).transform((edge) => {
  const handle = EdgeOutcomeSchema.safeParse(edge.sourceHandle);
  if (!handle.success || edge.data?.outcome) return edge;
  return { ...edge, data: { ...edge.data, outcome: handle.data } };
});
export type FlowEdge = z.infer<typeof FlowEdgeSchema>;

/** The limits of the whole case (案件办结时限). */
export const CaseLimitSchema = z.object({
  statutoryDays: z.number().int().min(0).max(3650),
  promisedDays: z.number().int().min(0).max(3650),
  reminderDays: z.number().int().min(0).max(365).default(2),
});
export type CaseLimit = z.infer<typeof CaseLimitSchema>;

/** One problem found in a flow: severity, the node or edge it concerns, the JSON pointer and a message in both languages. */
export interface FlowProblem {
  severity: "error" | "warning";
  nodeId?: string;
  edgeId?: string;
  /** The bundle's item the problem is about when no node is (an item no step decides). */
  itemId?: string;
  pointer: string;
  message: Bilingual;
}

/** A node as stored, before its data is read by its type. */
export interface RawFlowNode { id: string; type: string; position: { x: number; y: number }; data: Record<string, unknown> }
