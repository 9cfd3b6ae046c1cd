// Identity login at the terminal: the ID number (typed on the on-screen keyboard, or read from the card), a code
// sent to the account's phone (server/otp), then a short session. Every server problem shows at its field.
import { useEffect, useState } from "react";
import type { ProblemDetail } from "../../spec/api.js";
import { api, ApiRequestError } from "../shared/api.js";
import { useI18n } from "../shared/i18n.js";
import { useSession } from "../shared/session.js";
import { ErrorBox, PageTitle } from "../shared/ui.js";
import { CardLogin } from "./CardLogin.js";
import type { KioskConfig } from "./config.js";

interface Sent { challengeId: string; phone: string; expiresAt: string }

const at = (problems: ProblemDetail[] | undefined, pointer: string) => problems?.find((p) => p.pointer === pointer)?.message;

/** The login screen; `onDone` runs once the session is open. */
export function KioskLogin({ config, onDone }: { config: KioskConfig; onDone: () => void }) {
  const { t } = useI18n();
  const { refresh } = useSession();
  const [idNumber, setIdNumber] = useState("");
  const [cardName, setCardName] = useState<string>();
  const [code, setCode] = useState("");
  const [sent, setSent] = useState<Sent>();
  const [wait, setWait] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiRequestError>();
  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);
  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await step();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e : new ApiRequestError(0, "client", String(e), [], undefined));
    } finally {
      setBusy(false);
    }
  };
  const send = (id = idNumber, name = cardName) => run(async () => {
    setSent(await api<Sent>("POST", "/api/kiosk/otp", { idNumber: id, ...(name ? { name } : {}) }));
    setCode("");
    setWait(60);
    requestAnimationFrame(() => document.getElementById("kiosk-code")?.focus());
  });
  const login = () => run(async () => {
    await api("POST", "/api/kiosk/login", { idNumber, challengeId: sent!.challengeId, code });
    await refresh();
    onDone();
  });
  const idError = at(error?.problems, "/idNumber") ?? at(error?.problems, "/name");
  const codeError = at(error?.problems, "/code");
  return (
    <section className="kiosk-panel">
      <PageTitle appName={t("app.kiosk")}>{t("kiosk.loginTitle")}</PageTitle>
      {error && !idError && !codeError && <ErrorBox error={error} />}
      {config.cardReaderUrl && <CardLogin url={config.cardReaderUrl} onRead={(c) => { setIdNumber(c.idNumber); setCardName(c.name); void send(c.idNumber, c.name); }} />}
      <form onSubmit={(e) => { e.preventDefault(); if (sent) void login(); else void send(); }}>
        <div className="field">
          <label htmlFor="kiosk-id">{t("kiosk.idNumber")}</label>
          <input id="kiosk-id" type="text" inputMode="numeric" data-kiosk-mode="digits" autoComplete="off" maxLength={18} value={idNumber}
            aria-invalid={!!idError} aria-describedby="kiosk-id-help kiosk-id-error" className="kiosk-input kiosk-input--mono"
            onChange={(e) => { setIdNumber(e.target.value.toUpperCase()); setCardName(undefined); setSent(undefined); }} />
          <p id="kiosk-id-help" className="field__help">{cardName ? t("kiosk.cardRead", { name: cardName }) : t("kiosk.idHelp")}</p>
          <p id="kiosk-id-error" className="field__error" role="alert">{idError}</p>
        </div>
        {!sent ? (
          <button type="submit" className="btn btn--primary kiosk-big" disabled={busy || idNumber.length < 15}>{busy ? t("kiosk.sending") : t("kiosk.sendCode")}</button>
        ) : (
          <>
            <p className="alert alert--success" role="status">{t("kiosk.codeSent", { phone: sent.phone })}</p>
            <div className="field">
              <label htmlFor="kiosk-code">{t("kiosk.code")}</label>
              <input id="kiosk-code" type="text" inputMode="numeric" data-kiosk-mode="digits" autoComplete="one-time-code" maxLength={6} value={code}
                aria-invalid={!!codeError} aria-describedby="kiosk-code-help kiosk-code-error" className="kiosk-input kiosk-input--mono"
                onChange={(e) => setCode(e.target.value.replace(/\D/g, ""))} />
              <p id="kiosk-code-help" className="field__help">{t("kiosk.codeHelp")}</p>
              <p id="kiosk-code-error" className="field__error" role="alert">{codeError}</p>
            </div>
            <div className="kiosk-actions">
              <button type="submit" className="btn btn--primary kiosk-big" disabled={busy || code.length !== 6}>{busy ? t("kiosk.loggingIn") : t("kiosk.login")}</button>
              <button type="button" className="btn kiosk-big" disabled={busy || wait > 0} onClick={() => void send()}>{wait > 0 ? t("kiosk.resend", { n: wait }) : t("kiosk.resendNow")}</button>
            </div>
          </>
        )}
      </form>
    </section>
  );
}
