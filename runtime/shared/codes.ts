// The national code lists (GB/T 39046) of an item in words: a guide never shows "01" or "2" where 行政许可 or 企业法人
// is meant. Unknown codes (a list that grew) fall back to the code itself rather than to nothing.
import type { MessageKey } from "./i18n.js";
import { GUIDES_ZH } from "./i18n-guides.js";

/** The code lists the guides translate. */
export type CodeList = "task_type" | "use_level" | "serve_type" | "handle_type" | "project_type" | "online_level" | "cross_scope" | "material_form" | "necessity" | "source_type" | "result_type" | "unit";

/** The word for one code of a list in the current language; why: every guide and list shows codes as words. */
export function codeLabel(t: (key: MessageKey, params?: Record<string, string | number>) => string, list: CodeList, value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const key = `code.${list}.${value}`;
  return key in GUIDES_ZH ? t(key as MessageKey) : value;
}

/** Several codes of a list joined with the language's list separator. */
export function codeLabels(t: (key: MessageKey, params?: Record<string, string | number>) => string, list: CodeList, values: readonly string[] | undefined): string {
  return (values ?? []).map((v) => codeLabel(t, list, v)).join(t("common.listSeparator"));
}
