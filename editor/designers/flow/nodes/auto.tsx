// Flow node "auto" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { NodeCard, type DesignerNode } from "./NodeCard.js";

/** 秒批：rules count and the fallback. */
export function AutoNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  return <NodeCard {...props} detail={`${Array.isArray(d.rules) ? d.rules.length : 0} 条规则 · 否则 ${d.otherwise === "approve" ? "通过" : d.otherwise === "reject" ? "不通过" : "人工"}`} />;
}
