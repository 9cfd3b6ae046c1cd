// Flow node "start" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { limitsText, NodeCard, type DesignerNode } from "./NodeCard.js";

/** 开始：the case enters here; no input handle. */
export function StartNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  return <NodeCard {...props} input={false} shape="round" />;
}
