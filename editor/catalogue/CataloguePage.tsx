// The item catalogue (一张清单) in the editor: search over name, 实施编码, department and pinyin initials ("yyzz"),
// filters with facet counts, paged over thousands of items; the whole query lives in the URL. Each row opens the
// item's page (its elements, situations, versions and the one-things using it).
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { CatalogueListView } from "../../spec/catalogue/api.js";
import { catalogueQueryParams, LIST_FILTERS, type CatalogueQuery } from "../../spec/catalogue/search.js";
import { useI18n } from "../i18n.js";
import { navigate, useRoute } from "../../runtime/shared/router.js";
import { useApi } from "../../runtime/shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../../runtime/shared/ui.js";
import { CatalogueFilters } from "./CatalogueFilters.js";
import { CataloguePager, CatalogueResults } from "./CatalogueResults.js";
import { FACET_TITLES, facetValueLabel } from "./facet-labels.js";
import { queryFromRoute, routeParams, toggled } from "./url-query.js";
import "./catalogue.css";

/** The chips of the active filters, each removable, and 清除全部. */
function ActiveFilters({ query, data, onChange }: { query: CatalogueQuery; data: CatalogueListView | undefined; onChange(q: CatalogueQuery): void }) {
  const { t } = useI18n();
  const chips: Array<{ key: string; label: string; next: CatalogueQuery }> = [];
  for (const f of LIST_FILTERS) for (const v of query[f]) chips.push({ key: `${f}=${v}`, label: `${t(FACET_TITLES[f])}${t("common.labelSeparator")}${facetValueLabel(f, v, data?.labels, t)}`, next: toggled(query, f, v) });
  if (query.hasForm !== undefined) { const next = { ...query, page: 1 }; delete next.hasForm; chips.push({ key: "hasForm", label: facetValueLabel("hasForm", query.hasForm ? "1" : "0", data?.labels, t), next }); }
  if (query.usedBy) { const next = { ...query, page: 1 }; delete next.usedBy; chips.push({ key: "usedBy", label: `${t("ed.catalogue.facet.usedBy")}${t("common.labelSeparator")}${facetValueLabel("usedBy", query.usedBy, data?.labels, t)}`, next }); }
  if (!chips.length) return null;
  return (
    <ul className="cat-chips" aria-label={t("ed.catalogue.activeFilters")}>
      {chips.map((c) => (
        <li key={c.key}><button type="button" className="cat-chip" onClick={() => onChange(c.next)} aria-label={t("ed.catalogue.removeFilter", { label: c.label })}>{c.label} <span aria-hidden="true">×</span></button></li>
      ))}
      <li><button type="button" className="linklike" onClick={() => onChange({ ...query, ...Object.fromEntries(LIST_FILTERS.map((f) => [f, []])), hasForm: undefined, usedBy: undefined, page: 1 })}>{t("ed.catalogue.clearFilters")}</button></li>
    </ul>
  );
}

/** The catalogue screen; `tools` is where the import / export panel mounts (editor/catalogue/io). */
export function CataloguePage({ tools }: { tools?: ReactNode }) {
  const { t } = useI18n();
  const { query: params } = useRoute();
  const query = queryFromRoute(params);
  const apiPath = `/api/items?${new URLSearchParams(catalogueQueryParams(query))}`;
  const { data, error, loading, reload } = useApi<CatalogueListView>(apiPath);
  const [text, setText] = useState(query.q);
  // filters open beside the results on wide screens, folded above them on phones
  const [wide] = useState(() => typeof window === "undefined" || window.matchMedia("(min-width: 900px)").matches);
  const typing = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => setText(query.q), [query.q]);
  const go = (next: CatalogueQuery, replace = false) => navigate("/catalogue", routeParams(next), replace);
  const onType = (v: string) => {
    setText(v);
    clearTimeout(typing.current);
    typing.current = setTimeout(() => go({ ...query, q: v.trim(), page: 1 }, true), 300);
  };
  const submit = (ev: FormEvent) => { ev.preventDefault(); clearTimeout(typing.current); go({ ...query, q: text.trim(), page: 1 }); };
  const onPage = (page: number) => { go({ ...query, page }); document.getElementById("cat-results-title")?.focus(); };
  return (
    <>
      <PageTitle appName={t("app.editor")}>{t("ed.catalogue.title")}</PageTitle>
      <p className="muted">{t("ed.catalogue.intro")}</p>
      {tools && <div className="cat-tools">{tools}</div>}
      <form role="search" className="cat-search" onSubmit={submit}>
        <label htmlFor="cat-q">{t("ed.catalogue.search")}</label>
        <div className="cat-search__row">
          <input id="cat-q" type="search" value={text} maxLength={100} placeholder={t("ed.catalogue.searchPlaceholder")} aria-describedby="cat-q-help" onChange={(ev) => onType(ev.target.value)} />
          <button type="submit" className="btn btn--primary">{t("ed.catalogue.searchButton")}</button>
        </div>
        <p id="cat-q-help" className="field__help">{t("ed.catalogue.searchHelp")}</p>
      </form>
      <ActiveFilters query={query} data={data} onChange={(q) => go(q)} />
      <div className="cat-layout">
        <details className="cat-filters" open={wide}>
          <summary>{t("ed.catalogue.filters")}</summary>
          {data && <CatalogueFilters data={data} query={query} onChange={(q) => go(q)} />}
        </details>
        <section className="cat-main" aria-labelledby="cat-results-title" aria-busy={loading}>
          <h2 id="cat-results-title" tabIndex={-1} className="cat-results-title">
            {data ? t("ed.catalogue.total", { n: data.total }) : t("ed.catalogue.items")}
            {data && data.pages > 1 && <span className="small muted">{t("ed.catalogue.pageOf", { page: data.page, pages: data.pages })}</span>}
          </h2>
          <div role="status" className="visually-hidden">{data && !loading ? t("ed.catalogue.found", { n: data.total }) : ""}</div>
          {error && <ErrorBox error={error} onRetry={reload} />}
          {loading && !data && <Loading />}
          {data && <CatalogueResults data={data} />}
          {data && <CataloguePager page={data.page} pages={data.pages} onPage={onPage} />}
        </section>
      </div>
    </>
  );
}
