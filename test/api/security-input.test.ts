// Bad input and denial of service (issue 13): one request cannot stall the server or make it answer megabytes —
// deep nesting is refused at parsing with a 400 that says where, error answers list at most 100 problems with
// short excerpts, untyped members are refused by the body schema, and a 413 closes the connection honestly.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "node:net";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";
import { excessiveNesting } from "../../server/security/json-body.js";
import { startTestServer, type TestServer } from "../helpers/server.js";

/** POSTs a 6 MB body `times` times on keep-alive connections as many clients do — the whole body first, over a slow
 *  link (24 pieces, 60 ms apart: about 1.5 s), and only then reading the answer — and returns each answer's status
 *  line and Connection header, or how it was lost when the server reset the connection under the client (the kernel
 *  drops an answer not yet read when a reset arrives). */
async function oversizedPosts(url: string, cookie: string, times: number): Promise<string[]> {
  const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
  const u = new URL(url);
  const send = () => new Promise<string>((resolve) => {
    const socket = connect(Number(u.port), u.hostname);
    let got = "";
    let failure = "";
    socket.pause();
    socket.on("data", (b: Buffer) => (got += b.toString("latin1")));
    socket.on("error", (e: NodeJS.ErrnoException) => (failure ||= e.code ?? e.message));
    socket.on("close", () => {
      const status = /^HTTP\/1\.1 (\d+)/.exec(got)?.[1];
      const connection = /\r\nconnection: *([^\r]*)/i.exec(got)?.[1];
      resolve(status ? `${status} ${connection}` : `answer lost: ${failure || "closed"}`);
    });
    void (async () => {
      socket.write(`POST ${u.pathname} HTTP/1.1\r\nHost: ${u.host}\r\nContent-Type: application/json\r\nContent-Length: ${big.length}\r\nX-Requested-With: yijian\r\nCookie: ${cookie}\r\nConnection: keep-alive\r\n\r\n`);
      const piece = big.length / 24;
      for (let at = 0; at < big.length && !socket.destroyed; at += piece) {
        socket.write(big.subarray(at, at + piece));
        await new Promise((r) => setTimeout(r, 60));
      }
      socket.resume();
      setTimeout(() => socket.destroy(), 5_000).unref();
    })();
  });
  const answers: string[] = [];
  for (let i = 0; i < times; i++) answers.push(await send());
  return answers;
}

const deep = (n: number) => "[".repeat(n) + "]".repeat(n);

describe("nesting scan", () => {
  it("finds the first character deeper than the limit and ignores brackets inside strings", () => {
    expect(excessiveNesting(deep(64))).toBe(-1);
    expect(excessiveNesting(deep(65))).toBe(64);
    expect(excessiveNesting(JSON.stringify({ a: "[".repeat(500) + '\\"' }))).toBe(-1);
  });
});

describe.each(DIALECTS)("bad input on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let designer: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    designer = await loginAs(api.url, "designer");
    expect((await designer.post("/api/bundles", fixtureBundle("dos-shop"))).status).toBe(201);
    expect([200, 201]).toContain((await (await loginAs(api.url, "admin")).post("/api/bundles/dos-shop/publish", {})).status);
    applicant = await loginAs(api.url, "zhangsan");
  });
  afterAll(() => api?.stop());

  it("refuses nesting 5,000 deep on every write route with a 400 naming the position", async () => {
    const body = `{"bundleKey":"dos-shop","version":1,"data":${deep(5000)}}`;
    for (const [c, method, path] of [[applicant, "POST", "/api/applications"], [applicant, "POST", "/api/applications/x/events"], [applicant, "PUT", "/api/drafts/dos-shop"], [designer, "POST", "/api/bundles"], [designer, "PUT", "/api/bundles/dos-shop/draft"]] as const) {
      const r = await c.req(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(400);
      expect(r.body.error.message).toMatch(/^请求体在第 \d+ 个字符处嵌套超过 64 层$/);
    }
    expect((await api.server.url) && (await fetch(`${api.url}/api/health`)).status).toBe(200);
  });

  it("caps the problems of one answer at 100 with their count, and never echoes more than a short excerpt", async () => {
    const answers = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}${"x".repeat(40)}`, 1]));
    const r = await applicant.post("/api/applications", { bundleKey: "dos-shop", version: 1, answers, data: VALID_DATA });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toHaveLength(100);
    expect(r.body.error.detailsTotal).toBeGreaterThanOrEqual(20_000);
    const text = JSON.stringify(r.body);
    expect(text.length).toBeLessThan(40_000);
    const huge = await applicant.post("/api/applications", { bundleKey: "dos-shop", version: 1, answers: { ["q".repeat(100_000)]: true }, data: VALID_DATA });
    expect(huge.status).toBe(400);
    expect(JSON.stringify(huge.body).length).toBeLessThan(2_000);
    expect(await api.tdb.db.all(sql`SELECT id FROM applications`)).toEqual([]);
  });

  it("refuses a 4 MB string where an object belongs in a few milliseconds, with a small answer", async () => {
    const t = Date.now();
    const r = await applicant.post("/api/applications", { bundleKey: "dos-shop", version: 1, answers: "a".repeat(4_000_000), data: VALID_DATA });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].pointer).toBe("/answers");
    expect(JSON.stringify(r.body).length).toBeLessThan(2_000);
    expect(Date.now() - t).toBeLessThan(5_000);
  });

  it("refuses unknown form data keys instead of storing them", async () => {
    const r = await applicant.post("/api/applications", { bundleKey: "dos-shop", version: 1, answers: {}, data: { ...VALID_DATA, extra: "x".repeat(100_000), sign: { signText: "a", nested: 1 } } });
    expect(r.status).toBe(400);
    expect(r.body.error.details.map((p: { pointer: string }) => p.pointer)).toEqual(expect.arrayContaining(["/data/extra"]));
    expect(await api.tdb.db.all(sql`SELECT id FROM applications`)).toEqual([]);
  });

  it("delivers an early refusal to a client still sending its body (no reset), on the same connection", async () => {
    const big = JSON.stringify({ data: "x".repeat(2 * 1024 * 1024) });
    for (let i = 0; i < 3; i++) {
      const r = await designer.req("POST", "/api/applications", big);
      expect(r.status).toBe(403);
      expect((await designer.req("POST", "/api/nope", big)).status).toBe(404);
    }
  });

  it("answers 413 with Connection: close, and the next request on a new connection works", async () => {
    expect(await oversizedPosts(`${api.url}/api/applications`, applicant.cookie, 3)).toEqual(Array(3).fill("413 close"));
    expect((await applicant.get("/api/applications")).status).toBe(200);
  });


});

describe("413 from a real server process", () => {
  let server: TestServer;
  beforeAll(async () => { server = await startTestServer({ direct: true }); }, 90_000);
  afterAll(() => server?.stop());

  it("reaches a client still writing its body, every time (the server reads and discards the rest before closing)", async () => {
    const applicant = await loginAs(server.url, "zhangsan");
    expect(await oversizedPosts(`${server.url}/api/applications`, applicant.cookie, 8)).toEqual(Array(8).fill("413 close"));
    expect((await applicant.get("/api/applications")).status).toBe(200);
  });
});
