// A case at the terminal — right after submitting, or opened from 我的办件 on a later visit: the submission receipt
// (提交回执) with the case number, printable where the terminal has a printer, and the case's issued formal documents
// (受理通知书, 决定书 … the results) to print; then finish, which logs out and wipes the terminal.
import type { ApplicationView } from "../../spec/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { useRoute } from "../shared/router.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox, Loading, PageTitle, StatusBadge } from "../shared/ui.js";
import type { KioskConfig } from "./config.js";
import { printPage, printUrl } from "./print.js";

interface Offer { kind: string; title: string; titleEn: string; issued: Array<{ id: string; docNo: string }> }

/** The receipt screen of a case of the logged-in applicant. */
export function Receipt({ id, config, onFinish }: { id: string; config: KioskConfig; onFinish: () => void }) {
  const { t, lang } = useI18n();
  const justSubmitted = useRoute().query.get("submitted") === "1";
  const app = useApi<ApplicationView>(`/api/applications/${encodeURIComponent(id)}`);
  const docs = useApi<{ documents: Offer[] }>(`/api/applications/${encodeURIComponent(id)}/documents`);
  if (app.loading) return <Loading />;
  if (app.error || !app.data) return app.error ? <ErrorBox error={app.error} onRetry={app.reload} /> : null;
  const a = app.data;
  const issued = (docs.data?.documents ?? []).flatMap((o) => o.issued.map((d) => ({ ...d, name: lang === "en" ? o.titleEn : o.title })));
  return (
    <section className="kiosk-panel">
      <PageTitle appName={t("app.kiosk")}>{justSubmitted ? t("kiosk.receiptTitle") : t("app.detail")}</PageTitle>
      {justSubmitted && <p className="alert alert--success" role="status">{t("kiosk.receiptText")}</p>}
      <div className="card kiosk-printable kiosk-receipt">
        <h2>{t("kiosk.receiptHeading")}</h2>
        <dl className="facts">
          <dt>{t("kiosk.caseNo")}</dt><dd className="kiosk-caseno">{a.caseNo ?? a.id}</dd>
          <dt>{t("kiosk.thing")}</dt><dd>{a.bundleTitle}</dd>
          <dt>{t("kiosk.applicant")}</dt><dd>{a.applicant}</dd>
          <dt>{t("kiosk.submittedAt")}</dt><dd>{formatDateTime(a.submittedAt, lang)}</dd>
          <dt>{t("app.status")}</dt><dd><StatusBadge status={a.status} /></dd>
        </dl>
      </div>
      {issued.length > 0 && (
        <section className="card" aria-labelledby="kiosk-docs">
          <h2 id="kiosk-docs">{t("kiosk.documents")}</h2>
          <ul className="plain-list">
            {issued.map((d) => (
              <li key={d.id} className="row">
                <span>{d.name}</span><span className="small muted">{d.docNo}</span>
                {config.printer && <button type="button" className="btn kiosk-big" onClick={() => void printUrl(`/api/documents/${encodeURIComponent(d.id)}/html`)}>{t("kiosk.printDoc")}</button>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!config.printer && <p className="alert">{t("kiosk.noPrinter")}</p>}
      <div className="kiosk-actions">
        {config.printer && <button type="button" className="btn btn--primary kiosk-big" onClick={printPage}>{t("kiosk.print")}</button>}
        <button type="button" className="btn kiosk-big" onClick={onFinish}>{t("kiosk.finish")}</button>
      </div>
    </section>
  );
}
