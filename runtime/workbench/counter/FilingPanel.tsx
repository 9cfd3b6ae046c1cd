// On the case page: how a case filed at the counter came in — the clerk who filed it, the person at the window and
// their role, how the applicant confirmed (their signature, or the phone the code went to), the authorisation letter.
// Cases filed online have no filing record; then nothing is shown.
import { formatDateTime, useI18n } from "../../shared/i18n.js";
import { useApi } from "../../shared/useApi.js";
import type { CounterFiling } from "./types.js";

/** The counter filing card of a case (nothing for a case filed online). */
export function FilingPanel({ applicationId }: { applicationId: string }) {
  const { lang, t } = useI18n();
  const loaded = useApi<{ filing: CounterFiling }>(`/api/counter/filings/${encodeURIComponent(applicationId)}`);
  const f = loaded.data?.filing;
  if (!f) return null;
  return (
    <section className="card counter-filing" aria-labelledby="counter-filing-title">
      <h2 id="counter-filing-title">{t("counter.filingTitle")}</h2>
      <dl className="facts">
        <dt>{t("counter.filedBy")}</dt><dd>{f.filedBy}{t("common.inParens", { text: formatDateTime(f.filedAt, lang) })}</dd>
        <dt>{t("counter.visitorRole")}</dt><dd>{f.visitor.name}{t("common.inParens", { text: f.visitor.idNumber })} · {t(`counter.role.${f.role}`)}</dd>
        <dt>{t("counter.confirmTitle")}</dt><dd>{f.confirmation === "signature" ? t("counter.bySignature") : t("counter.byCode") + (f.confirmedPhone ? t("common.inParens", { text: f.confirmedPhone }) : "")}</dd>
        {f.draftTakenOver && <><dt>{t("counter.takeover")}</dt><dd>{t("counter.takenOver")}</dd></>}
        {f.authorisation && <><dt>{t("counter.letterTitle")}</dt><dd><a href={f.authorisation.url}>{t("counter.letterTitle")}</a></dd></>}
      </dl>
      {f.signature && <img src={f.signature} alt={t("counter.signatureAlt", { name: f.visitor.name })} style={{ maxWidth: "100%", width: "240px", border: "1px solid var(--c-line)", background: "#fff" }} />}
    </section>
  );
}
