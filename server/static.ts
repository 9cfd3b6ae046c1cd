// Serves the built web apps from dist/: the portal at /, the workbench at /workbench/, the editor at /editor/, the
// self-service terminal at /kiosk/, each app's index.html for its client-side routes, hashed assets with a long cache.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Context, Hono } from "hono";
import { serveStatic } from "@hono/node-server/serve-static";
import type { AppEnv } from "./routes/route.js";
import { inLang, requestLang, say } from "./messages.js";

// Shown instead of an app when dist/ is missing, in the language the browser asks for.
const MISSING = say(
  "<p>前端尚未构建：请运行 <code>npm run build</code>（或 <code>npm start</code>，它会先构建）。</p>",
  "<p>The web apps are not built: run <code>npm run build</code> (or <code>npm start</code>, which builds first).</p>",
);
const missingPage = (c: Context<AppEnv>) => `<!doctype html><meta charset="utf-8"><title>yijian</title>\n${inLang(requestLang(c.req.header("accept-language")), MISSING)}`;

/** Mounts dist/ on the app (after the API routes). */
export function mountStatic(app: Hono<AppEnv>, distDir: string): void {
  const page = (file: string) => (c: Context<AppEnv>) => {
    const path = join(distDir, file);
    if (!existsSync(path)) return c.html(missingPage(c), 503);
    c.header("Cache-Control", "no-cache");
    return c.html(readFileSync(path, "utf8"));
  };
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set("Cache-Control", "public, max-age=31536000, immutable");
  });
  // Directory paths before serveStatic, which would otherwise send the directory itself as application/octet-stream.
  app.get("/", page("index.html"));
  app.get("/workbench/", page("workbench/index.html"));
  app.get("/editor/", page("editor/index.html"));
  app.get("/kiosk/", page("kiosk/index.html"));
  app.get("/workbench", (c) => c.redirect("/workbench/"));
  app.get("/editor", (c) => c.redirect("/editor/"));
  app.get("/kiosk", (c) => c.redirect(`/kiosk/${new URL(c.req.url).search}`));
  if (existsSync(distDir)) app.use("*", serveStatic({ root: distDir, index: "" }));
  app.get("/workbench/*", page("workbench/index.html"));
  app.get("/editor/*", page("editor/index.html"));
  app.get("/kiosk/*", page("kiosk/index.html"));
  app.get("/assets/*", (c) => c.text("not found", 404));
  app.get("*", page("index.html"));
}
