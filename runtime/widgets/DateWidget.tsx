// Date picker for "format": "date" fields: the browser's native control (keyboard and screen-reader friendly,
// the phone's own picker), value stored as YYYY-MM-DD.
import type { WidgetProps } from "@rjsf/utils";
import { controlAria } from "./aria.js";
import { ReadOnlyDate } from "./ReadOnlyDate.js";

/** The date widget of the smart form. */
export default function DateWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, rawErrors, htmlName } = props;
  if (disabled || readonly) return <ReadOnlyDate id={id} value={typeof value === "string" ? value : undefined} ariaDescribedBy={controlAria(id, required, rawErrors)["aria-describedby"]} />;
  return (
    <input type="date" id={id} name={htmlName || id} className="form-control" value={value ?? ""} required={required} disabled={disabled} readOnly={readonly}
      autoFocus={autofocus} min={options.min as string | undefined} max={options.max as string | undefined}
      onChange={(e) => onChange(e.target.value === "" ? options.emptyValue : e.target.value)}
      onBlur={(e) => onBlur(id, e.target.value)} onFocus={(e) => onFocus(id, e.target.value)} {...controlAria(id, required, rawErrors)} />
  );
}
