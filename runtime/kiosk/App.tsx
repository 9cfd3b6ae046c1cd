// The self-service terminal: a full-screen frame (its own bar: who is logged in, language, 我的办件, home, log out
// and clear) around the portal's own screens — catalog, one-thing, guide, smart form and 我的办件, reused from
// runtime/portal — plus the kiosk's login, case receipt and status lookup; the on-screen keyboard; and the
// inactivity guard that wipes it all.
import { lazy, Suspense, useCallback, useEffect } from "react";
import { useI18n, type Lang } from "../shared/i18n.js";
import { href, match, navigate, useRoute } from "../shared/router.js";
import { useSession } from "../shared/session.js";
import { Loading } from "../shared/ui.js";
import { BundlePage } from "../portal/BundlePage.js";
import { CatalogPage } from "../portal/CatalogPage.js";
import { GuidePage } from "../portal/GuidePage.js";
import { MyApplicationsPage } from "../portal/MyApplicationsPage.js";
import type { KioskConfig } from "./config.js";
import { IdleGuard } from "./IdleGuard.js";
import { KioskHome } from "./KioskHome.js";
import { KioskLogin } from "./KioskLogin.js";
import { OnScreenKeyboard } from "./keyboard/OnScreenKeyboard.js";
import { printUrl } from "./print.js";
import { Receipt } from "./Receipt.js";
import { StatusLookup } from "./StatusLookup.js";
import { wipeTerminal } from "./wipe.js";

// The form renderer loads with the first form, as in the portal.
const ApplyPage = lazy(() => import("../portal/ApplyPage.js").then((m) => ({ default: m.ApplyPage })));

function Screen({ config }: { config: KioskConfig }) {
  const { path } = useRoute();
  const { user, loading } = useSession();
  let m: Record<string, string> | null;
  if (path === "/status") return <StatusLookup />;
  if (loading) return <Loading />;
  if (!user) return path === "/login" ? <KioskLogin config={config} onDone={() => navigate("/")} /> : <KioskHome />;
  if ((m = match("/b/:key", path))) return <BundlePage bundleKey={m.key!} />;
  if ((m = match("/b/:key/guide", path))) return <GuidePage bundleKey={m.key!} />;
  if ((m = match("/b/:key/apply", path))) return <ApplyPage bundleKey={m.key!} />;
  if (path === "/my") return <MyApplicationsPage />;
  if ((m = match("/my/:id", path))) return <Receipt id={m.id!} config={config} onFinish={() => void wipeTerminal()} />;
  return <CatalogPage />;
}

/** Keeps every link on the terminal's one screen: nothing opens a tab or downloads (there is no browser chrome to
 *  come back with); a document's printable page is printed in place where the terminal has a printer. */
function useOneScreen(config: KioskConfig) {
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.("a");
      if (!a || (a.target !== "_blank" && !a.hasAttribute("download"))) return;
      e.preventDefault();
      const url = new URL(a.href, location.href);
      if (config.printer && url.origin === location.origin && /^\/api\/documents\/[^/]+\/html$/.test(url.pathname)) void printUrl(url.pathname);
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [config.printer]);
}

/** The kiosk app. */
export function KioskApp({ config }: { config: KioskConfig }) {
  const { t, lang, setLang } = useI18n();
  const { user } = useSession();
  const { path } = useRoute();
  const wipe = useCallback(() => void wipeTerminal(), []);
  useOneScreen(config);
  const langs: Array<[Lang, string]> = [["zh-CN", "中文"], ["en", "English"]];
  return (
    <div className="kiosk-frame">
      <header className="kiosk-bar">
        <a className="kiosk-brand" href={href("/")}><span>{t("app.name")}</span><small>{t("app.kiosk")}</small></a>
        {user && <span className="kiosk-user">{t("kiosk.hello", { name: user.displayName })}</span>}
        <div className="kiosk-bar__actions">
          <div className="lang-switch" role="group" aria-label={t("a11y.lang")}>
            {langs.map(([code, label]) => <button key={code} type="button" className="btn" lang={code} aria-pressed={lang === code} onClick={() => setLang(code)}>{label}</button>)}
          </div>
          {user && <a className="btn" href={href("/my")}>{t("portal.myApplications")}</a>}
          {path !== "/" && <a className="btn" href={href("/")}>{t("kiosk.home")}</a>}
          {(user || path !== "/") && <button type="button" className="btn btn--danger" onClick={wipe}>{t("kiosk.logout")}</button>}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="kiosk-main">
        <Suspense fallback={<Loading />}>
          <Screen config={config} />
        </Suspense>
      </main>
      <OnScreenKeyboard />
      <IdleGuard config={config} active={!!user || path !== "/"} onExpire={wipe} />
    </div>
  );
}
