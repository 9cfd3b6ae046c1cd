// "到窗口办理" on a saved draft: the applicant gets a short code (valid 30 minutes, used once) to show at the service
// centre's window, where a clerk who has checked their identity takes the draft over and finishes it with them.
import { useState } from "react";
import { api, type ApiRequestError } from "../shared/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";

/** The button and, once pressed, the code in large type. */
export function DraftCounterCode({ bundleKey, bundleTitle }: { bundleKey: string; bundleTitle: string }) {
  const { lang, t } = useI18n();
  const [code, setCode] = useState<{ code: string; expiresAt: string }>();
  const [error, setError] = useState<ApiRequestError>();
  const action = t(code ? "counter.draft.again" : "counter.draft.show");
  const make = async () => {
    setError(undefined);
    try {
      setCode(await api<{ code: string; expiresAt: string }>("POST", "/api/counter/draft-codes", { bundleKey }));
    } catch (e) {
      setError(e as ApiRequestError);
    }
  };
  return (
    <span className="draft-counter-code">
      <button type="button" className="btn" onClick={() => void make()} aria-label={t("counter.draft.action", { action, bundle: bundleTitle })}>{action}</button>
      {error && <span className="field__error" role="alert">{error.message}</span>}
      {code && (
        <span role="status" className="draft-counter-code__box" style={{ display: "flex", flexDirection: "column", gap: "0.25rem", marginTop: "0.5rem" }}>
          <span className="small">{t("counter.draft.title")}</span>
          <strong className="draft-counter-code__code" data-draft-code={code.code} style={{ fontSize: "1.75rem", letterSpacing: "0.3em", fontFamily: "monospace" }}>{code.code}</strong>
          <span className="small muted">{t("counter.draft.hint", { at: formatDateTime(code.expiresAt, lang) })}</span>
        </span>
      )}
    </span>
  );
}
