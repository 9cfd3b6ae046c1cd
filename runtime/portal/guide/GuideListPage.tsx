// The public list of service guides (办事指南): every published catalogue item, searched by name, 实施编码, department
// or pinyin initials, paged; each row opens the item's guide. The query lives in the URL, so a search can be linked.
import { useState, type FormEvent } from "react";
import type { GuideListView } from "../../../spec/catalogue/api.js";
import { useI18n } from "../../shared/i18n.js";
import { href, navigate, useRoute } from "../../shared/router.js";
import { useApi } from "../../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../../shared/ui.js";
import { codeLabel } from "../../shared/codes.js";
import "./guide.css";

/** The guide list screen. */
export function GuideListPage() {
  const { t } = useI18n();
  const { query } = useRoute();
  const q = query.get("q") ?? "";
  const page = Math.max(1, Number(query.get("page")) || 1);
  const [text, setText] = useState(q);
  const params = new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}), pageSize: "20" });
  const { data, error, loading, reload } = useApi<GuideListView>(`/api/guides/items?${params}`);
  const go = (next: { q?: string; page?: number }) => {
    const nq = next.q ?? q, np = next.page ?? 1;
    navigate("/items", { ...(nq ? { q: nq } : {}), ...(np > 1 ? { page: String(np) } : {}) });
  };
  const submit = (e: FormEvent) => { e.preventDefault(); go({ q: text.trim() }); };
  return (
    <>
      <PageTitle appName={t("app.portal")}>{t("ig.listTitle")}</PageTitle>
      <p className="muted">{t("ig.listIntro")}</p>
      <form role="search" className="guide-search" onSubmit={submit}>
        <label htmlFor="guide-q">{t("ig.search")}</label>
        <div className="guide-search__row">
          <input id="guide-q" type="search" value={text} placeholder={t("ig.searchPlaceholder")} onChange={(e) => setText(e.target.value)} maxLength={100} />
          <button type="submit" className="btn btn--primary">{t("ig.searchButton")}</button>
        </div>
      </form>
      {error && <ErrorBox error={error} onRetry={reload} />}
      {loading && !data && <Loading />}
      {data && (
        <>
          <p role="status">{data.total === 0 ? t("ig.noMatch") : t("ig.found", { n: data.total })}</p>
          <ul className="guide-list">
            {data.items.map((it) => (
              <li key={it.id} className="card">
                <a className="guide-list__name" href={href(`/items/${encodeURIComponent(it.id)}`)}>{it.name}</a>
                <span className="small muted">{it.deptName} · {codeLabel(t, "task_type", it.taskType)}{it.situations.length > 0 && ` · ${t("ig.situationCount", { n: it.situations.length })}`}</span>
              </li>
            ))}
          </ul>
          {data.pages > 1 && (
            <nav className="pager" aria-label={t("ig.paging")}>
              <button type="button" className="btn" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>{t("ig.prev")}</button>
              <span>{t("ig.pageOf", { page: data.page, pages: data.pages })}</span>
              <button type="button" className="btn" disabled={page >= data.pages} onClick={() => go({ page: page + 1 })}>{t("ig.next")}</button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
