// "刷身份证": waits on the terminal's card reader (card-reader.ts) and hands the read ID number and name to the login.
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../shared/i18n.js";
import { bridgeCardReader, type CardRead } from "./card-reader.js";

/** The card button and, while waiting, the hint to place the card. */
export function CardLogin({ url, onRead }: { url: string; onRead: (c: CardRead) => void }) {
  const { t } = useI18n();
  const [waiting, setWaiting] = useState(false);
  const [failure, setFailure] = useState<string>();
  const handler = useRef(onRead);
  handler.current = onRead;
  useEffect(() => {
    if (!waiting) return;
    const stop = new AbortController();
    bridgeCardReader(url).read(stop.signal)
      .then((c) => { setWaiting(false); handler.current(c); })
      .catch((e: unknown) => { if (!stop.signal.aborted) { setWaiting(false); setFailure(e instanceof Error ? e.message : String(e)); } });
    return () => stop.abort();
  }, [waiting, url]);
  return (
    <div className="kiosk-card">
      {waiting ? (
        <>
          <p role="status">{t("kiosk.cardWaiting")}</p>
          <button type="button" className="btn kiosk-big" onClick={() => setWaiting(false)}>{t("kiosk.cardCancel")}</button>
        </>
      ) : (
        <button type="button" className="btn btn--primary kiosk-big" onClick={() => { setFailure(undefined); setWaiting(true); }}>
          {t("kiosk.card")}<small>{t("kiosk.cardHint")}</small>
        </button>
      )}
      {failure && <p className="field__error" role="alert">{t("kiosk.cardFailed", { message: failure })}</p>}
    </div>
  );
}
