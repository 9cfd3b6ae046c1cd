// Flow node "review" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { limitsText, NodeCard, type DesignerNode } from "./NodeCard.js";

/** 部门审批：department review with limits and countersign mode. */
export function ReviewNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  return <NodeCard {...props} detail={<>{limitsText(d)}{(d.countersign as { mode?: string } | undefined)?.mode && (d.countersign as { mode: string }).mode !== "any" ? ` · 会签 ${(d.countersign as { mode: string }).mode}` : ""}{(d.timeout as { action?: string } | undefined)?.action === "auto_approve" ? " · 超时默认" : ""}</>} />;
}
