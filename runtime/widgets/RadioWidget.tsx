// Radio buttons for short enumerations (ui:widget "radio"): every option visible, large touch targets.
import type { WidgetProps } from "@rjsf/utils";
import { controlAria } from "./aria.js";
import { useI18n } from "../shared/i18n.js";
import { optionLabel } from "../shared/option-label.js";

/** The radio widget of the smart form; the group is labelled by the field label via aria-labelledby. */
export default function RadioWidget(props: WidgetProps) {
  const { lang } = useI18n();
  const { id, value, required, disabled, readonly, onChange, onBlur, onFocus, options, rawErrors, htmlName } = props;
  const enumOptions = (options.enumOptions ?? []) as Array<{ value: unknown; label: string }>;
  return (
    <div className="choices" role="radiogroup" id={id} aria-labelledby={`${id}__label`} {...controlAria(id, required, rawErrors)}>
      {enumOptions.map((o, i) => (
        <label key={i} className="choice" htmlFor={`${id}-${i}`}>
          <input type="radio" id={`${id}-${i}`} name={htmlName || id} checked={o.value === value} disabled={disabled || readonly}
            onChange={() => onChange(o.value)} onBlur={() => onBlur(id, value)} onFocus={() => onFocus(id, value)} />
          {optionLabel(o.label, lang)}
        </label>
      ))}
    </div>
  );
}
