// Small shared pieces of every screen: page heading that takes focus on navigation, loading and error boxes,
// status badges.
import { useEffect, useRef, type ReactNode } from "react";
import type { ApplicationStatus } from "../../spec/api.js";
import type { ApiRequestError } from "./api.js";
import { useI18n } from "./i18n.js";

let routeChanged = false;
if (typeof window !== "undefined") window.addEventListener("hashchange", () => (routeChanged = true));

/** The page's h1; sets document.title and, after an in-app navigation (not on first load, where the skip link
 *  must stay the first tab stop), receives focus so screen readers announce the new screen. */
export function PageTitle({ children, appName }: { children: string; appName: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · ${appName}`;
    if (routeChanged && (document.activeElement === document.body || document.activeElement?.closest("nav, header, .bundle-card, .breadcrumb"))) ref.current?.focus();
  }, [children, appName]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

/** A polite "loading" line for screen readers and eyes. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="spinner" role="status">
      {t("common.loading")}
    </p>
  );
}

/** Shows an API error with its message, every listed problem and the request id to quote to support. */
export function ErrorBox({ error, onRetry, title }: { error: ApiRequestError; onRetry?: () => void; title?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="alert alert--error" role="alert">
      <h2>{title ?? t("common.error")}</h2>
      <p>{error.message}</p>
      {error.problems.length > 0 && (
        <ul>
          {error.problems.map((p, i) => (
            // the field by its name; its JSON pointer (a machine path) only for a problem no field names, and on hover
            <li key={i} title={p.pointer || undefined}>
              {p.field ? `${p.field}${t("common.labelSeparator")}` : p.pointer ? <><code>{p.pointer}</code> </> : null}
              {p.message}
            </li>
          ))}
        </ul>
      )}
      {error.requestId && (
        <p className="small">
          {t("common.requestId")}{t("common.labelSeparator")}{error.requestId}
        </p>
      )}
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}

/** Colour + text badge of an application status (never colour alone). */
export function StatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--${status}`} data-status={status}>{t(`app.status.${status}`)}</span>;
}
