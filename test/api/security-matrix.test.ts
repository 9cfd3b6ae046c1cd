// The authorisation matrix, generated from the route table (issue 13): every route × every role, asserting the
// role guard lets exactly the declared roles through; and every case-scoped route × own / other department and
// own / other applicant, asserting nobody outside the case gets a 2xx (nor learns more than "not found"); on SQLite
// and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoutes } from "../../server/app.js";
import type { Deps } from "../../server/routes/route.js";
import { demoAccounts } from "../../server/seed.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { DIALECTS } from "../helpers/db.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { deficiencyBundle } from "../fixtures/deficiency.js";

const routes = apiRoutes({} as Deps).filter((r) => r.path !== "/api/auth/logout");
const ACCOUNTS = ["zhangsan", "qiye", "clerk-samr", "reviewer-samr", "clerk-tax", "reviewer-tax", "designer", "admin", "supervisor"];
const rolesOf = (u: string) => demoAccounts().find((a) => a.username === u)!.roles as string[];
const guardRefused = (r: { status: number; body: any }) => (r.status === 403 && /^此操作仅限.+使用$/.test(String(r.body?.error?.message))) || r.status === 401;

describe.each(DIALECTS)("authorisation matrix on %s", (dialect) => {
  let api: ApiServer;
  const clients = new Map<string, Client>();
  let ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await startApi(dialect);
    for (const u of ACCOUNTS) clients.set(u, await loginAs(api.url, u));
    expect((await clients.get("designer")!.post("/api/bundles", deficiencyBundle("mx-shop"))).status).toBe(201);
    await clients.get("admin")!.post("/api/bundles/mx-shop/publish", {});
    const sub = await clients.get("zhangsan")!.post("/api/applications", { bundleKey: "mx-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三" }, materials: { deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] } });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    ids = { id: sub.body.id, task: sub.body.tasks[0].id };
  });
  afterAll(() => api?.stop());

  const concrete = (path: string) => path.replace(/:v\b/g, "1").replace(/:n\b/g, "0").replace(/:key|:bundleKey/g, "mx-shop")
    .replace(/\/api\/tasks\/:id/, `/api/tasks/${ids.task}`).replace(/:id/g, ids.id!).replace(/:[a-zA-Z]+/g, "x");

  it("lets exactly the declared roles past the guard of every route", async () => {
    let cells = 0;
    const wrong: string[] = [];
    for (const r of routes) {
      const path = concrete(r.path);
      const body = r.method === "GET" || r.method === "DELETE" ? undefined : {};
      const anon = await new Client(api.url).req(r.method, path, body);
      if (r.access !== "anyone" && anon.status !== 401) wrong.push(`anonymous ${r.method} ${r.path} → ${anon.status}`);
      for (const u of ACCOUNTS) {
        // Reads only for the signed-in roles: writes that pass the guard are exercised by the route's own tests.
        if (r.method !== "GET" && r.access !== "anyone" && Array.isArray(r.access) && r.access.some((x) => rolesOf(u).includes(x))) { cells++; continue; }
        const res = await clients.get(u)!.req(r.method, path, body);
        const allowed = r.access === "anyone" || r.access === "logged-in" || rolesOf(u).some((x) => (r.access as string[]).includes(x));
        if (allowed === guardRefused(res)) wrong.push(`${u} ${r.method} ${r.path} → ${res.status} (declared ${JSON.stringify(r.access)})`);
        cells++;
      }
    }
    expect(wrong).toEqual([]);
    expect(cells).toBe(routes.length * ACCOUNTS.length);
    console.log(`authorisation matrix on ${dialect}: ${routes.length} routes × ${ACCOUNTS.length} accounts = ${cells} cells, and anonymous on each`);
  }, 300_000);

  it("never answers 2xx on a case's routes to another department or another applicant", async () => {
    const scoped = routes.filter((r) => /^\/api\/(applications|tasks)\/:id/.test(r.path));
    expect(scoped.length).toBeGreaterThan(5);
    const leaks: string[] = [];
    for (const r of scoped) {
      const path = concrete(r.path);
      for (const outsider of ["qiye", "clerk-tax", "reviewer-tax"]) {
        if (!Array.isArray(r.access) || !rolesOf(outsider).some((x) => (r.access as string[]).includes(x))) continue;
        const res = await clients.get(outsider)!.req(r.method, path, r.method === "GET" ? undefined : { action: "accept", reason: "核对信息", pointers: ["/x"], type: "applicant_corrected" });
        if (res.status < 300 || ![403, 404, 400, 409].includes(res.status)) leaks.push(`${outsider} ${r.method} ${r.path} → ${res.status}`);
      }
    }
    expect(leaks).toEqual([]);
    console.log(`authorisation matrix on ${dialect}: ${scoped.length} case routes tried by another department and another applicant`);
  });

  it("lets the case's own department and applicant read it", async () => {
    for (const u of ["zhangsan", "clerk-samr"]) {
      expect((await clients.get(u)!.get(`/api/applications/${ids.id}`)).status, u).toBe(200);
      expect((await clients.get(u)!.get(`/api/applications/${ids.id}/materials`)).status, u).toBe(200);
    }
  });
});
