// 撤回: until a department has accepted the case the applicant may withdraw it, with an optional reason, after
// confirming; the server ends the flow and says so in the timeline.
import { useRef, useState } from "react";
import { api, ApiRequestError, newRequestId } from "../shared/api.js";
import { useI18n } from "../shared/i18n.js";
import { ErrorBox } from "../shared/ui.js";
import type { OwnApplication } from "./CaseActions.js";

/** The withdraw box of the case page (nothing once the case can no longer be withdrawn). */
export function WithdrawPanel({ app, onWithdrawn }: { app: OwnApplication; onWithdrawn(app: OwnApplication): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError>();
  const [done, setDone] = useState(false);
  const requestId = useRef(newRequestId());
  if (done) return <div className="alert alert--success" role="status">{t("case.withdrawDone")}</div>;
  if (!app.caseActions?.includes("withdraw")) return null;
  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const updated = await api<OwnApplication>("POST", `/api/applications/${encodeURIComponent(app.id)}/withdraw`, { reason: reason.trim(), requestId: requestId.current });
      setDone(true);
      onWithdrawn(updated);
    } catch (err) {
      requestId.current = newRequestId();
      setError(err instanceof ApiRequestError ? err : new ApiRequestError(0, "client", String(err), [], undefined));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t("case.withdrawTitle")}</h2>
      <p className="muted">{t("case.withdrawIntro")}</p>
      {error && <ErrorBox error={error} />}
      {!open ? (
        <button type="button" className="btn" onClick={() => setOpen(true)}>{t("case.withdraw")}</button>
      ) : (
        <div>
          <div className="field">
            <label htmlFor="withdraw-reason">{t("case.withdrawReason")}</label>
            <textarea id="withdraw-reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="row">
            <button type="button" className="btn btn--danger" disabled={busy} onClick={() => void confirm()}>{t("case.withdrawConfirm")}</button>
            <button type="button" className="btn" onClick={() => setOpen(false)}>{t("wb.cancel")}</button>
          </div>
        </div>
      )}
    </section>
  );
}
