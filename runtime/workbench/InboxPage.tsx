// The department inbox: open tasks of the staff member's department, most urgent first, with the time-limit
// state shown by colour and by text.
import type { TaskView } from "../../spec/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { href, navigate, useRoute } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";
import { useDepartmentName } from "../shared/departments.js";
import { useSession } from "../shared/session.js";
import { actionLabel } from "../shared/actions.js";

const SLA_ORDER = { overdue: 0, due_soon: 1, on_time: 2 } as const;

/** Sorts tasks: overdue, then due soon, then by due date, then by arrival. */
export function byUrgency(a: TaskView, b: TaskView): number {
  const s = SLA_ORDER[a.sla ?? "on_time"] - SLA_ORDER[b.sla ?? "on_time"];
  if (s) return s;
  return (a.dueAt ?? "9999").localeCompare(b.dueAt ?? "9999") || a.createdAt.localeCompare(b.createdAt);
}

/** The inbox screen. */
export function InboxPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const deptName = useDepartmentName();
  const { query } = useRoute();
  const done = query.get("status") === "done";
  const { data, error, loading, reload } = useApi<{ tasks: TaskView[] }>(done ? "/api/tasks/inbox?status=done" : "/api/tasks/inbox");
  const tasks = [...(data?.tasks ?? [])].sort(done ? (a, b) => b.createdAt.localeCompare(a.createdAt) : byUrgency);
  return (
    <>
      <PageTitle appName={t("app.workbench")}>{`${t("wb.inbox")} · ${deptName(user?.department)}`}</PageTitle>
      <div className="row" style={{ marginBottom: ".75rem" }} role="group" aria-label={t("wb.inbox")}>
        <button type="button" className={`btn${done ? "" : " btn--primary"}`} aria-pressed={!done} onClick={() => navigate("/")}>{t("wb.open")}</button>
        <button type="button" className={`btn${done ? " btn--primary" : ""}`} aria-pressed={done} onClick={() => navigate("/", { status: "done" })}>{t("wb.handled")}</button>
        <button type="button" className="btn" onClick={reload}>{t("wb.refresh")}</button>
      </div>
      {loading && <Loading />}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {data && tasks.length === 0 && <p role="status">{t("wb.inboxEmpty")}</p>}
      {tasks.length > 0 && (
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">{t("wb.case")}</th><th scope="col">{t("wb.task")}</th><th scope="col">{t("wb.applicant")}</th>
              <th scope="col">{t("wb.received")}</th><th scope="col">{t("wb.due")}</th><th scope="col">{t("wb.sla")}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id} data-task={task.id}>
                <td data-label={t("wb.case")}>
                  <a href={href(`/case/${encodeURIComponent(task.applicationId)}`, { task: task.id })}>{task.bundleTitle}</a>
                  <div className="small muted">{task.applicationId}</div>
                </td>
                <td data-label={t("wb.task")}>{task.name}</td>
                <td data-label={t("wb.applicant")}>{task.applicant}</td>
                <td data-label={t("wb.received")}>{formatDateTime(task.createdAt, lang)}</td>
                <td data-label={t("wb.due")}>{task.dueAt ? formatDateTime(task.dueAt, lang) : "—"}</td>
                <td data-label={t("wb.sla")}>
                  {task.status === "done"
                    ? <span className="badge badge--done">{task.outcome ? actionLabel(t, task.outcome) : t("wb.taskStatus.done")}</span>
                    : <span className={`badge badge--${task.sla ?? "on_time"}`}>{t(`wb.sla.${task.sla ?? "on_time"}`)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
