// One guide question in the designer: title, id, type, help, options, default and when it is asked.
import type { Condition } from "../../../spec/conditions.js";
import { ConditionBuilder } from "../common/ConditionBuilder.js";
import type { ConditionVariable } from "../common/conditions.js";
import { arr, type Json } from "../common/doc.js";
import { SelectField, TextField } from "../common/fields.js";
import { useI18n, type MessageKey } from "../../i18n.js";

interface Props {
  q: Json;
  index: number;
  count: number;
  earlier: ConditionVariable[];
  onChange(q: Json, label: string): void;
  onMove(delta: number): void;
  onRemove(): void;
  open: boolean;
  onToggle(open: boolean): void;
}

const TYPE_NAMES: Record<string, MessageKey> = { single: "ed.guide.q.type.single", multi: "ed.guide.q.type.multi", boolean: "ed.guide.q.type.boolean" };

/** The question editor card. */
export function QuestionCard({ q, index, count, earlier, onChange, onMove, onRemove, open, onToggle }: Props) {
  const { t } = useI18n();
  const options = arr<{ value: string; label: string }>(q.options);
  const set = (key: string, value: unknown, label = t("ed.guide.q.undo.edit")) => {
    const next = { ...q };
    if (value === undefined || value === "") delete next[key];
    else next[key] = value;
    onChange(next, label);
  };
  const type = String(q.type ?? "single");
  const typeKey = TYPE_NAMES[type];
  const typeName = typeKey ? t(typeKey) : type;
  const defaultOptions = type === "boolean" ? [{ value: "true", label: t("ed.guide.q.yes") }, { value: "false", label: t("ed.guide.q.no") }] : options.map((o) => ({ value: o.value, label: o.label }));
  return (
    <li data-testid={`question-${String(q.id)}`}>
      <details className="qcard" open={open} onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>{t("ed.guide.q.summary", { n: index + 1, title: String(q.title ?? "") })} <span className="muted small">· {typeName}{type !== "boolean" ? t("ed.guide.q.optionCount", { n: options.length }) : ""}{q.visibleIf !== undefined ? t("ed.guide.q.conditional") : ""}</span></summary>
      <div className="qcard__head">
        <span className="muted small">{t("ed.guide.q.variable", { path: `answers.${String(q.id)}` })}</span>
        <span className="row">
          <button type="button" className="btn btn--small" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t("ed.guide.q.moveUp", { n: index + 1 })}>↑</button>
          <button type="button" className="btn btn--small" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t("ed.guide.q.moveDown", { n: index + 1 })}>↓</button>
          <button type="button" className="btn btn--small btn--danger" onClick={onRemove}>{t("ed.guide.q.remove")}</button>
        </span>
      </div>
      <div className="qcard__grid">
        <TextField label={t("ed.guide.q.title")} value={String(q.title ?? "")} onChange={(v) => set("title", v)} />
        <TextField label={t("ed.guide.q.id")} value={String(q.id ?? "")} onChange={(v) => set("id", v.replace(/[^a-z0-9_-]/gi, "").toLowerCase(), t("ed.guide.q.undo.id"))} />
        <SelectField label={t("ed.guide.q.type")} value={type} options={[{ value: "single", label: t("ed.guide.q.type.single") }, { value: "multi", label: t("ed.guide.q.type.multi") }, { value: "boolean", label: t("ed.guide.q.type.boolean") }]}
          onChange={(v) => { const next: Json = { ...q, type: v }; delete next.default; if (v === "boolean") next.options = []; onChange(next, t("ed.guide.q.undo.type")); }} />
      </div>
      <TextField label={t("ed.guide.q.help")} value={String(q.help ?? "")} onChange={(v) => set("help", v)} multiline />
      {type !== "boolean" && (
        <fieldset className="dgroup"><legend>{t("ed.guide.q.options")}</legend>
          <ol className="opts">
            {options.map((o, i) => (
              <li key={i}>
                <input type="text" aria-label={t("ed.guide.q.optionLabel", { n: i + 1 })} value={o.label} onChange={(e) => set("options", options.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))} />
                <input type="text" aria-label={t("ed.guide.q.optionValue", { n: i + 1 })} value={o.value} onChange={(e) => set("options", options.map((x, j) => (j === i ? { ...x, value: e.target.value } : x)))} />
                <button type="button" className="btn btn--small" aria-label={t("ed.guide.q.removeOption", { n: i + 1 })} onClick={() => set("options", options.filter((_, j) => j !== i))}>✕</button>
              </li>
            ))}
          </ol>
          <button type="button" className="btn btn--small" onClick={() => set("options", [...options, { value: `option${options.length + 1}`, label: t("ed.guide.q.newOption", { n: options.length + 1 }) }])}>{t("ed.guide.q.addOption")}</button>
        </fieldset>
      )}
      {type !== "multi" && (
        <SelectField label={t("ed.guide.q.default")} value={q.default === undefined ? "" : String(q.default)} options={defaultOptions} empty={t("ed.guide.q.none")}
          onChange={(v) => set("default", v === "" ? undefined : type === "boolean" ? v === "true" : v)} />
      )}
      <ConditionBuilder label={t("ed.guide.q.askWhen")} value={q.visibleIf as Condition | undefined} variables={earlier}
        emptyText={t("ed.guide.q.alwaysAsked")} onChange={(c) => set("visibleIf", c, t("ed.guide.q.undo.askCondition"))} />
      </details>
    </li>
  );
}
