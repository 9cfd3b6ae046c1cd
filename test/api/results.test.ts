// A department's real result file (证照/批文 as PDF/OFD/…) over real HTTP: only staff who may act on the open task of
// a node that declares a result may upload it, with the result limits enforced on the bytes; an approval may name
// only a file uploaded for that very task; the applicant gets the exact bytes at the one exit, never before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n1 0 obj<</Type/Catalog>>endobj\n"), Buffer.alloc(3000, 0x41), Buffer.from("\n%%EOF\n")]);
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function upload(c: Client, taskId: string, bytes: Buffer, type: string, name = "营业执照.pdf") {
  const res = await fetch(`${c.base}/api/tasks/${encodeURIComponent(taskId)}/result-file`, {
    method: "POST", body: new Uint8Array(bytes), headers: { "x-requested-with": "yijian", "content-type": type, "x-file-name": encodeURIComponent(name), ...(c.cookie ? { cookie: c.cookie } : {}) },
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe.each(DIALECTS)("result files at the one exit on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let reviewer: Client;
  const taskOf = async (c: Client, id: string) => (await c.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === id) as { id: string };
  /** A submitted case accepted by the clerk, its review task open. */
  const accepted = async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "res-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const id = sub.body.id as string;
    const acceptance = await taskOf(clerk, id);
    expect((await clerk.post(`/api/tasks/${acceptance.id}/complete`, { action: "accept" })).status).toBe(200);
    return { id, acceptance: acceptance.id, review: (await taskOf(reviewer, id)).id };
  };
  const resultFiles = () => api.tdb.db.all<{ id: string }>(sql`SELECT id FROM attachments WHERE material LIKE 'result:%'`);

  beforeAll(async () => {
    api = await startApi(dialect);
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", flowBundle("res-shop"))).status).toBe(201);
    expect((await (await loginAs(api.url, "admin")).post("/api/bundles/res-shop/publish", {})).status).toBe(201);
    [applicant, clerk, reviewer] = await Promise.all([loginAs(api.url, "zhangsan"), loginAs(api.url, "clerk-samr"), loginAs(api.url, "reviewer-samr")]);
  });
  afterAll(() => api?.stop());

  it("refuses uploads by the wrong role or department, of the wrong type, too large, empty, or for a step without a result", async () => {
    const c = await accepted();
    expect((await upload(applicant, c.review, PDF, "application/pdf")).status).toBe(403);
    expect((await upload(clerk, c.review, PDF, "application/pdf")).status).toBe(403);
    expect((await upload(await loginAs(api.url, "reviewer-tax"), c.review, PDF, "application/pdf")).status).toBe(403);
    expect((await upload(new Client(api.url), c.review, PDF, "application/pdf")).status).toBe(401);
    const gif = await upload(reviewer, c.review, Buffer.from("GIF89a\x01\x00"), "image/gif", "a.gif");
    expect(gif.status).toBe(415);
    expect(gif.body.error).toMatchObject({ code: "unsupported_type", details: [{ pointer: "/file", field: "食品经营许可证" }] });
    expect(gif.body.error.message).toMatch(/PDF、OFD、JPG、PNG/);
    const liar = await upload(reviewer, c.review, Buffer.from("<html>not a pdf</html>"), "application/pdf");
    expect(liar.status).toBe(415);
    expect(liar.body.error.details[0]).toMatchObject({ pointer: "/file" });
    const big = await upload(reviewer, c.review, Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024, 0x20)]), "application/pdf");
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: "file_too_large", details: [{ pointer: "/file" }] });
    expect((await upload(reviewer, c.review, Buffer.alloc(0), "application/pdf")).status).toBe(400);
    expect((await upload(clerk, c.acceptance, PDF, "application/pdf")).body.error.message).toMatch(/已办结/);
    const fresh = (await applicant.post("/api/applications", { bundleKey: "res-shop", version: 1, answers: {}, data: VALID_DATA })).body.id as string;
    const noResult = await upload(clerk, (await taskOf(clerk, fresh)).id, PDF, "application/pdf");
    expect(noResult.status).toBe(409);
    expect(noResult.body.error.message).toMatch(/不出具结果文书/);
    expect(await resultFiles()).toEqual([]);
  });

  it("an approval may name only a file uploaded for its own task; the applicant gets the same bytes once issued", async () => {
    const c = await accepted();
    const other = await accepted();
    const mine = await upload(reviewer, c.review, PDF, "application/pdf", "食品经营许可证 JY1110.pdf");
    expect(mine.status, JSON.stringify(mine.body)).toBe(201);
    expect(mine.body).toMatchObject({ name: "食品经营许可证 JY1110.pdf", mime: "application/pdf", size: PDF.length, sha256: sha(PDF) });
    const foreign = await upload(reviewer, other.review, PDF, "application/pdf");
    expect(foreign.status).toBe(201);

    // Another case's file (or an unknown id) is refused at /result/fileId, and nothing is written.
    for (const fileId of [foreign.body.id, "att_nope"]) {
      const r = await reviewer.post(`/api/tasks/${c.review}/complete`, { action: "approve", result: { document: "JY11105000012345", fileId } });
      expect(r.status, JSON.stringify(r.body)).toBe(400);
      expect(r.body.error.details[0]).toMatchObject({ pointer: "/result/fileId" });
    }
    expect((await taskOf(reviewer, c.id)).id).toBe(c.review);
    expect((await applicant.get(`/api/applications/${c.id}/results`)).body.results).toEqual([]);

    // Before approval and issue: the applicant can reach the file neither directly nor through the results.
    expect((await applicant.get(mine.body.url)).status).toBe(403);
    expect((await reviewer.get(mine.body.url)).status).toBe(200);

    const ok = await reviewer.post(`/api/tasks/${c.review}/complete`, { action: "approve", result: { document: "JY11105000012345", fileId: mine.body.id } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await upload(reviewer, c.review, PDF, "application/pdf")).status).toBe(409); // task closed
    const before = (await applicant.get(`/api/applications/${c.id}/results`)).body;
    expect(before).toMatchObject({ issued: false, results: [{ name: "食品经营许可证", document: "JY11105000012345", file: { name: "食品经营许可证 JY1110.pdf", mime: "application/pdf", size: PDF.length, sha256: sha(PDF) } }] });
    expect((await applicant.get(`/api/applications/${c.id}/results/0`)).status).toBe(409);

    expect((await clerk.post(`/api/tasks/${(await taskOf(clerk, c.id)).id}/complete`, { action: "results_issued", delivery: "online" })).status).toBe(200);
    const after = (await applicant.get(`/api/applications/${c.id}/results`)).body;
    expect(after.issued).toBe(true);
    const res = await fetch(`${api.url}${after.results[0].url}`, { headers: { cookie: applicant.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("食品经营许可证 JY1110.pdf"));
    expect(sha(Buffer.from(await res.arrayBuffer()))).toBe(sha(PDF));
    expect((await clerk.get(after.results[0].url)).status).toBe(200);
    expect((await (await loginAs(api.url, "qiye")).get(after.results[0].url)).status).toBe(404);
    expect((await (await loginAs(api.url, "reviewer-tax")).get(after.results[0].url)).status).toBe(404);
    // The result file stays out of the applicant's materials.
    const mats = (await applicant.get(`/api/applications/${c.id}/materials`)).body.materials;
    expect(mats.flatMap((m: { attachments: Array<{ id: string }> }) => m.attachments.map((a) => a.id))).not.toContain(mine.body.id);
  });
});
