// Drop-down for enumerations (oneOf/const or enum), single or multiple; an empty first option when optional
// or not yet chosen, so nothing is silently preselected.
import type { WidgetProps } from "@rjsf/utils";
import { controlAria } from "./aria.js";
import { useI18n } from "../shared/i18n.js";
import { optionLabel } from "../shared/option-label.js";
import CheckboxesWidget from "./CheckboxesWidget.js";

/** The select widget of the smart form. */
export default function SelectWidget(props: WidgetProps) {
  const { t, lang } = useI18n();
  const { id, value, required, disabled, readonly, autofocus, onChange, onBlur, onFocus, options, rawErrors, multiple, htmlName, placeholder } = props;
  const enumOptions = (options.enumOptions ?? []) as Array<{ value: unknown; label: string }>;
  const indexOf = (v: unknown) => enumOptions.findIndex((o) => o.value === v);
  const toValue = (i: string) => (i === "" ? options.emptyValue : enumOptions[Number(i)]?.value);
  // Multi-choice as a <select multiple> needs Ctrl-click and is unusable on phones: show checkboxes instead.
  if (multiple) return <CheckboxesWidget {...props} />;
  const current = indexOf(value);
  return (
    <select id={id} name={htmlName || id} className="form-control" value={current < 0 ? "" : String(current)} required={required} disabled={disabled || readonly} autoFocus={autofocus}
      onChange={(e) => onChange(toValue(e.target.value))}
      onBlur={(e) => onBlur(id, toValue(e.target.value))} onFocus={(e) => onFocus(id, toValue(e.target.value))} {...controlAria(id, required, rawErrors)}>
      <option value="">{placeholder || t("widget.choose")}</option>
      {enumOptions.map((o, i) => <option key={i} value={String(i)}>{optionLabel(o.label, lang)}</option>)}
    </select>
  );
}
