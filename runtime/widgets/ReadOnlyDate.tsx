// A date that cannot be edited (a submitted form, a locked prefilled value) shown as people read it —
// 2026年12月2日 / 2 Dec 2026 — instead of the native control's mm/dd/yyyy; the stored value stays YYYY-MM-DD.
import { formatDate, useI18n } from "../shared/i18n.js";

/** A read-only text box with the date in words; `empty` when there is none. */
export function ReadOnlyDate({ id, value, empty = "", ariaDescribedBy }: { id: string; value: string | undefined; empty?: string; ariaDescribedBy?: string }) {
  const { lang } = useI18n();
  return <input type="text" id={id} className="form-control" readOnly value={value ? formatDate(value, lang) : empty} data-value={value ?? ""} aria-describedby={ariaDescribedBy} />;
}
