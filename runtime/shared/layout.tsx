// The frame every app shares: skip link, header with brand, navigation, language switch and the user's
// login state, the main landmark, and a footer.
import type { ReactNode } from "react";
import { useI18n, type Lang } from "./i18n.js";
import { useSession } from "./session.js";
import { href, navigate } from "./router.js";

/** A navigation link of the header. */
export interface NavLink { label: string; to: string }

/** Wraps an app's screens in the common header/footer. */
export function AppShell({ appName, nav = [], children }: { appName: string; nav?: NavLink[]; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { user, logout } = useSession();
  const langs: Array<[Lang, string]> = [["zh-CN", "中文"], ["en", "English"]];
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById("main")?.focus(); }}>
        {t("a11y.skip")}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <a className="brand" href={href("/")}>
            <span>{t("app.name")}</span>
            <small>{appName}</small>
          </a>
          <nav className="app-nav" aria-label={t("a11y.mainNav")}>
            {nav.map((n) => (
              <a key={n.to} href={href(n.to)}>
                {n.label}
              </a>
            ))}
            {user ? (
              <>
                <span className="user">{t("auth.hello", { name: user.displayName })}</span>
                <button type="button" className="linklike" onClick={() => void logout().then(() => navigate("/"))}>
                  {t("auth.logout")}
                </button>
              </>
            ) : (
              <a href={href("/login", { next: currentHash() })}>{t("auth.login")}</a>
            )}
            <div className="lang-switch" role="group" aria-label={t("a11y.lang")}>
              {langs.map(([code, label]) => (
                <button key={code} type="button" lang={code} aria-pressed={lang === code} onClick={() => setLang(code)}>
                  {label}
                </button>
              ))}
            </div>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">{t("app.footer")}</footer>
    </>
  );
}

/** The current in-app location (path + query) to come back to after logging in. */
export function currentHash(): string {
  const h = window.location.hash.replace(/^#/, "") || "/";
  return h.startsWith("/login") ? "/" : h;
}
