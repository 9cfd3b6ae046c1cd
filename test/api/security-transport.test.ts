// Authentication and transport (issue 13): login throttling per account+address behind a configured number of
// proxies (a forged X-Forwarded-For prefix changes nothing), a per-account limit that holds back unknown addresses
// but never the owner's usual one, the headers of every response (CSP, Permissions-Policy, HSTS and Secure cookies
// only over TLS) and configuration the libraries would refuse at run time refused at start.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { demoAccounts } from "../../server/seed.js";
import { loadConfig } from "../../server/config.js";
import { CONTENT_SECURITY_POLICY } from "../../server/security/headers.js";
import { ACCOUNT_MAX, PAIR_MAX } from "../../server/security/login-throttle.js";

const ADMIN = demoAccounts().find((a) => a.username === "admin")!;
/** A client behind our proxy: the proxy appends the address it saw to whatever the client sent. */
const via = (api: ApiServer, realAddress: string, forged = "") => {
  const c = new Client(api.url);
  const req = c.req.bind(c);
  c.req = (method, path, body, headers = {}) => req(method, path, body, { "x-forwarded-for": [forged, realAddress].filter(Boolean).join(", "), ...headers });
  return c;
};

describe.each(DIALECTS)("login throttling behind a proxy on %s", (dialect) => {
  let api: ApiServer;
  beforeAll(async () => { api = await startApi(dialect, { config: { proxy: { hops: 1, addresses: [] } } }); });
  afterAll(() => api?.stop());

  it("counts failures per real address: a rotating forged X-Forwarded-For prefix gets 429 after 10", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PAIR_MAX + 2; i++) statuses.push((await via(api, "203.0.113.7", `198.51.100.${i}`).post("/api/auth/login", { username: "admin", password: `wrong-${i}` })).status);
    expect(statuses.slice(0, PAIR_MAX)).toEqual(Array(PAIR_MAX).fill(401));
    expect(statuses.slice(PAIR_MAX)).toEqual([429, 429]);
    // Another address is not locked out by the attacker's failures.
    expect((await via(api, "203.0.113.8").post("/api/auth/login", { username: "admin", password: ADMIN.password })).status).toBe(200);
  });

  it("after many failures from many addresses holds back unknown addresses, never the owner's usual one", async () => {
    expect((await via(api, "192.0.2.50").post("/api/auth/login", { username: "clerk-samr", password: demoAccounts().find((a) => a.username === "clerk-samr")!.password })).status).toBe(200);
    for (let i = 0; i < ACCOUNT_MAX; i++) await via(api, `198.18.${i >> 8}.${i & 255}`).post("/api/auth/login", { username: "clerk-samr", password: "wrong" });
    const stranger = await via(api, "198.19.0.1").post("/api/auth/login", { username: "clerk-samr", password: demoAccounts().find((a) => a.username === "clerk-samr")!.password });
    expect(stranger.status).toBe(429);
    expect(Number(stranger.headers.get("retry-after"))).toBeGreaterThan(0);
    const owner = await via(api, "192.0.2.50").post("/api/auth/login", { username: "clerk-samr", password: demoAccounts().find((a) => a.username === "clerk-samr")!.password });
    expect(owner.status).toBe(200);
  });

  it("sends HSTS and a Secure cookie only when the trusted proxy says the request came over TLS", async () => {
    const plain = await via(api, "203.0.113.20").post("/api/auth/login", { username: "admin", password: ADMIN.password });
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    expect(plain.headers.get("set-cookie")).not.toMatch(/Secure/i);
    const tls = await via(api, "203.0.113.21").req("POST", "/api/auth/login", { username: "admin", password: ADMIN.password }, { "x-forwarded-proto": "https" });
    expect(tls.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    expect(tls.headers.get("set-cookie")).toMatch(/; Secure/i);
  });
});

describe("proxy addresses", () => {
  let api: ApiServer;
  beforeAll(async () => { api = await startApi("sqlite", { config: { proxy: { hops: 1, addresses: ["10.9.9.9"] } } }); });
  afterAll(() => api?.stop());

  it("ignores X-Forwarded-* from a peer that is not a configured proxy", async () => {
    for (let i = 0; i < PAIR_MAX; i++) await via(api, `203.0.113.${i}`).post("/api/auth/login", { username: "admin", password: "wrong" });
    const r = await via(api, "203.0.113.99").req("POST", "/api/auth/login", { username: "admin", password: ADMIN.password }, { "x-forwarded-proto": "https" });
    expect(r.status).toBe(429); // every try counted against the socket's own address
    expect(r.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("headers and cookies", () => {
  let api: ApiServer;
  beforeAll(async () => { api = await startApi("sqlite"); });
  afterAll(() => api?.stop());

  it("sends CSP, Permissions-Policy, nosniff and frame rules on pages and API answers; no HSTS over plain HTTP", async () => {
    for (const path of ["/", "/workbench/", "/editor/", "/api/health", "/api/nope"]) {
      const r = await fetch(api.url + path);
      expect(r.headers.get("content-security-policy"), path).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers.get("permissions-policy"), path).toMatch(/camera=\(\)/);
      expect(r.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(r.headers.get("x-frame-options"), path).toBe("SAMEORIGIN");
      expect(r.headers.get("strict-transport-security"), path).toBeNull();
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'( 'unsafe-eval')?;/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("sets the session cookie HttpOnly, SameSite=Lax, path /, not Secure over plain HTTP", async () => {
    const c = new Client(api.url);
    const r = await c.post("/api/auth/login", { username: "admin", password: ADMIN.password });
    const cookie = r.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^yj_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it("refuses configuration the cookie library would refuse at every login", () => {
    expect(() => loadConfig({ YIJIAN_SESSION_HOURS: "9601" })).toThrow(/YIJIAN_SESSION_HOURS must be between 1 and 9600/);
    expect(() => loadConfig({ YIJIAN_SESSION_HOURS: "0" })).toThrow(/YIJIAN_SESSION_HOURS/);
    expect(loadConfig({ YIJIAN_SESSION_HOURS: "9600" }).sessionMs).toBe(9600 * 3_600_000);
    expect(() => loadConfig({ YIJIAN_TRUSTED_PROXIES: "lb.example" })).toThrow(/IP addresses/);
    expect(loadConfig({ YIJIAN_TRUST_PROXY: "1" }).proxy).toEqual({ hops: 1, addresses: [] });
  });

  it("logs in with the longest allowed session", async () => {
    const longest = await startApi("sqlite", { config: { sessionMs: 9600 * 3_600_000 } });
    try {
      const r = await new Client(longest.url).post("/api/auth/login", { username: "admin", password: ADMIN.password });
      expect(r.status).toBe(200);
      expect(r.headers.get("set-cookie")).toMatch(/Max-Age=34560000/);
    } finally {
      await longest.stop();
    }
  });

  it("keeps working for a demo login (sanity)", async () => {
    expect((await (await loginAs(api.url, "zhangsan")).get("/api/auth/me")).status).toBe(200);
  });
});
