// Department names for display, in the UI language, from GET /api/departments, and the departments as sorted options.
import { useApi } from "./useApi.js";
import { useI18n, type Lang } from "./i18n.js";

interface Department { id: string; name: string; nameEn?: string }

/** React hook: a function from department id to its display name (the id itself until loaded). */
export function useDepartmentName(): (id: string | undefined) => string {
  const { lang } = useI18n();
  const { data } = useApi<{ departments: Department[] }>("/api/departments");
  return (id) => {
    if (!id) return "";
    const d = data?.departments.find((x) => x.id === id);
    return d ? (lang === "en" && d.nameEn ? d.nameEn : d.name) : id;
  };
}

const collators = new Map<Lang, Intl.Collator>();

/** The departments as options named in the UI language and sorted by that name (pinyin order in Chinese); why: a
 *  list of dozens of departments in storage order is found only by reading it all. */
export function departmentOptions(list: readonly Department[], lang: Lang): Array<{ id: string; name: string }> {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang === "en" ? "en" : "zh-Hans-CN-u-co-pinyin", { numeric: true })));
  return list.map((d) => ({ id: d.id, name: lang === "en" && d.nameEn ? d.nameEn : d.name })).sort((a, b) => collator.compare(a.name, b.name));
}
