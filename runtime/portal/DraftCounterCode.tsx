// "到窗口办理" on a saved draft: the applicant gets a short code (valid 30 minutes, used once) to show at the service
// centre's window, where a clerk who has checked their identity takes the draft over and finishes it with them.
import { useState } from "react";
import { api, type ApiRequestError } from "../shared/api.js";
import { formatDateTime, useI18n } from "../shared/i18n.js";

const TEXT = {
  "zh-CN": { show: "到窗口办理", title: "窗口草稿码", hint: "请在政务服务中心窗口出示此码和身份证，受理员核验身份后接着为您办理。有效至 {at}，仅可使用一次。", again: "重新生成" },
  en: { show: "File at the window", title: "Draft code for the window", hint: "Show this code and your ID card at the service centre's window; after checking your identity the clerk continues your draft. Valid until {at}, once.", again: "New code" },
} as const;

/** The button and, once pressed, the code in large type. */
export function DraftCounterCode({ bundleKey, bundleTitle }: { bundleKey: string; bundleTitle: string }) {
  const { lang } = useI18n();
  const s = TEXT[lang === "en" ? "en" : "zh-CN"];
  const [code, setCode] = useState<{ code: string; expiresAt: string }>();
  const [error, setError] = useState<ApiRequestError>();
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
      <button type="button" className="btn" onClick={() => void make()} aria-label={`${code ? s.again : s.show}：${bundleTitle}`}>{code ? s.again : s.show}</button>
      {error && <span className="field__error" role="alert">{error.message}</span>}
      {code && (
        <span role="status" className="draft-counter-code__box" style={{ display: "flex", flexDirection: "column", gap: "0.25rem", marginTop: "0.5rem" }}>
          <span className="small">{s.title}</span>
          <strong className="draft-counter-code__code" data-draft-code={code.code} style={{ fontSize: "1.75rem", letterSpacing: "0.3em", fontFamily: "monospace" }}>{code.code}</strong>
          <span className="small muted">{s.hint.replace("{at}", formatDateTime(code.expiresAt, lang))}</span>
        </span>
      )}
    </span>
  );
}
