// The built apps are served from dist/: each app's index.html for its client routes, hashed assets with a long
// cache, a clear message when nothing is built, and /api never falls through to a page.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/server.js";
import { openTestDb, type TestDb } from "../helpers/db.js";

const quiet = { info() {}, warn() {}, error() {} };

describe("static apps", () => {
  const dist = mkdtempSync(join(tmpdir(), "yijian-dist-"));
  let tdb: TestDb;
  let built: RunningServer;
  let bare: RunningServer;
  beforeAll(async () => {
    mkdirSync(join(dist, "workbench"));
    mkdirSync(join(dist, "editor"));
    mkdirSync(join(dist, "kiosk"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<html>portal</html>");
    writeFileSync(join(dist, "workbench/index.html"), "<html>workbench</html>");
    writeFileSync(join(dist, "editor/index.html"), "<html>editor</html>");
    writeFileSync(join(dist, "kiosk/index.html"), "<html>kiosk</html>");
    writeFileSync(join(dist, "assets/app-abc123.js"), "console.log(1)");
    tdb = await openTestDb("sqlite");
    built = await startServer({ db: tdb.db, log: quiet, config: { port: 0, host: "127.0.0.1", workers: false, distDir: dist } });
    bare = await startServer({ db: tdb.db, log: quiet, config: { port: 0, host: "127.0.0.1", workers: false, distDir: join(dist, "missing") } });
  });
  afterAll(async () => {
    await built.stop();
    await bare.stop();
    await tdb.dispose();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = async (base: string, path: string) => {
    const r = await fetch(base + path, { redirect: "manual" });
    return { status: r.status, text: await r.text(), headers: r.headers };
  };

  it("serves each app and its client-side routes", async () => {
    const home = await get(built.url, "/");
    expect(home.text).toBe("<html>portal</html>");
    expect(home.headers.get("x-content-type-options")).toBe("nosniff");
    expect(home.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect((await get(built.url, "/applications/123")).text).toBe("<html>portal</html>");
    expect((await get(built.url, "/workbench/")).text).toBe("<html>workbench</html>");
    expect((await get(built.url, "/workbench/tasks/9")).text).toBe("<html>workbench</html>");
    expect((await get(built.url, "/editor/bundles/x")).text).toBe("<html>editor</html>");
    expect((await get(built.url, "/editor")).headers.get("location")).toBe("/editor/");
    expect((await get(built.url, "/kiosk/")).text).toBe("<html>kiosk</html>");
    expect((await get(built.url, "/kiosk")).headers.get("location")).toBe("/kiosk/");
    expect((await get(built.url, "/kiosk?printer=1&idle=90")).headers.get("location")).toBe("/kiosk/?printer=1&idle=90"); // the terminal's settings survive
  });

  it("caches hashed assets for a year and 404s missing ones", async () => {
    const a = await get(built.url, "/assets/app-abc123.js");
    expect(a.status).toBe(200);
    expect(a.headers.get("cache-control")).toMatch(/max-age=31536000.*immutable/);
    expect((await get(built.url, "/assets/nope.js")).status).toBe(404);
  });

  it("never answers /api with a page", async () => {
    const r = await get(built.url, "/api/nope");
    expect(r.status).toBe(404);
    expect(JSON.parse(r.text).error.code).toBe("not_found");
  });

  it("says how to build when dist/ is missing", async () => {
    const r = await get(bare.url, "/");
    expect(r.status).toBe(503);
    expect(r.text).toMatch(/npm run build/);
  });
});
