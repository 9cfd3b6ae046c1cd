// A material promised under 容缺 and later asked for by a correction notice, on both dialects: supplying it with the
// correction keeps the promise — it is fulfilled, its deadline timer ends (no credit record can follow), and the
// applicant is no longer asked to supply it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { act, startPublished, type ApiServer, type Client } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { deficiencyBundle } from "../fixtures/deficiency.js";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

describe.each(DIALECTS)("a promised material supplied in a correction on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let reviewer: Client;
  beforeAll(async () => {
    ({ api, applicant, clerk, reviewer } = await startPublished(dialect, deficiencyBundle("promise-shop")));
  });
  afterAll(() => api?.stop());

  const promiseTimer = (id: string) => api.tdb.db.get<{ cancelled_at: string | null; fired_at: string | null }>(sql`SELECT t.cancelled_at, t.fired_at FROM timers t
    JOIN flow_instances i ON i.id = t.instance_id WHERE i.application_id = ${id} AND t.payload LIKE ${"%promise_deadline%"} ORDER BY t.created_at DESC`);

  it("fulfils the promise when the correction supplies the promised material, and ends its timer", async () => {
    const sub = await applicant.post("/api/applications", {
      bundleKey: "promise-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三" },
      materials: { deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] },
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const id = sub.body.id as string;
    await act(clerk, id, { action: "accept_with_deficiency", materials: ["licence/lease"] });
    expect((await promiseTimer(id))).toMatchObject({ cancelled_at: null, fired_at: null });
    await act(reviewer, id, { action: "return_for_correction", deficiencies: [{ kind: "material", ref: "lease", item: "licence", label: "场地租赁合同", reason: "请提交盖章的租赁合同" }] });

    const res = await fetch(`${applicant.base}/api/applications/${id}/attachments?material=licence%2Flease`, {
      method: "POST", body: new Uint8Array(PDF), headers: { "x-requested-with": "yijian", "content-type": "application/pdf", "x-file-name": encodeURIComponent("租赁合同.pdf"), cookie: applicant.cookie },
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const corrected = await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected" });
    expect(corrected.status, JSON.stringify(corrected.body)).toBe(200);

    const view = (await applicant.get(`/api/applications/${id}`)).body;
    expect(view.handling.promises).toEqual([expect.objectContaining({ materials: ["licence/lease"], supplied: ["licence/lease"], status: "fulfilled" })]);
    expect(view.caseActions).not.toContain("materials_supplied");
    const timer = await promiseTimer(id);
    expect(timer!.cancelled_at).not.toBeNull();
    expect(timer!.fired_at).toBeNull();
    expect(await api.tdb.db.all(sql`SELECT id FROM outbox WHERE topic = 'credit.record'`)).toEqual([]);
    // the review goes on with the promise kept
    expect(view.status).toBe("in_review");
  });
});
