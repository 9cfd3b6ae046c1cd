// Several checkboxes for a multi-choice array (uniqueItems + enum), e.g. "申领事项".
import type { WidgetProps } from "@rjsf/utils";
import { controlAria } from "./aria.js";
import { useI18n } from "../shared/i18n.js";
import { optionLabel } from "../shared/option-label.js";

/** The multi-choice checkbox list widget of the smart form. */
export default function CheckboxesWidget(props: WidgetProps) {
  const { lang } = useI18n();
  const { id, value, disabled, readonly, onChange, onBlur, onFocus, options, rawErrors, htmlName } = props;
  const enumOptions = (options.enumOptions ?? []) as Array<{ value: unknown; label: string }>;
  const selected: unknown[] = Array.isArray(value) ? value : [];
  const toggle = (v: unknown, on: boolean) => {
    const next = on ? [...selected, v] : selected.filter((x) => x !== v);
    // Keep the order of the options, so the stored value does not depend on click order.
    onChange(enumOptions.map((o) => o.value).filter((x) => next.includes(x)));
  };
  return (
    // role=group does not support aria-required (ARIA 1.2): "required" is in the group's name, read from its label.
    <div className="choices" role="group" id={id} aria-labelledby={`${id}__label`} {...controlAria(id, false, rawErrors)}>
      {enumOptions.map((o, i) => (
        <label key={i} className="choice" htmlFor={`${id}-${i}`}>
          <input type="checkbox" id={`${id}-${i}`} name={htmlName || id} checked={selected.includes(o.value)} disabled={disabled || readonly}
            onChange={(e) => toggle(o.value, e.target.checked)} onBlur={() => onBlur(id, value)} onFocus={() => onFocus(id, value)} />
          {optionLabel(o.label, lang)}
        </label>
      ))}
    </div>
  );
}
