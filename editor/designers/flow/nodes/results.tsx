// Flow node "results" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { useI18n } from "../../../i18n.js";
import { limitsText, NodeCard, type DesignerNode } from "./NodeCard.js";

/** 一口出件：the lead exit with delivery channels. */
export function ResultsNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  const { t } = useI18n();
  return <NodeCard {...props} detail={limitsText(d, t)} />;
}
