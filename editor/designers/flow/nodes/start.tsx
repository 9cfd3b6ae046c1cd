// Flow node "start" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { NodeCard, type DesignerNode } from "./NodeCard.js";

/** 开始：the case enters here; no input handle. */
export function StartNode(props: NodeProps<DesignerNode>) {
  return <NodeCard {...props} input={false} shape="round" />;
}
