// Flow node "acceptance" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { limitsText, NodeCard, type DesignerNode } from "./NodeCard.js";

/** 一窗受理：front desk with limits and 容缺/告知承诺 flags. */
export function AcceptanceNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  return <NodeCard {...props} detail={<>{limitsText(d)}{d.allowDeficiency !== false ? " · 容缺" : ""}{d.allowPromise ? " · 告知承诺" : ""}</>} />;
}
