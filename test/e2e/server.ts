// Starts the real server for an e2e file and picks the one-thing the journey runs on: the built-in 企业开办
// template when it is published, else any built-in one with a form, else the e2e fixture published through the
// real editor API (admin creates and publishes it).
import { startTestServer, type TestServer } from "../helpers/server.js";
import { e2eBundle } from "./fixture-bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { tinyPdf, tinyPng } from "../helpers/files.js";

/** Preferred built-in templates, best first. */
export const PREFERRED = ["qiye-kaiban"];

/** A tiny cookie-keeping JSON client for set-up steps done over HTTP. */
export async function httpSession(base: string, username: string, password: string) {
  let cookie = "";
  const call = async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: T }> => {
    const res = await fetch(base + path, {
      method, headers: { "Content-Type": "application/json", "X-Requested-With": "yijian", ...(cookie ? { Cookie: cookie } : {}), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = res.headers.getSetCookie?.() ?? [];
    if (set.length) cookie = set.map((c) => c.split(";")[0]).join("; ");
    return { status: res.status, json: (await res.json().catch(() => null)) as T };
  };
  const login = await call("POST", "/api/auth/login", { username, password });
  if (login.status !== 200) throw new Error(`login ${username} failed: ${login.status} ${JSON.stringify(login.json)}`);
  /** Uploads raw bytes as the portal's file inputs do (the body is the file, its name in a header). */
  const upload = async <T>(path: string, bytes: Buffer, type: string, name: string): Promise<{ status: number; json: T }> => {
    const res = await fetch(base + path, {
      method: "POST", body: new Uint8Array(bytes),
      headers: { "X-Requested-With": "yijian", "Content-Type": type, "X-File-Name": encodeURIComponent(name), Cookie: cookie },
    });
    return { status: res.status, json: (await res.json().catch(() => null)) as T };
  };
  /** Saves a one-thing draft as the editor does: based on the revision the stored draft has now (If-Match). */
  const saveDraft = async <T>(key: string, spec: unknown): Promise<{ status: number; json: T }> => {
    const path = `/api/bundles/${encodeURIComponent(key)}/draft`;
    const current = await call<{ revision: string }>("GET", path);
    return call<T>("PUT", path, spec, { "If-Match": `"${current.json.revision}"` });
  };
  return Object.assign(call, { upload, saveDraft });
}

type Session = Awaited<ReturnType<typeof httpSession>>;
type Problem = { code: string; pointer: string };

/** Submits as the portal does when every required material is supplied: asks the server which ones are missing,
 *  uploads a tiny valid file for each (a PDF, else a PNG where only images are accepted) and submits with them. */
export async function submitWithMaterials<T>(applicant: Session, body: { bundleKey: string; version: number } & Record<string, unknown>): Promise<{ status: number; json: T }> {
  const first = await applicant<{ error?: { details?: Problem[] } }>("POST", "/api/applications", body);
  const missing = (first.json?.error?.details ?? []).filter((p) => p.code.startsWith("material_missing"));
  if (first.status !== 400 || !missing.length) return first as unknown as { status: number; json: T };
  const attachments: string[] = [];
  for (const p of missing) {
    const material = p.pointer.replace(/^\/materials\/required\//, "").replace(/~1/g, "/").replace(/~0/g, "~");
    const query = `/api/attachments?bundleKey=${encodeURIComponent(body.bundleKey)}&version=${body.version}&material=${encodeURIComponent(material)}`;
    let up = await applicant.upload<{ id: string }>(query, tinyPdf(), "application/pdf", "材料.pdf");
    if (up.status === 415) up = await applicant.upload<{ id: string }>(query, tinyPng(), "image/png", "材料.png");
    if (up.status !== 201) throw new Error(`uploading ${material}: ${up.status} ${JSON.stringify(up.json)}`);
    attachments.push(up.json.id);
  }
  return applicant<T>("POST", "/api/applications", { ...body, materials: { attachments, deferred: [] } });
}

/** Starts a server and returns it with the key of the one-thing to use. */
export async function startWithBundle(): Promise<{ server: TestServer; bundleKey: string }> {
  // Fast sweeps: time-limit timers (a task already past its limit is escalated) fire right after submission.
  const server = await startTestServer({ env: { YIJIAN_SWEEP_MS: "200" } });
  const catalog = (await (await fetch(server.url + "/api/catalog")).json()) as { bundles: Array<{ key: string }> };
  const keys = catalog.bundles.map((b) => b.key);
  const builtin = PREFERRED.find((k) => keys.includes(k)) ?? keys[0];
  if (builtin) return { server, bundleKey: builtin };
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  const doc = e2eBundle();
  const created = await admin("POST", "/api/bundles", doc);
  if (created.status !== 201) throw new Error(`creating the e2e bundle failed: ${created.status} ${JSON.stringify(created.json)}`);
  const pub = await admin("POST", `/api/bundles/${doc.key}/publish`, { changeSummary: "端到端测试初始版本" });
  if (pub.status !== 201) throw new Error(`publishing the e2e bundle failed: ${pub.status} ${JSON.stringify(pub.json)}`);
  return { server, bundleKey: String(doc.key) };
}

/** The staff account that may act on a task now (its desk, or the one it was escalated to in its department). */
export async function deskFor(base: string, appId: string, task: { id: string; department: string; role: string }): Promise<string> {
  const candidates = [`${task.role}-${task.department}`, `${task.role === "clerk" ? "reviewer" : "clerk"}-${task.department}`];
  for (const username of candidates) {
    const call = await httpSession(base, username, username.startsWith("clerk-") ? "Clerk#2026" : "Review#2026");
    const view = await call<{ tasks: Array<{ id: string; allowedActions: string[] }> }>("GET", `/api/applications/${encodeURIComponent(appId)}`);
    if (view.json.tasks?.find((t) => t.id === task.id)?.allowedActions.length) return username;
  }
  throw new Error(`nobody in ${task.department} may act on task ${task.id} now`);
}

/** Starts a server with fast sweeps and the flow-machine fixture published under `key` (the designer creates it,
 *  the admin publishes it), for journeys that need a flow with acceptance, reviews and results. */
export async function startWithFlowBundle(key: string, changeSummary: string): Promise<{ server: TestServer; bundleKey: string }> {
  const server = await startTestServer({ env: { YIJIAN_SWEEP_MS: "200" } });
  const admin = await httpSession(server.url, "admin", "Admin#2026");
  const designer = await httpSession(server.url, "designer", "Design#2026");
  const created = await designer("POST", "/api/bundles", flowBundle(key));
  if (created.status !== 201) throw new Error(`creating ${key}: ${created.status} ${JSON.stringify(created.json)}`);
  const pub = await admin("POST", `/api/bundles/${key}/publish`, { changeSummary });
  if (pub.status !== 201) throw new Error(`publishing ${key}: ${pub.status} ${JSON.stringify(pub.json)}`);
  return { server, bundleKey: key };
}
