// A case as the handling department sees it: the application's facts and timeline, its own items' forms filled
// with the applicant's data (本部门表单), the submitted smart form read-only, and the decision panel for the department's open task. Supervisors (全程电子监察) read any case
// through the supervision API; they act only where the flow allows them (normally nowhere).
import { useEffect, useState } from "react";
import type { ApplicationView, PublishedBundle } from "../../spec/api.js";
import { useI18n } from "../shared/i18n.js";
import { href, useRoute } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { hasRole, useSession } from "../shared/session.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";
import { ApplicationData, ApplicationFacts } from "../shared/ApplicationDetails.js";
import { actionLabel } from "../shared/actions.js";
import { DecisionPanel } from "./DecisionPanel.js";
import { CaseClock } from "./CaseClock.js";
import { RevealPanel } from "./RevealPanel.js";
import { DocumentsPanel } from "./DocumentsPanel.js";
import { HandoverPanel } from "./HandoverPanel.js";
import { FilingPanel } from "./counter/FilingPanel.js";
import { DepartmentForms } from "./DepartmentForms.js";

/** The case screen. */
export function CasePage({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const { query } = useRoute();
  const { user } = useSession();
  const supervising = hasRole(user, ["supervisor", "admin"]);
  const loaded = useApi<ApplicationView>(`/api/${supervising ? "supervision/cases" : "applications"}/${encodeURIComponent(applicationId)}`);
  const [app, setApp] = useState<ApplicationView>();
  const [justDone, setJustDone] = useState<string>();
  const [docsRev, setDocsRev] = useState(0);
  useEffect(() => setApp(loaded.data), [loaded.data]);
  const published = useApi<PublishedBundle>(app ? `/api/catalog/${encodeURIComponent(app.bundleKey)}/versions/${app.version}` : null);
  const taskId = query.get("task");
  const task = app?.tasks.find((x) => x.id === taskId) ?? app?.tasks.find((x) => x.status === "open" && x.department === user?.department);
  return (
    <>
      <nav className="breadcrumb" aria-label={t("a11y.breadcrumb")}>
        <ol><li>{supervising && !hasRole(user, ["clerk", "reviewer"]) ? <a href={href("/supervision")}>{t("sv.title")}</a> : <a href={href("/")}>{t("wb.inbox")}</a>}</li><li aria-current="page">{t("wb.case")}</li></ol>
      </nav>
      <PageTitle appName={t("app.workbench")}>{app ? `${app.bundleTitle} · ${app.applicant}` : t("wb.case")}</PageTitle>
      {loaded.loading && !app && <Loading />}
      {loaded.error && <ErrorBox error={loaded.error} onRetry={loaded.reload} />}
      {justDone && <div className="alert alert--success" role="status">{t("wb.done", { outcome: actionLabel(t, justDone) })}</div>}
      {app && (
        <>
          {task && task.status === "open" && task.allowedActions.length > 0 && (
            <DecisionPanel key={`${task.id}:${task.allowedActions.join()}`} task={task} app={app} spec={published.data?.spec}
              onDone={(updated, action) => { setApp(updated); setJustDone(updated.tasks.find((x) => x.id === task.id)?.outcome ?? action); }} />
          )}
          <CaseClock handling={app.handling} />
          <ApplicationFacts app={app} />
          {!supervising && <FilingPanel applicationId={app.id} />}
          <RevealPanel app={app} onRevealed={setApp} />
          {!supervising && user?.department && <DepartmentForms app={app} />}
          <ApplicationData app={app} />
          {!supervising && <HandoverPanel key={`ho:${app.status}`} applicationId={app.id} onRecorded={() => setDocsRev((n) => n + 1)} />}
          {!supervising && <DocumentsPanel key={`docs:${app.status}:${app.tasks.length}:${docsRev}`} applicationId={app.id} canIssue={hasRole(user, ["clerk", "reviewer"])} />}
        </>
      )}
    </>
  );
}
