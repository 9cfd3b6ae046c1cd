// Flow node "exclusive" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { NodeCard, type DesignerNode } from "./NodeCard.js";

/** 条件分支：gateway; its edges carry the conditions. */
export function ExclusiveNode(props: NodeProps<DesignerNode>) {
  return <NodeCard {...props} shape="gateway" />;
}
