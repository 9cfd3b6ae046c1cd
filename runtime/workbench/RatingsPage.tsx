// 好差评 in the workbench: the lead department's staff see the ratings of their one-things — a bad one with its
// reason and the rectification deadline — and record how they contacted the applicant and what they changed
// (差评整改); supervisors see every rating and whether it was rectified in time.
import { useState } from "react";
import type { RatedCaseView, RatingsView } from "../../spec/api.js";
import { api, ApiRequestError } from "../shared/api.js";
import { formatDateTime, useI18n, type MessageKey } from "../shared/i18n.js";
import { href } from "../shared/router.js";
import { hasRole, useSession } from "../shared/session.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading, PageTitle } from "../shared/ui.js";

const BADGE = { none: "badge--approved", pending: "badge--due_soon", overdue: "badge--overdue", done: "badge--done" } as const;

/** The rectification form of one bad rating. */
function RectifyForm({ rating, onSaved }: { rating: RatedCaseView; onSaved(r: RatedCaseView): void }) {
  const { t } = useI18n();
  const [contact, setContact] = useState("");
  const [measures, setMeasures] = useState("");
  const [problem, setProblem] = useState<{ message: string; field: "contact" | "measures" }>();
  const [error, setError] = useState<ApiRequestError>();
  const [busy, setBusy] = useState(false);
  const base = `rect-${rating.applicationId}`;
  const save = async () => {
    if (!contact.trim()) return fail(t("rt.contactRequired"), "contact");
    if (!measures.trim()) return fail(t("rt.measuresRequired"), "measures");
    setBusy(true);
    setError(undefined);
    try {
      onSaved(await api<RatedCaseView>("POST", `/api/ratings/${encodeURIComponent(rating.applicationId)}/rectification`, { contact: contact.trim(), measures: measures.trim() }));
    } catch (err) {
      setError(err instanceof ApiRequestError ? err : new ApiRequestError(0, "client", String(err), [], undefined));
    } finally {
      setBusy(false);
    }
  };
  function fail(message: string, field: "contact" | "measures") {
    setProblem({ message, field });
    document.getElementById(`${base}-${field}`)?.focus();
  }
  return (
    <form className="subgroup" onSubmit={(e) => { e.preventDefault(); void save(); }} aria-label={t("rt.rectify")}>
      {error && <ErrorBox error={error} />}
      <div className="field">
        <label htmlFor={`${base}-contact`}>{t("rt.contact")}<span className="req" aria-hidden="true">*</span></label>
        <textarea id={`${base}-contact`} value={contact} maxLength={1000} aria-required aria-invalid={problem?.field === "contact" ? true : undefined}
          onChange={(e) => { setContact(e.target.value); setProblem(undefined); }} />
      </div>
      <div className="field">
        <label htmlFor={`${base}-measures`}>{t("rt.measures")}<span className="req" aria-hidden="true">*</span></label>
        <textarea id={`${base}-measures`} value={measures} maxLength={2000} aria-required aria-invalid={problem?.field === "measures" ? true : undefined}
          onChange={(e) => { setMeasures(e.target.value); setProblem(undefined); }} />
      </div>
      <p className="field__error" role="alert">{problem?.message ?? ""}</p>
      <button type="submit" className="btn btn--primary" disabled={busy}>{t("rt.save")}</button>
    </form>
  );
}

/** The ratings page. */
export function RatingsPage() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const [badOnly, setBadOnly] = useState(false);
  const loaded = useApi<RatingsView>(`/api/ratings${badOnly ? "?bad=1" : ""}`);
  const [saved, setSaved] = useState<Record<string, RatedCaseView>>({});
  const [editing, setEditing] = useState<string>();
  const staff = hasRole(user, ["clerk", "reviewer"]);
  const at = (iso: string) => formatDateTime(iso, lang);
  const ratings = (loaded.data?.ratings ?? []).map((r) => saved[r.applicationId] ?? r);
  const s = loaded.data?.summary;
  return (
    <>
      <PageTitle appName={t("app.workbench")}>{t("rt.title")}</PageTitle>
      <p className="muted">{t("rt.intro")}</p>
      <div className="row">
        <label className="choice"><input type="checkbox" checked={badOnly} onChange={(e) => setBadOnly(e.target.checked)} />{t("rt.filterBad")}</label>
        {s && <span className="muted small" role="status">{t("rt.summary", { n: s.total, bad: s.bad, pending: s.pending + s.overdue })}</span>}
      </div>
      {loaded.loading && !loaded.data && <Loading />}
      {loaded.error && <ErrorBox error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && !ratings.length && <p>{t("rt.none")}</p>}
      <ul className="rating-list">
        {ratings.map((r) => (
          <li key={r.applicationId} className="card rating" data-rating={r.applicationId}>
            <div className="rating__head">
              <strong>{r.bundleTitle} · {r.applicant}</strong>
              <span className={`badge ${r.bad ? "badge--overdue" : "badge--approved"}`}>{t(`rate.score.${r.score}` as MessageKey)}</span>
            </div>
            {r.comment && <p className="rating__comment">{r.comment}</p>}
            <p className="muted small">{t("rt.at")}{t("common.labelSeparator")}{at(r.at)} · {t("rt.lead")}{t("common.labelSeparator")}{r.leadName}</p>
            <p className="small">
              {t("rt.status")}{t("common.labelSeparator")}<span className={`badge ${BADGE[r.status]}`}>
                {r.status === "pending" || r.status === "overdue" ? t(`rt.status.${r.status}`, { at: at(r.dueAt!) }) : t(`rt.status.${r.status}`)}
              </span>
            </p>
            {r.rectification && <p className="small">{t("rt.rectifiedBy", { name: r.rectification.by, at: at(r.rectification.at), contact: r.rectification.contact, measures: r.rectification.measures })}</p>}
            <div className="row">
              <a href={href(`/case/${encodeURIComponent(r.applicationId)}`)}>{t("wb.case")}</a>
              {staff && user?.department === r.lead && (r.status === "pending" || r.status === "overdue") && editing !== r.applicationId && (
                <button type="button" className="btn btn--primary" onClick={() => setEditing(r.applicationId)}>{t("rt.rectify")}</button>
              )}
            </div>
            {editing === r.applicationId && <RectifyForm rating={r} onSaved={(x) => { setSaved({ ...saved, [x.applicationId]: x }); setEditing(undefined); }} />}
          </li>
        ))}
      </ul>
    </>
  );
}
