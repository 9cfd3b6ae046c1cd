// The case's formal documents (文书) for the handling department: each kind the case offers now, issued with its
// number (出具) or already issued, opened as the printable A4 page or downloaded as PDF; why a kind is not yet due,
// in the interface language.
import { useState } from "react";
import { api, type ApiRequestError } from "../shared/api.js";
import { useI18n } from "../shared/i18n.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox } from "../shared/ui.js";

interface Offer { kind: string; title: string; titleEn: string; issued: Array<{ id: string; docNo: string; ref: string }>; pending: string[]; why?: string; whyEn?: string }

/** The documents section of the case page. */
export function DocumentsPanel({ applicationId, canIssue }: { applicationId: string; canIssue: boolean }) {
  const { t, lang } = useI18n();
  const offers = useApi<{ documents: Offer[] }>(`/api/applications/${encodeURIComponent(applicationId)}/documents`);
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<ApiRequestError>();
  const issue = async (kind: string, ref: string) => {
    setBusy(`${kind}:${ref}`);
    setError(undefined);
    try {
      await api("POST", `/api/applications/${encodeURIComponent(applicationId)}/documents`, { kind, ref });
      offers.reload();
    } catch (e) {
      setError(e as ApiRequestError);
    } finally {
      setBusy(undefined);
    }
  };
  const list = offers.data?.documents ?? [];
  return (
    <section className="card documents" aria-labelledby="docs-title">
      <h2 id="docs-title">{t("doc.title")}</h2>
      <p className="small muted">{t("doc.intro")}</p>
      {offers.error && <ErrorBox error={offers.error} onRetry={offers.reload} />}
      {error && <ErrorBox error={error} />}
      <ul className="plain-list" style={{ listStyle: "none", paddingLeft: 0 }}>
        {list.filter((o) => o.issued.length || o.pending.length || canIssue).map((o) => {
          const name = lang === "en" ? o.titleEn : o.title;
          const why = lang === "en" ? o.whyEn ?? o.why : o.why;
          return (
            <li key={o.kind} className="row doc-row" data-kind={o.kind}>
              <strong>{name}</strong>
              {o.issued.map((d) => (
                <span key={d.id} className="row">
                  <span className="small">{t("doc.issued", { no: d.docNo })}</span>
                  <a className="btn" href={`/api/documents/${encodeURIComponent(d.id)}/html`} target="_blank" rel="noopener" aria-label={t("doc.printOf", { name, no: d.docNo })}>{t("doc.print")}</a>
                  <a className="btn" href={`/api/documents/${encodeURIComponent(d.id)}/pdf`} download aria-label={t("doc.pdfOf", { name, no: d.docNo })}>{t("doc.pdf")}</a>
                </span>
              ))}
              {canIssue && o.pending.map((ref) => (
                <button key={ref} type="button" className="btn btn--primary" disabled={!!busy} onClick={() => void issue(o.kind, ref)} aria-label={t("doc.issueOf", { name })}>
                  {busy === `${o.kind}:${ref}` ? t("doc.issuing") : t("doc.issue")}
                </button>
              ))}
              {!o.issued.length && !o.pending.length && why && <span className="small muted">{t("doc.notYet", { why })}</span>}
            </li>
          );
        })}
      </ul>
      {offers.data && list.every((o) => !o.issued.length && !o.pending.length) && !canIssue && <p>{t("doc.none")}</p>}
    </section>
  );
}
