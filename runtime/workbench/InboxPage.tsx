// The department inbox: open tasks of the staff member's department, most urgent first (the server's order), one
// page at a time with 加载更多, searchable by case number or applicant and filterable by one-thing, time-limit state
// and due dates. Filters live in the URL (#/?q=…&bundle=…) so a search can be linked and survives a reload.
import { useState, type FormEvent } from "react";
import type { CatalogEntry, InboxView, TaskView } from "../../spec/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { href, navigate, useRoute } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { usePaged } from "../shared/usePaged.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";
import { useDepartmentName } from "../shared/departments.js";
import { useSession } from "../shared/session.js";
import { TaskBadge } from "../shared/TaskBadge.js";

const FILTERS = ["q", "bundle", "sla", "dueFrom", "dueTo"] as const;

/** The inbox screen. */
export function InboxPage() {
  const { t } = useI18n();
  const { user } = useSession();
  const deptName = useDepartmentName();
  const { query } = useRoute();
  const done = query.get("status") === "done";
  const params = new URLSearchParams(done ? { status: "done" } : {});
  for (const f of FILTERS) {
    const v = query.get(f);
    if (v && (!done || f === "q" || f === "bundle")) params.set(f, v);
  }
  const path = `/api/tasks/inbox${params.size ? `?${params}` : ""}`;
  const list = usePaged<TaskView, InboxView>(path, "tasks");
  const filtered = FILTERS.some((f) => params.has(f));
  const tab = (status: "open" | "done") => {
    const next = new URLSearchParams(params);
    next.delete("status");
    next.delete("sla");
    next.delete("dueFrom");
    next.delete("dueTo");
    if (status === "done") next.set("status", "done");
    navigate("/", next);
  };
  return (
    <>
      <PageTitle appName={t("app.workbench")}>{`${t("wb.inbox")} · ${deptName(user?.department)}`}</PageTitle>
      <div className="row" style={{ marginBottom: ".75rem" }} role="group" aria-label={t("wb.inbox")}>
        <button type="button" className={`btn${done ? "" : " btn--primary"}`} aria-pressed={!done} onClick={() => tab("open")}>{t("wb.open")}</button>
        <button type="button" className={`btn${done ? " btn--primary" : ""}`} aria-pressed={done} onClick={() => tab("done")}>{t("wb.handled")}</button>
        <button type="button" className="btn" onClick={list.reload}>{t("wb.refresh")}</button>
      </div>
      <InboxFilters key={query.toString()} done={done} query={query} />
      {list.first && <p className="small muted" aria-live="polite">{t("wb.counts", list.first.counts)}</p>}
      {list.loading && !list.rows.length && <Loading />}
      {list.error && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.first && !list.loading && list.rows.length === 0 && <p role="status">{filtered ? t("wb.noMatch") : t(done ? "wb.handledEmpty" : "wb.inboxEmpty")}</p>}
      {list.rows.length > 0 && <TaskTable tasks={list.rows} />}
      {list.rows.length > 0 && (
        <div className="row list-more">
          <span className="small muted" role="status">{list.hasMore ? t("list.shown", { n: list.rows.length }) : t("list.end")}</span>
          {list.hasMore && <button type="button" className="btn" onClick={list.more} disabled={list.loading}>{list.loading ? t("list.loadingMore") : t("list.more")}</button>}
        </div>
      )}
    </>
  );
}

/** The search box and filters; applied to the URL on submit (the list reloads from its first page). */
function InboxFilters({ done, query }: { done: boolean; query: URLSearchParams }) {
  const { t } = useI18n();
  const catalog = useApi<{ bundles: CatalogEntry[] }>("/api/catalog");
  const [values, setValues] = useState<Record<(typeof FILTERS)[number], string>>(() => Object.fromEntries(FILTERS.map((f) => [f, query.get(f) ?? ""])) as never);
  const set = (f: (typeof FILTERS)[number]) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(done ? { status: "done" } : {});
    for (const f of FILTERS) if (values[f].trim() && (!done || f === "q" || f === "bundle")) next.set(f, values[f].trim());
    navigate("/", next);
  };
  const any = FILTERS.some((f) => query.has(f));
  return (
    <form className="inbox-filters" role="search" aria-label={t("wb.search")} onSubmit={apply}>
      <div className="field inbox-filters__q">
        <label htmlFor="wb-q">{t("wb.searchLabel")}</label>
        <input id="wb-q" type="search" value={values.q} onChange={set("q")} aria-describedby="wb-q-hint" maxLength={100} />
        <div id="wb-q-hint" className="small muted">{t("wb.searchHint")}</div>
      </div>
      <div className="field">
        <label htmlFor="wb-bundle">{t("wb.filterBundle")}</label>
        <select id="wb-bundle" value={values.bundle} onChange={set("bundle")}>
          <option value="">{t("wb.allBundles")}</option>
          {(catalog.data?.bundles ?? []).map((b) => <option key={b.key} value={b.key}>{b.title}</option>)}
        </select>
      </div>
      {!done && (
        <>
          <div className="field">
            <label htmlFor="wb-sla">{t("wb.filterSla")}</label>
            <select id="wb-sla" value={values.sla} onChange={set("sla")}>
              <option value="">{t("wb.allSla")}</option>
              <option value="overdue">{t("wb.sla.overdue")}</option>
              <option value="due_soon">{t("wb.sla.due_soon")}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="wb-due-from">{t("wb.dueFrom")}</label>
            <input id="wb-due-from" type="date" value={values.dueFrom} onChange={set("dueFrom")} />
          </div>
          <div className="field">
            <label htmlFor="wb-due-to">{t("wb.dueTo")}</label>
            <input id="wb-due-to" type="date" value={values.dueTo} onChange={set("dueTo")} />
          </div>
        </>
      )}
      <div className="row inbox-filters__actions">
        <button type="submit" className="btn btn--primary">{t("wb.applyFilters")}</button>
        {any && <button type="button" className="btn" onClick={() => navigate("/", done ? { status: "done" } : {})}>{t("wb.clearFilters")}</button>}
      </div>
    </form>
  );
}

/** The tasks of the loaded pages, in the server's order. */
function TaskTable({ tasks }: { tasks: TaskView[] }) {
  const { t, lang } = useI18n();
  return (
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
              <div className="small muted">{task.caseNo ?? task.applicationId}</div>
            </td>
            <td data-label={t("wb.task")}>{task.name}</td>
            <td data-label={t("wb.applicant")}>{task.applicant}</td>
            <td data-label={t("wb.received")}>{formatDateTime(task.createdAt, lang)}</td>
            <td data-label={t("wb.due")}>{task.paused ? <span className="muted">{t("wb.duePaused")}</span> : task.dueAt ? formatDateTime(task.dueAt, lang) : "—"}</td>
            <td data-label={t("wb.sla")}>
              {task.status === "done" || task.paused
                ? <TaskBadge task={task} outcomeOnly />
                : <span className={`badge badge--${task.sla ?? "on_time"}`}>{t(`wb.sla.${task.sla ?? "on_time"}`)}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
