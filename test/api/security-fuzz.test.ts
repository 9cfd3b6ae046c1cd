// A bounded fuzz of the whole API (issue 13): a fixed seed, a few thousand requests generated from the route table
// — every route, every role, path ids real and forged, bodies of the wrong type, unknown members, deep nesting,
// huge strings, broken JSON, odd headers, plus mutations of a valid submission and correction — on SQLite and on
// PostgreSQL. It asserts that no answer is a 5xx, every error body stays small, and a refused request stores
// nothing. Prints the figures per dialect.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sql } from "drizzle-orm";
import { apiRoutes } from "../../server/app.js";
import type { Deps } from "../../server/routes/route.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { DIALECTS } from "../helpers/db.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { deficiencyBundle } from "../fixtures/deficiency.js";

const SEED = 20261202;
const REQUESTS = 3000;
/** The largest error body the API may send (the problem cap and the short excerpts keep real ones far below). */
const MAX_ERROR_BODY = 64 * 1024;
/** Tables a refused request must not touch (login throttling, sessions and the access log may change on reads). */
const STORED = ["applications", "drafts", "attachments", "bundles", "bundle_versions", "webhook_subscriptions", "material_promises", "ratings", "tasks", "events", "flow_instances", "outbox"];

// Logout would end the clients' sessions for the rest of the run.
const routes = apiRoutes({} as Deps).filter((r) => r.path !== "/api/auth/logout");
const ROLES = ["anonymous", "zhangsan", "qiye", "clerk-samr", "reviewer-samr", "clerk-tax", "designer", "admin", "supervisor"] as const;

/** Any JSON value, with the shapes that broke servers before: deep arrays, long strings, many keys. */
const hostile = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 60, max: 3000 }).map((n) => "[".repeat(n) + "]".repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 400_000 }).map((n) => JSON.stringify({ answers: "a".repeat(n), data: "b".repeat(n) })) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => JSON.stringify({ answers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i])), data: {} })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
);

const mutation = fc.record({
  key: fc.constantFrom("shopName", "mobile", "area", "applicantName", "extra", "sign", "__proto__", "constructor"),
  value: fc.jsonValue({ maxDepth: 3 }),
  type: fc.constantFrom("applicant_corrected", "materials_supplied", "timer_fired", "rate", "submit"),
  action: fc.constantFrom("accept", "approve", "reject", "return_for_correction", "accept_with_deficiency", "timer_fired", "submit", "claim", "transfer", "extend", "suspend", "resume", ""),
});

describe.each(DIALECTS)("API fuzz (fixed seed) on %s", (dialect) => {
  let api: ApiServer;
  const clients = new Map<string, Client>();
  const real: Record<string, string> = {};
  beforeAll(async () => {
    api = await startApi(dialect);
    for (const r of ROLES) clients.set(r, r === "anonymous" ? new Client(api.url) : await loginAs(api.url, r));
    expect((await clients.get("designer")!.post("/api/bundles", deficiencyBundle("fz-shop"))).status).toBe(201);
    await clients.get("admin")!.post("/api/bundles/fz-shop/publish", {});
    const sub = await clients.get("zhangsan")!.post("/api/applications", { bundleKey: "fz-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三" }, materials: { deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] } });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    real.id = sub.body.id;
    real.task = sub.body.tasks[0].id;
  });
  afterAll(() => api?.stop());

  const counts = async () => Promise.all(STORED.map(async (t) => Number((await api.tdb.db.get<{ n: number }>(sql.raw(`SELECT COUNT(*) AS n FROM ${t}`)))!.n)));

  it(`answers ${REQUESTS} generated requests without a 5xx, with small error bodies, storing nothing when it refuses`, async () => {
    const rnd = fc.sample(fc.tuple(fc.nat(routes.length - 1), fc.constantFrom(...ROLES), hostile, mutation, fc.nat(9), fc.string({ maxLength: 30 })), { seed: SEED, numRuns: REQUESTS });
    let fiveXx = 0;
    let largestError = 0;
    let refusedWrites = 0;
    const byStatus = new Map<number, number>();
    const started = Date.now();
    let previous = "";
    let resets = 0;
    for (const [ri, role, raw, m, pick, junk] of rnd) {
      const r = routes[ri]!;
      const id = pick < 4 ? real.id! : pick < 6 ? real.task! : pick < 7 ? `${real.id}-t9` : junk;
      const path = r.path.replace(/:v\b/, String(pick)).replace(/:n\b/, String(pick - 2)).replace(/:key|:bundleKey/g, pick % 2 ? "fz-shop" : encodeURIComponent(junk) || "x").replace(/:[a-zA-Z]+/g, encodeURIComponent(id) || "x")
        + (r.method === "GET" ? `?limit=${pick * 20 - 30}&cursor=${encodeURIComponent(junk)}&from=${pick ? "2026-13-40" : ""}&status=${junk}` : "");
      let body: string | undefined;
      if (r.method !== "GET" && r.method !== "DELETE") {
        body = pick === 9 ? "{\"broken\": " : typeof raw === "string" && /^[[{]/.test(raw) ? raw
          : pick % 3 === 0 ? JSON.stringify({ type: m.type, action: m.action, data: { ...VALID_DATA, [m.key]: m.value }, answers: {}, bundleKey: "fz-shop", version: 1, requestId: "fz-" + junk.padEnd(8, "x"), reason: junk, materials: [m.key], deadline: new Date().toISOString(), days: pick * 10 })
          : JSON.stringify(raw);
      }
      const before = await counts();
      const send = () => clients.get(role)!.req(r.method, path, body, pick === 8 ? { "content-type": "text/plain" } : {});
      // A pooled keep-alive socket the server closed while idle is reset on reuse (a client-side race, not an
      // answer of ours): resent once on a fresh connection and counted.
      const res = await send().catch(async (err: Error) => {
        if ((err.cause as { code?: string })?.code !== "ECONNRESET") throw new Error(`${role} ${r.method} ${path}: ${err.message} (after ${previous})`);
        resets++;
        return send();
      });
      byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
      previous = `${role} ${r.method} ${path} → ${res.status} ${res.headers.get("connection")}`;
      const size = typeof res.body === "string" ? res.body.length : JSON.stringify(res.body).length;
      if (res.status >= 500) {
        fiveXx++;
        console.error(`5xx: ${role} ${r.method} ${path} ${String(body).slice(0, 200)} → ${JSON.stringify(res.body).slice(0, 300)}`);
      }
      if (res.status >= 400) {
        largestError = Math.max(largestError, size);
        expect(size, `${r.method} ${path}`).toBeLessThanOrEqual(MAX_ERROR_BODY);
        if (r.method !== "GET") {
          refusedWrites++;
          expect(await counts(), `${role} ${r.method} ${path} (${res.status}) stored something`).toEqual(before);
        }
      }
    }
    const health = await fetch(`${api.url}/api/health`);
    expect(health.status).toBe(200);
    console.log(`fuzz on ${dialect}: ${REQUESTS} requests (seed ${SEED}) in ${((Date.now() - started) / 1000).toFixed(1)} s; 5xx: ${fiveXx}; refused writes checked: ${refusedWrites}; idle-socket resets resent: ${resets}; largest error body: ${largestError} bytes; statuses: ${[...byStatus].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(" ")}`);
    expect(fiveXx).toBe(0);
  }, 600_000);
});
