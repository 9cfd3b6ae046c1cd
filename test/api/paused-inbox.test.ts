// A paused case in the department inbox, on both dialects: while suspended (中止) its task shows as paused, with no
// deadline colour and no running due date, and no deadline filter lists it however late the clock runs; resumed, it
// comes back with its due date moved on by the suspended working days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { addWorkingDays, CN_CALENDAR, workingDaysBetween } from "../../spec/calendar/index.js";

const DAY = 86_400_000;

describe.each(DIALECTS)("paused cases in the inbox on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let reviewer: Client;
  let offset = 0;
  const base = Date.parse("2026-03-02T02:00:00Z"); // Monday 10:00 Beijing time
  const clock = { now: () => new Date(base + offset) };
  beforeAll(async () => {
    api = await startApi(dialect, { clock });
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", flowBundle("pause-shop"))).status).toBe(201);
    expect((await (await loginAs(api.url, "admin")).post("/api/bundles/pause-shop/publish", {})).status).toBeLessThan(300);
    applicant = await loginAs(api.url, "zhangsan");
    clerk = await loginAs(api.url, "clerk-samr");
    reviewer = await loginAs(api.url, "reviewer-samr");
  });
  afterAll(() => api?.stop());

  const inbox = async (c: Client, query = "") => {
    const r = await c.get(`/api/tasks/inbox${query}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body.tasks as Array<Record<string, any>>;
  };
  const taskOf = async (c: Client, appId: string, query = "") => (await inbox(c, query)).find((t) => t.applicationId === appId);

  it("shows a suspended case's task as paused, outside every deadline filter, and moves its due date when resumed", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "pause-shop", version: 1, answers: {}, data: VALID_DATA });
    const id = sub.body.id as string;
    expect((await clerk.post(`/api/tasks/${(await taskOf(clerk, id))!.id}/complete`, { action: "accept" })).status).toBe(200);
    const before = (await taskOf(reviewer, id))!;
    expect(before).toMatchObject({ sla: "on_time" });
    expect(before.paused).toBeUndefined();
    expect((await reviewer.post(`/api/tasks/${before.id}/complete`, { action: "suspend", reason: "expert_review" })).status).toBe(200);

    offset = 14 * DAY; // far past the task's old due date (2 working days)
    reviewer = await loginAs(api.url, "reviewer-samr"); // the session of two weeks ago has expired
    const paused = (await taskOf(reviewer, id))!;
    expect(paused.paused).toBe(true);
    expect(paused.sla).toBeUndefined();
    expect(paused.dueAt).toBeUndefined();
    expect(paused.allowedActions).toEqual(["resume"]);
    expect(await taskOf(reviewer, id, "?sla=overdue")).toBeUndefined();
    expect(await taskOf(reviewer, id, "?sla=due_soon")).toBeUndefined();
    const caseView = (await reviewer.get(`/api/applications/${id}`)).body;
    expect(caseView.tasks.find((t: { id: string }) => t.id === paused.id)).toMatchObject({ paused: true });

    expect((await reviewer.post(`/api/tasks/${paused.id}/complete`, { action: "resume" })).status).toBe(200);
    const held = workingDaysBetween(new Date(base), new Date(base + offset), CN_CALENDAR);
    const resumed = (await taskOf(reviewer, id))!;
    expect(resumed.paused).toBeUndefined();
    expect(resumed.dueAt).toBe(addWorkingDays(before.dueAt, held, CN_CALENDAR).toISOString());
    expect(resumed.sla).toBe("on_time");
  });
});
