// Flow node "exclusive" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { limitsText, NodeCard, type DesignerNode } from "./NodeCard.js";

/** 条件分支：gateway; its edges carry the conditions. */
export function ExclusiveNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  return <NodeCard {...props} shape="gateway" />;
}
