// A single yes/no checkbox (boolean fields, e.g. "同意承诺"): the checkbox carries its own label.
import type { WidgetProps } from "@rjsf/utils";
import { controlAria } from "./aria.js";

/** The boolean checkbox widget of the smart form. */
export default function CheckboxWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, label, schema, rawErrors, htmlName } = props;
  return (
    <label className="choice" htmlFor={id}>
      <input type="checkbox" id={id} name={htmlName || id} checked={value === true} disabled={disabled || readonly} autoFocus={autofocus}
        onChange={(e) => onChange(e.target.checked)} onBlur={() => onBlur(id, value)} onFocus={() => onFocus(id, value)}
        {...controlAria(id, required, rawErrors)} />
      <span>
        {label || schema.title}
        {required && <span className="req" aria-hidden="true">*</span>}
      </span>
    </label>
  );
}
