// Deadlines that reach into a year whose holiday arrangement is not published yet, on both dialects: the case's
// handling view names that year, so the workbench can say the deadline counts the statutory days off only; a case
// whose deadlines stay in published years names none.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import data from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { DIALECTS } from "../helpers/db.js";
import { loginAs, openTask, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";

const lastPublished = Math.max(...Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))));

describe.each(DIALECTS)("provisional deadlines on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client, clerk: Client;
  let now = Date.parse(`${lastPublished}-03-02T02:00:00Z`);
  beforeAll(async () => {
    api = await startApi(dialect, { clock: { now: () => new Date(now) } });
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", flowBundle("deadline-shop"))).status).toBe(201);
    expect((await (await loginAs(api.url, "admin")).post("/api/bundles/deadline-shop/publish", {})).status).toBeLessThan(300);
    applicant = await loginAs(api.url, "zhangsan");
    clerk = await loginAs(api.url, "clerk-samr");
  });
  afterAll(() => api?.stop());

  const accepted = async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "deadline-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    expect((await clerk.post(`/api/tasks/${(await openTask(clerk, sub.body.id)).id}/complete`, { action: "accept" })).status).toBe(200);
    return (await clerk.get(`/api/applications/${sub.body.id}`)).body.handling;
  };

  it("names the unpublished year of a deadline that reaches into it, and none for one inside published years", async () => {
    const spring = await accepted();
    expect(spring.statutoryDueAt.slice(0, 4)).toBe(String(lastPublished));
    expect(spring.provisionalYears).toBeUndefined();
    now = Date.parse(`${lastPublished}-12-21T02:00:00Z`);
    [applicant, clerk] = await Promise.all([loginAs(api.url, "zhangsan"), loginAs(api.url, "clerk-samr")]); // months later: new sessions
    const winter = await accepted();
    expect(Number(winter.statutoryDueAt.slice(0, 4))).toBe(lastPublished + 1);
    expect(winter.provisionalYears).toEqual([lastPublished + 1]);
  });
});
