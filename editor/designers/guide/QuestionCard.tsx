// One guide question in the designer: title, id, type, help, options, default and when it is asked.
import type { Condition } from "../../../spec/conditions.js";
import { ConditionBuilder } from "../common/ConditionBuilder.js";
import type { ConditionVariable } from "../common/conditions.js";
import { arr, type Json } from "../common/doc.js";
import { SelectField, TextField } from "../common/fields.js";
import { useL } from "../common/lang.js";

interface Props {
  q: Json;
  index: number;
  count: number;
  earlier: ConditionVariable[];
  onChange(q: Json, label: string): void;
  onMove(delta: number): void;
  onRemove(): void;
  open?: boolean;
}

const TYPE_NAMES: Record<string, string> = { single: "单选", multi: "多选", boolean: "是/否" };

/** The question editor card. */
export function QuestionCard({ q, index, count, earlier, onChange, onMove, onRemove, open }: Props) {
  const L = useL();
  const options = arr<{ value: string; label: string }>(q.options);
  const set = (key: string, value: unknown, label = L("修改问题", "Edit question")) => {
    const next = { ...q };
    if (value === undefined || value === "") delete next[key];
    else next[key] = value;
    onChange(next, label);
  };
  const type = String(q.type ?? "single");
  const defaultOptions = type === "boolean" ? [{ value: "true", label: L("是", "yes") }, { value: "false", label: L("否", "no") }] : options.map((o) => ({ value: o.value, label: o.label }));
  return (
    <li data-testid={`question-${String(q.id)}`}>
      <details className="qcard" open={open}>
      <summary>{L(`问题 ${index + 1}`, `Question ${index + 1}`)}：{String(q.title ?? "")} <span className="muted small">· {TYPE_NAMES[type] ?? type}{type !== "boolean" ? ` · ${options.length} ${L("个选项", "options")}` : ""}{q.visibleIf !== undefined ? L(" · 有提问条件", " · conditional") : ""}</span></summary>
      <div className="qcard__head">
        <span className="muted small">{L("变量", "Variable")} answers.{String(q.id)}</span>
        <span className="row">
          <button type="button" className="btn btn--small" disabled={index === 0} onClick={() => onMove(-1)} aria-label={L(`上移问题 ${index + 1}`, "Move up")}>↑</button>
          <button type="button" className="btn btn--small" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={L(`下移问题 ${index + 1}`, "Move down")}>↓</button>
          <button type="button" className="btn btn--small btn--danger" onClick={onRemove}>{L("删除", "Remove")}</button>
        </span>
      </div>
      <div className="qcard__grid">
        <TextField label={L("问题", "Question")} value={String(q.title ?? "")} onChange={(v) => set("title", v)} />
        <TextField label={L("变量名（ID）", "Id")} value={String(q.id ?? "")} onChange={(v) => set("id", v.replace(/[^a-z0-9_-]/gi, "").toLowerCase(), L("修改问题 ID", "Edit id"))} />
        <SelectField label={L("类型", "Type")} value={type} options={[{ value: "single", label: L("单选", "single") }, { value: "multi", label: L("多选", "multi") }, { value: "boolean", label: L("是/否", "yes/no") }]}
          onChange={(v) => { const next: Json = { ...q, type: v }; delete next.default; if (v === "boolean") next.options = []; onChange(next, L("修改问题类型", "Change type")); }} />
      </div>
      <TextField label={L("说明", "Help")} value={String(q.help ?? "")} onChange={(v) => set("help", v)} multiline />
      {type !== "boolean" && (
        <fieldset className="dgroup"><legend>{L("选项", "Options")}</legend>
          <ol className="opts">
            {options.map((o, i) => (
              <li key={i}>
                <input type="text" aria-label={L(`选项 ${i + 1} 显示文字`, `Option ${i + 1} label`)} value={o.label} onChange={(e) => set("options", options.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))} />
                <input type="text" aria-label={L(`选项 ${i + 1} 值`, `Option ${i + 1} value`)} value={o.value} onChange={(e) => set("options", options.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))} />
                <button type="button" className="btn btn--small" aria-label={L(`删除选项 ${i + 1}`, `Remove option ${i + 1}`)} onClick={() => set("options", options.filter((_, j) => j !== i))}>✕</button>
              </li>
            ))}
          </ol>
          <button type="button" className="btn btn--small" onClick={() => set("options", [...options, { value: `option${options.length + 1}`, label: L(`选项${options.length + 1}`, `Option ${options.length + 1}`) }])}>{L("＋ 添加选项", "+ Add option")}</button>
        </fieldset>
      )}
      {type !== "multi" && (
        <SelectField label={L("默认答案", "Default")} value={q.default === undefined ? "" : String(q.default)} options={defaultOptions} empty={L("（无）", "(none)")}
          onChange={(v) => set("default", v === "" ? undefined : type === "boolean" ? v === "true" : v)} />
      )}
      <ConditionBuilder label={L("何时提问（前面问题的答案）", "Ask when")} value={q.visibleIf as Condition | undefined} variables={earlier}
        emptyText={L("始终提问", "Always asked")} onChange={(c) => set("visibleIf", c, L("修改提问条件", "Edit ask condition"))} />
      </details>
    </li>
  );
}
