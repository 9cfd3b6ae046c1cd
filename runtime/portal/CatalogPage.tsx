// The catalog: every published one-thing grouped by life-event category, with a search box (title, summary,
// category). The search term is kept in the URL so a filtered catalog can be linked.
import { useMemo } from "react";
import type { CatalogEntry } from "../../spec/api.js";
import { useI18n } from "../shared/i18n.js";
import { href, navigate, useRoute } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";
import { useDepartmentName } from "../shared/departments.js";

/** Groups entries by category, in the order categories first appear. */
export function groupByCategory(entries: CatalogEntry[]): Array<[string, CatalogEntry[]]> {
  const groups = new Map<string, CatalogEntry[]>();
  for (const e of entries) groups.set(e.category, [...(groups.get(e.category) ?? []), e]);
  return [...groups];
}

/** The catalog screen. */
export function CatalogPage() {
  const { t } = useI18n();
  const { query } = useRoute();
  const deptName = useDepartmentName();
  const q = query.get("q") ?? "";
  const { data, error, loading, reload } = useApi<{ bundles: CatalogEntry[] }>("/api/catalog");
  const groups = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const list = (data?.bundles ?? []).filter((b) => !needle || `${b.title} ${b.summary} ${b.category}`.toLowerCase().includes(needle));
    return groupByCategory(list);
  }, [data, q]);
  return (
    <>
      <PageTitle appName={t("app.portal")}>{t("portal.catalog")}</PageTitle>
      <p className="muted">{t("portal.catalogIntro")}</p>
      <div className="search" role="search">
        <label htmlFor="catalog-search">{t("portal.search")}</label>
        <input id="catalog-search" type="search" value={q} placeholder={t("portal.searchPlaceholder")}
          onChange={(e) => navigate("/", e.target.value ? { q: e.target.value } : undefined, true)} />
      </div>
      {loading && <Loading />}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {data && groups.length === 0 && <p role="status">{t("portal.noMatch", { q })}</p>}
      {groups.map(([category, entries]) => (
        <section key={category} className="catalog-group" aria-labelledby={`cat-${category}`}>
          <h2 id={`cat-${category}`}>{category}</h2>
          <ul className="grid grid--3" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {entries.map((b) => (
              <li key={b.key}>
                <a className="bundle-card" href={href(`/b/${b.key}`)}>
                  <h3>{b.title}</h3>
                  <p>{b.summary}</p>
                  <p className="small muted">
                    {t(`portal.audience.${b.audience}`)} · {t("portal.itemCount", { n: b.itemCount })} · {t("portal.lead")}{t("common.labelSeparator")}{deptName(b.lead)}
                  </p>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
