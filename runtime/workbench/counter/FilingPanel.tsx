// On the case page: how a case filed at the counter came in — the clerk who filed it, the person at the window and
// their role, how the applicant confirmed (their signature, or the phone the code went to), the authorisation letter.
// Cases filed online have no filing record; then nothing is shown.
import { formatDateTime } from "../../shared/i18n.js";
import { useApi } from "../../shared/useApi.js";
import { useCounterI18n } from "./i18n.js";
import type { CounterFiling } from "./types.js";

/** The counter filing card of a case (nothing for a case filed online). */
export function FilingPanel({ applicationId }: { applicationId: string }) {
  const { c, lang } = useCounterI18n();
  const loaded = useApi<{ filing: CounterFiling }>(`/api/counter/filings/${encodeURIComponent(applicationId)}`);
  const f = loaded.data?.filing;
  if (!f) return null;
  return (
    <section className="card counter-filing" aria-labelledby="counter-filing-title">
      <h2 id="counter-filing-title">{c("filingTitle")}</h2>
      <dl className="facts">
        <dt>{c("filedBy")}</dt><dd>{f.filedBy}（{formatDateTime(f.filedAt, lang)}）</dd>
        <dt>{c("visitorRole")}</dt><dd>{f.visitor.name}（{f.visitor.idNumber}）· {c(`role.${f.role}`)}</dd>
        <dt>{c("confirmTitle")}</dt><dd>{f.confirmation === "signature" ? c("bySignature") : `${c("byCode")}（${f.confirmedPhone ?? ""}）`}</dd>
        {f.draftTakenOver && <><dt>{c("takeover")}</dt><dd>{c("takenOver")}</dd></>}
        {f.authorisation && <><dt>{c("letterTitle")}</dt><dd><a href={f.authorisation.url}>{c("letterTitle")}</a></dd></>}
      </dl>
      {f.signature && <img src={f.signature} alt={c("signatureAlt", { name: f.visitor.name })} style={{ maxWidth: "100%", width: "240px", border: "1px solid var(--c-line)", background: "#fff" }} />}
    </section>
  );
}
