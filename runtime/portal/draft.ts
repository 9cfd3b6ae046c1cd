// The applicant's unfinished form data, kept in sessionStorage per bundle version so that a reload or the
// login round-trip never loses what was typed (and nothing lingers after the browser tab closes).
import type { Json } from "../../spec/common.js";

const keyOf = (bundleKey: string, version: number) => `yijian.draft.${bundleKey}.v${version}`;

/** Reads a saved draft (empty object when none or unreadable). */
export function loadDraft(bundleKey: string, version: number): Json {
  try {
    const raw = sessionStorage.getItem(keyOf(bundleKey, version));
    const v = raw ? (JSON.parse(raw) as unknown) : {};
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {};
  } catch {
    return {};
  }
}

/** Saves the draft (best effort). */
export function saveDraft(bundleKey: string, version: number, data: Json): void {
  try {
    sessionStorage.setItem(keyOf(bundleKey, version), JSON.stringify(data));
  } catch {
    /* storage full or disabled: the form still works, only without recovery */
  }
}

/** Forgets the draft after a successful submission. */
export function clearDraft(bundleKey: string, version: number): void {
  try {
    sessionStorage.removeItem(keyOf(bundleKey, version));
  } catch {
    /* ignore */
  }
}
