// The body every flow node component shares: type, label, department and limits, a problem badge with the
// problems as tooltip, the normal handles (in on the left, out on the right) and one handle per outcome.
import type { ReactNode } from "react";
import { Handle, Position, type Node, type NodeProps } from "@xyflow/react";
import { NODE_TYPES, type FlowProblem } from "../../../../spec/flow/index.js";
import type { FlowNodeDoc } from "../model.js";
import { useL, useMsg } from "../../common/lang.js";

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

const OUTCOME_LABEL: Record<string, string> = { reject: "不通过", promise: "告知承诺", promise_broken: "承诺未履行", approve: "通过" };

/** Limits line: 承诺 x / 法定 y 工作日. */
export function limitsText(d: Record<string, unknown>): string | undefined {
  if (typeof d.promisedDays !== "number" && typeof d.statutoryDays !== "number") return undefined;
  return `承诺 ${d.promisedDays ?? "?"} / 法定 ${d.statutoryDays ?? "?"} 工作日`;
}

/** Shared node body. */
export function NodeCard({ data, selected, detail, input = true, output = true, shape = "box" }: NodeProps<DesignerNode> & { detail?: ReactNode; input?: boolean; output?: boolean; shape?: "box" | "round" | "gateway" }) {
  const { node, problems, deptName, active, visited } = data;
  const L = useL();
  const M = useMsg();
  const type = NODE_TYPES.get(node.type);
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  const cls = ["fnode", `fnode--${node.type}`, `fnode--${shape}`, errors.length ? "fnode--error" : warnings.length ? "fnode--warning" : "", selected ? "fnode--selected" : "", active ? "fnode--active" : "", visited ? "fnode--visited" : ""].filter(Boolean).join(" ");
  const tip = problems.map((p) => `${p.severity === "error" ? L("错误", "Error") : L("提示", "Warning")}${L("：", ": ")}${M(p.message)}`).join("\n");
  const label = typeof node.data?.label === "string" && node.data.label ? node.data.label : type?.label ?? node.type;
  return (
    <div className={cls} data-testid={`flow-node-${node.id}`} data-problems={errors.length} title={tip || undefined}>
      {input && <Handle type="target" position={Position.Left} className="fhandle" />}
      <div className="fnode__type">{type?.label ?? node.type}<span className="fnode__id">{node.id}</span></div>
      <div className="fnode__label">{label}</div>
      {deptName && <div className="fnode__meta">{deptName}</div>}
      {detail && <div className="fnode__meta">{detail}</div>}
      {problems.length > 0 && (
        <span className={`fnode__badge ${errors.length ? "" : "fnode__badge--warn"}`} role="img" aria-label={`${errors.length} 个错误，${warnings.length} 个提示`}>
          {errors.length || warnings.length}
        </span>
      )}
      {active && <span className="fnode__now">办理中</span>}
      {output && <Handle type="source" position={Position.Right} className="fhandle" />}
      {(type?.outcomes ?? []).map((o, i, all) => (
        <Handle key={o} id={o} type="source" position={Position.Bottom} className={`fhandle fhandle--${o}`} title={OUTCOME_LABEL[o] ?? o}
          style={{ left: `${((i + 1) * 100) / (all.length + 1)}%` }}>
          <span className="fhandle__label">{OUTCOME_LABEL[o] ?? o}</span>
        </Handle>
      ))}
    </div>
  );
}
