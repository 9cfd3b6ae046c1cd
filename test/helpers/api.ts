// An in-process server over a test database of either dialect, with a small cookie-keeping HTTP client.
import { startServer, type RunningServer } from "../../server/server.js";
import { createLogger } from "../../server/log.js";
import { demoAccounts } from "../../server/seed.js";
import type { Clock } from "../../server/util.js";
import type { ServerConfig } from "../../server/config.js";
import { openTestDb, type TestDb, type TestDialect } from "./db.js";
import { expect } from "vitest";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A logged-in (or anonymous) HTTP client against one server. */
export class Client {
  cookie = "";
  constructor(readonly base: string) {}

  /** Sends a request with JSON body; keeps the session cookie; adds the CSRF header unless told not to. */
  async req(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const res = await fetch(this.base + path, {
      method,
      headers: { "x-requested-with": "yijian", ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const set = res.headers.get("set-cookie");
    if (set) this.cookie = set.split(";")[0]!;
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, body: parsed, headers: res.headers };
  }
  /** Sends raw bytes (a file upload) with the session cookie and the CSRF header. */
  async upload(path: string, bytes: Uint8Array | string, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
    const res = await fetch(this.base + path, { method: "POST", headers: { "x-requested-with": "yijian", "content-type": "application/octet-stream", ...(this.cookie ? { cookie: this.cookie } : {}), ...headers }, body: bytes as BodyInit });
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { /* not JSON */ }
    return { status: res.status, body: parsed, headers: res.headers };
  }
  /** GETs a download: its status, type and bytes. */
  async download(path: string): Promise<{ status: number; type: string; disposition: string; bytes: Uint8Array }> {
    const res = await fetch(this.base + path, { headers: this.cookie ? { cookie: this.cookie } : {} });
    return { status: res.status, type: res.headers.get("content-type") ?? "", disposition: res.headers.get("content-disposition") ?? "", bytes: new Uint8Array(await res.arrayBuffer()) };
  }
  get(path: string) { return this.req("GET", path); }
  post(path: string, body: unknown = {}) { return this.req("POST", path, body); }
  put(path: string, body: unknown) { return this.req("PUT", path, body); }
  del(path: string) { return this.req("DELETE", path); }
  /** Saves a one-thing draft as the editor does: GETs its current revision, then PUTs with If-Match naming it. */
  async saveDraft(key: string, spec: unknown, headers: Record<string, string> = {}) {
    const path = `/api/bundles/${encodeURIComponent(key)}/draft`;
    const current = await this.get(path);
    return this.req("PUT", path, spec, { "if-match": `"${current.body?.revision ?? ""}"`, ...headers });
  }

  /** Logs in; throws when it fails. */
  async login(username: string, password: string): Promise<this> {
    const r = await this.post("/api/auth/login", { username, password });
    if (r.status !== 200) throw new Error(`login ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return this;
  }
}

/** Logs a demo account in (passwords from the seed's account list). */
export function loginAs(base: string, username: string): Promise<Client> {
  const account = demoAccounts().find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  return new Client(base).login(username, account.password);
}

/** A running in-process API server over a fresh test database. */
export interface ApiServer { url: string; server: RunningServer; tdb: TestDb; stop(): Promise<void> }

/** Starts an in-process server (real HTTP on a free loopback port) on a fresh database of the dialect. */
export async function startApi(dialect: TestDialect, opts: { clock?: Clock; workers?: boolean; sweepMs?: number; config?: Partial<ServerConfig> } = {}): Promise<ApiServer> {
  const tdb = await openTestDb(dialect);
  const server = await startServer({
    db: tdb.db, clock: opts.clock, log: createLogger(true),
    // Webhook receivers of tests listen on loopback, which the server refuses unless allowed (server/security/ssrf.ts).
    config: { port: 0, host: "127.0.0.1", workers: opts.workers ?? false, sweepMs: opts.sweepMs ?? 50, distDir: "/nonexistent-dist", webhookAllow: ["127.0.0.1"],
      // each server its own file store, as each has its own database
      filesDir: mkdtempSync(join(tmpdir(), "yijian-files-")), ...opts.config },
  });
  return { url: server.url, server, tdb, stop: async () => { await server.stop(); await tdb.dispose(); } };
}

/** The open task of a case in this staff member's inbox (undefined when there is none). */
export async function openTask(c: Client, appId: string): Promise<any> {
  return (await c.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === appId);
}

/** Completes the case's open task in this staff member's inbox with an action, expecting it to go through. */
export async function act(c: Client, appId: string, body: Record<string, unknown>): Promise<void> {
  const r = await c.post(`/api/tasks/${(await openTask(c, appId)).id}/complete`, body);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

const PROMISED_PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** The applicant keeps a signed 容缺 promise: uploads the material's file to the case and says it is supplied (the
 *  case's results wait for every promised material, whichever way it was accepted). */
export async function supplyPromised(applicant: Client, appId: string, material: string): Promise<void> {
  const up = await fetch(`${applicant.base}/api/applications/${appId}/attachments?material=${encodeURIComponent(material)}`, {
    method: "POST", body: new Uint8Array(PROMISED_PDF), headers: { "x-requested-with": "yijian", "content-type": "application/pdf", "x-file-name": "promised.pdf", cookie: applicant.cookie },
  });
  expect(up.status, await up.clone().text()).toBe(201);
  const r = await applicant.post(`/api/applications/${appId}/events`, { type: "materials_supplied", materials: [material] });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}

/** The people of a case on a server with one published bundle. */
export interface PublishedSetup { api: ApiServer; applicant: Client; clerk: Client; reviewer: Client }

/** Starts a server on which the designer created `doc` and the admin published it, with zhangsan and samr's clerk
 *  and reviewer logged in — the set-up of every test that follows one case through its flow. */
export async function startPublished(dialect: TestDialect, doc: Record<string, unknown>): Promise<PublishedSetup> {
  const api = await startApi(dialect);
  try {
    const created = await (await loginAs(api.url, "designer")).post("/api/bundles", doc);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const published = await (await loginAs(api.url, "admin")).post(`/api/bundles/${String(doc.key)}/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const [applicant, clerk, reviewer] = await Promise.all(["zhangsan", "clerk-samr", "reviewer-samr"].map((u) => loginAs(api.url, u)));
    return { api, applicant: applicant!, clerk: clerk!, reviewer: reviewer! };
  } catch (err) {
    await api.stop();
    throw err;
  }
}
