// "我的办件": the applicant's saved drafts (not yet submitted, each resumable) and their cases with status, newest
// first, one page at a time (加载更多) — however many cases a company files, one request returns one page.
import type { ApplicationSummary, DraftSummary, MyApplicationsView } from "../../spec/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { href } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { usePaged } from "../shared/usePaged.js";
import { ErrorBox, Loading, PageTitle, StatusBadge } from "../shared/ui.js";
import { DraftCounterCode } from "./DraftCounterCode.js";

/** The list screen. */
export function MyApplicationsPage() {
  const { t, lang } = useI18n();
  const drafts = useApi<{ drafts: DraftSummary[] }>("/api/drafts");
  const list = usePaged<ApplicationSummary, MyApplicationsView>("/api/applications", "applications");
  return (
    <>
      <PageTitle appName={t("app.portal")}>{t("portal.myApplications")}</PageTitle>
      {drafts.data && drafts.data.drafts.length > 0 && (
        <section aria-labelledby="my-drafts" className="my-drafts">
          <h2 id="my-drafts">{t("portal.drafts")}</h2>
          <ul className="plain-list">
            {drafts.data.drafts.map((d) => (
              <li key={d.bundleKey} data-draft={d.bundleKey} className="row">
                <a href={href(`/b/${encodeURIComponent(d.bundleKey)}/apply`)}>{d.bundleTitle}</a>
                <span className="small muted">{t("portal.draftSaved", { at: formatDateTime(d.updatedAt, lang) })}</span>
                <a className="btn" href={href(`/b/${encodeURIComponent(d.bundleKey)}/apply`)} aria-label={`${t("portal.draftContinue")}${t("common.labelSeparator")}${d.bundleTitle}`}>{t("portal.draftContinue")}</a>
                <DraftCounterCode bundleKey={d.bundleKey} bundleTitle={d.bundleTitle} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {drafts.data && drafts.data.drafts.length > 0 && <h2>{t("portal.submitted")}</h2>}
      {list.loading && !list.rows.length && <Loading />}
      {list.error && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.first && !list.loading && list.rows.length === 0 && <p>{t("app.none")}</p>}
      {list.rows.length > 0 && (
        <table className="table table--stack">
          <thead>
            <tr><th scope="col">{t("app.bundle")}</th><th scope="col">{t("app.caseNo")}</th><th scope="col">{t("app.submittedAt")}</th><th scope="col">{t("app.status")}</th></tr>
          </thead>
          <tbody>
            {list.rows.map((a) => (
              <tr key={a.id} data-application={a.id}>
                <td data-label={t("app.bundle")}><a href={href(`/my/${encodeURIComponent(a.id)}`)}>{a.bundleTitle}</a></td>
                <td data-label={t("app.caseNo")}>{a.caseNo ?? a.id}</td>
                <td data-label={t("app.submittedAt")}>{formatDateTime(a.submittedAt, lang)}</td>
                <td data-label={t("app.status")}><StatusBadge status={a.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list.rows.length > 0 && (
        <div className="row list-more">
          <span className="small muted" role="status">{list.hasMore ? t("list.shown", { n: list.rows.length }) : t("list.end")}</span>
          {list.hasMore && <button type="button" className="btn" onClick={list.more} disabled={list.loading}>{list.loading ? t("list.loadingMore") : t("list.more")}</button>}
        </div>
      )}
    </>
  );
}
