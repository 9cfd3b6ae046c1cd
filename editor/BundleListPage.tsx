// The designer's list of one-things (drafts and their latest published version), with 新建一件事 and, per row,
// delete (never published) / archive and restore (published; admins).
import { personName } from "./people.js";
import { useState } from "react";
import type { BundleSummary } from "../spec/api.js";
import { formatDateTime, useI18n } from "./i18n.js";
import { departmentOptions } from "../runtime/shared/departments.js";
import { href } from "../runtime/shared/router.js";
import { useApi } from "../runtime/shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../runtime/shared/ui.js";
import { BundleActions } from "./bundles/BundleActions.js";
import { NewBundleForm } from "./bundles/NewBundleForm.js";

/** The bundle list screen. */
export function BundleListPage({ isAdmin }: { isAdmin: boolean }) {
  const { t, lang } = useI18n();
  const { data, error, loading, reload } = useApi<{ bundles: BundleSummary[] }>("/api/bundles");
  const depts = useApi<{ departments: Array<{ id: string; name: string }> }>("/api/departments");
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string>();
  const rows = data ? [...data.bundles].sort((a, b) => Number(!!a.archivedAt) - Number(!!b.archivedAt)) : [];
  // designers may only delete never-published drafts; admins also archive and restore
  const withActions = isAdmin || rows.some((b) => b.latestVersion === null);
  return (
    <>
      <PageTitle appName={t("app.editor")}>{t("ed.bundles")}</PageTitle>
      {notice && <p className="alert alert--success" role="status">{notice}</p>}
      {!creating && (
        <p><button type="button" className="btn btn--primary" onClick={() => { setCreating(true); setNotice(undefined); }}>{t("ed.new.title")}</button></p>
      )}
      {creating && data && depts.data && <NewBundleForm bundles={data.bundles} departments={departmentOptions(depts.data.departments, lang)} onCancel={() => setCreating(false)} />}
      {loading && <Loading />}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {data && (
        <table className="table table--stack bundle-list">
          <thead>
            <tr><th scope="col">{t("ed.title")}</th><th scope="col">{t("ed.key")}</th><th scope="col">{t("ed.category")}</th><th scope="col">{t("ed.latest")}</th><th scope="col">{t("ed.draftUpdated")}</th>{withActions && <th scope="col">{t("ed.list.actions")}</th>}</tr>
          </thead>
          <tbody>
            {rows.map((b) => (
              <tr key={b.key} className={b.archivedAt ? "is-archived" : undefined}>
                <td data-label={t("ed.title")}>
                  <a href={href(`/bundle/${encodeURIComponent(b.key)}`)}>{b.title}</a>
                  {b.archivedAt && <> <span className="badge badge--warning">{t("ed.list.archived")}</span></>}
                </td>
                <td data-label={t("ed.key")}><code>{b.key}</code></td>
                <td data-label={t("ed.category")}>{b.category}</td>
                <td data-label={t("ed.latest")}>{b.latestVersion ?? t("ed.unpublished")}</td>
                <td data-label={t("ed.draftUpdated")}>{formatDateTime(b.draftUpdatedAt, lang)} · <span title={b.draftUpdatedBy}>{personName(b.draftUpdatedByName, b.draftUpdatedBy, t)}</span></td>
                {withActions && <td data-label={t("ed.list.actions")}><BundleActions bundle={b} isAdmin={isAdmin} onChanged={(m) => { setNotice(m); reload(); }} /></td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
