// End (办结): reaching it ends the whole case, as completed or as rejected (终止).
import { z } from "zod";
import type { NodeType } from "./types.js";

const data = z.object({
  label: z.string().optional(),
  outcome: z.enum(["completed", "rejected"]).default("completed"),
  reason: z.string().optional().describe("why the case ends here, for a rejecting end"),
});

/** The end node: terminates the case, cancelling whatever else is still open. */
export const endNode: NodeType<z.infer<typeof data>> = {
  type: "end",
  label: "办结",
  labelEn: "End",
  data,
  outcomes: [],
  timed: false,
  limits: () => ({ promised: 0, statutory: 0 }),
  enter(rt, node, token) {
    rt.drop(token);
    rt.terminate(node.data.outcome, node.data.reason ?? (node.data.outcome === "rejected" ? rt.refusalReason ?? rt.label(node) : undefined), node.id);
  },
};
