// Multi-line text (business scope, remarks), with the schema's length limit.
import type { WidgetProps } from "@rjsf/utils";
import { controlAria } from "./aria.js";

/** The textarea widget of the smart form. */
export default function TextareaWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, autofocus, placeholder, onChange, onBlur, onFocus, options, schema, rawErrors, htmlName } = props;
  return (
    <textarea
      id={id}
      name={htmlName || id}
      className="form-control"
      rows={typeof options.rows === "number" ? options.rows : 4}
      maxLength={typeof schema.maxLength === "number" ? schema.maxLength : undefined}
      value={value ?? ""}
      placeholder={placeholder}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      autoFocus={autofocus}
      onChange={(e) => onChange(e.target.value === "" ? options.emptyValue : e.target.value)}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
      {...controlAria(id, required, rawErrors)}
    />
  );
}
