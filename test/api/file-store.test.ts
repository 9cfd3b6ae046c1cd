// Uploaded files live in the file store, not in database rows, on both dialects: an upload leaves a row with the
// metadata and sha256 only, the download streams back the identical bytes with the right headers, a file damaged
// on disk is detected by its hash and never served, and rows written before migration 0013 (base64 in the row)
// are moved to the store at start-up.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { flowBundle } from "../fixtures/flow.js";
import { LocalFileStore, useFileStore } from "../../server/files/index.js";
import { moveRowBytesToStore } from "../../server/files/migrate-rows.js";
import { createLogger } from "../../server/log.js";

/** A valid PDF of about `kb` KiB (a structural check needs its header and trailer). */
function pdf(kb: number, fill = "x"): Buffer {
  return Buffer.concat([Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\n%"), Buffer.alloc(kb * 1024, fill), Buffer.from("\ntrailer<<>>\n%%EOF\n")]);
}
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

describe.each(DIALECTS)("the file store on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  const filesDir = mkdtempSync(join(tmpdir(), "yijian-fs-test-"));
  const store = new LocalFileStore(filesDir);
  beforeAll(async () => {
    api = await startApi(dialect, { config: { filesDir } });
    const b = flowBundle("fs-shop") as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
    b.items[0] = { ...b.items[0], materials: [{ id: "plan", material_name: "经营场所平面图", necessity: "非必要", source_type: "10", max_size_mb: 5, accept: ["application/pdf"] }] };
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", b)).status).toBe(201);
    expect((await (await loginAs(api.url, "admin")).post("/api/bundles/fs-shop/publish", {})).status).toBeLessThan(300);
    applicant = await loginAs(api.url, "zhangsan");
  });
  afterAll(() => api?.stop());

  const upload = async (bytes: Buffer, name = "平面图.pdf") => {
    const res = await fetch(`${api.url}/api/attachments?bundleKey=fs-shop&version=1&material=${encodeURIComponent("licence/plan")}`, {
      method: "POST", body: new Uint8Array(bytes), headers: { "x-requested-with": "yijian", "content-type": "application/pdf", "x-file-name": encodeURIComponent(name), cookie: applicant.cookie },
    });
    return { status: res.status, body: (await res.json()) as { id: string; sha256?: string } };
  };
  const download = (id: string) => fetch(`${api.url}/api/attachments/${id}`, { headers: { cookie: applicant.cookie } });

  it("keeps only metadata and the hash in the row, and streams back identical bytes with the right headers", async () => {
    const bytes = pdf(2048); // 2 MiB: streamed, not held in a row
    const up = await upload(bytes);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const row = (await api.tdb.db.get<{ content: string | null; sha256: string; size: number }>(sql`SELECT content, sha256, size FROM attachments WHERE id = ${up.body.id}`))!;
    expect(row.content).toBeNull();
    expect(row.sha256).toBe(sha(bytes));
    expect(Number(row.size)).toBe(bytes.length);
    expect(readdirSync(join(filesDir, row.sha256.slice(0, 2), row.sha256.slice(2, 4)))).toContain(row.sha256);

    const res = await download(up.body.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-length")).toBe(String(bytes.length));
    // old clients read the ASCII fallback: a readable name with the file's extension, never the attachment's id
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="attachment.pdf"; filename*=UTF-8''${encodeURIComponent("平面图.pdf")}`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(bytes));
  });

  it("stores the same bytes once however often they are uploaded", async () => {
    const bytes = pdf(4, "y");
    const a = await upload(bytes, "一.pdf");
    const b = await upload(bytes, "二.pdf");
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    const h = sha(bytes);
    expect(readdirSync(join(filesDir, h.slice(0, 2), h.slice(2, 4))).filter((f) => f === h)).toHaveLength(1);
    expect(Buffer.from(await (await download(b.body.id)).arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("detects a file damaged on disk by its hash and never serves it", async () => {
    const bytes = pdf(8, "z");
    const up = await upload(bytes);
    const h = sha(bytes);
    const tampered = Buffer.from(bytes);
    tampered[40] = 0x41;
    writeFileSync(store.pathOf(h), tampered);
    const res = await download(up.body.id);
    expect(res.status).toBe(500);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("file_damaged");
    expect(body.error.message).toMatch(/^文件已损坏/);
    const en = await fetch(`${api.url}/api/attachments/${up.body.id}`, { headers: { cookie: applicant.cookie, "accept-language": "en" } });
    expect(((await en.json()) as { error: { message: string } }).error.message).toMatch(/^the file is damaged/);
    expect(await store.verify(h)).toBe(false);
  });

  it("moves the bytes of rows written before the file store (base64 in the row) into the store", async () => {
    const bytes = pdf(16, "w");
    const owner = (await api.tdb.db.get<{ id: string }>(sql`SELECT id FROM users WHERE username = 'zhangsan'`))!.id;
    const id = "att_legacy_" + dialect;
    await api.tdb.db.run(sql`INSERT INTO attachments (id, owner_id, bundle_key, version, material, name, mime, size, sha256, content, application_id, created_at)
      VALUES (${id}, ${owner}, 'fs-shop', 1, 'licence/plan', '旧文件.pdf', 'application/pdf', ${bytes.length}, ${sha(bytes)}, ${bytes.toString("base64")}, ${null}, '2026-01-05T02:00:00.000Z')`);
    useFileStore(store);
    expect(await moveRowBytesToStore(api.tdb.db, store, createLogger(true))).toBe(1);
    expect(await moveRowBytesToStore(api.tdb.db, store, createLogger(true))).toBe(0); // again: nothing left to move
    const row = (await api.tdb.db.get<{ content: string | null }>(sql`SELECT content FROM attachments WHERE id = ${id}`))!;
    expect(row.content).toBeNull();
    const res = await download(id);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });
});
