// The catalogue's filters with facet counts: each facet is a group of checkboxes (values are alternatives, facets
// combine), counted under the other filters; 有无表单 and 所属一件事 are single choices. Long lists show their first
// values and a button for the rest, so thousands of items and dozens of departments stay one keyboard walk.
import { useState } from "react";
import type { CatalogueListView } from "../../spec/catalogue/api.js";
import type { CatalogueQuery, Facet, ListFilter } from "../../spec/catalogue/search.js";
import { FACET_TITLES, facetValueLabel } from "./facet-labels.js";
import { toggled } from "./url-query.js";
import { useI18n } from "../i18n.js";

const LISTS: ListFilter[] = ["department", "task_type", "serve_type", "online_level", "cross_scope", "origin"];
const SHOWN = 8;

function FacetGroup({ facet, data, query, onChange }: { facet: ListFilter; data: CatalogueListView; query: CatalogueQuery; onChange(q: CatalogueQuery): void }) {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const chosen = query[facet] as string[];
  const counts = data.facets[facet];
  const values = [...counts, ...chosen.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 }))];
  if (!values.length) return null;
  const shown = all ? values : values.slice(0, SHOWN);
  const id = `facet-${facet}`;
  return (
    <fieldset className="cat-facet" aria-describedby={`${id}-n`}>
      <legend>{t(FACET_TITLES[facet])}</legend>
      <span id={`${id}-n`} className="visually-hidden">{t("ed.catalogue.facetValueCount", { n: values.length })}</span>
      {shown.map((c) => (
        <label key={c.value} className="choice cat-facet__value">
          <input type="checkbox" checked={chosen.includes(c.value)} onChange={() => onChange(toggled(query, facet, c.value))} />
          <span className="cat-facet__label">{facetValueLabel(facet, c.value, data.labels, t)}</span>
          <span className="cat-facet__count">{c.count}</span>
        </label>
      ))}
      {values.length > SHOWN && (
        <button type="button" className="linklike small" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t("ed.catalogue.showFewer") : t("ed.catalogue.showAll", { n: values.length })}
        </button>
      )}
    </fieldset>
  );
}

function SingleFacet({ facet, data, query, onChange }: { facet: Extract<Facet, "hasForm" | "usedBy">; data: CatalogueListView; query: CatalogueQuery; onChange(q: CatalogueQuery): void }) {
  const { t } = useI18n();
  const current = facet === "hasForm" ? (query.hasForm === undefined ? "" : query.hasForm ? "1" : "0") : query.usedBy ?? "";
  const counts = data.facets[facet];
  if (!counts.length && !current) return null;
  const set = (v: string) => {
    const next: CatalogueQuery = { ...query, page: 1 };
    if (facet === "hasForm") { if (v) next.hasForm = v === "1"; else delete next.hasForm; } else if (v) next.usedBy = v; else delete next.usedBy;
    onChange(next);
  };
  const id = `facet-${facet}`;
  return (
    <div className="field cat-facet">
      <label htmlFor={id}>{t(FACET_TITLES[facet])}</label>
      <select id={id} value={current} onChange={(ev) => set(ev.target.value)}>
        <option value="">{t("ed.catalogue.any")}</option>
        {counts.map((c) => <option key={c.value} value={c.value}>{`${facetValueLabel(facet, c.value, data.labels, t)}${t("common.inParens", { text: c.count })}`}</option>)}
        {current && !counts.some((c) => c.value === current) && <option value={current}>{facetValueLabel(facet, current, data.labels, t)}{t("common.inParens", { text: 0 })}</option>}
      </select>
    </div>
  );
}

/** Props: the current list answer (its facets), the query and the setter. */
export function CatalogueFilters({ data, query, onChange }: { data: CatalogueListView; query: CatalogueQuery; onChange(q: CatalogueQuery): void }) {
  return (
    <>
      <SingleFacet facet="hasForm" data={data} query={query} onChange={onChange} />
      <SingleFacet facet="usedBy" data={data} query={query} onChange={onChange} />
      {LISTS.map((f) => <FacetGroup key={f} facet={f} data={data} query={query} onChange={onChange} />)}
    </>
  );
}
