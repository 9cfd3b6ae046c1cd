// Single-line input for strings and numbers; picks the mobile keyboard, autocomplete and length limit from the
// field's format (cn-mobile, cn-idcard, cn-uscc, …) so that phones and kiosks offer the right keys.
import type { ChangeEvent } from "react";
import type { WidgetProps } from "@rjsf/utils";
import { controlAria } from "./aria.js";

type Hints = { type?: string; inputMode?: "numeric" | "tel" | "email" | "text" | "decimal"; autoComplete?: string; maxLength?: number; upper?: boolean };

const FORMAT_HINTS: Record<string, Hints> = {
  "cn-mobile": { type: "tel", inputMode: "tel", autoComplete: "tel-national", maxLength: 11 },
  "cn-idcard": { inputMode: "text", maxLength: 18, upper: true },
  "cn-uscc": { inputMode: "text", maxLength: 18, upper: true },
  "cn-postal-code": { inputMode: "numeric", autoComplete: "postal-code", maxLength: 6 },
  email: { type: "email", inputMode: "email", autoComplete: "email" },
  uri: { type: "url" },
};

/** The text/number input widget of the smart form. */
export default function TextWidget(props: WidgetProps) {
  const { id, value, required, disabled, readonly, autofocus, placeholder, onChange, onBlur, onFocus, options, schema, rawErrors, htmlName } = props;
  const numeric = schema.type === "number" || schema.type === "integer";
  const hints: Hints = FORMAT_HINTS[String(schema.format ?? "")] ?? {};
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : hints.maxLength;
  const handle = (e: ChangeEvent<HTMLInputElement>) => {
    let v = e.target.value;
    if (hints.upper) v = v.toUpperCase();
    if (v === "") return onChange(options.emptyValue);
    if (numeric) {
      const n = Number(v);
      return onChange(Number.isFinite(n) && v.trim() !== "" ? n : v);
    }
    onChange(v);
  };
  return (
    <input
      id={id}
      name={htmlName || id}
      className="form-control"
      type={numeric ? "text" : (props.type ?? hints.type ?? (options.inputType as string | undefined) ?? "text")}
      inputMode={numeric ? (schema.type === "integer" ? "numeric" : "decimal") : hints.inputMode}
      autoComplete={(options.autocomplete as string | undefined) ?? hints.autoComplete ?? "off"}
      maxLength={maxLength}
      value={value === undefined || value === null ? "" : String(value)}
      placeholder={placeholder}
      required={required}
      disabled={disabled}
      readOnly={readonly}
      autoFocus={autofocus}
      onChange={handle}
      onBlur={(e) => onBlur(id, e.target.value)}
      onFocus={(e) => onFocus(id, e.target.value)}
      {...controlAria(id, required, rawErrors)}
    />
  );
}
