// Results at one exit over real HTTP on both dialects: post (the address collected at submit, the tracking number
// recorded by the clerk and checked), the window (the pick-up code checked), the hand-over recorded once with the
// recipient's on-screen signature, and the 送达回证 naming the method, the tracking number and the recipient.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PDFParse } from "pdf-parse";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";

// A 1×1 white PNG: a signature image as the pad sends it.
const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC";
const ADDRESS = { recipient: "张三", phone: "13800138000", region: "北京市朝阳区", detail: "示例路 1 号院 2 号楼 301", postalCode: "100020" };

async function pdfText(c: Client, id: string): Promise<string> {
  const res = await fetch(`${c.base}/api/documents/${id}/pdf`, { headers: { cookie: c.cookie } });
  const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
  try { return (await parser.getText()).text.replace(/\s+/g, ""); } finally { await parser.destroy(); }
}

describe.each(DIALECTS)("results hand-over on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let reviewer: Client;
  const taskOf = async (c: Client, id: string) => (await c.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === id) as { id: string };
  const act = async (c: Client, id: string, action: Record<string, unknown>) => {
    const r = await c.post(`/api/tasks/${(await taskOf(c, id)).id}/complete`, action);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  };
  /** A case carried to the one exit with the applicant's delivery choice. */
  const approved = async (delivery: Record<string, unknown>) => {
    const sub = await applicant.post("/api/applications", { bundleKey: "ho-shop", version: 1, answers: {}, data: VALID_DATA, delivery });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const id = sub.body.id as string;
    await act(clerk, id, { action: "accept" });
    await act(reviewer, id, { action: "approve", result: { name: "食品经营许可证", document: "JY11105000099999" } });
    return id;
  };
  /** A case carried to results issued with the applicant's delivery choice. */
  const issued = async (delivery: Record<string, unknown>) => {
    const id = await approved(delivery);
    await act(clerk, id, { action: "results_issued", delivery: delivery.method });
    return id;
  };

  beforeAll(async () => {
    api = await startApi(dialect);
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", flowBundle("ho-shop"))).status).toBe(201);
    expect((await (await loginAs(api.url, "admin")).post("/api/bundles/ho-shop/publish", {})).status).toBe(201);
    [applicant, clerk, reviewer] = await Promise.all([loginAs(api.url, "zhangsan"), loginAs(api.url, "clerk-samr"), loginAs(api.url, "reviewer-samr")]);
  });
  afterAll(() => api?.stop());

  it("records the tracking number of results sent by post, then the hand-over once, and prints the 送达回证", async () => {
    const id = await issued({ method: "post", address: ADDRESS });
    const h = (await applicant.get(`/api/applications/${id}/handover`)).body.handover;
    expect(h).toMatchObject({ method: "post", address: "北京市朝阳区示例路 1 号院 2 号楼 301（张三 13800138000，邮编 100020）", signed: false });
    const early = await clerk.post(`/api/applications/${id}/handover`, { recipientName: "张三" });
    expect(early.status).toBe(400);
    expect(early.body.error.details[0].pointer).toBe("/trackingNo");
    const bad = await clerk.put(`/api/applications/${id}/handover/tracking`, { carrier: "顺丰速运", trackingNo: "12-34" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ pointer: "/trackingNo", message: expect.stringMatching(/运单号应为 8–30 位/) })]);
    expect((await clerk.put(`/api/applications/${id}/handover/tracking`, { carrier: "某某快递", trackingNo: "SF1234567890" })).body.error.details[0].pointer).toBe("/carrier");
    expect((await applicant.put(`/api/applications/${id}/handover/tracking`, { carrier: "顺丰速运", trackingNo: "SF1234567890" })).status).toBe(403);
    const ok = await clerk.put(`/api/applications/${id}/handover/tracking`, { carrier: "顺丰速运", trackingNo: "sf1234567890" });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.handover).toMatchObject({ carrier: "顺丰速运", trackingNo: "SF1234567890" });
    expect((await clerk.post(`/api/applications/${id}/documents`, { kind: "service_receipt" })).status).toBe(409);
    const done = await clerk.post(`/api/applications/${id}/handover`, { recipientName: "张三", recipientIdNumber: "11010519491231002X", signature: PNG });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.handover).toMatchObject({ recipientName: "张三", recipientIdNumber: "110105********002X", signed: true });
    expect((await clerk.post(`/api/applications/${id}/handover`, { recipientName: "李四" })).status).toBe(409);
    const receipt = await clerk.post(`/api/applications/${id}/documents`, { kind: "service_receipt" });
    expect(receipt.status, JSON.stringify(receipt.body)).toBe(201);
    const text = await pdfText(clerk, receipt.body.id);
    for (const want of ["送达回证", "邮寄送达", "顺丰速运", "SF1234567890", "食品经营许可证（JY11105000099999）", "110105********002X", "示例路1号院2号楼301"]) expect(text).toContain(want);
    const events = await api.tdb.db.all<{ kind: string }>(sql`SELECT kind FROM events WHERE application_id = ${id} AND kind IN ('results_posted', 'results_handed_over') ORDER BY at`);
    expect(events.map((e) => e.kind)).toEqual(["results_posted", "results_handed_over"]);
  });

  it("hands results over at the window only against the applicant's pick-up code", async () => {
    const id = await issued({ method: "window" });
    const code = (await applicant.get(`/api/applications/${id}/handover`)).body.handover.pickupCode as string;
    expect(code).toMatch(/^\d{6}$/);
    expect((await clerk.get(`/api/applications/${id}/handover`)).body.handover.pickupCode).toBeUndefined(); // staff check it, never see it
    const wrong = await clerk.post(`/api/applications/${id}/handover`, { recipientName: "张三", pickupCode: code === "000000" ? "111111" : "000000" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]).toMatchObject({ pointer: "/pickupCode", field: "取件码" });
    expect((await clerk.post(`/api/applications/${id}/handover`, { recipientName: "张三", signature: "data:image/gif;base64,R0lG", pickupCode: code })).status).toBe(400);
    expect((await clerk.post(`/api/applications/${id}/handover`, { recipientName: "张三", pickupCode: code, signature: PNG })).status).toBe(200);
    expect((await (await loginAs(api.url, "qiye")).get(`/api/applications/${id}/handover`)).status).toBe(404);
    const receipt = await clerk.post(`/api/applications/${id}/documents`, { kind: "service_receipt" });
    const text = await pdfText(applicant, receipt.body.id);
    expect(text).toContain("直接送达（窗口领取）");
  });

  it("issues with the applicant's chosen post when the clerk names no method, and changes it only with a reason the applicant sees (issue 26)", async () => {
    const id = await approved({ method: "post", address: ADDRESS });
    await act(clerk, id, { action: "results_issued" });
    expect((await clerk.get(`/api/applications/${id}/handover`)).body.handover).toMatchObject({ method: "post", address: expect.stringContaining("示例路 1 号院") });
    expect((await applicant.get(`/api/applications/${id}`)).body.timeline.map((e: { message: string }) => e.message).join("\n")).toContain("邮寄送达");

    const other = await approved({ method: "post", address: ADDRESS });
    const task = (await taskOf(clerk, other)).id;
    const silent = await clerk.post(`/api/tasks/${task}/complete`, { action: "results_issued", delivery: "online" });
    expect(silent.status).toBe(400);
    expect(silent.body.error.message).toBe("申请人选择的是邮寄送达，改为网上送达须写明原因");
    expect(silent.body.error.details[0].pointer).toBe("/deliveryChangeReason");
    expect((await clerk.get(`/api/applications/${other}/handover`)).body.handover).toBeNull();
    await act(clerk, other, { action: "results_issued", delivery: "window", deliveryChangeReason: "申请人来电要求到窗口自取" });
    const h = (await applicant.get(`/api/applications/${other}/handover`)).body.handover;
    expect(h).toMatchObject({ method: "window", pickupCode: expect.stringMatching(/^\d{6}$/) });
    expect(h.address).toBeUndefined();
    const seen = (await applicant.get(`/api/applications/${other}`)).body.timeline as Array<{ kind: string; message: string }>;
    expect(seen).toContainEqual(expect.objectContaining({ kind: "delivery_changed", message: "出件方式由邮寄送达改为窗口领取，原因：申请人来电要求到窗口自取" }));
  });

  it("refuses to change to post when the applicant gave no address", async () => {
    const id = await approved({ method: "window" });
    const r = await clerk.post(`/api/tasks/${(await taskOf(clerk, id)).id}/complete`, { action: "results_issued", delivery: "post", deliveryChangeReason: "改为邮寄" });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe("申请人没有填写邮寄地址，不能改为邮寄送达");
  });
});
