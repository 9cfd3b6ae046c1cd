// The properties panel of one flow node: a form per node type (department, role, countersign, limits,
// timeout, result, 容缺, auto-approval rules through the condition builder), with the node's problems on top.
import { useEffect, useState } from "react";
import { NODE_TYPES, type FlowProblem } from "../../../spec/flow/index.js";
import type { Condition } from "../../../spec/conditions.js";
import { ConditionBuilder } from "../common/ConditionBuilder.js";
import type { ConditionVariable } from "../common/conditions.js";
import { obj, arr, type Json } from "../common/doc.js";
import { CheckField, NumberField, SelectField, TextField } from "../common/fields.js";
import { useMsg } from "../common/lang.js";
import { useI18n, type MessageKey } from "../../i18n.js";
import { nodeTypeName, type FlowNodeDoc } from "./model.js";

interface Props {
  node: FlowNodeDoc;
  problems: FlowProblem[];
  departments: Array<{ id: string; name: string }>;
  items: Array<{ id: string; name: string }>;
  joins: string[];
  variables: ConditionVariable[];
  onData(data: Json, label: string): void;
  onRename(id: string): void;
  onDelete(): void;
}

/** Properties of the selected node. */
export function NodeProperties({ node, problems, departments, items, joins, variables, onData, onRename, onDelete }: Props) {
  const { t, lang } = useI18n();
  const M = useMsg();
  const d = node.data ?? {};
  const type = NODE_TYPES.get(node.type);
  const set = (key: string, value: unknown, label = t("ed.flow.node.undo.edit")) => {
    const next = { ...d };
    if (value === undefined || value === "") delete next[key];
    else next[key] = value;
    onData(next, label);
  };
  const [idText, setIdText] = useState(node.id);
  useEffect(() => setIdText(node.id), [node.id]);
  const deptOptions = departments.map((x) => ({ value: x.id, label: t("ed.flow.nameWithId", { name: x.name, id: x.id }) }));
  const roleOptions = [{ value: "clerk", label: t("ed.flow.node.role.clerk") }, { value: "reviewer", label: t("ed.flow.node.role.reviewer") }];
  const timed = type?.timed || node.type === "auto";

  return (
    <section className="dpanel" aria-labelledby="node-props-title" data-testid="node-properties">
      <h3 id="node-props-title">{t("ed.flow.node.title", { type: nodeTypeName(type, node.type, lang) })}</h3>
      {problems.length > 0 && (
        <ul className="dproblems" aria-label={t("ed.flow.node.problems")}>
          {problems.map((p, i) => <li key={i} className={p.severity === "error" ? "is-error" : "is-warning"}>{M(p.message)}</li>)}
        </ul>
      )}
      <div className="dfield">
        <label htmlFor="node-id">{t("ed.flow.node.nodeId")}</label>
        <input id="node-id" type="text" value={idText} onChange={(e) => setIdText(e.target.value)}
          onBlur={() => idText !== node.id && /^[a-z][a-z0-9_-]{0,63}$/.test(idText) ? onRename(idText) : setIdText(node.id)} />
      </div>
      <TextField label={t("ed.flow.node.label")} value={String(d.label ?? "")} onChange={(v) => set("label", v, t("ed.flow.node.undo.rename"))} />
      {["acceptance", "review", "results", "auto"].includes(node.type) ? (
        <SelectField label={t("ed.flow.node.department")} value={String(d.department ?? "")} options={deptOptions} empty={t("ed.flow.node.choose")}
          onChange={(v) => set("department", v, t("ed.flow.node.undo.department"))} />
      ) : null}
      {["acceptance", "review", "results"].includes(node.type) && (
        <>
          <SelectField label={t("ed.flow.node.role")} value={String(d.role ?? (node.type === "review" ? "reviewer" : "clerk"))} options={roleOptions} onChange={(v) => set("role", v)} />
          <TextField label={t("ed.flow.node.assignee")} value={String(d.assignee ?? "")} onChange={(v) => set("assignee", v)} />
        </>
      )}
      {timed && node.type !== "auto" && <Limits d={d} set={set} />}
      {["acceptance", "review", "results"].includes(node.type) && <TimeoutFields d={d} set={set} deptOptions={deptOptions} allowAuto={node.type === "review"} />}
      {node.type === "review" && <ReviewFields d={d} set={set} items={items} />}
      {node.type === "acceptance" && (
        <fieldset className="dgroup"><legend>{t("ed.flow.node.acceptance")}</legend>
          <CheckField label={t("ed.flow.node.allowDeficiency")} checked={d.allowDeficiency !== false} onChange={(v) => set("allowDeficiency", v)} />
          <NumberField label={t("ed.flow.node.deficiencyDays")} value={d.deficiencyDays as number | undefined} onChange={(v) => set("deficiencyDays", v)} min={1} />
          <CheckField label={t("ed.flow.node.allowPromise")} checked={d.allowPromise === true} onChange={(v) => set("allowPromise", v)} />
          <NumberField label={t("ed.flow.node.correctionLimit")} value={d.maxCorrections as number | undefined} onChange={(v) => set("maxCorrections", v)} max={3} />
          <NumberField label={t("ed.flow.node.correctionDays")} value={d.correctionDays as number | undefined} onChange={(v) => set("correctionDays", v)} min={1} />
        </fieldset>
      )}
      {node.type === "results" && (
        <fieldset className="dgroup"><legend>{t("ed.flow.node.delivery")}</legend>
          {([["online", t("ed.flow.node.delivery.online")], ["post", t("ed.flow.node.delivery.post")], ["window", t("ed.flow.node.delivery.window")]] as const).map(([k, lab]) => {
            const list = arr<string>(d.delivery ?? ["online", "post", "window"]);
            return <CheckField key={k} label={lab} checked={list.includes(k)} onChange={(v) => set("delivery", v ? [...list, k] : list.filter((x) => x !== k))} />;
          })}
        </fieldset>
      )}
      {node.type === "auto" && <AutoFields d={d} set={set} variables={variables} deptOptions={deptOptions} items={items} />}
      {node.type === "parallel" && (
        <SelectField label={t("ed.flow.node.joinNode")} value={String(d.join ?? "")} options={joins.map((j) => ({ value: j, label: j }))} empty={t("ed.flow.node.choose")}
          onChange={(v) => set("join", v, t("ed.flow.node.undo.join"))} />
      )}
      {node.type === "end" && (
        <>
          <SelectField label={t("ed.flow.node.endOutcome")} value={String(d.outcome ?? "completed")} options={[{ value: "completed", label: t("ed.flow.node.end.completed") }, { value: "rejected", label: t("ed.flow.node.end.rejected") }]} onChange={(v) => set("outcome", v)} />
          {d.outcome === "rejected" && <TextField label={t("ed.flow.node.endReason")} value={String(d.reason ?? "")} onChange={(v) => set("reason", v)} />}
        </>
      )}
      <button type="button" className="btn btn--danger btn--small" onClick={onDelete}>{t("ed.flow.deleteNode")}</button>
    </section>
  );
}

type Setter = (key: string, value: unknown, label?: string) => void;

function Limits({ d, set }: { d: Json; set: Setter }) {
  const { t } = useI18n();
  return (
    <fieldset className="dgroup dgroup--row"><legend>{t("ed.flow.node.limits")}</legend>
      <NumberField label={t("ed.flow.node.statutoryDays")} value={d.statutoryDays as number | undefined} onChange={(v) => set("statutoryDays", v, t("ed.flow.node.undo.limits"))} />
      <NumberField label={t("ed.flow.node.promisedDays")} value={d.promisedDays as number | undefined} onChange={(v) => set("promisedDays", v, t("ed.flow.node.undo.limits"))} />
      <NumberField label={t("ed.flow.node.reminderDays")} value={d.reminderDays as number | undefined} onChange={(v) => set("reminderDays", v)} />
    </fieldset>
  );
}

function TimeoutFields({ d, set, deptOptions, allowAuto }: { d: Json; set: Setter; deptOptions: Array<{ value: string; label: string }>; allowAuto: boolean }) {
  const { t } = useI18n();
  const timeout = obj(d.timeout);
  const action = String(timeout.action ?? "remind");
  const esc = obj(timeout.escalateTo);
  const options = [{ value: "remind", label: t("ed.flow.node.timeout.remind") }, { value: "escalate", label: t("ed.flow.node.timeout.escalate") }, ...(allowAuto ? [{ value: "auto_approve", label: t("ed.flow.node.timeout.deemedApproved") }] : [])];
  return (
    <fieldset className="dgroup"><legend>{t("ed.flow.node.timeout")}</legend>
      <SelectField label={t("ed.flow.node.timeoutAction")} value={action} options={options}
        onChange={(v) => set("timeout", v === "escalate" ? { action: v, escalateTo: { department: String(esc.department ?? d.department ?? ""), role: "reviewer" } } : { action: v }, t("ed.flow.node.undo.timeout"))} />
      {action === "escalate" && (
        <SelectField label={t("ed.flow.node.escalateTo")} value={String(esc.department ?? "")} options={deptOptions} empty="—"
          onChange={(v) => set("timeout", { ...timeout, escalateTo: { ...esc, department: v, role: String(esc.role ?? "reviewer") } })} />
      )}
    </fieldset>
  );
}

function ReviewFields({ d, set, items }: { d: Json; set: Setter; items: Array<{ id: string; name: string }> }) {
  const { t } = useI18n();
  const cs = obj(d.countersign);
  const mode = String(cs.mode ?? "any");
  const signers = arr<string>(cs.signers);
  return (
    <>
      <fieldset className="dgroup"><legend>{t("ed.flow.node.countersign")}</legend>
        <SelectField label={t("ed.flow.node.countersignMode")} value={mode}
          options={[{ value: "any", label: t("ed.flow.node.cs.any") }, { value: "all", label: t("ed.flow.node.cs.all") }, { value: "sequence", label: t("ed.flow.node.cs.sequence") }, { value: "ratio", label: t("ed.flow.node.cs.ratio") }]}
          onChange={(v) => set("countersign", { ...cs, mode: v, signers, ...(v === "ratio" ? { ratio: (cs.ratio as number) ?? 0.5 } : {}) }, t("ed.flow.node.undo.countersign"))} />
        <TextField label={t("ed.flow.node.signers")} value={signers.join(",")}
          onChange={(v) => set("countersign", { ...cs, mode, signers: v.split(/[,，]/).map((s) => s.trim()).filter(Boolean) })} />
        {mode === "ratio" && <NumberField label={t("ed.flow.node.passRatio")} value={cs.ratio as number | undefined} step={0.05} max={1} onChange={(v) => set("countersign", { ...cs, ratio: v })} />}
      </fieldset>
      <SelectField label={t("ed.flow.node.item")} value={String(d.item ?? "")} options={items.map((i) => ({ value: i.id, label: i.name }))} empty={t("ed.flow.node.none")} onChange={(v) => set("item", v)} />
      <TextField label={t("ed.flow.node.resultDocument")} value={String(obj(d.result).name ?? "")} onChange={(v) => set("result", v ? { name: v } : undefined)} />
      <NumberField label={t("ed.flow.node.correctionDays")} value={d.correctionDays as number | undefined} onChange={(v) => set("correctionDays", v)} min={1} />
    </>
  );
}

const OUTCOMES = (t: (key: MessageKey) => string) => [{ value: "approve", label: t("ed.flow.node.rule.approve") }, { value: "reject", label: t("ed.flow.node.rule.reject") }, { value: "manual", label: t("ed.flow.node.rule.manual") }];

function AutoFields({ d, set, variables, deptOptions, items }: { d: Json; set: Setter; variables: ConditionVariable[]; deptOptions: Array<{ value: string; label: string }>; items: Array<{ id: string; name: string }> }) {
  const { t } = useI18n();
  const rules = arr<{ when: Condition; outcome: string; reason?: string }>(d.rules);
  const manual = obj(d.manual);
  const setRules = (next: typeof rules) => set("rules", next, t("ed.flow.node.undo.rules"));
  return (
    <>
      <fieldset className="dgroup"><legend>{t("ed.flow.node.rules")}</legend>
        {rules.map((r, i) => (
          <div key={i} className="drule">
            <ConditionBuilder label={t("ed.flow.node.ruleCondition", { n: i + 1 })} value={r.when} variables={variables}
              emptyText={t("ed.flow.node.ruleAlways")} onChange={(c) => setRules(rules.map((x, j) => (j === i ? { ...x, when: c ?? true } : x)))} />
            <SelectField label={t("ed.flow.node.ruleOutcome", { n: i + 1 })} value={r.outcome} options={OUTCOMES(t)} onChange={(v) => setRules(rules.map((x, j) => (j === i ? { ...x, outcome: v } : x)))} />
            <button type="button" className="btn btn--small" onClick={() => setRules(rules.filter((_, j) => j !== i))}>{t("ed.flow.node.removeRule")}</button>
          </div>
        ))}
        <button type="button" className="btn btn--small" onClick={() => setRules([...rules, { when: true, outcome: "approve" }])}>{t("ed.flow.node.addRule")}</button>
      </fieldset>
      <SelectField label={t("ed.flow.node.otherwise")} value={String(d.otherwise ?? "manual")} options={OUTCOMES(t)} onChange={(v) => set("otherwise", v)} />
      <SelectField label={t("ed.flow.node.item")} value={String(d.item ?? "")} options={items.map((i) => ({ value: i.id, label: i.name }))} empty={t("ed.flow.node.none")} onChange={(v) => set("item", v)} />
      <fieldset className="dgroup"><legend>{t("ed.flow.node.manualTitle")}</legend>
        <SelectField label={t("ed.flow.node.manualDepartment")} value={String(manual.department ?? "")} options={deptOptions} empty="—" onChange={(v) => set("manual", { ...manual, department: v })} />
        <Limits d={manual} set={(k, v) => set("manual", { ...manual, [k]: v })} />
      </fieldset>
    </>
  );
}
