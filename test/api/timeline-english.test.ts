// The audit trail (staff) and the applicant's timeline read completely in English when English is chosen: every
// entry written by the flow and the server carries its English, on both dialects, through a whole case — correction,
// acceptance, suspension and resumption, extension, approval, results and rating.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { act, startPublished, type ApiServer, type Client } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { timelineMessage } from "../../runtime/shared/i18n-timeline.js";

const HAN = /[\u3400-\u9fff]/;
/** English text with what people typed or designed (quoted names) left out: what remains must be ours, in English. */
const ours = (s: string) => s.replace(/"[^"]*"/g, "");

describe.each(DIALECTS)("English audit trail and timeline on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let reviewer: Client;
  beforeAll(async () => {
    ({ api, applicant, clerk, reviewer } = await startPublished(dialect, flowBundle("tl-shop")));
  });
  afterAll(() => api?.stop());


  it("gives every entry of a whole case its English, and the system is not named in Chinese", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "tl-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const id = sub.body.id as string;
    await act(clerk, id, { action: "return_for_correction", deficiencies: [{ kind: "field", ref: "/area", label: "Area", reason: "does not match the lease" }] });
    expect((await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected", data: { ...VALID_DATA, area: 60 } })).status).toBe(200);
    await act(clerk, id, { action: "accept" });
    await act(reviewer, id, { action: "suspend", reason: "site_inspection" });
    await act(reviewer, id, { action: "resume" });
    await act(reviewer, id, { action: "extend", days: 1, reason: "checking the kitchen plan" });
    await act(reviewer, id, { action: "approve", result: { document: "JY1" } });
    await act(clerk, id, { action: "results_issued", delivery: "online" });
    expect((await applicant.post(`/api/applications/${id}/rating`, { score: 5 })).status).toBe(201);

    const staff = (await clerk.get(`/api/applications/${id}`)).body.timeline as Array<{ kind: string; message: string; messageEn?: string; system?: boolean; actor: string }>;
    const mine = (await applicant.get(`/api/applications/${id}`)).body.timeline as typeof staff;
    expect(staff.map((e) => e.kind)).toEqual(expect.arrayContaining(["submitted", "correction_requested", "corrected", "accepted", "suspended", "suspension_lifted", "extended", "approved", "results_issued", "case_completed", "rated"]));
    for (const e of [...staff, ...mine]) {
      expect(e.messageEn, `${e.kind}: ${e.message}`).toBeTruthy();
      expect(ours(e.messageEn!), `${e.kind}: ${e.messageEn}`).not.toMatch(HAN);
      // Chinese stays Chinese, without an English gloss
      expect(e.message, e.kind).toMatch(HAN);
      expect(timelineMessage(e, "en")).toBe(e.messageEn);
      expect(timelineMessage(e, "zh-CN")).toBe(e.message);
    }
    expect(staff.find((e) => e.kind === "suspended")!.messageEn).toContain("on-site inspection");
    expect(staff.find((e) => e.kind === "extended")!.messageEn).toContain("extended by 1 working day: checking the kitchen plan");
    expect(staff.filter((e) => e.actor === "系统").every((e) => e.system)).toBe(true);
  });

  it("reads an entry written before events kept their English by its kind, never in Chinese", () => {
    expect(timelineMessage({ kind: "accepted_with_deficiency", message: "容缺受理，申请人承诺…" }, "en")).toBe("Accepted with materials to follow");
    expect(timelineMessage({ kind: "something_new", message: "新的事件" }, "en")).not.toMatch(HAN);
  });
});
