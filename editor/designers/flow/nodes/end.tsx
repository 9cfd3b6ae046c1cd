// Flow node "end" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { NodeCard, type DesignerNode } from "./NodeCard.js";

/** 办结：completed or rejected end; no output handle. */
export function EndNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  return <NodeCard {...props} output={false} shape="round" detail={d.outcome === "rejected" ? "终止（不予办理）" : "办结"} />;
}
