// A department picker that finds a department by any of its names: the registry calls it 人力资源和社会保障局, the
// district's item lists 区人社局. One canonical name is shown, the short names in brackets, and a search box above
// the list narrows it by full name, short name or id (a native select only jumps by the first letters of the text).
import { useId, useState, type SelectHTMLAttributes } from "react";
import { departmentLabel, departmentMatches } from "../../runtime/shared/departments.js";
import type { DepartmentOption } from "../state/draft-store.js";
import { useI18n } from "../i18n.js";

/** Props: the select's own attributes (id, aria-*), the departments, the chosen id, and an empty choice's text if any. */
export function DepartmentSelect({ departments, value, onChange, placeholder, selectProps }: {
  departments: DepartmentOption[]; value: string; onChange(id: string): void; placeholder?: string;
  selectProps: SelectHTMLAttributes<HTMLSelectElement> & { id: string };
}) {
  const { t } = useI18n();
  const [query, setQuery] = useState("");
  const searchId = useId();
  const shown = departments.filter((d) => d.id === value || departmentMatches(d, query));
  const onSearch = (q: string) => {
    setQuery(q);
    // one match is the department meant: choose it, as a search box with one answer does
    const hits = departments.filter((d) => departmentMatches(d, q));
    if (q.trim() && hits.length === 1 && hits[0]!.id !== value) onChange(hits[0]!.id);
  };
  return (
    <div className="dept-select">
      <input type="search" id={searchId} className="dept-select__search" value={query} onChange={(e) => onSearch(e.target.value)}
        aria-label={t("ed.dept.search")} placeholder={t("ed.dept.searchHint")} aria-controls={selectProps.id} />
      <select {...selectProps} value={value} onChange={(e) => onChange(e.target.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {value && !departments.some((d) => d.id === value) && <option value={value}>{value}</option>}
        {shown.map((d) => <option key={d.id} value={d.id}>{departmentLabel(d)}</option>)}
      </select>
      {query.trim() && shown.filter((d) => d.id !== value || departmentMatches(d, query)).length === 0 && (
        <p className="small muted" role="status">{t("ed.dept.none", { q: query.trim() })}</p>
      )}
    </div>
  );
}
