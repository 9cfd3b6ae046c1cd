// Department names for display, in the UI language, from GET /api/departments.
import { useApi } from "./useApi.js";
import { useI18n } from "./i18n.js";

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
