// The body every flow node component shares: type, label, department and limits, a problem badge with the
// problems as tooltip, the normal handles (in on the left, out on the right) and one handle per outcome.
import type { ReactNode } from "react";
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { NODE_TYPES, type FlowProblem } from "../../../../spec/flow/index.js";
import type { FlowNodeDoc } from "../model.js";
import { useMsg } from "../../common/lang.js";
import { useI18n, type MessageKey } from "../../../i18n.js";
import { nodeTypeName } from "../model.js";

/** What a designer node carries for rendering. */
export interface DesignerNodeData extends Record<string, unknown> {
  node: FlowNodeDoc;
  problems: FlowProblem[];
  deptName: string;
  /** Simulation: the case is at this node now / went through it. */
  active?: boolean;
  visited?: boolean;
}
export type DesignerNode = Node<DesignerNodeData>;

const OUTCOME_LABEL: Record<string, MessageKey> = { reject: "ed.flow.outcome.reject", promise: "ed.flow.outcome.promise", promise_broken: "ed.flow.outcome.promiseBroken", approve: "ed.flow.outcome.approve" };

/** Limits line: 承诺 x / 法定 y 工作日, in the interface language (t of useI18n). */
export function limitsText(d: Record<string, unknown>, t: (key: MessageKey, params?: Record<string, string | number>) => string): string | undefined {
  if (typeof d.promisedDays !== "number" && typeof d.statutoryDays !== "number") return undefined;
  return t("ed.flow.card.limits", { promised: typeof d.promisedDays === "number" ? d.promisedDays : "?", statutory: typeof d.statutoryDays === "number" ? d.statutoryDays : "?" });
}

/** Shared node body. */
export function NodeCard({ data, selected, detail, input = true, output = true, shape = "box" }: NodeProps<DesignerNode> & { detail?: ReactNode; input?: boolean; output?: boolean; shape?: "box" | "round" | "gateway" }) {
  const { node, problems, deptName, active, visited } = data;
  const { t, lang } = useI18n();
  const M = useMsg();
  const type = NODE_TYPES.get(node.type);
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const cls = ["fnode", `fnode--${node.type}`, `fnode--${shape}`, errors.length ? "fnode--error" : warnings.length ? "fnode--warning" : "", selected ? "fnode--selected" : "", active ? "fnode--active" : "", visited ? "fnode--visited" : ""].filter(Boolean).join(" ");
  const tip = problems.map((p) => t("ed.flow.card.problem", { severity: p.severity === "error" ? t("ed.flow.severity.error") : t("ed.flow.severity.warning"), message: M(p.message) })).join("\n");
  const label = typeof node.data?.label === "string" && node.data.label ? node.data.label : nodeTypeName(type, node.type, lang);
  const outcomeLabel = (o: string) => { const key = OUTCOME_LABEL[o]; return key ? t(key) : o; };
  return (
    <div className={cls} data-testid={`flow-node-${node.id}`} data-problems={errors.length} title={tip || undefined}>
      {input && <Handle type="target" position={Position.Left} className="fhandle" />}
      <div className="fnode__type">{nodeTypeName(type, node.type, lang)}<span className="fnode__id">{node.id}</span></div>
      <div className="fnode__label">{label}</div>
      {deptName && <div className="fnode__meta">{deptName}</div>}
      {detail && <div className="fnode__meta">{detail}</div>}
      {problems.length > 0 && (
        <span className={`fnode__badge ${errors.length ? "" : "fnode__badge--warn"}`} role="img" aria-label={t("ed.flow.card.badge", { errors: errors.length, warnings: warnings.length })}>
          {errors.length || warnings.length}
        </span>
      )}
      {active && <span className="fnode__now">{t("ed.flow.card.active")}</span>}
      {output && <Handle type="source" position={Position.Right} className="fhandle" />}
      {(type?.outcomes ?? []).map((o, i, all) => (
        <Handle key={o} id={o} type="source" position={Position.Bottom} className={`fhandle fhandle--${o}`} title={outcomeLabel(o)}
          style={{ left: `${((i + 1) * 100) / (all.length + 1)}%` }}>
          <span className="fhandle__label">{outcomeLabel(o)}</span>
        </Handle>
      ))}
    </div>
  );
}
