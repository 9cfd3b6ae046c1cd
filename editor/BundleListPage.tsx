// The designer's list of one-things (drafts and their latest published version).
import type { BundleSummary } from "../spec/api.js";
import { formatDateTime, useI18n } from "../runtime/shared/i18n.js";
import { href } from "../runtime/shared/router.js";
import { useApi } from "../runtime/shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../runtime/shared/ui.js";

/** The bundle list screen. */
export function BundleListPage() {
  const { t, lang } = useI18n();
  const { data, error, loading, reload } = useApi<{ bundles: BundleSummary[] }>("/api/bundles");
  return (
    <>
      <PageTitle appName={t("app.editor")}>{t("ed.bundles")}</PageTitle>
      {loading && <Loading />}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {data && (
        <table className="table table--stack">
          <thead>
            <tr><th scope="col">{t("ed.title")}</th><th scope="col">{t("ed.key")}</th><th scope="col">{t("ed.category")}</th><th scope="col">{t("ed.latest")}</th><th scope="col">{t("ed.draftUpdated")}</th></tr>
          </thead>
          <tbody>
            {data.bundles.map((b) => (
              <tr key={b.key}>
                <td data-label={t("ed.title")}><a href={href(`/bundle/${encodeURIComponent(b.key)}`)}>{b.title}</a></td>
                <td data-label={t("ed.key")}><code>{b.key}</code></td>
                <td data-label={t("ed.category")}>{b.category}</td>
                <td data-label={t("ed.latest")}>{b.latestVersion ?? t("ed.unpublished")}</td>
                <td data-label={t("ed.draftUpdated")}>{formatDateTime(b.draftUpdatedAt, lang)} · {b.draftUpdatedBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
