// A condition editor used by every designer: rows of (variable, operator, value) joined by 且/或, written as
// JSON Logic; expressions the rows cannot represent are edited as raw JSON and never rewritten.
import { useEffect, useId, useState } from "react";
import { checkCondition, type Condition } from "../../../spec/conditions.js";
import { defaultRow, defaultValue, describeCondition, logicToRows, rowsToLogic, type ConditionRow, type ConditionRows, type ConditionVariable, type RowOperator } from "./conditions.js";
import { useI18n, type MessageKey } from "../../i18n.js";
import { msgIn } from "./lang.js";

const OPS: Array<{ op: RowOperator; key: MessageKey }> = [
  { op: "==", key: "ed.cond.op.eq" }, { op: "!=", key: "ed.cond.op.ne" }, { op: "in", key: "ed.cond.op.in" }, { op: "contains", key: "ed.cond.op.contains" },
  { op: "truthy", key: "ed.cond.op.truthy" }, { op: "falsy", key: "ed.cond.op.falsy" },
  { op: ">", key: "ed.cond.op.gt" }, { op: ">=", key: "ed.cond.op.ge" }, { op: "<", key: "ed.cond.op.lt" }, { op: "<=", key: "ed.cond.op.le" },
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

/** The condition builder (rows ↔ JSON Logic, raw JSON fallback). */
export function ConditionBuilder({ value, onChange, variables, label, emptyText }: Props) {
  const { t, lang } = useI18n();
  const id = useId();
  const model = logicToRows(value);
  const [raw, setRaw] = useState(model === undefined);
  const [text, setText] = useState(() => JSON.stringify(value ?? null, null, 1));
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (model === undefined) setRaw(true);
    setText(value === undefined ? "" : JSON.stringify(value, null, 1));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the value's text: a new object with the same rule must not reset what is typed
  }, [JSON.stringify(value)]);

  const update = (m: ConditionRows) => onChange(rowsToLogic(m));
  const setRow = (i: number, row: ConditionRow) => model && update({ ...model, rows: model.rows.map((r, j) => (j === i ? row : r)) });
  const addRow = () => {
    update({ join: model?.join ?? "and", rows: [...(model?.rows ?? []), defaultRow(variables[0])] });
  };
  const applyRaw = () => {
    if (!text.trim()) { setError(undefined); onChange(undefined); return; }
    try {
      const parsed = JSON.parse(text) as unknown;
      const problems = checkCondition(parsed);
      if (problems.length) { setError(problems.map((p) => `${p.pointer || "/"} ${msgIn(lang, p.message)}`).join(t("common.clauseSeparator"))); return; }
      setError(undefined);
      onChange(parsed as Condition);
    } catch (err) {
      setError(t("ed.cond.invalidJson", { message: (err as Error).message }));
    }
  };

  return (
    <fieldset className="cb" aria-label={label}>
      <legend className="cb__legend">{label}</legend>
      {!raw && model && (
        <>
          {model.rows.length === 0 && <p className="muted small cb__empty">{emptyText ?? t("ed.cond.always")}</p>}
          {model.rows.length > 1 && (
            <label className="cb__join">
              <span>{t("ed.cond.combine")}</span>
              <select value={model.join} onChange={(e) => update({ ...model, join: e.target.value as "and" | "or" })}>
                <option value="and">{t("ed.cond.join.and")}</option>
                <option value="or">{t("ed.cond.join.or")}</option>
              </select>
            </label>
          )}
          <ol className="cb__rows">
            {model.rows.map((row, i) => {
              const v = variables.find((x) => x.path === row.variable);
              const unary = row.op === "truthy" || row.op === "falsy";
              return (
                <li key={i} className="cb__row">
                  <select aria-label={t("ed.cond.rowVariable", { n: i + 1 })} value={row.variable}
                    onChange={(e) => { const nv = variables.find((x) => x.path === e.target.value); setRow(i, { variable: e.target.value, op: nv?.kind === "multi" ? "contains" : row.op, value: defaultValue(nv) }); }}>
                    {!v && <option value={row.variable}>{row.variable}</option>}
                    {variables.map((x) => <option key={x.path} value={x.path}>{x.label}</option>)}
                  </select>
                  <select aria-label={t("ed.cond.rowOperator", { n: i + 1 })} value={row.op}
                    onChange={(e) => { const op = e.target.value as RowOperator; setRow(i, { ...row, op, value: op === "in" ? [row.value ?? defaultValue(v)].flat() : Array.isArray(row.value) ? row.value[0] : row.value }); }}>
                    {OPS.map((o) => <option key={o.op} value={o.op}>{t(o.key)}</option>)}
                  </select>
                  {!unary && <ValueInput row={row} variable={v} label={t("ed.cond.rowValue", { n: i + 1 })} onChange={(value) => setRow(i, { ...row, value })} />}
                  <button type="button" className="btn btn--small" aria-label={t("ed.cond.removeRow", { n: i + 1 })}
                    onClick={() => update({ ...model, rows: model.rows.filter((_, j) => j !== i) })}>✕</button>
                </li>
              );
            })}
          </ol>
          <div className="row cb__tools">
            <button type="button" className="btn btn--small" onClick={addRow}>{t("ed.cond.addRow")}</button>
            <button type="button" className="btn btn--small btn--link" onClick={() => setRaw(true)}>{t("ed.cond.editJson")}</button>
          </div>
        </>
      )}
      {raw && (
        <div className="cb__raw">
          {model === undefined && value !== undefined && <p className="muted small">{t("ed.cond.rawNote")}</p>}
          <label htmlFor={`${id}-raw`} className="visually-hidden">{t("ed.cond.rawLabel", { label })}</label>
          <textarea id={`${id}-raw`} className="form-control code cb__text" rows={3} value={text} spellCheck={false}
            onChange={(e) => setText(e.target.value)} onBlur={applyRaw} aria-invalid={error ? true : undefined} />
          {error && <p className="field__error" role="alert">{error}</p>}
          <div className="row cb__tools">
            <button type="button" className="btn btn--small" onClick={applyRaw}>{t("ed.cond.apply")}</button>
            {model !== undefined && <button type="button" className="btn btn--small btn--link" onClick={() => { setError(undefined); setRaw(false); }}>{t("ed.cond.editRows")}</button>}
          </div>
        </div>
      )}
      {/* with no rows the empty text already says it ("始终办理"): the summary would say it twice (tryout 10 #12) */}
      <p className="muted small cb__summary" aria-live="polite">{raw || model?.rows.length ? describeCondition(value, variables, lang) : ""}</p>
    </fieldset>
  );
}

function ValueInput({ row, variable, label, onChange }: { row: ConditionRow; variable?: ConditionVariable; label: string; onChange(v: unknown): void }) {
  const { t } = useI18n();
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
        <option value="true">{t("ed.cond.yes")}</option>
        <option value="false">{t("ed.cond.no")}</option>
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
