// Department names for display, in the UI language, from GET /api/departments, and the departments as sorted options.
import { useApi } from "./useApi.js";
import { useI18n, type Lang } from "./i18n.js";

interface Department { id: string; name: string; nameEn?: string; aliases?: string[] }

/** A department as the pickers offer it: its one canonical name in the UI language and the other names it goes by. */
export interface DepartmentChoice { id: string; name: string; aliases?: string[] }

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
export function departmentOptions(list: readonly Department[], lang: Lang): DepartmentChoice[] {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang === "en" ? "en" : "zh-Hans-CN-u-co-pinyin", { numeric: true })));
  return list.map((d) => {
    const name = lang === "en" && d.nameEn ? d.nameEn : d.name;
    // in English the Chinese names are the other names (staff read item lists in Chinese)
    const aliases = [...(lang === "en" ? [d.name] : []), ...(d.aliases ?? [])].filter((a) => a && a !== name);
    return aliases.length ? { id: d.id, name, aliases } : { id: d.id, name };
  }).sort((a, b) => collator.compare(a.name, b.name));
}

/** The picker's text of a department: its canonical name, the short names it also goes by in brackets
 *  (人力资源和社会保障局（区人社局）); why: item lists call it by its short name, the registry by its full name. */
export function departmentLabel(d: DepartmentChoice): string {
  return d.aliases?.length ? `${d.name}（${d.aliases.join("、")}）` : d.name;
}

/** Whether a typed search finds a department by any of its names or its id (case and spaces ignored). */
export function departmentMatches(d: DepartmentChoice, query: string): boolean {
  const q = query.replace(/\s+/g, "").toLowerCase();
  if (!q) return true;
  return [d.name, ...(d.aliases ?? []), d.id].some((n) => n.replace(/\s+/g, "").toLowerCase().includes(q));
}
