// A real server process on a SQLite file: starts, seeds, and on restart over the same file keeps every row
// (migrations and seeding are idempotent).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startTestServer } from "../helpers/server.js";
import { Client } from "../helpers/api.js";

const dir = mkdtempSync(join(tmpdir(), "yijian-restart-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("server process", () => {
  it("keeps its data across a restart on the same SQLite file", async () => {
    const dbPath = join(dir, "y.db");
    const first = await startTestServer({ dbPath });
    try {
      const health = await new Client(first.url).get("/api/health");
      expect(health.body).toEqual({ ok: true, database: "sqlite" });
      const admin = await new Client(first.url).login("admin", "Admin#2026");
      const sub = await admin.post("/api/webhooks", { url: "http://127.0.0.1:9/hook", topics: ["*"] });
      expect(sub.status).toBe(201);
    } finally {
      await first.stop();
    }
    const second = await startTestServer({ dbPath });
    try {
      const admin = await new Client(second.url).login("admin", "Admin#2026");
      const subs = await admin.get("/api/webhooks");
      expect(subs.body.subscriptions).toHaveLength(1);
      expect(second.log()).not.toMatch(/seeded \d+ accounts/);
      const anon = await new Client(second.url).get("/api/unknown");
      expect(anon.status).toBe(404);
      expect(anon.body.error.code).toBe("not_found");
    } finally {
      await second.stop();
    }
  }, 120_000);
});
