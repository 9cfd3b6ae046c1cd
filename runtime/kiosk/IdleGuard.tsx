// The inactivity guard of the terminal: after `idleSeconds` without a touch a full-screen notice counts down the
// last `warnSeconds` out loud (role=alertdialog, aria-live), any touch keeps the session, and at zero the terminal
// logs out and wipes everything (wipe.ts), so the next person finds nothing of the last one.
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../shared/i18n.js";
import type { KioskConfig } from "./config.js";

const ACTIVITY = ["pointerdown", "touchstart", "keydown", "input", "wheel"] as const;

/** Watches for inactivity while `active`; counts down, then calls `onExpire` (once). */
export function IdleGuard({ config, active, onExpire }: { config: KioskConfig; active: boolean; onExpire: () => void }) {
  const { t } = useI18n();
  const [left, setLeft] = useState<number>();
  const last = useRef(Date.now());
  const expired = useRef(false);
  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    const touched = () => {
      last.current = Date.now();
      setLeft(undefined);
    };
    for (const e of ACTIVITY) window.addEventListener(e, touched, { capture: true, passive: true });
    const tick = setInterval(() => {
      const idle = (Date.now() - last.current) / 1000;
      if (idle < config.idleSeconds) return setLeft(undefined);
      const remaining = Math.max(0, Math.ceil(config.idleSeconds + config.warnSeconds - idle));
      setLeft(remaining);
      if (remaining === 0 && !expired.current) {
        expired.current = true;
        onExpire();
      }
    }, 250);
    return () => {
      clearInterval(tick);
      for (const e of ACTIVITY) window.removeEventListener(e, touched, { capture: true });
    };
  }, [active, config.idleSeconds, config.warnSeconds, onExpire]);
  if (!active || left === undefined) return null;
  return (
    <div className="kiosk-idle" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-title" aria-describedby="kiosk-idle-text">
      <div className="kiosk-idle__box">
        <h2 id="kiosk-idle-title">{t("kiosk.idleTitle")}</h2>
        <p id="kiosk-idle-text" aria-live="assertive">{t("kiosk.idleText", { n: left })}</p>
        <p className="kiosk-idle__count" aria-hidden="true">{left}</p>
        <button type="button" className="btn btn--primary kiosk-big" onClick={() => setLeft(undefined)}>{t("kiosk.idleStay")}</button>
      </div>
    </div>
  );
}
