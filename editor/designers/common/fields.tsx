// Small labelled form controls the designers' property panels are built from (label + control, keyboard first).
import { useId, type ReactNode } from "react";

/** A labelled text input. */
export function TextField({ label, value, onChange, help, placeholder, multiline }: { label: string; value: string; onChange(v: string): void; help?: string; placeholder?: string; multiline?: boolean }) {
  const id = useId();
  return (
    <div className="dfield">
      <label htmlFor={id}>{label}</label>
      {multiline
        ? <textarea id={id} className="form-control" rows={2} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        : <input id={id} type="text" value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />}
      {help && <span className="muted small">{help}</span>}
    </div>
  );
}

/** A labelled non-negative integer input; empty = undefined. */
export function NumberField({ label, value, onChange, min = 0, max, step = 1 }: { label: string; value: number | undefined; onChange(v: number | undefined): void; min?: number; max?: number; step?: number }) {
  const id = useId();
  return (
    <div className="dfield dfield--num">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" min={min} max={max} step={step} value={value ?? ""}
        onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))} />
    </div>
  );
}

/** A labelled select. */
export function SelectField({ label, value, onChange, options, empty }: { label: string; value: string; onChange(v: string): void; options: Array<{ value: string; label: string }>; empty?: string }) {
  const id = useId();
  return (
    <div className="dfield">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {empty !== undefined && <option value="">{empty}</option>}
        {!options.some((o) => o.value === value) && value && <option value={value}>{value}</option>}
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

/** A labelled checkbox. */
export function CheckField({ label, checked, onChange }: { label: ReactNode; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="dcheck">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {label}
    </label>
  );
}
