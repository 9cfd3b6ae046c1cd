// A condition editor used by every designer: rows of (variable, operator, value) joined by 且/或, written as
// JSON Logic; expressions the rows cannot represent are edited as raw JSON and never rewritten.
import { useEffect, useId, useState } from "react";
import { checkCondition, type Condition } from "../../../spec/conditions.js";
import { describeCondition, logicToRows, rowsToLogic, type ConditionRow, type ConditionRows, type ConditionVariable, type RowOperator } from "./conditions.js";
import { useL } from "./lang.js";

const OPS: Array<{ op: RowOperator; zh: string; en: string }> = [
  { op: "==", zh: "等于", en: "equals" }, { op: "!=", zh: "不等于", en: "not equal" },
  { op: "in", zh: "属于其一", en: "is one of" }, { op: "contains", zh: "包含", en: "contains" },
  { op: "truthy", zh: "为真/已填", en: "is true" }, { op: "falsy", zh: "为假/未填", en: "is false" },
  { op: ">", zh: "大于", en: ">" }, { op: ">=", zh: "大于等于", en: "≥" }, { op: "<", zh: "小于", en: "<" }, { op: "<=", zh: "小于等于", en: "≤" },
];

interface Props {
  value: Condition | undefined;
  onChange(next: Condition | undefined): void;
  variables: ConditionVariable[];
  /** Accessible name of the whole builder, e.g. "适用条件". */
  label: string;
  /** Text shown when there are no rows (the thing always applies). */
  emptyText?: string;
}

function defaultValue(v: ConditionVariable | undefined): unknown {
  if (!v) return "";
  if (v.kind === "boolean") return true;
  if (v.options?.length) return v.options[0]!.value;
  return v.kind === "number" ? 0 : "";
}

/** The condition builder (rows ↔ JSON Logic, raw JSON fallback). */
export function ConditionBuilder({ value, onChange, variables, label, emptyText }: Props) {
  const L = useL();
  const id = useId();
  const model = logicToRows(value);
  const [raw, setRaw] = useState(model === undefined);
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 1));
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (model === undefined) setRaw(true);
    setText(value === undefined ? "" : JSON.stringify(value, null, 1));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(value)]);

  const update = (m: ConditionRows) => onChange(rowsToLogic(m));
  const setRow = (i: number, row: ConditionRow) => model && update({ ...model, rows: model.rows.map((r, j) => (j === i ? row : r)) });
  const addRow = () => {
    const v = variables[0];
    update({ join: model?.join ?? "and", rows: [...(model?.rows ?? []), { variable: v?.path ?? "answers.x", op: v?.kind === "multi" ? "contains" : "==", value: defaultValue(v) }] });
  };
  const applyRaw = () => {
    if (!text.trim()) { setError(undefined); onChange(undefined); return; }
    try {
      const parsed = JSON.parse(text) as unknown;
      const problems = checkCondition(parsed);
      if (problems.length) { setError(problems.map((p) => `${p.pointer || "/"} ${p.message}`).join("；")); return; }
      setError(undefined);
      onChange(parsed as Condition);
    } catch (err) {
      setError(L(`JSON 格式错误：${(err as Error).message}`, `Invalid JSON: ${(err as Error).message}`));
    }
  };

  return (
    <fieldset className="cb" aria-label={label}>
      <legend className="cb__legend">{label}</legend>
      {!raw && model && (
        <>
          {model.rows.length === 0 && <p className="muted small cb__empty">{emptyText ?? L("无条件（始终适用）", "No condition (always)")}</p>}
          {model.rows.length > 1 && (
            <label className="cb__join">
              <span>{L("组合方式", "Combine with")}</span>
              <select value={model.join} onChange={(e) => update({ ...model, join: e.target.value as "and" | "or" })}>
                <option value="and">{L("全部满足（且）", "all (AND)")}</option>
                <option value="or">{L("任一满足（或）", "any (OR)")}</option>
              </select>
            </label>
          )}
          <ol className="cb__rows">
            {model.rows.map((row, i) => {
              const v = variables.find((x) => x.path === row.variable);
              const unary = row.op === "truthy" || row.op === "falsy";
              return (
                <li key={i} className="cb__row">
                  <select aria-label={L(`第 ${i + 1} 条：变量`, `Row ${i + 1}: variable`)} value={row.variable}
                    onChange={(e) => { const nv = variables.find((x) => x.path === e.target.value); setRow(i, { variable: e.target.value, op: nv?.kind === "multi" ? "contains" : row.op, value: defaultValue(nv) }); }}>
                    {!v && <option value={row.variable}>{row.variable}</option>}
                    {variables.map((x) => <option key={x.path} value={x.path}>{x.label}</option>)}
                  </select>
                  <select aria-label={L(`第 ${i + 1} 条：运算`, `Row ${i + 1}: operator`)} value={row.op}
                    onChange={(e) => { const op = e.target.value as RowOperator; setRow(i, { ...row, op, value: op === "in" ? [row.value ?? defaultValue(v)].flat() : Array.isArray(row.value) ? row.value[0] : row.value }); }}>
                    {OPS.map((o) => <option key={o.op} value={o.op}>{L(o.zh, o.en)}</option>)}
                  </select>
                  {!unary && <ValueInput row={row} variable={v} label={L(`第 ${i + 1} 条：值`, `Row ${i + 1}: value`)} onChange={(value) => setRow(i, { ...row, value })} />}
                  <button type="button" className="btn btn--small" aria-label={L(`删除第 ${i + 1} 条`, `Remove row ${i + 1}`)}
                    onClick={() => update({ ...model, rows: model.rows.filter((_, j) => j !== i) })}>✕</button>
                </li>
              );
            })}
          </ol>
          <div className="row cb__tools">
            <button type="button" className="btn btn--small" onClick={addRow}>{L("＋ 添加条件", "+ Add condition")}</button>
            <button type="button" className="btn btn--small btn--link" onClick={() => setRaw(true)}>{L("编辑 JSON", "Edit JSON")}</button>
          </div>
        </>
      )}
      {raw && (
        <div className="cb__raw">
          {model === undefined && value !== undefined && <p className="muted small">{L("此条件无法用条件行表示，以 JSON Logic 编辑（不会被改写）：", "This expression is edited as JSON Logic (kept as is):")}</p>}
          <label htmlFor={`${id}-raw`} className="visually-hidden">{L(`${label}（JSON Logic）`, `${label} (JSON Logic)`)}</label>
          <textarea id={`${id}-raw`} className="form-control code cb__text" rows={3} value={text} spellCheck={false}
            onChange={(e) => setText(e.target.value)} onBlur={applyRaw} aria-invalid={error ? true : undefined} />
          {error && <p className="field__error" role="alert">{error}</p>}
          <div className="row cb__tools">
            <button type="button" className="btn btn--small" onClick={applyRaw}>{L("应用", "Apply")}</button>
            {model !== undefined && <button type="button" className="btn btn--small btn--link" onClick={() => { setError(undefined); setRaw(false); }}>{L("用条件行编辑", "Edit as rows")}</button>}
          </div>
        </div>
      )}
      <p className="muted small cb__summary" aria-live="polite">{describeCondition(value, variables)}</p>
    </fieldset>
  );
}

function ValueInput({ row, variable, label, onChange }: { row: ConditionRow; variable?: ConditionVariable; label: string; onChange(v: unknown): void }) {
  const L = useL();
  if (row.op === "in") {
    const list = Array.isArray(row.value) ? (row.value as unknown[]) : [];
    if (variable?.options?.length) {
      return (
        <span className="cb__multi" role="group" aria-label={label}>
          {variable.options.map((o) => (
            <label key={o.value} className="cb__check">
              <input type="checkbox" checked={list.includes(o.value)} onChange={(e) => onChange(e.target.checked ? [...list, o.value] : list.filter((x) => x !== o.value))} />
              {o.label}
            </label>
          ))}
        </span>
      );
    }
    return <input type="text" aria-label={label} value={list.join(",")} onChange={(e) => onChange(e.target.value.split(/[,，]/).map((s) => s.trim()).filter(Boolean))} />;
  }
  if (variable?.kind === "boolean") {
    return (
      <select aria-label={label} value={String(row.value)} onChange={(e) => onChange(e.target.value === "true")}>
        <option value="true">{L("是", "yes")}</option>
        <option value="false">{L("否", "no")}</option>
      </select>
    );
  }
  if (variable?.options?.length) {
    return (
      <select aria-label={label} value={String(row.value)} onChange={(e) => onChange(e.target.value)}>
        {!variable.options.some((o) => o.value === row.value) && <option value={String(row.value)}>{String(row.value)}</option>}
        {variable.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    );
  }
  if (variable?.kind === "number") return <input type="number" aria-label={label} value={Number(row.value ?? 0)} onChange={(e) => onChange(Number(e.target.value))} />;
  return <input type="text" aria-label={label} value={String(row.value ?? "")} onChange={(e) => onChange(e.target.value)} />;
}
