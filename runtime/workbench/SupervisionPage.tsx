// Electronic supervision (全程电子监察): every department's open steps against their time limits — a summary per
// department and the list of steps, most overdue first, one page at a time, in the inbox's colours (always with
// text, never colour alone) — and the reports: overdue history and closed-case statistics (SupervisionReports.tsx),
// each exportable as CSV. View and filters live in the URL (#/supervision?view=…&department=…&sla=…).
import type { SlaState, SupervisionItem, SupervisionView } from "../../spec/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { href, navigate, useRoute } from "../shared/router.js";
import { usePaged } from "../shared/usePaged.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";
import { ClosedStats, ExportLink, OverdueHistory, SupervisionTabs } from "./SupervisionReports.js";

const SLA_STATES: SlaState[] = ["overdue", "due_soon", "on_time"];

/** The supervision screen: its three views. */
export function SupervisionPage() {
  const { t } = useI18n();
  const { query } = useRoute();
  const view = query.get("view") ?? "open";
  return (
    <>
      <PageTitle appName={t("app.workbench")}>{t("sv.title")}</PageTitle>
      <p className="muted">{t("sv.intro")}</p>
      <SupervisionTabs view={view} />
      {view === "overdue" ? <OverdueHistory /> : view === "stats" ? <ClosedStats /> : <OpenSteps />}
    </>
  );
}

/** The summary per department and the open steps, most overdue first, paged. */
function OpenSteps() {
  const { t, lang } = useI18n();
  const { query } = useRoute();
  const department = query.get("department") ?? "";
  const sla = query.get("sla") ?? "";
  const params = new URLSearchParams({ ...(department ? { department } : {}), ...(sla ? { sla } : {}) }).toString();
  const list = usePaged<SupervisionItem, SupervisionView>(`/api/supervision${params ? `?${params}` : ""}`, "items");
  const { first: data, error, loading, reload } = list;
  const deptName = (id: string) => {
    const d = data?.summary.find((s) => s.department === id);
    return d ? (lang === "en" && d.nameEn ? d.nameEn : d.name) : id;
  };
  const setFilter = (name: "department" | "sla", value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete("view");
    navigate("/supervision", next);
  };
  return (
    <>
      {loading && !data && <Loading />}
      {error && <ErrorBox error={error} onRetry={reload} />}
      {data && (
        <>
          <p className="small muted" aria-live="polite">{t("sv.generatedAt", { at: formatDateTime(data.generatedAt, lang) })}</p>
          <SummaryTable view={data} name={deptName} />
          <section aria-labelledby="sv-list">
            <h2 id="sv-list">{t("sv.list")}</h2>
            <form className="sv-filters" aria-label={t("sv.filters")} onSubmit={(e) => e.preventDefault()}>
              <div className="field">
                <label htmlFor="sv-department">{t("sv.filterDepartment")}</label>
                <select id="sv-department" value={department} onChange={(e) => setFilter("department", e.target.value)}>
                  <option value="">{t("sv.allDepartments")}</option>
                  {data.summary.map((s) => <option key={s.department} value={s.department}>{deptName(s.department)}</option>)}
                </select>
              </div>
              <div className="field">
                <label htmlFor="sv-sla">{t("sv.filterSla")}</label>
                <select id="sv-sla" value={sla} onChange={(e) => setFilter("sla", e.target.value)}>
                  <option value="">{t("sv.allSla")}</option>
                  {SLA_STATES.map((s) => <option key={s} value={s}>{t(`wb.sla.${s}`)}</option>)}
                </select>
              </div>
              <div className="row sv-filters__actions">
                {(department || sla) && <button type="button" className="btn" onClick={() => navigate("/supervision")}>{t("sv.clearFilters")}</button>}
                <button type="button" className="btn" onClick={reload}>{t("wb.refresh")}</button>
                <ExportLink kind="open" params={params} />
              </div>
            </form>
            <p role="status" className="small">
              {list.hasMore ? t("sv.pageCount", { total: data.total, n: list.rows.length }) : t("sv.count", { n: data.total })}
            </p>
            {list.rows.length === 0 ? <p>{t("sv.empty")}</p> : <CaseTable items={list.rows} name={deptName} />}
            {list.hasMore && (
              <div className="row list-more">
                <button type="button" className="btn" onClick={list.more} disabled={loading}>{loading ? t("list.loadingMore") : t("list.more")}</button>
              </div>
            )}
          </section>
        </>
      )}
    </>
  );
}

/** Open / due soon / overdue per department; each department links to its filtered list. */
function SummaryTable({ view, name }: { view: SupervisionView; name(id: string): string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sv-summary">
      <h2 id="sv-summary">{t("sv.summary")}</h2>
      <div className="table-scroll table-scroll--summary" role="region" aria-labelledby="sv-summary" tabIndex={0}>
        <table className="table sv-summary">
          <caption className="visually-hidden">{t("sv.summaryCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sv.department")}</th>
              <th scope="col" className="num">{t("sv.open")}</th>
              <th scope="col" className="num">{t("sv.dueSoon")}</th>
              <th scope="col" className="num">{t("sv.overdue")}</th>
            </tr>
          </thead>
          <tbody>
            {view.summary.map((s) => (
              <tr key={s.department} data-department={s.department} className={s.overdue ? "sv-row--overdue" : undefined}>
                <th scope="row">
                  <a href={href("/supervision", { department: s.department })} aria-label={t("sv.showDepartment", { name: name(s.department) })}>{name(s.department)}</a>
                </th>
                <td className="num">{s.open}</td>
                <td className="num">{s.dueSoon ? <span className="badge badge--due_soon">{s.dueSoon}</span> : 0}</td>
                <td className="num">{s.overdue ? <span className="badge badge--overdue">{s.overdue}</span> : 0}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("sv.total")}</th>
              <td className="num">{view.totals.open}</td>
              <td className="num">{view.totals.dueSoon}</td>
              <td className="num">{view.totals.overdue}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

/** How long past its promised deadline a step is, in words. */
function overdueText(item: SupervisionItem, t: ReturnType<typeof useI18n>["t"]): string {
  if (item.sla !== "overdue") return "—";
  return item.overdueWorkingDays > 0 ? t("sv.workingDays", { n: item.overdueWorkingDays }) : t("sv.underOneDay");
}

/** The steps, most overdue first (the server's order), each linking to its case. */
function CaseTable({ items, name }: { items: SupervisionItem[]; name(id: string): string }) {
  const { t, lang } = useI18n();
  return (
    <>
      <p className="sv-scroll-hint small muted" aria-hidden="true">{t("sv.scrollHint")}</p>
      <div className="table-scroll" role="region" aria-labelledby="sv-list" tabIndex={0}>
        <table className="table sv-cases">
          <caption className="visually-hidden">{t("sv.listCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("wb.case")}</th>
              <th scope="col">{t("sv.department")}</th>
              <th scope="col">{t("sv.node")}</th>
              <th scope="col">{t("sv.promised")}</th>
              <th scope="col">{t("sv.overdueBy")}</th>
              <th scope="col">{t("sv.statutory")}</th>
              <th scope="col">{t("sv.caseDeadline")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.taskId} data-task={i.taskId} data-sla={i.sla ?? "none"} className={i.sla === "overdue" ? "sv-row--overdue" : undefined}>
                <td>
                  <a href={href(`/case/${encodeURIComponent(i.applicationId)}`, { task: i.taskId })}>{i.bundleTitle}</a>
                  <div className="small">{i.applicant}</div>
                  <div className="small muted">{i.caseNo ?? i.applicationId}</div>
                </td>
                <td>{name(i.department)}</td>
                <td>{i.taskName}</td>
                <td>
                  {i.dueAt ? <div>{formatDateTime(i.dueAt, lang)}</div> : "—"}
                  {i.sla && <span className={`badge badge--${i.sla}`}>{t(`wb.sla.${i.sla}`)}</span>}
                </td>
                <td className={i.sla === "overdue" ? "sv-overdue-days" : undefined}>{overdueText(i, t)}</td>
                <td>
                  {i.statutoryDueAt ? <div>{formatDateTime(i.statutoryDueAt, lang)}</div> : "—"}
                  {i.statutorySla && i.statutorySla !== "on_time" && <span className={`badge badge--${i.statutorySla}`}>{t(`wb.sla.${i.statutorySla}`)}</span>}
                </td>
                <td>
                  {i.caseDueAt || i.caseStatutoryDueAt ? (
                    <>
                      {i.caseDueAt && <div className="small">{t("sv.casePromised", { at: formatDateTime(i.caseDueAt, lang) })}</div>}
                      {i.caseStatutoryDueAt && <div className="small">{t("sv.caseStatutory", { at: formatDateTime(i.caseStatutoryDueAt, lang) })}</div>}
                      {i.caseSla && i.caseSla !== "on_time" && <span className={`badge badge--${i.caseSla}`}>{t(`wb.sla.${i.caseSla}`)}</span>}
                    </>
                  ) : "—"}
                  {i.casePaused && <div className="small muted">{t("sv.paused")}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
