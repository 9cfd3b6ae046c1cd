// Bad input and failures: JSON errors with pointers, nothing partial written, CSRF guard, login throttling,
// 404 JSON for unknown routes, and 500 with a request id (no stack to the client) when something unexpected breaks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";
import { flowEngine } from "../../server/flow/engine.js";

describe.each(DIALECTS)("errors on %s", (dialect) => {
  let api: ApiServer;
  beforeAll(async () => {
    api = await startApi(dialect);
  });
  afterAll(() => api?.stop());

  it("imports an unfinished spec as a draft listing every problem with its pointer; publishing refuses it, writing no version", async () => {
    const designer = await loginAs(api.url, "designer");
    const bad = fixtureBundle("bad-one") as Record<string, any>;
    bad.lead = "Not An Id";
    bad.items[0].promise_day = 99;
    bad.form.schema.properties.area.type = "nummber";
    const r = await designer.post("/api/bundles", bad);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const pointers = r.body.problems.map((d: { pointer: string }) => d.pointer);
    expect(pointers).toContain("/lead");
    expect(pointers).toContain("/items/0/promise_day");
    expect(pointers.some((p: string) => p.startsWith("/form/schema/properties/area"))).toBe(true);
    const draft = (await designer.get("/api/bundles/bad-one/draft")).body;
    expect(draft.spec.lead).toBe("Not An Id");
    expect(draft.problems.map((d: { pointer: string }) => d.pointer)).toEqual(pointers);
    const pub = await (await loginAs(api.url, "admin")).post("/api/bundles/bad-one/publish", {});
    expect(pub.status).toBe(400);
    expect(pub.body.error.code).toBe("invalid_spec");
    expect(await api.tdb.db.all(sql`SELECT version FROM bundle_versions WHERE key = 'bad-one'`)).toEqual([]);
  });

  it("answers malformed JSON with 400 and a wrong key with the pointer /key", async () => {
    const designer = await loginAs(api.url, "designer");
    const r = await designer.req("POST", "/api/bundles", "{not json");
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("invalid_request");
    await designer.post("/api/bundles", fixtureBundle("keyed"));
    const wrong = await designer.saveDraft("keyed", fixtureBundle("other"));
    expect(wrong.status, JSON.stringify(wrong.body)).toBe(400);
    expect(wrong.body.error.details).toEqual([{ pointer: "/key", message: '标识应为「keyed」' }]);
  });

  it("requires the CSRF header on state-changing requests", async () => {
    const r = await new Client(api.url).req("POST", "/api/auth/login", { username: "admin", password: "Admin#2026" }, { "x-requested-with": "" });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe("csrf");
  });

  it("sets an http-only SameSite=Lax session cookie and ends it on logout", async () => {
    const c = new Client(api.url);
    const r = await c.post("/api/auth/login", { username: "zhangsan", password: "Apply#2026" });
    expect(r.headers.get("set-cookie")).toMatch(/yj_session=.+HttpOnly.*SameSite=Lax|yj_session=.+SameSite=Lax.*HttpOnly/i);
    expect((await c.get("/api/auth/me")).body.user.displayName).toBe("张三");
    const token = c.cookie;
    await c.post("/api/auth/logout");
    c.cookie = token;
    expect((await c.get("/api/auth/me")).status).toBe(401);
  });

  it("throttles repeated failed logins per user and address in the database", async () => {
    const c = new Client(api.url);
    for (let i = 0; i < 10; i++) expect((await c.post("/api/auth/login", { username: "designer", password: "wrong" })).status).toBe(401);
    const blocked = await c.post("/api/auth/login", { username: "designer", password: "Design#2026" });
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe("900");
    const row = await api.tdb.db.get<{ count: number }>(sql`SELECT count FROM rate_limits WHERE key LIKE 'login:designer:%'`);
    expect(Number(row!.count)).toBe(10);
    expect((await new Client(api.url).post("/api/auth/login", { username: "admin", password: "Admin#2026" })).status).toBe(200);
  });

  it("refuses bodies over 5 MB with 413 and unknown ids with 404", async () => {
    const admin = await loginAs(api.url, "admin"); // the designer is throttled by the test above
    const big = await admin.req("PUT", "/api/bundles/x/draft", JSON.stringify({ pad: "x".repeat(6 * 1024 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe("too_large");
    const reviewer = await loginAs(api.url, "reviewer-samr");
    const missing = await reviewer.post("/api/tasks/nope/complete", { action: "approve" });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("not_found");
  });

  it("answers unknown API routes with 404 JSON and every response with a request id", async () => {
    const r = await new Client(api.url).get("/api/no/such/thing");
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe("not_found");
    expect(r.headers.get("x-request-id")).toMatch(/^[\w.-]{6,}$/);
  });
});

describe("unexpected failure", () => {
  it("answers 500 with a request id, no stack, logs the detail, and rolls the submission back", async () => {
    const broken = { ...flowEngine, start: async () => { throw new Error("boom: engine exploded"); } };
    const { startServer } = await import("../../server/server.js");
    const { openTestDb } = await import("../helpers/db.js");
    const tdb = await openTestDb("sqlite");
    const lines: string[] = [];
    const log = { info: () => {}, warn: () => {}, error: (m: string, e?: unknown) => lines.push(m + " " + String((e as Error)?.stack)) };
    const server = await startServer({ db: tdb.db, flow: broken, log, config: { port: 0, host: "127.0.0.1", workers: false, distDir: "/nonexistent" } });
    try {
      const designer = await loginAs(server.url, "designer");
      await designer.post("/api/bundles", fixtureBundle());
      await (await loginAs(server.url, "admin")).post("/api/bundles/test-shop/publish", {});
      const r = await (await loginAs(server.url, "zhangsan")).post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: VALID_DATA });
      expect(r.status, JSON.stringify(r.body)).toBe(500);
      expect(r.body.error.code).toBe("internal");
      expect(r.body.error.requestId).toBe(r.headers.get("x-request-id"));
      expect(JSON.stringify(r.body)).not.toMatch(/boom|at .*\.ts/);
      expect(lines.join("\n")).toMatch(new RegExp(`${r.body.error.requestId}[\\s\\S]*boom: engine exploded`));
      expect(await tdb.db.all(sql`SELECT id FROM applications`)).toEqual([]);
    } finally {
      await server.stop();
      await tdb.dispose();
    }
  });
});
