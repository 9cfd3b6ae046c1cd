// Flow node "join" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { NodeCard, type DesignerNode } from "./NodeCard.js";

/** 汇聚：waits for every branch of its split. */
export function JoinNode(props: NodeProps<DesignerNode>) {
  return <NodeCard {...props} shape="gateway" />;
}
