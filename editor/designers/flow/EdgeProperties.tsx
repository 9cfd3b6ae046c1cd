// The properties of one edge: label; for a gateway's edge the branch condition (condition builder) and the
// default flag; for an edge leaving a handling node the outcome it stands for.
import type { FlowProblem } from "../../../spec/flow/index.js";
import type { Condition } from "../../../spec/conditions.js";
import { ConditionBuilder } from "../common/ConditionBuilder.js";
import type { ConditionVariable } from "../common/conditions.js";
import { CheckField, SelectField, TextField } from "../common/fields.js";
import { useL, useMsg } from "../common/lang.js";
import { edgeOutcome, type FlowEdgeDoc } from "./model.js";

interface Props {
  edge: FlowEdgeDoc;
  sourceType: string | undefined;
  problems: FlowProblem[];
  variables: ConditionVariable[];
  onChange(edge: FlowEdgeDoc, label: string): void;
  onDelete(): void;
}

/** Properties of the selected edge. */
export function EdgeProperties({ edge, sourceType, problems, variables, onChange, onDelete }: Props) {
  const L = useL();
  const M = useMsg();
  const data = edge.data ?? {};
  const setData = (key: string, value: unknown, label: string) => {
    const next = { ...data };
    if (value === undefined || value === "" || value === false) delete next[key];
    else next[key] = value;
    const e: FlowEdgeDoc = { ...edge, data: next };
    if (!Object.keys(next).length) delete e.data;
    onChange(e, label);
  };
  const gateway = sourceType === "exclusive";
  const handling = ["acceptance", "review", "auto", "results"].includes(sourceType ?? "");
  return (
    <section className="dpanel" aria-labelledby="edge-props-title" data-testid="edge-properties">
      <h3 id="edge-props-title">{L("连线属性", "Edge properties")}：{edge.source} → {edge.target}</h3>
      {problems.length > 0 && (
        <ul className="dproblems">{problems.map((p, i) => <li key={i} className={p.severity === "error" ? "is-error" : "is-warning"}>{M(p.message)}</li>)}</ul>
      )}
      <TextField label={L("显示名称", "Label")} value={String(data.label ?? edge.label ?? "")} onChange={(v) => setData("label", v, L("修改连线名称", "Rename edge"))} />
      {handling && (
        <SelectField label={L("代表的结果", "Outcome")} value={edgeOutcome(edge) ?? ""} empty={L("正常流转（通过）", "normal way on")}
          options={[{ value: "reject", label: L("不通过 reject", "reject") }, { value: "promise", label: L("告知承诺 promise", "promise") }, { value: "promise_broken", label: L("承诺未履行 promise_broken", "promise broken") }]}
          onChange={(v) => { const e = { ...edge, sourceHandle: v || null, data: { ...data, ...(v ? { outcome: v } : {}) } }; if (!v) delete (e.data as Record<string, unknown>).outcome; onChange(e, L("设置连线结果", "Set outcome")); }} />
      )}
      {gateway && (
        <>
          <CheckField label={L("默认分支（其他条件都不满足时）", "Default branch")} checked={data.default === true}
            onChange={(v) => { const next = { ...data }; if (v) { next.default = true; delete next.condition; } else delete next.default; onChange({ ...edge, data: next }, L("设置默认分支", "Set default")); }} />
          {data.default !== true && (
            <ConditionBuilder label={L("分支条件", "Branch condition")} value={data.condition as Condition | undefined} variables={variables}
              emptyText={L("未设置条件（非默认分支必须有条件）", "No condition (required unless default)")} onChange={(c) => setData("condition", c, L("修改分支条件", "Edit condition"))} />
          )}
        </>
      )}
      <button type="button" className="btn btn--danger btn--small" onClick={onDelete}>{L("删除连线", "Delete edge")}</button>
    </section>
  );
}
