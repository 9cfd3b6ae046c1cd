// Flow node "review" on the designer canvas.
import type { NodeProps } from "@xyflow/react";
import { useI18n } from "../../../i18n.js";
import { limitsText, NodeCard, type DesignerNode } from "./NodeCard.js";

/** 部门审批：department review with limits and countersign mode. */
export function ReviewNode(props: NodeProps<DesignerNode>) {
  const d = props.data.node.data;
  const { t } = useI18n();
  return <NodeCard {...props} detail={<>{limitsText(d, t)}{(d.countersign as { mode?: string } | undefined)?.mode && (d.countersign as { mode: string }).mode !== "any" ? t("ed.flow.card.countersign", { mode: (d.countersign as { mode: string }).mode }) : ""}{(d.timeout as { action?: string } | undefined)?.action === "auto_approve" ? t("ed.flow.card.deemedApproved") : ""}</>} />;
}
