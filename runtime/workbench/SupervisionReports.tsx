// The supervision reports: the view switch, the overdue history (steps handled after their promised deadline,
// newest first, paged) and the closed-case statistics per department over a period, each with a CSV export that
// Excel and WPS open as Chinese text.
import { useState, type FormEvent } from "react";
import type { ClosedStatsView, OverdueHistoryItem, OverdueHistoryView } from "../../spec/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { href, navigate, useRoute } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { usePaged } from "../shared/usePaged.js";
import { useDepartmentName } from "../shared/departments.js";
import { ErrorBox, Loading } from "../shared/ui.js";

const VIEWS = ["open", "overdue", "stats"] as const;

/** Links to the three supervision views; the current one is marked for assistive technology. */
export function SupervisionTabs({ view }: { view: string }) {
  const { t } = useI18n();
  return (
    <nav className="row sv-tabs" aria-label={t("sv.tabs")}>
      {VIEWS.map((v) => (
        <a key={v} className={`btn${view === v ? " btn--primary" : ""}`} aria-current={view === v ? "page" : undefined}
          href={href("/supervision", v === "open" ? {} : { view: v })}>{t(`sv.tab.${v}`)}</a>
      ))}
    </nav>
  );
}

/** Downloads a report as CSV with the view's filters (the server writes every row, not just the loaded pages). */
export function ExportLink({ kind, params }: { kind: "open" | "overdue" | "stats"; params: string }) {
  const { t } = useI18n();
  return <a className="btn" href={`/api/supervision/export?kind=${kind}${params ? `&${params}` : ""}`} download>{t("sv.export")}</a>;
}

/** Steps handled late, most recent first, paged; filterable by department. */
export function OverdueHistory() {
  const { t } = useI18n();
  const deptName = useDepartmentName();
  const { query } = useRoute();
  const department = query.get("department") ?? "";
  const params = department ? `department=${encodeURIComponent(department)}` : "";
  const list = usePaged<OverdueHistoryItem, OverdueHistoryView>(`/api/supervision/overdue${params ? `?${params}` : ""}`, "items");
  const departments = useApi<{ departments: Array<{ id: string }> }>("/api/departments");
  return (
    <section aria-labelledby="sv-overdue">
      <h2 id="sv-overdue">{t("sv.tab.overdue")}</h2>
      <p className="muted">{t("sv.overdueIntro")}</p>
      <div className="sv-filters">
        <div className="field">
          <label htmlFor="sv-od-department">{t("sv.filterDepartment")}</label>
          <select id="sv-od-department" value={department} onChange={(e) => navigate("/supervision", { view: "overdue", ...(e.target.value ? { department: e.target.value } : {}) })}>
            <option value="">{t("sv.allDepartments")}</option>
            {(departments.data?.departments ?? []).map((d) => <option key={d.id} value={d.id}>{deptName(d.id)}</option>)}
          </select>
        </div>
        <div className="row sv-filters__actions"><ExportLink kind="overdue" params={params} /></div>
      </div>
      {list.loading && !list.rows.length && <Loading />}
      {list.error && <ErrorBox error={list.error} onRetry={list.reload} />}
      {list.first && !list.loading && list.rows.length === 0 && <p role="status">{t("sv.overdueEmpty")}</p>}
      {list.rows.length > 0 && <OverdueTable items={list.rows} />}
      {list.hasMore && (
        <div className="row list-more">
          <span className="small muted" role="status">{t("list.shown", { n: list.rows.length })}</span>
          <button type="button" className="btn" onClick={list.more} disabled={list.loading}>{list.loading ? t("list.loadingMore") : t("list.more")}</button>
        </div>
      )}
    </section>
  );
}

function OverdueTable({ items }: { items: OverdueHistoryItem[] }) {
  const { t, lang } = useI18n();
  const deptName = useDepartmentName();
  return (
    <div className="table-scroll" role="region" aria-labelledby="sv-overdue" tabIndex={0}>
      <table className="table sv-cases">
        <caption className="visually-hidden">{t("sv.overdueCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("wb.case")}</th><th scope="col">{t("sv.department")}</th><th scope="col">{t("sv.node")}</th>
            <th scope="col">{t("sv.promised")}</th><th scope="col">{t("sv.completedAt")}</th><th scope="col">{t("sv.overdueDays")}</th><th scope="col">{t("sv.completedBy")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={i.taskId} data-task={i.taskId}>
              <td><a href={href(`/case/${encodeURIComponent(i.applicationId)}`)}>{i.bundleTitle}</a><div className="small muted">{i.caseNo ?? i.applicationId}</div></td>
              <td>{deptName(i.department)}</td>
              <td>{i.taskName}</td>
              <td>{formatDateTime(i.dueAt, lang)}</td>
              <td>{formatDateTime(i.completedAt, lang)}</td>
              <td className="sv-overdue-days">{i.overdueWorkingDays > 0 ? t("sv.workingDays", { n: i.overdueWorkingDays }) : t("sv.underOneDay")}</td>
              <td>{i.completedBy ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

/** Closed steps per department over a period of Beijing days (default: the last 30). */
export function ClosedStats() {
  const { t, lang } = useI18n();
  const { query } = useRoute();
  const from = query.get("from") ?? "";
  const to = query.get("to") ?? "";
  const params = new URLSearchParams({ ...(from ? { from } : {}), ...(to ? { to } : {}) }).toString();
  const { data, error, loading, reload } = useApi<ClosedStatsView>(`/api/supervision/stats${params ? `?${params}` : ""}`);
  const [range, setRange] = useState({ from, to });
  const apply = (e: FormEvent) => {
    e.preventDefault();
    navigate("/supervision", { view: "stats", ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) });
  };
  const name = (r: ClosedStatsView["rows"][number]) => (lang === "en" && r.nameEn ? r.nameEn : r.name);
  return (
    <section aria-labelledby="sv-stats">
      <h2 id="sv-stats">{t("sv.tab.stats")}</h2>
      <p className="muted">{t("sv.statsIntro")}</p>
      <form className="sv-filters" onSubmit={apply} aria-label={t("sv.filters")}>
        <div className="field">
          <label htmlFor="sv-from">{t("sv.from")}</label>
          <input id="sv-from" type="date" value={range.from || data?.from || ""} onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))} />
        </div>
        <div className="field">
          <label htmlFor="sv-to">{t("sv.to")}</label>
          <input id="sv-to" type="date" value={range.to || data?.to || ""} onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))} />
        </div>
        <div className="row sv-filters__actions">
          <button type="submit" className="btn btn--primary">{t("wb.applyFilters")}</button>
          <ExportLink kind="stats" params={data ? `from=${data.from}&to=${data.to}` : params} />
        </div>
      </form>
      {loading && !data && <Loading />}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {data && (
        <div className="table-scroll table-scroll--summary" role="region" aria-labelledby="sv-stats" tabIndex={0}>
          <table className="table sv-summary">
            <caption className="visually-hidden">{t("sv.statsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("sv.department")}</th><th scope="col" className="num">{t("sv.closed")}</th><th scope="col" className="num">{t("sv.late")}</th>
                <th scope="col" className="num">{t("sv.onTimeRate")}</th><th scope="col" className="num">{t("sv.avgHours")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={r.department} data-department={r.department}>
                  <th scope="row">{name(r)}</th><td className="num">{r.closed}</td><td className="num">{r.late}</td>
                  <td className="num">{pct(r.onTimeRate)}</td><td className="num">{r.avgHandlingHours === null ? "—" : t("sv.hours", { n: r.avgHandlingHours })}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("sv.total")}</th><td className="num">{data.totals.closed}</td><td className="num">{data.totals.late}</td>
                <td className="num">{pct(data.totals.onTimeRate)}</td><td className="num">{data.totals.avgHandlingHours === null ? "—" : t("sv.hours", { n: data.totals.avgHandlingHours })}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
