// Walks the route table: every route that is not public refuses a caller without a session (401) and a caller
// without one of its roles (403), before doing anything.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiRoutes } from "../../server/app.js";
import type { Deps } from "../../server/routes/route.js";
import { demoAccounts } from "../../server/seed.js";
import { Client, startApi, type ApiServer } from "../helpers/api.js";

const routes = apiRoutes({} as Deps);
const accounts = demoAccounts();

const concrete = (path: string) => path.replace(/:v\b/g, "1").replace(/:[a-zA-Z]+/g, "x");

describe("route access", () => {
  let api: ApiServer;
  const clients = new Map<string, Client>();
  beforeAll(async () => {
    api = await startApi("sqlite");
    for (const a of accounts.filter((a) => ["admin", "designer", "clerk-samr", "reviewer-samr", "zhangsan"].includes(a.username))) {
      clients.set(a.username, await new Client(api.url).login(a.username, a.password));
    }
  });
  afterAll(() => api?.stop());

  it("declares an access rule for every route and has no duplicates", () => {
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of routes) expect(r.access === "anyone" || r.access === "logged-in" || (Array.isArray(r.access) && r.access.length > 0)).toBe(true);
  });

  for (const r of routes.filter((r) => r.access !== "anyone")) {
    it(`${r.method} ${r.path} refuses callers without the role (${Array.isArray(r.access) ? r.access.join(", ") : r.access})`, async () => {
      const path = concrete(r.path);
      const anon = await new Client(api.url).req(r.method, path, r.method === "GET" ? undefined : {});
      expect(anon.status).toBe(401);
      expect(anon.body.error.code).toBe("unauthenticated");
      if (!Array.isArray(r.access)) return;
      const outsiders = [...clients.entries()].filter(([name]) => !accounts.find((a) => a.username === name)!.roles.some((role) => (r.access as string[]).includes(role)));
      expect(outsiders.length).toBeGreaterThan(0);
      for (const [, c] of outsiders) {
        const res = await c.req(r.method, path, r.method === "GET" ? undefined : {});
        expect(res.status).toBe(403);
        expect(res.body.error.code).toBe("forbidden");
      }
    });
  }

  it("answers public routes without a session", async () => {
    for (const r of routes.filter((r) => r.access === "anyone" && r.method === "GET" && !r.path.includes(":"))) {
      expect((await new Client(api.url).get(r.path)).status).toBe(200);
    }
  });
});
