// Flow node "parallel" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { useI18n } from "../../../i18n.js";
import { NodeCard, type DesignerNode } from "./NodeCard.js";

/** 并联审批：split naming its join. */
export function ParallelNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  const { t } = useI18n();
  return <NodeCard {...props} shape="gateway" detail={d.join ? t("ed.flow.card.joinsAt", { join: String(d.join) }) : t("ed.flow.card.noJoin")} />;
}
