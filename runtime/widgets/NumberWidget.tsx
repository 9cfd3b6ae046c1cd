// Numbers, amounts (money kind: 元 / 万元 with 大写 beside) and percentages: what the applicant types is kept as
// typed, and becomes a number only when it is plain decimal notation — "1e9", "0x10" or "1,000" stay text and
// are refused with a clear message instead of silently becoming 1000000000.
import { useEffect, useState } from "react";
import type { WidgetProps } from "@rjsf/utils";
import { chineseAmount, PLAIN_DECIMAL } from "../../spec/fields/amount.js";
import { inTenThousandYuan, inYuan } from "../../spec/fields/kinds/money.js";
import { useI18n } from "../shared/i18n.js";
import { controlAria } from "./aria.js";

/** Parses typed text: a number for plain decimal notation, else the text itself (so validation names it). */
export function parseTyped(text: string): number | string | undefined {
  const v = text.trim().replace(/，/g, ",");
  if (v === "") return undefined;
  return PLAIN_DECIMAL.test(v) ? Number(v) : v;
}

const YUAN_EN = new Intl.NumberFormat("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The number / money / percent widget. */
export default function NumberWidget(props: WidgetProps) {
  const { t, lang } = useI18n();
  const { id, value, required, disabled, readonly, autofocus, placeholder, onChange, onBlur, onFocus, options, schema, rawErrors, htmlName } = props;
  const kind = schema["x-kind"];
  const [text, setText] = useState(value === undefined || value === null ? "" : String(value));
  useEffect(() => {
    // Follow outside changes (prefill, computed values) without fighting what is being typed ("12." stays).
    if (parseTyped(text) !== value && !(value === undefined && text.trim() === "")) setText(value === undefined || value === null ? "" : String(value));
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps -- follows outside changes only; the typed text must not re-trigger it
  const money = kind === "money";
  const unit = money ? t(inTenThousandYuan(schema as Record<string, unknown>) ? "fk.unitWanYuan" : "fk.unitYuan") : kind === "percent" ? "%" : undefined;
  const yuan = typeof value === "number" && money ? inYuan(value, schema as Record<string, unknown>) : undefined;
  // 大写 in Chinese; in English the amount in yuan with its thousands grouped, the same check of the digits typed
  const capital = yuan === undefined ? undefined : lang === "en" ? `${YUAN_EN.format(yuan)} ${t("fk.unitYuan")}` : chineseAmount(yuan);
  return (
    <div className="number-field">
      <div className="number-field__row">
        <input id={id} name={htmlName || id} className="form-control" type="text" inputMode={schema.type === "integer" ? "numeric" : "decimal"} autoComplete="off"
          value={text} placeholder={placeholder} required={required} disabled={disabled} readOnly={readonly} autoFocus={autofocus}
          onChange={(e) => { setText(e.target.value); const v = parseTyped(e.target.value); onChange(v === undefined ? options.emptyValue : v); }}
          onBlur={(e) => onBlur(id, e.target.value)} onFocus={(e) => onFocus(id, e.target.value)} {...controlAria(id, required, rawErrors)} />
        {unit && <span className="number-field__unit" aria-hidden="true">{unit}</span>}
      </div>
      {capital && <p className="field__help number-field__capital" aria-live="polite">{t("fk.capital", { text: capital })}</p>}
    </div>
  );
}
