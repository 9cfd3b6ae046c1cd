// "我的办件": the applicant's applications with their status, newest first.
import type { ApplicationView } from "../../spec/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { href } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading, PageTitle, StatusBadge } from "../shared/ui.js";

/** The list screen. */
export function MyApplicationsPage() {
  const { t, lang } = useI18n();
  const { data, error, loading, reload } = useApi<{ applications: ApplicationView[] }>("/api/applications");
  const apps = [...(data?.applications ?? [])].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return (
    <>
      <PageTitle appName={t("app.portal")}>{t("portal.myApplications")}</PageTitle>
      {loading && <Loading />}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {data && apps.length === 0 && <p>{t("app.none")}</p>}
      {apps.length > 0 && (
        <table className="table table--stack">
          <thead>
            <tr><th scope="col">{t("app.bundle")}</th><th scope="col">{t("app.id")}</th><th scope="col">{t("app.submittedAt")}</th><th scope="col">{t("app.status")}</th></tr>
          </thead>
          <tbody>
            {apps.map((a) => (
              <tr key={a.id}>
                <td data-label={t("app.bundle")}><a href={href(`/my/${encodeURIComponent(a.id)}`)}>{a.bundleTitle}</a></td>
                <td data-label={t("app.id")}>{a.id}</td>
                <td data-label={t("app.submittedAt")}>{formatDateTime(a.submittedAt, lang)}</td>
                <td data-label={t("app.status")}><StatusBadge status={a.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
