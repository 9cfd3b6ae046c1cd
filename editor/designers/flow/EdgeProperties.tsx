// The properties of one edge: label; for a gateway's edge the branch condition (condition builder) and the
// default flag; for an edge leaving a handling node the outcome it stands for.
import type { FlowProblem } from "../../../spec/flow/index.js";
import type { Condition } from "../../../spec/conditions.js";
import { ConditionBuilder } from "../common/ConditionBuilder.js";
import type { ConditionVariable } from "../common/conditions.js";
import { CheckField, SelectField, TextField } from "../common/fields.js";
import { useMsg } from "../common/lang.js";
import { useI18n } from "../../i18n.js";
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
  const { t } = useI18n();
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
      <h3 id="edge-props-title">{t("ed.flow.edge.title", { from: edge.source, to: edge.target })}</h3>
      {problems.length > 0 && (
        <ul className="dproblems">{problems.map((p, i) => <li key={i} className={p.severity === "error" ? "is-error" : "is-warning"}>{M(p.message)}</li>)}</ul>
      )}
      <TextField label={t("ed.flow.edge.label")} value={String(data.label ?? edge.label ?? "")} onChange={(v) => setData("label", v, t("ed.flow.edge.undo.rename"))} />
      {handling && (
        <SelectField label={t("ed.flow.edge.outcome")} value={edgeOutcome(edge) ?? ""} empty={t("ed.flow.edge.outcome.normal")}
          options={[{ value: "reject", label: t("ed.flow.edge.outcome.reject") }, { value: "promise", label: t("ed.flow.edge.outcome.promise") }, { value: "promise_broken", label: t("ed.flow.edge.outcome.promiseBroken") }]}
          onChange={(v) => { const e = { ...edge, sourceHandle: v || null, data: { ...data, ...(v ? { outcome: v } : {}) } }; if (!v) delete (e.data as Record<string, unknown>).outcome; onChange(e, t("ed.flow.edge.undo.outcome")); }} />
      )}
      {gateway && (
        <>
          <CheckField label={t("ed.flow.edge.default")} checked={data.default === true}
            onChange={(v) => { const next = { ...data }; if (v) { next.default = true; delete next.condition; } else delete next.default; onChange({ ...edge, data: next }, t("ed.flow.edge.undo.default")); }} />
          {data.default !== true && (
            <ConditionBuilder label={t("ed.flow.edge.condition")} value={data.condition as Condition | undefined} variables={variables}
              emptyText={t("ed.flow.edge.noCondition")} onChange={(c) => setData("condition", c, t("ed.flow.edge.undo.condition"))} />
          )}
        </>
      )}
      <button type="button" className="btn btn--danger btn--small" onClick={onDelete}>{t("ed.flow.deleteEdge")}</button>
    </section>
  );
}
