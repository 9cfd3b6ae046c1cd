// The terminal's welcome screen: two large choices — apply (log in first) or look up a case without logging in.
import { useI18n } from "../shared/i18n.js";
import { href } from "../shared/router.js";
import { PageTitle } from "../shared/ui.js";

/** The welcome screen. */
export function KioskHome() {
  const { t } = useI18n();
  return (
    <section className="kiosk-home">
      <PageTitle appName={t("app.kiosk")}>{t("kiosk.welcome")}</PageTitle>
      <p className="kiosk-lead">{t("kiosk.welcomeText")}</p>
      <div className="kiosk-tiles">
        <a className="kiosk-tile kiosk-tile--primary" href={href("/login")}><strong>{t("kiosk.start")}</strong><span>{t("kiosk.startHint")}</span></a>
        <a className="kiosk-tile" href={href("/status")}><strong>{t("kiosk.status")}</strong><span>{t("kiosk.statusHint")}</span></a>
      </div>
    </section>
  );
}
