// Files and webhook targets (issue 13): every path that takes a file checks its bytes with file-type and the
// format's structure (a PDF has its trailer; an .exe named .pdf is an exe), form file fields included; file names
// lose bidirectional controls; a submitted case holds a bounded number of files; webhooks refuse loopback and
// private targets unless the operator allows them, at subscription and again at delivery.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";
import { deficiencyBundle } from "../fixtures/deficiency.js";
import { fakeExe, tinyPdf, tinyPng } from "../helpers/files.js";
import { contentMismatch, safeFileName } from "../../server/security/file-check.js";
import { isInternalAddress, webhookTargetProblem } from "../../server/security/ssrf.js";
import { MAX_CASE_FILES_PER_MATERIAL } from "../../server/security/storage-caps.js";
import { Sweeper } from "../../server/workers/sweeper.js";
import { flowEngine } from "../../server/flow/engine.js";
import { enqueue } from "../../server/store/outbox.js";

const silent = { info() {}, warn() {}, error() {} };

async function upload(c: Client, path: string, bytes: Buffer, type: string, name: string) {
  const res = await fetch(`${c.base}${path}`, { method: "POST", body: new Uint8Array(bytes), headers: { "x-requested-with": "yijian", "content-type": type, "x-file-name": encodeURIComponent(name), cookie: c.cookie } });
  return { status: res.status, body: (await res.json()) as any };
}

describe("file checks", () => {
  it("tells real files from disguised ones", async () => {
    expect(await contentMismatch("application/pdf", tinyPdf())).toBeUndefined();
    expect(await contentMismatch("image/png", tinyPng())).toBeUndefined();
    expect(await contentMismatch("application/pdf", Buffer.from("%PDF-<html><script>alert(1)</script></html>"))).toEqual({ zh: "文件不完整或已损坏，不是有效的 PDF 文件", en: "the file is truncated or damaged: not a valid PDF file" });
    expect((await contentMismatch("application/pdf", Buffer.concat([Buffer.from("%PDF-1.4\n<html><body>"), tinyPdf()])))?.zh).toMatch(/不是有效的 PDF/);
    // The real type is named as people know it (EXE), never as a MIME type.
    expect(await contentMismatch("application/pdf", fakeExe())).toEqual({ zh: "文件实际是 EXE 格式，不是 PDF", en: "the file is really EXE, not PDF" });
    expect(safeFileName("invoice\u202efdp.exe")).toBe("invoicefdp.exe");
    expect(safeFileName("a\u2066b\u200fc/../d")).toBe("abc_.._d");
  });

  it("classes loopback, private, link-local and mapped addresses as internal", async () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.1", "169.254.169.254", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "0.0.0.0"]) expect(isInternalAddress(a), a).toBe(true);
    for (const a of ["203.0.113.9".replace("203.0.113", "8.8.8"), "2001:4860:4860::8888"]) expect(isInternalAddress(a), a).toBe(false);
    const localhost = await webhookTargetProblem("http://localhost:9/x", []);
    expect(localhost?.zh).toMatch(/^目标 localhost 指向内部地址 .+，未在 YIJIAN_WEBHOOK_ALLOW 中允许$/);
    expect(localhost?.en).toMatch(/^The target localhost points to the internal address .+, which YIJIAN_WEBHOOK_ALLOW does not allow$/);
    expect(await webhookTargetProblem("http://[::1]/x", [])).toEqual({
      zh: "目标 ::1 指向内部地址 ::1，未在 YIJIAN_WEBHOOK_ALLOW 中允许", en: "The target ::1 points to the internal address ::1, which YIJIAN_WEBHOOK_ALLOW does not allow",
    });
    expect(await webhookTargetProblem("http://10.20.1.5/x", ["10.20.0.0/16"])).toBeUndefined();
    expect(await webhookTargetProblem("http://user:pw@8.8.8.8/x", [])).toEqual({ zh: "网址中不能包含用户名或密码", en: "The URL cannot contain a username or password" });
  });
});

describe.each(DIALECTS)("files and webhooks on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let admin: Client;
  beforeAll(async () => {
    api = await startApi(dialect, { config: { webhookAllow: [] } });
    const designer = await loginAs(api.url, "designer");
    admin = await loginAs(api.url, "admin");
    const withFile = fixtureBundle("file-shop") as { form: { schema: { properties: Record<string, unknown> } } };
    withFile.form.schema.properties.licenceCopy = { type: "string", title: "执照复印件", format: "data-url" };
    expect((await designer.post("/api/bundles", withFile)).status).toBe(201);
    expect((await designer.post("/api/bundles", deficiencyBundle("cap-shop"))).status).toBe(201);
    for (const k of ["file-shop", "cap-shop"]) expect([200, 201]).toContain((await admin.post(`/api/bundles/${k}/publish`, {})).status);
    applicant = await loginAs(api.url, "zhangsan");
  });
  afterAll(() => api?.stop());

  it("refuses a disguised file inside a form file field, and stores nothing", async () => {
    const exe = `data:application/pdf;name=${encodeURIComponent("发票\u202efdp.exe")};base64,${fakeExe().toString("base64")}`;
    const r = await applicant.post("/api/applications", { bundleKey: "file-shop", version: 1, answers: {}, data: { ...VALID_DATA, licenceCopy: exe } });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toContainEqual(expect.objectContaining({ pointer: "/data/licenceCopy" }));
    const html = `data:application/pdf;base64,${Buffer.from("%PDF-<html><script>alert(1)</script>").toString("base64")}`;
    expect((await applicant.post("/api/applications", { bundleKey: "file-shop", version: 1, answers: {}, data: { ...VALID_DATA, licenceCopy: html } })).status).toBe(400);
    expect(await api.tdb.db.all(sql`SELECT id FROM applications WHERE bundle_key = 'file-shop'`)).toEqual([]);
  });

  it("stores a real file of a form file field with its name cleaned of bidi controls", async () => {
    const pdf = `data:application/pdf;name=${encodeURIComponent("执照\u202e.pdf")};base64,${tinyPdf().toString("base64")}`;
    const r = await applicant.post("/api/applications", { bundleKey: "file-shop", version: 1, answers: {}, data: { ...VALID_DATA, licenceCopy: pdf } });
    expect(r.status, JSON.stringify(r.body).slice(0, 500)).toBe(201);
    const stored = JSON.parse((await api.tdb.db.get<{ data: string }>(sql`SELECT data FROM applications WHERE id = ${r.body.id}`))!.data);
    expect(stored.licenceCopy).toBe(`data:application/pdf;name=${encodeURIComponent("执照.pdf")};base64,${tinyPdf().toString("base64")}`);
  });

  it("caps the files an applicant adds to a submitted case", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "cap-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三" }, materials: { deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] } });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const path = `/api/applications/${sub.body.id}/attachments?material=${encodeURIComponent("licence/lease")}`;
    const statuses: number[] = [];
    for (let i = 0; i < MAX_CASE_FILES_PER_MATERIAL + 2; i++) statuses.push((await upload(applicant, path, tinyPdf(i), "application/pdf", `租赁\u202e合同${i}.pdf`)).status);
    expect(statuses).toEqual([...Array(MAX_CASE_FILES_PER_MATERIAL).fill(201), 409, 409]);
    const names = await api.tdb.db.all<{ name: string }>(sql`SELECT name FROM attachments WHERE application_id = ${sub.body.id}`);
    expect(names).toHaveLength(MAX_CASE_FILES_PER_MATERIAL);
    expect(names.every((n) => !/[\u202a-\u202e]/.test(n.name))).toBe(true);
    expect((await upload(applicant, path, fakeExe(), "application/pdf", "x.pdf")).status).toBe(415);
  });

  it("counts an identical re-upload once, and lets a correction add to a material submitted with a full set of files (tryout 10 #18)", async () => {
    const pending = `/api/attachments?bundleKey=cap-shop&version=1&material=${encodeURIComponent("licence/lease")}`;
    const first = await upload(applicant, pending, tinyPdf(100), "application/pdf", "合同.pdf");
    const again = await upload(applicant, pending, tinyPdf(100), "application/pdf", "合同.pdf");
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id); // the same bytes for the same material: the same file
    const ids = [first.body.id as string];
    for (let i = 1; i < MAX_CASE_FILES_PER_MATERIAL; i++) ids.push((await upload(applicant, pending, tinyPdf(100 + i), "application/pdf", `合同${i}.pdf`)).body.id as string);
    expect(new Set(ids).size).toBe(MAX_CASE_FILES_PER_MATERIAL);
    const sub = await applicant.post("/api/applications", { bundleKey: "cap-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三" }, materials: { attachments: ids } });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    // the corrected file goes in although the material was submitted with its cap of files
    const path = `/api/applications/${sub.body.id}/attachments?material=${encodeURIComponent("licence/lease")}`;
    const corrected = await upload(applicant, path, tinyPdf(200), "application/pdf", "合同（清晰）.pdf");
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(201);
    expect((await upload(applicant, path, tinyPdf(200), "application/pdf", "合同（清晰）.pdf")).body.id).toBe(corrected.body.id);
    const rows = await api.tdb.db.all<{ id: string }>(sql`SELECT id FROM attachments WHERE application_id = ${sub.body.id}`);
    expect(rows).toHaveLength(MAX_CASE_FILES_PER_MATERIAL + 1);
  });

  it("says what is wrong with a file in the applicant's language only: Chinese, or English, never both glued", async () => {
    const path = `/api/attachments?bundleKey=cap-shop&version=1&material=${encodeURIComponent("licence/lease")}`;
    const send = async (lang: string, bytes: Buffer, type: string) => {
      const res = await fetch(`${applicant.base}${path}`, { method: "POST", body: new Uint8Array(bytes), headers: { "x-requested-with": "yijian", "content-type": type, "x-file-name": encodeURIComponent("合同.pdf"), "accept-language": lang, cookie: applicant.cookie } });
      return { status: res.status, body: (await res.json()) as { error: { message: string; details: Array<{ message: string }> } } };
    };
    const zh = await send("zh-CN", tinyPng(), "application/pdf");
    expect(zh.status).toBe(415);
    expect(zh.body.error.message).toBe("「场地租赁合同」的文件与其格式不符：文件实际是 PNG 格式，不是 PDF");
    expect(zh.body.error.details[0]!.message).toBe(zh.body.error.message);
    const en = await send("en-US,en;q=0.9", tinyPng(), "application/pdf");
    expect(en.body.error.message).toBe('The file for "场地租赁合同" does not match its type: the file is really PNG, not PDF');
    const text = await send("zh-CN", Buffer.from("纯文本"), "text/plain");
    expect(text.status).toBe(415);
    expect(text.body.error.message).toMatch(/^「场地租赁合同」只接受 .*PDF.* 格式，不接受 TXT$/);
    const empty = await send("en", Buffer.alloc(0), "application/pdf");
    expect(empty.body.error.message).toBe('The file for "场地租赁合同" is empty');
    for (const r of [zh, text]) expect(r.body.error.message).not.toMatch(/\((content|unrecognised|malformed|file)/);
  });

  it("refuses loopback and private webhook targets unless allowed, and does not deliver to them", async () => {
    for (const url of ["http://127.0.0.1:9/hook", "http://localhost/x", "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "http://10.0.0.8/x"]) {
      const r = await admin.post("/api/webhooks", { url, topics: ["*"] });
      expect(r.status, url).toBe(400);
      expect(r.body.error.details[0].pointer).toBe("/url");
    }
    expect((await admin.get("/api/webhooks")).body.subscriptions).toEqual([]);
    // A subscription whose target became internal later (stored directly here) is not delivered to.
    let hits = 0;
    const receiver: Server = createServer((_req, res) => { hits++; res.end("ok"); });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", () => r()));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
      await api.tdb.db.run(sql`INSERT INTO webhook_subscriptions (id, url, secret, topics, active, created_at, created_by) VALUES ('sub-x', ${url}, 'secret-secret-secret', '["*"]', 1, ${new Date().toISOString()}, 'test')`);
      await enqueue(api.tdb.db, "case.submitted", { x: 1 }, new Date());
      await new Sweeper({ db: api.tdb.db, flow: flowEngine, clock: { now: () => new Date() }, log: silent, intervalMs: 1000, webhookAllow: [] }).sweepOnce();
      expect(hits).toBe(0);
      const row = await api.tdb.db.get<{ last_error: string }>(sql`SELECT last_error FROM outbox WHERE subscription_id = 'sub-x'`);
      expect(row!.last_error).toBe("The target 127.0.0.1 points to the internal address 127.0.0.1, which YIJIAN_WEBHOOK_ALLOW does not allow");
      await new Sweeper({ db: api.tdb.db, flow: flowEngine, clock: { now: () => new Date(Date.now() + 3_600_000) }, log: silent, intervalMs: 1000, webhookAllow: ["127.0.0.1"] }).sweepOnce();
      expect(hits).toBe(1);
    } finally {
      await new Promise<void>((r) => receiver.close(() => r()));
    }
  });
});
