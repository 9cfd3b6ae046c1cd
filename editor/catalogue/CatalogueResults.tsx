// One page of the catalogue: a row per item with its name (to the item's page), 实施编码, department, type, state
// (published version, unpublished changes, no form) and the one-things using it; and the pager.
import type { CatalogueListView } from "../../spec/catalogue/api.js";
import { codeLabel } from "../../runtime/shared/codes.js";
import { useI18n } from "../i18n.js";
import { href } from "../../runtime/shared/router.js";

/** The badges of an item's state; why: the list and the item page say it the same way. */
export function ItemStateBadges({ latestVersion, unpublishedChanges, hasForm }: { latestVersion: number | null; unpublishedChanges: boolean; hasForm: boolean }) {
  const { t } = useI18n();
  return (
    <span className="cat-badges">
      {latestVersion !== null ? <span className="badge badge--approved">{t("ed.catalogue.publishedVersion", { v: latestVersion })}</span> : <span className="badge badge--paused">{t("ed.catalogue.notPublished")}</span>}
      {latestVersion !== null && unpublishedChanges && <span className="badge badge--due_soon">{t("ed.catalogue.draftChanged")}</span>}
      {!hasForm && <span className="badge badge--paused">{t("ed.catalogue.noForm")}</span>}
    </span>
  );
}

/** Props: the list answer. */
export function CatalogueResults({ data }: { data: CatalogueListView }) {
  const { t } = useI18n();
  if (!data.items.length) return <p className="alert alert--warning">{t("ed.catalogue.noMatch")}</p>;
  return (
    <table className="table table--stack cat-results">
      <thead>
        <tr>
          <th scope="col">{t("ed.element.task_name")}</th><th scope="col">{t("ed.catalogue.facet.department")}</th>
          <th scope="col">{t("ed.element.task_type")}</th><th scope="col">{t("ed.catalogue.state")}</th><th scope="col">{t("ed.catalogue.facet.usedBy")}</th>
        </tr>
      </thead>
      <tbody>
        {data.items.map((it) => (
          <tr key={it.id}>
            <td data-label={t("ed.element.task_name")}>
              <a href={href(`/catalogue/${encodeURIComponent(it.id)}`)}>{it.name}</a>
              {it.code && <span className="cat-code muted"><span className="visually-hidden">{t("ed.element.task_code")} </span>{it.code}</span>}
            </td>
            <td data-label={t("ed.catalogue.facet.department")}>{it.deptName}</td>
            <td data-label={t("ed.element.task_type")}>{codeLabel(t, "task_type", it.taskType) || "—"}</td>
            <td data-label={t("ed.catalogue.state")}><ItemStateBadges {...it} /></td>
            <td data-label={t("ed.catalogue.facet.usedBy")}>{it.usedBy.length ? it.usedBy.map((u) => u.title).join(t("common.listSeparator")) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** 上一页 / 第 x 页，共 y 页 / 下一页, and a page number to jump to. */
export function CataloguePager({ page, pages, onPage }: { page: number; pages: number; onPage(p: number): void }) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  return (
    <nav className="pager cat-pager" aria-label={t("ed.catalogue.pages")}>
      <button type="button" className="btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>{t("ed.catalogue.previous")}</button>
      <span aria-live="polite">{t("ed.catalogue.pageNofM", { page, pages })}</span>
      <button type="button" className="btn" disabled={page >= pages} onClick={() => onPage(page + 1)}>{t("ed.catalogue.next")}</button>
      <label className="cat-pager__jump">
        {t("ed.catalogue.goTo")}
        <input type="number" min={1} max={pages} defaultValue={page} key={page}
          onKeyDown={(ev) => { if (ev.key === "Enter") { const n = Number((ev.target as HTMLInputElement).value); if (n >= 1 && n <= pages) onPage(n); } }} />
        {t("ed.catalogue.goToPage")}
      </label>
    </nav>
  );
}
