// An application as both the applicant and the handling staff see it: status, facts, department steps,
// timeline, and the submitted data rendered read-only by the same smart-form renderer (on the exact version
// it was filled on).
import type { ApplicationView, PublishedBundle } from "../../spec/api.js";
import { situatedForm } from "../../spec/situated-form.js";
import { formatDateTime, useI18n } from "./i18n.js";
import { useApi } from "./useApi.js";
import { ErrorBox, Loading, StatusBadge } from "./ui.js";
import { useDepartmentName } from "./departments.js";
import { SmartFormView } from "./form/SmartFormView.js";
import { TaskBadge } from "./TaskBadge.js";
import { ApplicationMaterials } from "./ApplicationMaterials.js";
import { timelineMessage } from "./i18n-timeline.js";

/** Status, facts and timeline of an application. */
export function ApplicationFacts({ app }: { app: ApplicationView }) {
  const { t, lang } = useI18n();
  const deptName = useDepartmentName();
  return (
    <div className="grid grid--2">
      <section className="card" aria-labelledby="facts-title">
        <h2 id="facts-title">{t("app.status")}{t("common.labelSeparator")}<StatusBadge status={app.status} /></h2>
        <dl className="facts">
          <dt>{t("app.bundle")}</dt><dd>{app.bundleTitle}</dd>
          <dt>{t("app.caseNo")}</dt><dd>{app.caseNo ?? app.id}</dd>
          <dt>{t("app.submittedAt")}</dt><dd>{formatDateTime(app.submittedAt, lang)}</dd>
          <dt>{t("wb.applicant")}</dt><dd>{app.applicant}</dd>
          {app.delivery && (
            <><dt>{t("app.delivery")}</dt><dd>{app.delivery.method === "post" && app.delivery.address ? t("del.postTo", { ...app.delivery.address }) : t(`del.${app.delivery.method}`)}</dd></>
          )}
        </dl>
        {app.tasks.length > 0 && (
          <>
            <h3>{t("app.tasks")}</h3>
            <ul>
              {app.tasks.map((task) => (
                <li key={task.id}>
                  {deptName(task.department)} · {task.name} · <TaskBadge task={task} caseStatus={app.status} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("app.timeline")}</h2>
        <ol className="timeline">
          {app.timeline.map((e, i) => (
            <li key={i}>
              <time dateTime={e.at}>{formatDateTime(e.at, lang)}</time>
              <span>{timelineMessage(e, lang)}</span>
              <span className="muted small"> — {e.system ? t("tl.system") : e.actor}{e.department ? ` · ${deptName(e.department)}` : ""}</span>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** The submitted data, read-only, in the form of the version it was submitted on. */
export function ApplicationData({ app }: { app: ApplicationView }) {
  const { t } = useI18n();
  const { data, error, loading } = useApi<PublishedBundle>(`/api/catalog/${encodeURIComponent(app.bundleKey)}/versions/${app.version}`);
  return (
    <section aria-labelledby="data-title">
      <ApplicationMaterials appId={app.id} refreshKey={app.timeline.length} />
      <h2 id="data-title">{t("app.data")}</h2>
      {loading && <Loading />}
      {error && <ErrorBox error={error} />}
      {data && <SmartFormView form={situatedForm(data.spec)} answers={app.answers} data={app.data} mode="view" />}
    </section>
  );
}
