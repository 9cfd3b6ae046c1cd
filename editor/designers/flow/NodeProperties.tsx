// The properties panel of one flow node: a form per node type (department, role, countersign, limits,
// timeout, result, 容缺, auto-approval rules through the condition builder), with the node's problems on top.
import { useEffect, useState } from "react";
import { NODE_TYPES, type FlowProblem } from "../../../spec/flow/index.js";
import type { Condition } from "../../../spec/conditions.js";
import { ConditionBuilder } from "../common/ConditionBuilder.js";
import type { ConditionVariable } from "../common/conditions.js";
import { obj, arr, type Json } from "../common/doc.js";
import { CheckField, NumberField, SelectField, TextField } from "../common/fields.js";
import { useL, useMsg } from "../common/lang.js";
import type { FlowNodeDoc } from "./model.js";

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
  const L = useL();
  const M = useMsg();
  const d = node.data ?? {};
  const type = NODE_TYPES.get(node.type);
  const set = (key: string, value: unknown, label = L("修改节点属性", "Edit node")) => {
    const next = { ...d };
    if (value === undefined || value === "") delete next[key];
    else next[key] = value;
    onData(next, label);
  };
  const [idText, setIdText] = useState(node.id);
  useEffect(() => setIdText(node.id), [node.id]);
  const deptOptions = departments.map((x) => ({ value: x.id, label: `${x.name}（${x.id}）` }));
  const roleOptions = [{ value: "clerk", label: L("窗口人员 clerk", "Front desk (clerk)") }, { value: "reviewer", label: L("审核人员 reviewer", "Reviewer") }];
  const timed = type?.timed || node.type === "auto";

  return (
    <section className="dpanel" aria-labelledby="node-props-title" data-testid="node-properties">
      <h3 id="node-props-title">{L("节点属性", "Node properties")}：{type?.label ?? node.type}</h3>
      {problems.length > 0 && (
        <ul className="dproblems" aria-label={L("本节点的问题", "Problems of this node")}>
          {problems.map((p, i) => <li key={i} className={p.severity === "error" ? "is-error" : "is-warning"}>{M(p.message)}</li>)}
        </ul>
      )}
      <div className="dfield">
        <label htmlFor="node-id">{L("节点 ID", "Node id")}</label>
        <input id="node-id" type="text" value={idText} onChange={(e) => setIdText(e.target.value)}
          onBlur={() => idText !== node.id && /^[a-z][a-z0-9_-]{0,63}$/.test(idText) ? onRename(idText) : setIdText(node.id)} />
      </div>
      <TextField label={L("名称", "Label")} value={String(d.label ?? "")} onChange={(v) => set("label", v, L("修改节点名称", "Rename node"))} />
      {["acceptance", "review", "results", "auto"].includes(node.type) ? (
        <SelectField label={L("办理部门", "Department")} value={String(d.department ?? "")} options={deptOptions} empty={L("— 请选择 —", "— choose —")}
          onChange={(v) => set("department", v, L("设置办理部门", "Set department"))} />
      ) : null}
      {["acceptance", "review", "results"].includes(node.type) && (
        <>
          <SelectField label={L("岗位", "Role")} value={String(d.role ?? (node.type === "review" ? "reviewer" : "clerk"))} options={roleOptions} onChange={(v) => set("role", v)} />
          <TextField label={L("指定办理人（可选）", "Assignee (optional)")} value={String(d.assignee ?? "")} onChange={(v) => set("assignee", v)} />
        </>
      )}
      {timed && node.type !== "auto" && <Limits d={d} set={set} />}
      {["acceptance", "review", "results"].includes(node.type) && <TimeoutFields d={d} set={set} deptOptions={deptOptions} allowAuto={node.type === "review"} />}
      {node.type === "review" && <ReviewFields d={d} set={set} items={items} />}
      {node.type === "acceptance" && (
        <fieldset className="dgroup"><legend>{L("受理方式", "Acceptance")}</legend>
          <CheckField label={L("允许容缺受理", "Accept with deficiency (容缺)")} checked={d.allowDeficiency !== false} onChange={(v) => set("allowDeficiency", v)} />
          <NumberField label={L("容缺补交期限（工作日）", "Days to supply")} value={d.deficiencyDays as number | undefined} onChange={(v) => set("deficiencyDays", v)} min={1} />
          <CheckField label={L("允许告知承诺", "Notify and promise (告知承诺)")} checked={d.allowPromise === true} onChange={(v) => set("allowPromise", v)} />
          <NumberField label={L("补正次数上限", "Correction notices")} value={d.maxCorrections as number | undefined} onChange={(v) => set("maxCorrections", v)} max={3} />
          <NumberField label={L("补正期限（工作日）", "Correction days")} value={d.correctionDays as number | undefined} onChange={(v) => set("correctionDays", v)} min={1} />
        </fieldset>
      )}
      {node.type === "results" && (
        <fieldset className="dgroup"><legend>{L("出件方式", "Delivery")}</legend>
          {([["online", L("网上送达", "online")], ["post", L("邮寄", "post")], ["window", L("窗口领取", "window")]] as const).map(([k, lab]) => {
            const list = arr<string>(d.delivery ?? ["online", "post", "window"]);
            return <CheckField key={k} label={lab} checked={list.includes(k)} onChange={(v) => set("delivery", v ? [...list, k] : list.filter((x) => x !== k))} />;
          })}
        </fieldset>
      )}
      {node.type === "auto" && <AutoFields d={d} set={set} variables={variables} deptOptions={deptOptions} items={items} />}
      {node.type === "parallel" && (
        <SelectField label={L("汇聚节点", "Join node")} value={String(d.join ?? "")} options={joins.map((j) => ({ value: j, label: j }))} empty={L("— 请选择 —", "— choose —")}
          onChange={(v) => set("join", v, L("设置汇聚节点", "Set join"))} />
      )}
      {node.type === "end" && (
        <>
          <SelectField label={L("结果", "Outcome")} value={String(d.outcome ?? "completed")} options={[{ value: "completed", label: L("办结", "completed") }, { value: "rejected", label: L("终止（不予办理）", "rejected") }]} onChange={(v) => set("outcome", v)} />
          {d.outcome === "rejected" && <TextField label={L("终止原因", "Reason")} value={String(d.reason ?? "")} onChange={(v) => set("reason", v)} />}
        </>
      )}
      <button type="button" className="btn btn--danger btn--small" onClick={onDelete}>{L("删除节点", "Delete node")}</button>
    </section>
  );
}

type Setter = (key: string, value: unknown, label?: string) => void;

function Limits({ d, set }: { d: Json; set: Setter }) {
  const L = useL();
  return (
    <fieldset className="dgroup dgroup--row"><legend>{L("时限（工作日）", "Limits (working days)")}</legend>
      <NumberField label={L("法定", "Statutory")} value={d.statutoryDays as number | undefined} onChange={(v) => set("statutoryDays", v, L("修改时限", "Edit limits"))} />
      <NumberField label={L("承诺", "Promised")} value={d.promisedDays as number | undefined} onChange={(v) => set("promisedDays", v, L("修改时限", "Edit limits"))} />
      <NumberField label={L("提前提醒", "Remind before")} value={d.reminderDays as number | undefined} onChange={(v) => set("reminderDays", v)} />
    </fieldset>
  );
}

function TimeoutFields({ d, set, deptOptions, allowAuto }: { d: Json; set: Setter; deptOptions: Array<{ value: string; label: string }>; allowAuto: boolean }) {
  const L = useL();
  const t = obj(d.timeout);
  const action = String(t.action ?? "remind");
  const esc = obj(t.escalateTo);
  const options = [{ value: "remind", label: L("提醒", "remind") }, { value: "escalate", label: L("升级", "escalate") }, ...(allowAuto ? [{ value: "auto_approve", label: L("超时默认通过", "deemed approved") }] : [])];
  return (
    <fieldset className="dgroup"><legend>{L("超时处理", "On timeout")}</legend>
      <SelectField label={L("超时动作", "Timeout action")} value={action} options={options}
        onChange={(v) => set("timeout", v === "escalate" ? { action: v, escalateTo: { department: String(esc.department ?? d.department ?? ""), role: "reviewer" } } : { action: v }, L("设置超时处理", "Set timeout"))} />
      {action === "escalate" && (
        <SelectField label={L("升级到部门", "Escalate to")} value={String(esc.department ?? "")} options={deptOptions} empty="—"
          onChange={(v) => set("timeout", { ...t, escalateTo: { ...esc, department: v, role: String(esc.role ?? "reviewer") } })} />
      )}
    </fieldset>
  );
}

function ReviewFields({ d, set, items }: { d: Json; set: Setter; items: Array<{ id: string; name: string }> }) {
  const L = useL();
  const cs = obj(d.countersign);
  const mode = String(cs.mode ?? "any");
  const signers = arr<string>(cs.signers);
  return (
    <>
      <fieldset className="dgroup"><legend>{L("会签", "Countersign")}</legend>
        <SelectField label={L("会签方式", "Countersign mode")} value={mode}
          options={[{ value: "any", label: L("任一人（或签）", "any") }, { value: "all", label: L("全部通过（会签）", "all") }, { value: "sequence", label: L("依次审批", "sequence") }, { value: "ratio", label: L("按比例", "ratio") }]}
          onChange={(v) => set("countersign", { ...cs, mode: v, signers, ...(v === "ratio" ? { ratio: (cs.ratio as number) ?? 0.5 } : {}) }, L("设置会签", "Set countersign"))} />
        <TextField label={L("会签人（用户 ID，逗号分隔）", "Signers (user ids, comma separated)")} value={signers.join(",")}
          onChange={(v) => set("countersign", { ...cs, mode, signers: v.split(/[,，]/).map((s) => s.trim()).filter(Boolean) })} />
        {mode === "ratio" && <NumberField label={L("通过比例（0–1）", "Ratio (0–1)")} value={cs.ratio as number | undefined} step={0.05} max={1} onChange={(v) => set("countersign", { ...cs, ratio: v })} />}
      </fieldset>
      <SelectField label={L("对应事项", "Item decided")} value={String(d.item ?? "")} options={items.map((i) => ({ value: i.id, label: i.name }))} empty={L("（无）", "(none)")} onChange={(v) => set("item", v)} />
      <TextField label={L("出件结果名称", "Result document")} value={String(obj(d.result).name ?? "")} onChange={(v) => set("result", v ? { name: v } : undefined)} />
      <NumberField label={L("补正期限（工作日）", "Correction days")} value={d.correctionDays as number | undefined} onChange={(v) => set("correctionDays", v)} min={1} />
    </>
  );
}

const OUTCOMES = (L: ReturnType<typeof useL>) => [{ value: "approve", label: L("通过", "approve") }, { value: "reject", label: L("不通过", "reject") }, { value: "manual", label: L("转人工", "manual") }];

function AutoFields({ d, set, variables, deptOptions, items }: { d: Json; set: Setter; variables: ConditionVariable[]; deptOptions: Array<{ value: string; label: string }>; items: Array<{ id: string; name: string }> }) {
  const L = useL();
  const rules = arr<{ when: Condition; outcome: string; reason?: string }>(d.rules);
  const manual = obj(d.manual);
  const setRules = (next: typeof rules) => set("rules", next, L("修改秒批规则", "Edit auto rules"));
  return (
    <>
      <fieldset className="dgroup"><legend>{L("秒批规则（按顺序，先满足先生效）", "Rules (first match wins)")}</legend>
        {rules.map((r, i) => (
          <div key={i} className="drule">
            <ConditionBuilder label={L(`规则 ${i + 1} 的条件`, `Rule ${i + 1} condition`)} value={r.when} variables={variables}
              emptyText={L("无条件（总是命中）", "Always")} onChange={(c) => setRules(rules.map((x, j) => (j === i ? { ...x, when: c ?? true } : x)))} />
            <SelectField label={L(`规则 ${i + 1} 的结果`, `Rule ${i + 1} outcome`)} value={r.outcome} options={OUTCOMES(L)} onChange={(v) => setRules(rules.map((x, j) => (j === i ? { ...x, outcome: v } : x)))} />
            <button type="button" className="btn btn--small" onClick={() => setRules(rules.filter((_, j) => j !== i))}>{L("删除规则", "Remove rule")}</button>
          </div>
        ))}
        <button type="button" className="btn btn--small" onClick={() => setRules([...rules, { when: true, outcome: "approve" }])}>{L("＋ 添加规则", "+ Add rule")}</button>
      </fieldset>
      <SelectField label={L("都不满足时", "Otherwise")} value={String(d.otherwise ?? "manual")} options={OUTCOMES(L)} onChange={(v) => set("otherwise", v)} />
      <SelectField label={L("对应事项", "Item decided")} value={String(d.item ?? "")} options={items.map((i) => ({ value: i.id, label: i.name }))} empty={L("（无）", "(none)")} onChange={(v) => set("item", v)} />
      <fieldset className="dgroup"><legend>{L("转人工时", "When handed to a person")}</legend>
        <SelectField label={L("人工审核部门", "Manual department")} value={String(manual.department ?? "")} options={deptOptions} empty="—" onChange={(v) => set("manual", { ...manual, department: v })} />
        <Limits d={manual} set={(k, v) => set("manual", { ...manual, [k]: v })} />
      </fieldset>
    </>
  );
}
