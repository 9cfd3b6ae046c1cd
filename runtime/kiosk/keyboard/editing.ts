// Typing into the page's fields from the on-screen keyboard: which elements take text, and inserting or deleting at
// the caret through the native value setter plus an "input" event, so React-controlled fields (rjsf, our widgets)
// see exactly what a physical keyboard would have produced.

/** A field the keyboard can type into. */
export type Editable = HTMLInputElement | HTMLTextAreaElement;

/** What the pinyin layout's punctuation key types: the full-width comma of Chinese text. */
export const PINYIN_COMMA = "，";

const TEXT_TYPES = new Set(["text", "search", "tel", "number", "email", "url", "password", ""]);

/** Whether an element is a field the on-screen keyboard types into (not read-only, not disabled). */
export function isEditable(el: Element | null): el is Editable {
  if (el instanceof HTMLTextAreaElement) return !el.readOnly && !el.disabled;
  return el instanceof HTMLInputElement && TEXT_TYPES.has(el.type) && !el.readOnly && !el.disabled;
}

/** Whether a field takes digits only (number, tel, inputmode numeric, or an ID-number field). */
export function wantsDigits(el: Editable): boolean {
  const mode = el.getAttribute("data-kiosk-mode") ?? el.inputMode;
  return el instanceof HTMLInputElement && (el.type === "number" || el.type === "tel" || mode === "numeric" || mode === "decimal" || mode === "digits");
}

function setValue(el: Editable, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(el, value);
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

/** The caret range, or the end when the field has none (number inputs). */
function caret(el: Editable): [number, number] {
  try {
    if (el.selectionStart !== null && el.selectionEnd !== null) return [el.selectionStart, el.selectionEnd];
  } catch { /* no selection API on this input type */ }
  return [el.value.length, el.value.length];
}

function moveCaret(el: Editable, at: number): void {
  try {
    el.setSelectionRange(at, at);
  } catch { /* no selection API on this input type */ }
}

/** Inserts text at the caret (replacing a selection), respecting maxLength. */
export function insertText(el: Editable, text: string): void {
  const [start, end] = caret(el);
  const room = el.maxLength > 0 ? el.maxLength - (el.value.length - (end - start)) : text.length;
  const piece = text.slice(0, Math.max(0, room));
  if (!piece) return;
  setValue(el, el.value.slice(0, start) + piece + el.value.slice(end));
  moveCaret(el, start + piece.length);
}

/** Deletes the selection, or the character before the caret. */
export function deleteBack(el: Editable): void {
  const [start, end] = caret(el);
  if (start === end && start === 0) return;
  const from = start === end ? start - 1 : start;
  setValue(el, el.value.slice(0, from) + el.value.slice(end));
  moveCaret(el, from);
}

/** The keyboard a field opens with: digits for numeric fields, letters where asked (data-kiosk-mode="latin": case
 * numbers, codes), else pinyin — or the letters the applicant switched to on the last text field. */
export function modeFor(el: Editable, previous: "digits" | "pinyin" | "latin"): "digits" | "pinyin" | "latin" {
  if (wantsDigits(el)) return "digits";
  if (el.getAttribute("data-kiosk-mode") === "latin") return "latin";
  return previous === "digits" ? "pinyin" : previous;
}
