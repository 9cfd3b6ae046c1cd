// The applicant's signed 容缺 promise (容缺受理承诺书, signed with the application) holds whichever way the clerk accepts
// the case, on both dialects: after a plain 受理 the case keeps the promise (material, deadline from acceptance, its
// timer), the timeline and the acceptance notice say it, staff see it outstanding, and the applicant can supply it;
// a 容缺受理 that does not list the signed material keeps it too; a request cannot set the promises itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { act, openTask, startPublished, type ApiServer, type Client } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { deficiencyBundle } from "../fixtures/deficiency.js";
import { beijingDateTime } from "../../spec/beijing-time.js";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe.each(DIALECTS)("a signed 容缺 promise kept at acceptance on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let reviewer: Client;
  beforeAll(async () => {
    ({ api, applicant, clerk, reviewer } = await startPublished(dialect, deficiencyBundle("kept-shop")));
  });
  afterAll(() => api?.stop());

  const submitPromising = async (): Promise<string> => {
    const sub = await applicant.post("/api/applications", {
      bundleKey: "kept-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三" },
      materials: { deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] },
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    return sub.body.id as string;
  };
  const promiseTimers = (id: string) => api.tdb.db.all<{ due_at: string; cancelled_at: string | null }>(sql`SELECT t.due_at, t.cancelled_at FROM timers t
    JOIN flow_instances i ON i.id = t.instance_id WHERE i.application_id = ${id} AND t.payload LIKE ${"%promise_deadline%"}`);

  it("a plain 受理 keeps the promise: deadline from acceptance, timer, timeline, notice, outstanding for staff", async () => {
    const id = await submitPromising();
    await act(clerk, id, { action: "accept" });

    const view = (await applicant.get(`/api/applications/${id}`)).body;
    expect(view.handling.promises).toEqual([{ materials: ["licence/lease"], supplied: [], deadline: expect.any(String), status: "pending" }]);
    const deadline = view.handling.promises[0].deadline as string;
    // 3 working days (the material's deferral_days) after acceptance: later than 3 calendar days, at most a week and a half
    const days = (Date.parse(deadline) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThan(10);
    expect(view.caseActions).toContain("materials_supplied");
    const timers = await promiseTimers(id);
    expect(timers).toHaveLength(1);
    expect(new Date(timers[0]!.due_at).toISOString()).toBe(deadline);
    expect(timers[0]!.cancelled_at).toBeNull();

    // the applicant's timeline says the case was accepted with the material to follow, by when
    const entry = view.timeline.find((e: { kind: string }) => e.kind === "accepted_with_deficiency");
    expect(entry?.message).toBe(`受理（容缺受理）：申请人已签署容缺承诺，于 ${beijingDateTime(deadline)} 前补交：场地租赁合同`);
    expect(view.timeline.some((e: { kind: string }) => e.kind === "accepted")).toBe(false);

    // the reviewer handling the case sees it outstanding
    const staffView = (await reviewer.get(`/api/applications/${id}`)).body;
    expect(staffView.handling.promises).toEqual([expect.objectContaining({ materials: ["licence/lease"], status: "pending" })]);
    expect(await openTask(reviewer, id)).toBeTruthy();

    // the acceptance notice is one of 容缺受理 and lists the material with its deadline
    const issued = await clerk.post(`/api/applications/${id}/documents`, { kind: "acceptance", ref: "case" });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const html = await (await fetch(`${clerk.base}/api/documents/${issued.body.id}/html`, { headers: { cookie: clerk.cookie } })).text();
    expect(html).toContain("本机关决定予以受理（容缺受理）");
    expect(html).toMatch(/容缺后补材料[\s\S]*场地租赁合同/);

    // the applicant supplies it the way the portal does (by the material's id): the promise is fulfilled, its timer ends
    const up = await fetch(`${applicant.base}/api/applications/${id}/attachments?material=licence%2Flease`, {
      method: "POST", body: new Uint8Array(PDF), headers: { "x-requested-with": "yijian", "content-type": "application/pdf", "x-file-name": encodeURIComponent("租赁合同.pdf"), cookie: applicant.cookie },
    });
    expect(up.status, await up.clone().text()).toBe(201);
    const supplied = await applicant.post(`/api/applications/${id}/events`, { type: "materials_supplied", materials: ["lease"] });
    expect(supplied.status, JSON.stringify(supplied.body)).toBe(200);
    expect(supplied.body.handling.promises).toEqual([expect.objectContaining({ materials: ["licence/lease"], supplied: ["licence/lease"], status: "fulfilled" })]);
    expect((await promiseTimers(id))[0]!.cancelled_at).not.toBeNull();
  });

  it("a 容缺受理 naming the signed material (by its id) makes one promise, the clerk's; a request cannot set the signed promises", async () => {
    const id = await submitPromising();
    const task = await openTask(clerk, id);
    // the promises are the server's: a request cannot set them
    const forged = await clerk.post(`/api/tasks/${task.id}/complete`, { action: "accept", signed: [{ material: "licence/other", days: 1 }] });
    expect(forged.status).toBe(400);
    expect(forged.body.error.details).toEqual([expect.objectContaining({ pointer: "/signed" })]);

    await act(clerk, id, { action: "accept_with_deficiency", materials: ["lease"], days: 2 });
    const view = (await applicant.get(`/api/applications/${id}`)).body;
    // the clerk listed the same material (by its id): one promise, the clerk's shorter deadline
    expect(view.handling.promises).toEqual([expect.objectContaining({ materials: ["lease"], status: "pending" })]);
    expect(await promiseTimers(id)).toHaveLength(1);
  });

  it("a material uploaded after submission and before acceptance is not promised any more", async () => {
    const id = await submitPromising();
    const up = await fetch(`${applicant.base}/api/applications/${id}/attachments?material=licence%2Flease`, {
      method: "POST", body: new Uint8Array(PDF), headers: { "x-requested-with": "yijian", "content-type": "application/pdf", "x-file-name": encodeURIComponent("租赁合同.pdf"), cookie: applicant.cookie },
    });
    expect(up.status, await up.clone().text()).toBe(201);
    await act(clerk, id, { action: "accept" });
    const view = (await applicant.get(`/api/applications/${id}`)).body;
    expect(view.handling.promises).toEqual([]);
    expect(view.timeline.some((e: { kind: string }) => e.kind === "accepted")).toBe(true);
  });
});
