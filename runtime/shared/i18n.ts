// Tiny i18n: typed keys in per-domain dictionaries (runtime/shared/i18n-<domain>.ts, zh-CN first, English complete),
// merged here into one table per language; the choice persisted in localStorage and mirrored to <html lang>. Every UI
// string of the apps goes through t(). The editor's own dictionaries join at runtime (registerMessages).
import { useSyncExternalStore } from "react";
import { SUPERVISION_EN, SUPERVISION_ZH } from "./i18n-supervision.js";
import { MATERIALS_EN, MATERIALS_ZH } from "./i18n-materials.js";
import { FIELDS_EN, FIELDS_ZH } from "./i18n-fields.js";
import { HANDLING_EN, HANDLING_ZH } from "./i18n-handling.js";
import { PORTAL_EN, PORTAL_ZH } from "./i18n-portal.js";
import { LISTS_EN, LISTS_ZH } from "./i18n-lists.js";
import { DOCUMENTS_EN, DOCUMENTS_ZH } from "./i18n-documents.js";
import { PRIVACY_EN, PRIVACY_ZH } from "./i18n-privacy.js";
import { TIMELINE_EN, TIMELINE_ZH } from "./i18n-timeline.js";
import { KIOSK_EN, KIOSK_ZH } from "./i18n-kiosk.js";
import { GUIDES_EN, GUIDES_ZH } from "./i18n-guides.js";
import { COUNTER_EN, COUNTER_ZH } from "./i18n-counter.js";
import { SHELL_EN, SHELL_ZH } from "./i18n-shell.js";
import { FORM_EN, FORM_ZH } from "./i18n-form.js";
import { WORKBENCH_EN, WORKBENCH_ZH } from "./i18n-workbench.js";
import { APPLY_EN, APPLY_ZH } from "./i18n-apply.js";
import { VALUES_EN, VALUES_ZH } from "./i18n-values.js";
import { beijingDateTime, calendarDate } from "../../spec/beijing-time.js";
import { beijingDateTimeEn, choosePlurals } from "../../spec/bilingual.js";

/** Keys an app registers for itself (registerMessages): the editor declares its dictionaries' keys here by module
 *  augmentation (editor/i18n.ts), so t() checks them at compile time while their texts (editor/i18n/*.ts) stay out of
 *  the portal's, workbench's and kiosk's bundles, and nothing under runtime/ imports the editor. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging, see above
export interface RegisteredMessages {}

/** The registered keys (the editor's). */
export type EditorKey = keyof RegisteredMessages;

const zh = {
  ...SUPERVISION_ZH,
  ...MATERIALS_ZH,
  ...FIELDS_ZH,
  ...HANDLING_ZH,
  ...PORTAL_ZH,
  ...LISTS_ZH,
  ...DOCUMENTS_ZH,
  ...PRIVACY_ZH,
  ...TIMELINE_ZH,
  ...KIOSK_ZH,
  ...GUIDES_ZH,
  ...COUNTER_ZH,
  ...SHELL_ZH,
  ...FORM_ZH,
  ...WORKBENCH_ZH,
  ...APPLY_ZH,
  ...VALUES_ZH,
} as const;

export type MessageKey = keyof typeof zh | EditorKey;

const en: Record<keyof typeof zh, string> = {
  ...MATERIALS_EN,
  ...FIELDS_EN,
  ...HANDLING_EN,
  ...SUPERVISION_EN,
  ...PORTAL_EN,
  ...LISTS_EN,
  ...DOCUMENTS_EN,
  ...PRIVACY_EN,
  ...KIOSK_EN,
  ...TIMELINE_EN,
  ...GUIDES_EN,
  ...COUNTER_EN,
  ...SHELL_EN,
  ...FORM_EN,
  ...WORKBENCH_EN,
  ...APPLY_EN,
  ...VALUES_EN,
};

export type Lang = "zh-CN" | "en";
type Dictionary = Partial<Record<MessageKey, string>>;
const tables: Record<Lang, Dictionary> = { "zh-CN": { ...zh }, en: { ...en } };
/** Both languages' dictionaries (the apps' own keys, plus the editor's once it registered them): read by translate()
 * and by the completeness test (test/editor/i18n-complete.test.ts). */
export const dictionaries: Readonly<Record<Lang, Readonly<Dictionary>>> = tables;

/** Adds an app's own dictionaries (the editor's, see editor/i18n.ts) so that only that app's bundle carries them. */
export function registerMessages(zhPart: Readonly<Record<EditorKey, string>>, enPart: Readonly<Record<EditorKey, string>>): void {
  Object.assign(tables["zh-CN"], zhPart);
  Object.assign(tables.en, enPart);
}
const STORAGE_KEY = "yijian.lang";
const listeners = new Set<() => void>();

function readStored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

let current: Lang = typeof window === "undefined" ? "zh-CN" : readStored();
if (typeof document !== "undefined") document.documentElement.lang = current;

/** Switches the UI language, remembers it and updates <html lang> so screen readers pronounce correctly. */
export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

/** The current language, outside React. */
export function getLang(): Lang {
  return current;
}

/** Translates a key, filling {name} placeholders and plural choices ({n|# item|# items}, see choosePlurals). */
export function translate(key: MessageKey, params?: Record<string, string | number>, lang: Lang = current): string {
  let s = tables[lang][key] ?? tables["zh-CN"][key] ?? key;
  if (params) s = choosePlurals(s, params, lang);
  if (params) for (const [k, v] of Object.entries(params)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

/** React hook: the current language and a t() bound to it; re-renders when the language changes. */
export function useI18n(): { lang: Lang; t: typeof translate; setLang: typeof setLang } {
  const lang = useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => current,
    () => "zh-CN" as Lang,
  );
  return { lang, t: (key, params) => translate(key, params, lang), setLang };
}

/** Formats an ISO timestamp for the current language in Beijing time (the service's legal clock):
 * "2026年12月2日 17:30" / "2 Dec 2026 17:30". */
export function formatDateTime(iso: string | undefined, lang: Lang = current): string {
  if (!iso) return "";
  if (Number.isNaN(new Date(iso).getTime())) return iso;
  return lang === "en" ? beijingDateTimeEn(iso) : beijingDateTime(iso);
}

/** Formats a calendar date (YYYY-MM-DD, as forms store it) or an instant's Beijing day: "2026年12月2日" / "2 Dec 2026". */
export function formatDate(value: string | undefined, lang: Lang = current): string {
  if (!value) return "";
  const ymd = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : Number.isNaN(new Date(value).getTime()) ? "" : new Date(new Date(value).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  if (!ymd) return value;
  const text = calendarDate(ymd);
  return lang === "en" ? text.en : text.zh;
}
