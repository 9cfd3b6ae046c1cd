// Flow node "acceptance" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { useI18n } from "../../../i18n.js";
import { limitsText, NodeCard, type DesignerNode } from "./NodeCard.js";

/** 一窗受理：front desk with limits and 容缺/告知承诺 flags. */
export function AcceptanceNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  const { t } = useI18n();
  return <NodeCard {...props} detail={<>{limitsText(d, t)}{d.allowDeficiency !== false ? t("ed.flow.card.deficiency") : ""}{d.allowPromise ? t("ed.flow.card.promise") : ""}</>} />;
}
