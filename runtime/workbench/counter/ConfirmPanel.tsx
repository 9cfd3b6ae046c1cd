// The applicant confirms what the clerk filled: a signature drawn on the screen (pointer events: finger, pen or
// mouse) or the one-time code sent to their phone for exactly this content; then the case is filed in their name.
import { useRef, useState } from "react";
import type { ResultDelivery, SubmitMaterials } from "../../../spec/api.js";
import { api, ApiRequestError, newRequestId } from "../../shared/api.js";
import { formatDateTime, useI18n } from "../../shared/i18n.js";
import { SignaturePad } from "../../widgets/SignaturePad.js";
import type { CounterFiled, CounterSession, OtpSent } from "./types.js";

/** What is filed: the portal's submit body without one-thing and version (the session holds them). */
export interface Content { answers: Record<string, unknown>; data: Record<string, unknown>; materials: SubmitMaterials; delivery?: ResultDelivery }

interface Props { session: CounterSession; content: Content; onBack(): void; onFiled(f: CounterFiled): void; onRejected(e: ApiRequestError): void }

/** The confirmation card. */
export function ConfirmPanel({ session, content, onBack, onFiled, onRejected }: Props) {
  const { lang, t } = useI18n();
  const base = `/api/counter/sessions/${encodeURIComponent(session.id)}`;
  const [method, setMethod] = useState<"signature" | "otp">("signature");
  const [signature, setSignature] = useState<string>();
  const [sent, setSent] = useState<OtpSent>();
  const [code, setCode] = useState("");
  const [hint, setHint] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError>();
  const requestId = useRef(newRequestId());
  const fail = (e: unknown) => {
    const err = e instanceof ApiRequestError ? e : new ApiRequestError(0, "client", String(e), [], undefined);
    if (err.status >= 400 && err.status < 500) requestId.current = newRequestId();
    setError(err);
    return err;
  };
  async function send() {
    setError(undefined);
    try {
      setSent(await api<OtpSent>("POST", `${base}/otp`, content));
    } catch (e) {
      fail(e);
    }
  }
  async function submit() {
    if (method === "signature" && !signature) return setHint(t("counter.signFirst"));
    if (method === "otp" && (!sent || !/^\d{6}$/.test(code.trim()))) return setHint(t("counter.codeFirst"));
    setHint(undefined);
    setBusy(true);
    setError(undefined);
    try {
      const confirmation = method === "signature" ? { method, signature } : { method, challengeId: sent!.challengeId, code: code.trim() };
      onFiled(await api<CounterFiled>("POST", `${base}/submit`, { ...content, requestId: requestId.current, confirmation }));
    } catch (e) {
      const err = fail(e);
      if (err.status === 400 && !err.problems.some((p) => p.pointer.startsWith("/confirmation"))) onRejected(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="card counter-confirm" aria-labelledby="counter-confirm-title">
      <h2 id="counter-confirm-title">{t("counter.confirmTitle")}</h2>
      <p>{t("counter.confirmIntro")}</p>
      <fieldset className="choices" aria-label={t("counter.confirmTitle")}>
        <label className="choice"><input type="radio" name="counter-confirm" checked={method === "signature"} onChange={() => setMethod("signature")} />{t("counter.bySignature")}</label>
        <label className="choice"><input type="radio" name="counter-confirm" checked={method === "otp"} onChange={() => setMethod("otp")} disabled={!session.phone} />{t("counter.byCode")}</label>
      </fieldset>
      {!session.phone && <p className="small muted">{t("counter.noPhone")}</p>}
      {method === "signature" ? (
        <SignaturePad label={t("counter.signLabel")} clearLabel={t("counter.clearSign")} onChange={(png) => { setSignature(png); if (png) setHint(undefined); }} />
      ) : (
        <div className="stack">
          <button type="button" className="btn" onClick={() => void send()}>{sent ? t("counter.resend") : t("counter.sendCode", { phone: session.phone ?? "" })}</button>
          {sent && <p role="status" className="small">{t("counter.codeSent", { phone: sent.phone, at: formatDateTime(sent.expiresAt, lang) })}</p>}
          <div className="field">
            <label htmlFor="counter-otp">{t("counter.code")}</label>
            <input id="counter-otp" type="text" inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={code} onChange={(e) => setCode(e.target.value)}
              aria-invalid={error?.problems.some((p) => p.pointer === "/confirmation/code") ? true : undefined} />
          </div>
        </div>
      )}
      {hint && <p className="field__error" role="alert">{hint}</p>}
      {error && (
        <div className="alert alert--error" role="alert">
          <p>{error.message}</p>
          {error.problems.length > 0 && <ul>{error.problems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>}
        </div>
      )}
      <div className="row">
        <button type="button" className="btn" onClick={onBack}>{t("counter.back")}</button>
        <button type="button" className="btn btn--primary" onClick={() => void submit()} disabled={busy}>{busy ? t("counter.submitting") : t("counter.submit")}</button>
      </div>
    </section>
  );
}
