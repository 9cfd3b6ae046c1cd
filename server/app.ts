// The Hono app: request ids, CSRF guard, session lookup, the role guard of every declared route, JSON errors, and
// the built web apps. Stateless: everything a request needs comes from the database.
import { rolesInWords } from "../spec/account-roles.js";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie } from "hono/cookie";
import type { Role } from "../spec/api.js";
import { HttpError } from "./errors.js";
import { inLang, INTERNAL_ERROR, localized, requestLang, say } from "./messages.js";
import { sessionUser } from "./store/users.js";
import { newId } from "./util.js";
import { authRoutes, SESSION_COOKIE } from "./routes/auth.js";
import { catalogRoutes } from "./routes/catalog.js";
import { bundleRoutes } from "./routes/bundles.js";
import { applicationRoutes } from "./routes/applications.js";
import { taskRoutes } from "./routes/tasks.js";
import { taskHandlingRoutes } from "./routes/task-handling.js";
import { ratingHandlingRoutes } from "./routes/rating-handling.js";
import { webhookRoutes } from "./routes/webhooks.js";
import { ratingRoutes } from "./routes/ratings.js";
import { materialRoutes, UPLOAD_PATHS } from "./routes/materials.js";
import { MAX_UPLOAD_BYTES } from "./materials.js";
import { supervisionRoutes } from "./routes/supervision.js";
import { documentRoutes } from "./routes/documents.js";
import { notificationRoutes } from "./routes/notifications.js";
import { handoverRoutes } from "./routes/handover.js";
import { dictionaryRoutes } from "./routes/dictionary.js";
import { counterRoutes } from "./counter/routes.js";
import { kioskRoutes } from "./kiosk/routes.js";
import { catalogueItemRoutes } from "./catalogue/routes.js";
import { itemUpgradeRoutes } from "./catalogue/upgrade-routes.js";
import { CATALOGUE_UPLOAD_PATHS, catalogueIoRoutes } from "./catalogue/io/routes.js";
import { MATERIAL_FILE_UPLOAD_PATH, materialFileRoutes } from "./catalogue/material-file-routes.js";
import type { AppEnv, Deps, RouteDef } from "./routes/route.js";
import { mountStatic } from "./static.js";
import { accessRoutes } from "./routes/access.js";
import { itemDataRoutes } from "./routes/item-data.js";
import { boundedError } from "./security/problems.js";
import { DRAIN_MAX_BYTES, OVERSIZE_DRAIN_BYTES, settleUnreadBody } from "./security/drain.js";
import { securityHeaders } from "./security/headers.js";
import { clientAddress, overTls } from "./security/proxy.js";

/** Header every state-changing /api request must carry (a cross-site form or script cannot set it without CORS). */
export const CSRF_HEADER = "x-requested-with";
export const CSRF_VALUE = "yijian";

/** Every API route with its access rule. */
export function apiRoutes(d: Deps): RouteDef[] {
  return [...authRoutes(d), ...catalogRoutes(d), ...bundleRoutes(d), ...applicationRoutes(d), ...ratingRoutes(d), ...materialRoutes(d), ...taskRoutes(d), ...taskHandlingRoutes(d), ...ratingHandlingRoutes(d), ...webhookRoutes(d), ...supervisionRoutes(d), ...documentRoutes(d), ...notificationRoutes(d), ...handoverRoutes(d), ...accessRoutes(d), ...dictionaryRoutes(d), ...counterRoutes(d), ...kioskRoutes(d),
    // /api/items/:id after every fixed /api/items/<word> route (import, export) so those words are never taken for an id.
    ...catalogueIoRoutes(d), ...catalogueItemRoutes(d), ...materialFileRoutes(d), ...itemUpgradeRoutes(d), ...itemDataRoutes(d)];
}

/** Builds the app over its dependencies. */
export function createApp(d: Deps): { app: Hono<AppEnv>; routes: RouteDef[] } {
  const app = new Hono<AppEnv>();
  const routes = apiRoutes(d);

  app.use("*", async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const id = incoming && /^[\w.-]{6,80}$/.test(incoming) ? incoming : newId();
    c.set("requestId", id);
    c.header("X-Request-Id", id);
    await next();
  });

  // Who calls over what (trusted proxies only), then CSP, Permissions-Policy, nosniff, …, HSTS only over TLS.
  app.use("*", async (c, next) => {
    c.set("clientIp", clientAddress(c, d.config.proxy));
    c.set("tls", overTls(c, d.config.proxy));
    await next();
  });
  app.use("*", securityHeaders());

  // JSON bodies up to 5 MB; material uploads up to the hard cap (each material's own limit is checked by its route).
  const jsonLimit = bodyLimit({ maxSize: 5 * 1024 * 1024, onError: () => { throw new HttpError(413, "too_large", say("请求体超过 5 MB", "The request body is over 5 MB")); } });
  const fileTooLarge = say(`文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, `The file is over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  const uploadLimit = bodyLimit({ maxSize: MAX_UPLOAD_BYTES, onError: () => { throw new HttpError(413, "file_too_large", fileTooLarge, [{ pointer: "/file", message: fileTooLarge }]); } });
  app.use("/api/*", (c, next) => (c.req.method === "POST" && [...UPLOAD_PATHS, ...CATALOGUE_UPLOAD_PATHS, MATERIAL_FILE_UPLOAD_PATH].some((p) => p.test(c.req.path)) ? uploadLimit(c, next) : jsonLimit(c, next)));

  app.use("/api/*", async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.req.header(CSRF_HEADER)?.toLowerCase() !== CSRF_VALUE) {
      throw new HttpError(403, "csrf", say(`状态变更请求须带请求头 X-Requested-With: ${CSRF_VALUE}`, `A state-changing request needs the header X-Requested-With: ${CSRF_VALUE}`));
    }
    const token = getCookie(c, SESSION_COOKIE);
    c.set("user", token ? await sessionUser(d.db, token, d.clock.now()) : undefined);
    c.header("Cache-Control", "no-store");
    await next();
  });

  for (const r of routes) {
    app.on(r.method, r.path, async (c) => {
      const user = c.get("user");
      if (r.access !== "anyone") {
        if (!user) throw new HttpError(401, "unauthenticated", say("请先登录", "Please log in first"));
        if (r.access !== "logged-in" && !user.roles.some((role) => (r.access as Role[]).includes(role))) {
          const who = rolesInWords(r.access as Role[]);
          throw new HttpError(403, "forbidden", say(`此操作仅限${who.zh}使用`, `Only ${who.en} can do this`));
        }
      }
      return r.handler(c, user);
    });
  }

  app.all("/api/*", (c) => {
    throw new HttpError(404, "not_found", say(`没有这个接口：${c.req.method} ${c.req.path}`, `There is no such API: ${c.req.method} ${c.req.path}`));
  });

  mountStatic(app, d.config.distDir);

  app.onError(async (err, c) => {
    const requestId = c.get("requestId");
    await settleUnreadBody(c, err instanceof HttpError && err.status === 413 ? OVERSIZE_DRAIN_BYTES : DRAIN_MAX_BYTES);
    if (err instanceof HttpError) {
      // After a 413 the rest of the body is never read: say so, so the client opens a new connection for its next request.
      if (err.status === 413) c.header("Connection", "close");
      const lang = requestLang(c.req.header("accept-language"));
      return c.json({ error: boundedError(err.code, err.messageIn(lang), localized(lang, err.details)) }, err.status);
    }
    d.log.error(`request ${requestId} ${c.req.method} ${c.req.path} failed`, err);
    const lang = requestLang(c.req.header("accept-language"));
    return c.json({ error: { code: "internal", message: inLang(lang, INTERNAL_ERROR), requestId } }, 500);
  });
  app.notFound((c) => c.json({ error: { code: "not_found", message: inLang(requestLang(c.req.header("accept-language")), say("没有这个页面", "There is no such page")) } }, 404));
  return { app, routes };
}
