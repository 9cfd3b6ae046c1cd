// The error summary at submit (GOV.UK pattern): every problem listed under its field's label, each a link that opens
// its section and focuses its field. It takes focus when shown, so keyboard and screen-reader users land on it.
import { forwardRef } from "react";
import { useI18n } from "../i18n.js";
import type { ShownError } from "./errors.js";
import { fieldIdOf } from "./ids.js";
import { shortLabel } from "../../../spec/field-messages.js";

/** A field's label for the summary: its joined label ("新生儿 / 出生日期") without the section the line already names. */
function fieldLabel(field: string, section: string): string {
  const parts = field.split(" / ").filter(Boolean);
  return (section && parts[0] === section ? parts.slice(1) : parts).join(" / ");
}

/** Moves focus to an element outside the form (a material's file input, an address field) and shows it. */
export function focusOutside(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  (el.closest("li, .field, fieldset") ?? el).scrollIntoView({ block: "center" });
  el.focus({ preventScroll: true });
  return true;
}

/** A problem outside the form itself (a material, the delivery address): the element to focus and its message. */
export interface OutsideProblem { id: string; section: string; message: string }

/** Props: the errors (outside ones first, in page order), a title, and what to do when a link is followed. */
export interface ErrorSummaryProps { errors: ShownError[]; outside?: OutsideProblem[]; title: string; intro?: string; sectionTitle(pointer: string): string; onJump(pointer: string): void }

/** The summary box. */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ errors, outside = [], title, intro, sectionTitle, onJump }, ref) {
  const { t } = useI18n();
  return (
    <div className="alert alert--error error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      <p>{intro ?? t("form.summaryIntro")}</p>
      <ul>
        {outside.map((p) => (
          <li key={p.id}>
            <a href={`#${p.id}`} onClick={(ev) => { ev.preventDefault(); focusOutside(p.id); }}>
              <span className="muted">{p.section} · </span>{p.message}
            </a>
          </li>
        ))}
        {errors.map((e, i) => {
          const section = sectionTitle(e.pointer);
          const label = fieldLabel(e.field, section);
          return (
            <li key={i}>
              <a href={`#${fieldIdOf(e.pointer)}`} onClick={(ev) => { ev.preventDefault(); onJump(e.pointer); }}>
                {section && <span className="muted">{section} · </span>}
                {label && !e.message.includes(shortLabel(label)) && <strong className="error-summary__field">{label}{t("common.labelSeparator")}</strong>}
                {e.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
});
