// Flow node "end" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { useI18n } from "../../../i18n.js";
import { NodeCard, type DesignerNode } from "./NodeCard.js";

/** 办结：completed or rejected end; no output handle. */
export function EndNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  const { t } = useI18n();
  return <NodeCard {...props} output={false} shape="round" detail={d.outcome === "rejected" ? t("ed.flow.node.end.rejected") : t("ed.flow.node.end.completed")} />;
}
