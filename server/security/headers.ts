// Response headers that limit what a page can do even if something slipped through: a Content-Security-Policy
// allowing only our own bundles (monaco's workers are our own files; its styles are injected at run time, so
// style-src allows inline; inline and foreign scripts stay refused), a Permissions-Policy switching off device APIs,
// and HSTS only over TLS. 'unsafe-eval' stays because Ajv compiles the smart form's validator with new Function in
// every app that shows a form to fill (portal, kiosk, workbench counter filing, editor preview), and the browser
// validates the effective schema of the applicant's situation, not a fixed one a server could precompile (JSON Logic
// no longer evals: spec/conditions.ts interprets). What a precompiled route needs: docs/server.md, "What still needs
// 'unsafe-eval'".
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { AppEnv } from "../routes/route.js";

/** The policy of every page and response. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

/** Browser features none of our apps use. */
export const PERMISSIONS_POLICY = ["camera", "microphone", "geolocation", "payment", "usb", "serial", "bluetooth", "hid", "magnetometer", "gyroscope", "accelerometer", "display-capture"].map((f) => `${f}=()`).join(", ");

/** HSTS for a year, sent only on responses over TLS (over plain HTTP it is meaningless and misleading). */
export const HSTS = "max-age=31536000; includeSubDomains";

/** The security headers middleware (runs after the request's TLS flag is known). */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  const base = secureHeaders({
    xFrameOptions: "SAMEORIGIN", referrerPolicy: "same-origin", strictTransportSecurity: false,
    contentSecurityPolicy: undefined, permissionsPolicy: undefined,
  });
  return async (c, next) => {
    await base(c, async () => {
      await next();
      // A route that set its own policy (downloads: sandbox) keeps it.
      if (!c.res.headers.has("Content-Security-Policy")) c.res.headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      c.res.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
      if (c.get("tls")) c.res.headers.set("Strict-Transport-Security", HSTS);
    });
  };
}
