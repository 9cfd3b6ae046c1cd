// Flow node "parallel" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { NodeCard, type DesignerNode } from "./NodeCard.js";

/** 并联审批：split naming its join. */
export function ParallelNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  return <NodeCard {...props} shape="gateway" detail={d.join ? `汇聚于 ${String(d.join)}` : "未指定汇聚节点"} />;
}
