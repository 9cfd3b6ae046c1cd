// 起止日期 (date-range kind): start and end dates with 长期 for open-ended validity (the end date is then empty
// and disabled); stored as {start, end?, longTerm?}.
import type { FieldProps } from "@rjsf/utils";
import { optionsOf } from "../../spec/fields/types.js";
import { useI18n } from "../shared/i18n.js";
import { subErrors } from "./sub-errors.js";
import { ReadOnlyDate } from "./ReadOnlyDate.js";

type Range = { start?: string; end?: string; longTerm?: boolean };

/** The date-range field. */
export default function DateRangeField(props: FieldProps) {
  const { t } = useI18n();
  const { schema, formData, onChange, fieldPathId, disabled, readonly, errorSchema, onBlur } = props;
  const id = fieldPathId.$id;
  const v = (formData ?? {}) as Range;
  const allowLongTerm = optionsOf(schema as Record<string, unknown>).allowLongTerm !== false;
  const set = (next: Range) => {
    const clean: Range = {};
    if (next.start) clean.start = next.start;
    if (next.longTerm) clean.longTerm = true;
    else if (next.end) clean.end = next.end;
    onChange((Object.keys(clean).length ? clean : undefined) as never, fieldPathId.path);
  };
  const endErrors = [...subErrors(errorSchema, "end"), ...subErrors(errorSchema, "longTerm")];
  return (
    <div className="composite composite--row">
      <span className="composite__part">
        <label className="composite__label" htmlFor={id}>{t("fk.start")}</label>
        {disabled || readonly ? <ReadOnlyDate id={id} value={v.start} /> : (
          <input id={id} type="date" className="form-control" value={v.start ?? ""}
            onChange={(e) => set({ ...v, start: e.target.value })} onBlur={() => onBlur(id, v)} />
        )}
      </span>
      <span className="composite__part">
        <label className="composite__label" htmlFor={`${id}__end`}>{t("fk.end")}</label>
        {disabled || readonly ? <ReadOnlyDate id={`${id}__end`} value={v.longTerm ? undefined : v.end} empty={v.longTerm ? t("fk.longTerm") : ""} /> : (
          <input id={`${id}__end`} type="date" className="form-control" value={v.longTerm ? "" : v.end ?? ""} min={v.start} disabled={v.longTerm}
            aria-invalid={endErrors.length > 0 || undefined} onChange={(e) => set({ ...v, end: e.target.value })} onBlur={() => onBlur(id, v)} />
        )}
      </span>
      {allowLongTerm && (
        <label className="choice composite__part"><input type="checkbox" checked={!!v.longTerm} disabled={disabled || readonly}
          onChange={(e) => set({ ...v, longTerm: e.target.checked })} /> {t("fk.longTerm")}</label>
      )}
      {endErrors.length > 0 && <p className="field__error-inline">{endErrors.join(t("common.clauseSeparator"))}</p>}
    </div>
  );
}
