// An item's page in the catalogue: its state, its national elements (editable by the owning department's staff,
// read-only with the reason for everyone else), its situations, its published versions and the one-things that
// use it, with the public service guide one click away once published.
import { personName } from "../people.js";
import { useState } from "react";
import type { CatalogueItemView } from "../../spec/catalogue/api.js";
import { formatDateTime, useI18n } from "../i18n.js";
import { departmentOptions } from "../../runtime/shared/departments.js";
import { href } from "../../runtime/shared/router.js";
import { useApi } from "../../runtime/shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../../runtime/shared/ui.js";
import type { DepartmentOption } from "../state/draft-store.js";
import { ItemStateBadges } from "./CatalogueResults.js";
import { ItemDraftEditor } from "./ItemDraftEditor.js";
import { ItemElementsView } from "./ItemElementsView.js";
import { ItemSituations } from "./ItemSituations.js";
import { DeleteItem } from "./DeleteItem.js";
import "./catalogue.css";

function Usage({ view }: { view: CatalogueItemView }) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="cat-usage">
      <h2 id="cat-usage">{t("ed.catalogue.usedByTitle", { n: view.usedBy.length })}</h2>
      {!view.usedBy.length ? <p className="muted">{t("ed.catalogue.usedByNone")}</p> : (
        <table className="table table--stack">
          <thead><tr><th scope="col">{t("ed.catalogue.oneThing")}</th><th scope="col">{t("ed.catalogue.publishedUses")}</th><th scope="col">{t("ed.catalogue.draft")}</th></tr></thead>
          <tbody>
            {view.usedBy.map((u) => (
              <tr key={u.key}>
                <td data-label={t("ed.catalogue.oneThing")}><a href={href(`/bundle/${encodeURIComponent(u.key)}`)}>{u.title}</a>{u.archived && <> <span className="badge badge--paused">{t("ed.list.archived")}</span></>}</td>
                <td data-label={t("ed.catalogue.publishedUses")}>{u.pinned === null ? t("ed.catalogue.notUsed") : t("ed.catalogue.itemVersion", { v: u.pinned })}</td>
                <td data-label={t("ed.catalogue.draft")}>{!u.draft ? t("ed.catalogue.notInDraft") : u.draftVersion === 0 ? t("ed.catalogue.usesItemDraft") : u.draftVersion === null ? t("ed.catalogue.inUse") : t("ed.catalogue.itemVersion", { v: u.draftVersion })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Versions({ view }: { view: CatalogueItemView }) {
  const { t, lang } = useI18n();
  return (
    <section className="card" aria-labelledby="cat-versions">
      <h2 id="cat-versions">{t("ed.catalogue.versions")}</h2>
      {!view.versions.length ? <p className="muted">{t("ed.catalogue.noVersions")}</p> : (
        <table className="table table--stack">
          <thead><tr><th scope="col">{t("ed.version")}</th><th scope="col">{t("ed.publishedAt")}</th><th scope="col">{t("ed.publishedBy")}</th><th scope="col">{t("ed.catalogue.changeSummary")}</th></tr></thead>
          <tbody>
            {view.versions.map((v) => (
              <tr key={v.version}>
                <td data-label={t("ed.version")}>{v.version}</td><td data-label={t("ed.publishedAt")}>{formatDateTime(v.publishedAt, lang)}</td>
                <td data-label={t("ed.publishedBy")}>{personName(null, v.publishedBy, t)}</td><td data-label={t("ed.catalogue.changeSummary")}>{v.changeSummary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The item screen. */
export function ItemPage({ itemId }: { itemId: string }) {
  const { t, lang } = useI18n();
  const { data, error, loading, reload } = useApi<CatalogueItemView>(`/api/items/${encodeURIComponent(itemId)}`);
  const depts = useApi<{ departments: DepartmentOption[] }>("/api/departments");
  const [edited, setEdited] = useState<{ view: CatalogueItemView; notice: string }>();
  const [editing, setEditing] = useState(false);
  if (loading && !data) return <Loading />;
  if (error || !data) return error ? <ErrorBox error={error} onRetry={reload} /> : null;
  const view = edited?.view ?? data;
  const it = view.entry;
  return (
    <>
      <nav className="breadcrumb" aria-label={t("a11y.breadcrumb")}>
        <ol><li><a href={href("/catalogue")}>{t("ed.catalogue.title")}</a></li><li aria-current="page">{it.name}</li></ol>
      </nav>
      <PageTitle appName={t("app.editor")}>{it.name}</PageTitle>
      <p className="cat-item-meta">
        <ItemStateBadges {...it} />
        <span>{it.deptName}</span>
        {it.code && <span>{t("ed.element.task_code")} <span className="cat-code">{it.code}</span></span>}
        <span className="small muted">{t("ed.catalogue.draftUpdated", { at: formatDateTime(it.draftUpdatedAt, lang), by: personName(null, it.draftUpdatedBy, t) })}</span>
      </p>
      {edited?.notice && <p className="alert alert--success" role="status">{edited.notice}</p>}
      {it.latestVersion !== null && <p><a href={`/#/items/${encodeURIComponent(it.id)}`} target="_blank" rel="noopener">{t("ed.catalogue.openGuide")}</a></p>}
      <section className="card" aria-labelledby="cat-elements">
        <div className="cat-section-head">
          <h2 id="cat-elements">{editing ? t("ed.catalogue.editDraft") : t("ed.catalogue.elements")}</h2>
          {view.permissions.edit && <button type="button" className="btn" aria-pressed={editing} onClick={() => setEditing(!editing)}>{editing ? t("ed.catalogue.view") : t("ed.catalogue.editDraft")}</button>}
        </div>
        {!view.permissions.edit && <p className="alert alert--warning">{t("ed.catalogue.readOnly")}{t("common.labelSeparator")}{view.permissions.reason ?? t("ed.catalogue.readOnlyHint")}</p>}
        {editing && view.permissions.edit && depts.data
          ? <ItemDraftEditor key={it.draftUpdatedAt} view={view} departments={departmentOptions(depts.data.departments, lang)} onSaved={(next, notice) => setEdited({ view: next, notice })} />
          : <ItemElementsView draft={view.draft} deptName={it.deptName} />}
      </section>
      {!(editing && view.permissions.edit) && <ItemSituations draft={view.draft} />}
      <Usage view={view} />
      <Versions view={view} />
      {view.permissions.edit && <DeleteItem view={view} />}
    </>
  );
}
