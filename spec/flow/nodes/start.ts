// Start (开始): where a submitted case enters the flow.
import { z } from "zod";
import type { NodeType } from "./types.js";

const data = z.object({ label: z.string().optional() });

/** The start node: exactly one per flow, no incoming edges, one way on. */
export const startNode: NodeType<z.infer<typeof data>> = {
  type: "start",
  label: "开始",
  labelEn: "Start",
  data,
  outcomes: [],
  timed: false,
  limits: () => ({ promised: 0, statutory: 0 }),
  enter(rt, _node, token) {
    rt.leave(token);
  },
};
