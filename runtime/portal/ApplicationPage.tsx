// One of the applicant's applications: status, progress timeline and what was submitted.
import { useEffect, useState } from "react";
import { useI18n } from "../shared/i18n.js";
import { href, navigate, useRoute } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";
import { ApplicationData, ApplicationFacts } from "../shared/ApplicationDetails.js";
import { CaseActions, type OwnApplication } from "./CaseActions.js";
import { RatingPanel } from "./RatingPanel.js";
import { ResultsPanel } from "./ResultsPanel.js";
import { MyDocumentsPanel } from "./MyDocumentsPanel.js";
import { WithdrawPanel } from "./WithdrawPanel.js";

/** The application detail screen. */
export function ApplicationPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { path, query } = useRoute();
  const { data: loaded, error, loading, reload } = useApi<OwnApplication>(`/api/applications/${encodeURIComponent(id)}`);
  const [app, setApp] = useState<OwnApplication>();
  const [updated, setUpdated] = useState(false);
  const [editing, setEditing] = useState(false);
  useEffect(() => setApp(loaded), [loaded]);
  return (
    <>
      <nav className="breadcrumb" aria-label={t("a11y.breadcrumb")}>
        <ol><li><a href={href("/my")}>{t("portal.myApplications")}</a></li><li aria-current="page">{t("app.detail")}</li></ol>
      </nav>
      <PageTitle appName={t("app.portal")}>{app ? `${app.bundleTitle} · ${t("app.detail")}` : t("app.detail")}</PageTitle>
      {query.get("submitted") === "1" && app && app.status !== "withdrawn" && <div className="alert alert--success" role="status">{t("app.submittedOk", { id: app.caseNo ?? app.id })}</div>}
      {loading && !app && <Loading />}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {app && (
        <>
          {updated && <div className="alert alert--success" role="status">{t("case.updated")}</div>}
          <CaseActions app={app} onUpdated={(a) => { setApp(a); setUpdated(true); }} onEditing={setEditing} />
          <WithdrawPanel app={app} onWithdrawn={(a) => {
            setApp(a);
            // the submission's banner belongs to the submission: once withdrawn, the address no longer carries it
            if (query.has("submitted")) navigate(path, undefined, true);
          }} />
          <ApplicationFacts app={app} />
          <ResultsPanel appId={app.id} status={app.status} />
          <MyDocumentsPanel appId={app.id} status={app.status} />
          <RatingPanel appId={app.id} status={app.status} />
          {!editing && <ApplicationData app={app} />}
        </>
      )}
    </>
  );
}
