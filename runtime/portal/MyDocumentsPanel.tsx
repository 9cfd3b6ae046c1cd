// The applicant's copies of their case's formal documents (受理通知书, 补正材料通知书, 决定书, 送达回证 …): each issued
// one with its number, to print on A4 or download as PDF; and the pick-up code when the results wait at the window.
import { useI18n } from "../shared/i18n.js";
import { useApi } from "../shared/useApi.js";

interface Offer { kind: string; title: string; titleEn: string; issued: Array<{ id: string; docNo: string }> }

/** The documents section of the applicant's case page (nothing while none is issued). */
export function MyDocumentsPanel({ appId, status }: { appId: string; status: string }) {
  const { t, lang } = useI18n();
  const docs = useApi<{ documents: Offer[] }>(`/api/applications/${encodeURIComponent(appId)}/documents?s=${status}`);
  const handover = useApi<{ handover: { method: string; pickupCode?: string; carrier?: string; trackingNo?: string; handedOverAt?: string } | null }>(`/api/applications/${encodeURIComponent(appId)}/handover?s=${status}`);
  const issued = (docs.data?.documents ?? []).flatMap((o) => o.issued.map((d) => ({ ...d, name: lang === "en" ? o.titleEn : o.title })));
  const h = handover.data?.handover;
  const pickup = h && !h.handedOverAt && h.pickupCode ? h.pickupCode : undefined;
  // An online delivery has a handover record but nothing to show here: no empty card.
  if (!issued.length && !pickup && !h?.trackingNo) return null;
  return (
    <section className="card my-documents" aria-labelledby="my-docs-title">
      <h2 id="my-docs-title">{t("doc.title")}</h2>
      {pickup && <p><strong>{t("ho.pickupCodeIs", { code: pickup })}</strong></p>}
      {h?.trackingNo && <p>{t("ho.trackingNoIs", { carrier: h.carrier ?? "", no: h.trackingNo })}</p>}
      <ul className="plain-list" style={{ listStyle: "none", paddingLeft: 0 }}>
        {issued.map((d) => (
          <li key={d.id} className="row">
            <span>{d.name}</span>
            <span className="small muted">{d.docNo}</span>
            <a className="btn" href={`/api/documents/${encodeURIComponent(d.id)}/html`} target="_blank" rel="noopener" aria-label={t("doc.printOf", { name: d.name, no: d.docNo })}>{t("doc.print")}</a>
            <a className="btn" href={`/api/documents/${encodeURIComponent(d.id)}/pdf`} download aria-label={t("doc.pdfOf", { name: d.name, no: d.docNo })}>{t("doc.pdf")}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
