// 办件进度查询 at the terminal, without logging in: the case number (typed with the letter keyboard) → the safe view
// the server gives (server/kiosk/status.ts): the one-thing, status, dates and the departments handling it now.
import { useState } from "react";
import type { ApplicationStatus } from "../../spec/api.js";
import { api, ApiRequestError } from "../shared/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { PageTitle, StatusBadge } from "../shared/ui.js";

interface CaseStatus {
  caseNo: string; bundleTitle: string; status: ApplicationStatus; submittedAt: string; updatedAt: string;
  current: Array<{ department: string; departmentEn: string; step: string; dueAt: string | null }>;
}

/** The lookup screen. */
export function StatusLookup() {
  const { t, lang } = useI18n();
  const [caseNo, setCaseNo] = useState("");
  const [found, setFound] = useState<CaseStatus>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function lookup() {
    setBusy(true);
    setError(undefined);
    setFound(undefined);
    try {
      setFound((await api<{ case: CaseStatus }>("GET", `/api/kiosk/cases/${encodeURIComponent(caseNo.trim())}`)).case);
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.problems[0]?.message ?? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="kiosk-panel">
      <PageTitle appName={t("app.kiosk")}>{t("kiosk.statusTitle")}</PageTitle>
      <form onSubmit={(e) => { e.preventDefault(); void lookup(); }}>
        <div className="field">
          <label htmlFor="kiosk-caseno">{t("kiosk.caseNo")}</label>
          <input id="kiosk-caseno" type="text" data-kiosk-mode="latin" autoComplete="off" maxLength={30} value={caseNo} className="kiosk-input kiosk-input--mono"
            aria-invalid={!!error} aria-describedby="kiosk-caseno-help kiosk-caseno-error" onChange={(e) => setCaseNo(e.target.value.toUpperCase())} />
          <p id="kiosk-caseno-help" className="field__help">{t("kiosk.caseNoHelp")}</p>
          <p id="kiosk-caseno-error" className="field__error" role="alert">{error}</p>
        </div>
        <button type="submit" className="btn btn--primary kiosk-big" disabled={busy || caseNo.trim().length < 8}>{t("kiosk.lookup")}</button>
      </form>
      {found && (
        <div className="card kiosk-status" role="status">
          <h2>{found.bundleTitle}</h2>
          <dl className="facts">
            <dt>{t("kiosk.caseNo")}</dt><dd className="kiosk-caseno">{found.caseNo}</dd>
            <dt>{t("app.status")}</dt><dd><StatusBadge status={found.status} /></dd>
            <dt>{t("kiosk.submittedAt")}</dt><dd>{formatDateTime(found.submittedAt, lang)}</dd>
            <dt>{t("kiosk.updatedAt")}</dt><dd>{formatDateTime(found.updatedAt, lang)}</dd>
            <dt>{t("kiosk.current")}</dt>
            <dd>
              {found.current.length ? (
                <ul className="plain-list">
                  {found.current.map((c, i) => <li key={i}>{lang === "en" ? c.departmentEn : c.department} · {c.step}{c.dueAt ? t("kiosk.dueBy", { at: formatDateTime(c.dueAt, lang) }) : ""}</li>)}
                </ul>
              ) : t("kiosk.noneOpen")}
            </dd>
          </dl>
          <p className="small muted">{t("kiosk.safeNote")}</p>
        </div>
      )}
    </section>
  );
}
