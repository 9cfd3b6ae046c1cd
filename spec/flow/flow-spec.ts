// The flow spec document: @xyflow/react-shaped nodes and edges, typed per node type, with the case's time
// limits and working calendar. The schema also runs the graph rules, so a bundle with a broken flow does not
// validate; validateFlow() gives the same rules with node/edge ids and warnings for the editor and the CLI.
import { z } from "zod";
import { Id, SCHEMA_VERSION } from "../common.js";
import { bilingualIssue } from "../issue-messages.js";
import { parsePointer } from "../pointer.js";
import { acceptanceNode } from "./nodes/acceptance.js";
import { autoNode } from "./nodes/auto.js";
import { endNode } from "./nodes/end.js";
import { exclusiveNode } from "./nodes/exclusive.js";
import { joinNode } from "./nodes/join.js";
import { parallelNode } from "./nodes/parallel.js";
import { resultsNode } from "./nodes/results.js";
import { reviewNode } from "./nodes/review.js";
import { startNode } from "./nodes/start.js";
import type { NodeType } from "./nodes/types.js";
import { CaseLimitSchema, FlowEdgeSchema, PositionSchema } from "./schema.js";
import { checkFlowGraph } from "./validate.js";

/** The schema of one node type's nodes: id, the literal type, canvas position and the type's data. */
function nodeSchema<T extends string, D>(type: T, definition: NodeType<D>) {
  return z.object({
    id: Id,
    type: z.literal(type),
    position: PositionSchema,
    data: definition.data,
    width: z.number().optional(),
    height: z.number().optional(),
  });
}

/** One node of any type (discriminated by `type`). */
export const FlowNodeSchema = z.discriminatedUnion("type", [
  nodeSchema("start", startNode),
  nodeSchema("acceptance", acceptanceNode),
  nodeSchema("review", reviewNode),
  nodeSchema("auto", autoNode),
  nodeSchema("exclusive", exclusiveNode),
  nodeSchema("parallel", parallelNode),
  nodeSchema("join", joinNode),
  nodeSchema("results", resultsNode),
  nodeSchema("end", endNode),
]);
export type FlowNode = z.infer<typeof FlowNodeSchema>;
export type FlowNodeType = FlowNode["type"];

/** The flow document: nodes + edges, the case limit and the working calendar the limits count in. */
export const FlowSpecSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    nodes: z.array(FlowNodeSchema),
    edges: z.array(FlowEdgeSchema),
    caseLimit: CaseLimitSchema.optional().describe("statutory and promised working days of the whole case"),
    calendar: Id.optional().describe("working calendar id; default 'cn' (national holidays and 调休)"),
    viewport: z.object({ x: z.number(), y: z.number(), zoom: z.number() }).optional(),
  })
  .superRefine((flow, ctx) => {
    for (const p of checkFlowGraph(flow)) {
      if (p.severity === "error") ctx.addIssue(bilingualIssue(parsePointer(p.pointer), p.message));
    }
  })
  .meta({ title: "yijian 审批流程 v1" });
export type FlowSpec = z.infer<typeof FlowSpecSchema>;
export type FlowSpecInput = z.input<typeof FlowSpecSchema>;

/** JSON Schema (draft 2020-12) of the flow document, for the editor's JSON view. */
export function flowMetaSchema(): Record<string, unknown> {
  return z.toJSONSchema(FlowSpecSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
