// A one-thing's page: what it is, who leads and cooperates, which items it bundles with their promised time
// limits, and the "开始办理" button (to the guide when it has questions, else straight to the form).
import { calendarDays } from "../../spec/common.js";
import type { PublishedBundle } from "../../spec/api.js";
import { useI18n } from "../shared/i18n.js";
import { href } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";
import { useDepartmentName } from "../shared/departments.js";

/** The bundle screen. */
export function BundlePage({ bundleKey }: { bundleKey: string }) {
  const { t } = useI18n();
  const deptName = useDepartmentName();
  const { data, error, loading, reload } = useApi<PublishedBundle>(`/api/catalog/${encodeURIComponent(bundleKey)}`);
  if (loading) return <Loading />;
  if (error || !data) return error ? <ErrorBox error={error} onRetry={reload} /> : null;
  const b = data.spec;
  const guides = new Set(data.guides ?? []); // only items with a published guide are linked (tryout #26)
  const start = b.guide.questions.length ? `/b/${b.key}/guide` : `/b/${b.key}/apply`;
  return (
    <>
      <nav className="breadcrumb" aria-label={t("a11y.breadcrumb")}>
        <ol><li><a href={href("/")}>{t("portal.catalog")}</a></li><li aria-current="page">{b.title}</li></ol>
      </nav>
      <PageTitle appName={t("app.portal")}>{b.title}</PageTitle>
      <div className="card">
        <p>{b.summary}</p>
        <dl className="facts">
          <dt>{t("portal.lead")}</dt>
          <dd>{deptName(b.lead)}</dd>
          {b.cooperating.length > 0 && (
            <>
              <dt>{t("portal.cooperating")}</dt>
              <dd>{b.cooperating.map(deptName).join(t("common.listSeparator"))}</dd>
            </>
          )}
        </dl>
        <a className="btn btn--primary" href={href(start)}>{t("portal.start")}</a>
        <span className="small muted" style={{ marginLeft: ".75rem" }}>{t("portal.version", { v: data.version })}</span>
      </div>
      <section className="card" aria-labelledby="items-title">
        <h2 id="items-title">{t("portal.items")}</h2>
        <table className="table table--stack">
          <thead>
            <tr><th scope="col">{t("portal.items")}</th><th scope="col">{t("portal.itemDept")}</th><th scope="col">{t("portal.promise")}</th></tr>
          </thead>
          <tbody>
            {b.items.map((it) => (
              <tr key={it.id}>
                <td data-label={t("portal.items")}>{guides.has(it.id) ? <a href={href(`/items/${encodeURIComponent(it.id)}`)} title={t("ig.guideOf", { name: it.task_name })}>{it.task_name}</a> : it.task_name}</td>
                <td data-label={t("portal.itemDept")}>{deptName(it.department) || it.dept_name}</td>
                <td data-label={t("portal.promise")}>{it.promise_day === 0 ? t("portal.immediate") : t(calendarDays(it.promise_type) ? "portal.calendarDays" : "portal.workingDays", { n: it.promise_day })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
