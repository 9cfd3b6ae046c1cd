// Material files and results at the one exit over real HTTP: limits (size, accepted type, the bytes matching the
// declared type) refused by the server with the problem at /file, files bound to the application at submission
// (nothing partial when the materials part is invalid), 容缺 promises recorded with the application, and result
// documents downloadable only after issue and only by the case's applicant and its staff.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, supplyPromised, type ApiServer } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { tinyPng } from "../helpers/files.js";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = tinyPng();

/** The flow fixture with two materials on its licence item: a small-limit one and a 容缺后补 one. */
function bundleWithMaterials() {
  const b = flowBundle("att-shop") as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
  b.items[0] = {
    ...b.items[0],
    materials: [
      { id: "licence-copy", material_name: "营业执照副本", necessity: "必要", source_type: "10", max_size_mb: 0.001, accept: ["application/pdf", "image/png"] },
      { id: "lease", material_name: "场地租赁合同", necessity: "容缺后补", source_type: "10", deferral_days: 3 },
    ],
  };
  return b;
}

async function upload(c: Client, query: string, bytes: Buffer, type: string, name = "文件.pdf") {
  const res = await fetch(`${c.base}${query}`, { method: "POST", body: new Uint8Array(bytes), headers: { "x-requested-with": "yijian", "content-type": type, "x-file-name": encodeURIComponent(name), cookie: c.cookie } });
  return { status: res.status, body: (await res.json()) as any };
}

describe.each(DIALECTS)("attachments and results on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let other: Client;
  const q = (material: string) => `/api/attachments?bundleKey=att-shop&version=1&material=${encodeURIComponent(material)}`;

  beforeAll(async () => {
    api = await startApi(dialect);
    const created = await (await loginAs(api.url, "designer")).post("/api/bundles", bundleWithMaterials());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await (await loginAs(api.url, "admin")).post("/api/bundles/att-shop/publish", {})).status).toBe(201);
    applicant = await loginAs(api.url, "zhangsan");
    other = await loginAs(api.url, "qiye");
  });
  afterAll(() => api?.stop());

  it("refuses files over the material's size, of a type it does not accept, or whose bytes are another type", async () => {
    const big = await upload(applicant, q("licence/licence-copy"), Buffer.concat([PDF, Buffer.alloc(2000, 32)]), "application/pdf");
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: "file_too_large", details: [{ pointer: "/file", field: "营业执照副本" }] });
    const jpeg = await upload(applicant, q("licence/licence-copy"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]), "image/jpeg", "a.jpg");
    expect(jpeg.status).toBe(415);
    expect(jpeg.body.error.message).toMatch(/只接受 PDF、PNG/);
    const liar = await upload(applicant, q("licence/licence-copy"), Buffer.from("<html>not a pdf</html>"), "application/pdf");
    expect(liar.status).toBe(415);
    expect(liar.body.error.details[0]).toMatchObject({ pointer: "/file" });
    const empty = await upload(applicant, q("licence/licence-copy"), Buffer.alloc(0), "application/pdf");
    expect(empty.status).toBe(400);
    const unknown = await upload(applicant, q("licence/nope"), PDF, "application/pdf");
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0].pointer).toBe("/material");
    const rows = await api.tdb.db.all(sql`SELECT id FROM attachments`);
    expect(rows).toEqual([]);
  });

  it("binds uploaded files and the signed 容缺 promise to the application, all or nothing", async () => {
    const ok = await upload(applicant, q("licence/licence-copy"), PNG, "image/png", "执照.png");
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body).toMatchObject({ material: "licence/licence-copy", name: "执照.png", mime: "image/png", size: PNG.length });
    expect((await applicant.get("/api/attachments?bundleKey=att-shop")).body.attachments.map((a: { id: string }) => a.id)).toEqual([ok.body.id]);
    expect((await other.get(ok.body.url)).status).toBe(403);

    // An invalid materials part (wrong signature, a non-deferrable material deferred, someone else's file) stores nothing.
    const foreign = await upload(other, q("licence/licence-copy"), PDF, "application/pdf");
    const bad = await applicant.post("/api/applications", {
      bundleKey: "att-shop", version: 1, answers: {}, data: VALID_DATA,
      materials: { attachments: [ok.body.id, foreign.body.id], deferred: [{ material: "licence/lease", signedName: "李四", agreed: true }, { material: "licence/licence-copy", signedName: "张三", agreed: true }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((p: { pointer: string }) => p.pointer)).toEqual(["/materials/attachments/1", "/materials/deferred/0/signedName", "/materials/deferred/1/material"]);
    expect(await api.tdb.db.all(sql`SELECT id FROM applications`)).toEqual([]);

    const sub = await applicant.post("/api/applications", {
      bundleKey: "att-shop", version: 1, answers: {}, data: VALID_DATA,
      materials: { attachments: [ok.body.id], deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] },
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const id = sub.body.id as string;
    expect(sub.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(expect.arrayContaining(["submitted", "materials_attached", "deficiency_promised"]));
    const mats = (await applicant.get(`/api/applications/${id}/materials`)).body.materials;
    const byKey = Object.fromEntries(mats.map((m: { key: string }) => [m.key, m]));
    expect(byKey["licence/licence-copy"]).toMatchObject({ maxSizeMb: 0.001, accept: ["application/pdf", "image/png"], attachments: [{ id: ok.body.id }] });
    expect(byKey["licence/lease"].promise).toMatchObject({ signedName: "张三", deferralDays: 3 });
    expect(byKey["licence/lease"].promise.text).toMatch(/3 个工作日内补交/);
    expect((await applicant.get("/api/attachments?bundleKey=att-shop")).body.attachments).toEqual([]);
    expect((await applicant.del(`/api/attachments/${ok.body.id}`)).status).toBe(409);
    // Staff of the case's department may read the file; another department and another applicant may not.
    const clerk = await loginAs(api.url, "clerk-samr");
    const dl = await clerk.get(ok.body.url);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-type")).toBe("image/png");
    expect(dl.headers.get("content-disposition")).toContain(encodeURIComponent("执照.png"));
    expect((await (await loginAs(api.url, "clerk-tax")).get(ok.body.url)).status).toBe(403);
    expect((await other.get(`/api/applications/${id}/materials`)).status).toBe(404);
  });

  it("serves result documents only after issue, only to the applicant and the case's staff", async () => {
    // The required materials are supplied: one uploaded, the 容缺 one promised.
    const file = await upload(applicant, q("licence/licence-copy"), PNG, "image/png", "执照.png");
    const sub = await applicant.post("/api/applications", {
      bundleKey: "att-shop", version: 1, answers: {}, data: VALID_DATA,
      materials: { attachments: [file.body.id], deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] },
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const id = sub.body.id as string;
    const clerk = await loginAs(api.url, "clerk-samr");
    const reviewer = await loginAs(api.url, "reviewer-samr");
    const task = async (c: Client) => (await c.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === id);
    expect((await clerk.post(`/api/tasks/${(await task(clerk)).id}/complete`, { action: "accept" })).status).toBe(200);
    expect((await reviewer.post(`/api/tasks/${(await task(reviewer)).id}/complete`, { action: "approve", result: { document: "JY<b>11105000012345</b>" } })).status).toBe(200);
    // the signed 容缺 promise holds after the plain 受理: the one exit waits for the promised material
    expect(await task(clerk)).toBeUndefined();
    await supplyPromised(applicant, id, "licence/lease");
    const before = await applicant.get(`/api/applications/${id}/results`);
    expect(before.body).toMatchObject({ issued: false, results: [{ name: "食品经营许可证", document: "JY<b>11105000012345</b>", department: "samr" }] });
    expect(before.body.results[0].url).toBeUndefined();
    expect((await applicant.get(`/api/applications/${id}/results/0`)).status).toBe(409);
    expect((await clerk.post(`/api/tasks/${(await task(clerk)).id}/complete`, { action: "results_issued", delivery: "online" })).status).toBe(200);
    const after = (await applicant.get(`/api/applications/${id}/results`)).body;
    expect(after).toMatchObject({ issued: true, delivery: "online" });
    const doc = await applicant.get(after.results[0].url);
    expect(doc.status).toBe(200);
    expect(doc.headers.get("content-type")).toMatch(/text\/html/);
    expect(doc.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(doc.body).toContain("食品经营许可证");
    expect(doc.body).toContain("JY&lt;b&gt;11105000012345&lt;/b&gt;");
    expect(doc.body).toContain(id);
    expect((await clerk.get(after.results[0].url)).status).toBe(200);
    expect((await other.get(after.results[0].url)).status).toBe(404);
    expect((await (await loginAs(api.url, "reviewer-tax")).get(after.results[0].url)).status).toBe(404);
    expect((await new Client(api.url).get(after.results[0].url)).status).toBe(401);
    expect((await applicant.get(`/api/applications/${id}/results/7`)).status).toBe(404);
  });
});
