// Flow node "auto" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { useI18n } from "../../../i18n.js";
import { NodeCard, type DesignerNode } from "./NodeCard.js";

/** 秒批：rules count and the fallback. */
export function AutoNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  const { t } = useI18n();
  return <NodeCard {...props} detail={t("ed.flow.card.auto", { n: Array.isArray(d.rules) ? d.rules.length : 0, otherwise: t(d.otherwise === "approve" ? "ed.flow.card.auto.approve" : d.otherwise === "reject" ? "ed.flow.card.auto.reject" : "ed.flow.card.auto.manual") })} />;
}
