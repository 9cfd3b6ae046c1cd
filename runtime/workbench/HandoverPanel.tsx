// The one exit at the window (一口出件): how the applicant chose to get the results; for post, the address and the
// tracking number the clerk records; then the hand-over itself — the pick-up code checked, the recipient named and
// signing on screen — after which the 送达回证 can be issued from the documents section.
import { useState } from "react";
import { api, type ApiRequestError } from "../shared/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";
import { useApi } from "../shared/useApi.js";
import { ErrorBox } from "../shared/ui.js";
import { SignaturePad } from "../widgets/SignaturePad.js";
import { CARRIERS, carrierCode } from "../../spec/delivery.js";

interface Handover { method: "window" | "post" | "online"; pickupCode?: string; address?: string; carrier?: string; trackingNo?: string; recipientName?: string; handedOverAt?: string }


/** The hand-over section of the case page (shown once the results are issued). */
export function HandoverPanel({ applicationId, onRecorded }: { applicationId: string; onRecorded?: () => void }) {
  const { t, lang } = useI18n();
  const path = `/api/applications/${encodeURIComponent(applicationId)}/handover`;
  const loaded = useApi<{ handover: Handover | null }>(path);
  const [error, setError] = useState<ApiRequestError>();
  const [saved, setSaved] = useState(false);
  const [f, setF] = useState({ carrier: CARRIERS[0].name as string, trackingNo: "", recipientName: "", recipientIdNumber: "", pickupCode: "" });
  const [signature, setSignature] = useState<string>();
  const h = loaded.data?.handover;
  const carrierName = (name: string | undefined) => { const code = carrierCode(name); return code ? t(`wb.carrier.${code}`) : name ?? ""; };
  if (!h) return null;
  const send = async (method: "PUT" | "POST", url: string, body: Record<string, unknown>) => {
    setError(undefined);
    setSaved(false);
    try {
      await api(method, url, body);
      setSaved(true);
      loaded.reload();
      onRecorded?.();
    } catch (e) {
      setError(e as ApiRequestError);
    }
  };
  const input = (key: keyof typeof f, label: string, extra: Record<string, string> = {}) => (
    <div className="field">
      <label htmlFor={`ho-${key}`}>{label}</label>
      <input id={`ho-${key}`} type="text" value={f[key]} onChange={(e) => setF({ ...f, [key]: e.target.value })} {...extra} />
    </div>
  );
  return (
    <section className="card handover" aria-labelledby="ho-title">
      <h2 id="ho-title">{t("ho.title")}</h2>
      <dl className="facts">
        <dt>{t("ho.method")}</dt><dd>{t(`ho.${h.method}`)}</dd>
        {h.address && <><dt>{t("ho.address")}</dt><dd>{h.address}</dd></>}
        {h.trackingNo && <><dt>{t("ho.trackingNo")}</dt><dd>{carrierName(h.carrier)} {h.trackingNo}</dd></>}
      </dl>
      {!h.handedOverAt && h.method === "post" && <p role="note" className="alert alert--warning">{t(h.trackingNo ? "wb.handoverPosted" : "wb.handoverNotPosted")}</p>}
      {error && <ErrorBox error={error} />}
      {saved && <p role="status" className="alert alert--success">{t("ho.saved")}</p>}
      {h.handedOverAt ? <p>{t("ho.handedOver", { at: formatDateTime(h.handedOverAt, lang), name: h.recipientName ?? "" })}</p> : (
        <>
          {h.method === "post" && !h.trackingNo && (
            <form onSubmit={(e) => { e.preventDefault(); void send("PUT", `${path}/tracking`, { carrier: f.carrier, trackingNo: f.trackingNo }); }}>
              <div className="field">
                <label htmlFor="ho-carrier">{t("ho.carrier")}</label>
                <select id="ho-carrier" value={f.carrier} onChange={(e) => setF({ ...f, carrier: e.target.value })}>{CARRIERS.map((c) => <option key={c.code} value={c.name}>{t(`wb.carrier.${c.code}`)}</option>)}</select>
              </div>
              {input("trackingNo", t("ho.trackingNo"), { inputMode: "latin", autoComplete: "off" })}
              <button type="submit" className="btn btn--primary">{t("ho.saveTracking")}</button>
            </form>
          )}
          {(h.method !== "post" || h.trackingNo) && (
            <form onSubmit={(e) => { e.preventDefault(); void send("POST", path, { recipientName: f.recipientName, ...(f.recipientIdNumber ? { recipientIdNumber: f.recipientIdNumber } : {}), ...(h.method === "window" ? { pickupCode: f.pickupCode } : {}), ...(signature ? { signature } : {}) }); }}>
              {h.method === "window" && input("pickupCode", t("ho.codeCheck"), { inputMode: "numeric", maxLength: "6", autoComplete: "off" })}
              {input("recipientName", t("ho.recipientName"), { autoComplete: "off" })}
              {input("recipientIdNumber", t("ho.recipientId"), { autoComplete: "off" })}
              <SignaturePad label={t("ho.sign")} clearLabel={t("ho.clearSign")} onChange={setSignature} />
              <button type="submit" className="btn btn--primary">{t("ho.record")}</button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
