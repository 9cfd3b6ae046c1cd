// Field ids and data pointers of the smart form: one deterministic mapping used by the rjsf forms (idPrefix),
// the error summary links and the focus-on-error logic.
import { parsePointer } from "../../../spec/pointer.js";

/** Root id prefix of every smart-form field (rjsf joins path segments to it with "_"). */
export const ID_ROOT = "yj";

/** The DOM id rjsf gives the input of the field at a data pointer like /company/name. */
export function fieldIdOf(dataPointer: string): string {
  return [ID_ROOT, ...parsePointer(dataPointer)].join("_");
}

/** The section (first segment) a data pointer belongs to, or "" for a top-level non-section field. */
export function sectionOf(dataPointer: string): string {
  return parsePointer(dataPointer)[0] ?? "";
}

/** Moves focus to a field (or the first focusable element inside it) and scrolls it into view. */
export function focusField(dataPointer: string): boolean {
  let el: HTMLElement | null = document.getElementById(fieldIdOf(dataPointer));
  if (!el) {
    // Radio groups and checkbox lists: their options carry "<id>-<n>" ids.
    el = document.querySelector<HTMLElement>(`[id^="${CSS.escape(fieldIdOf(dataPointer))}-"]`);
  }
  if (!el) return false;
  const target = el.matches("input, select, textarea, button") ? el : el.querySelector<HTMLElement>("input, select, textarea, button") ?? el;
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
  return true;
}
