// Reads that came along with an action are in the access log too, on both dialects: the case a task completion
// answers with (who, which task), and a case's result read by staff (the issued document), while the applicant
// reading their own result is not a staff access.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startPublished, type ApiServer, type Client } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";

describe.each(DIALECTS)("access log of completions and results on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let reviewer: Client;
  let supervisor: Client;
  beforeAll(async () => {
    ({ api, applicant, clerk, reviewer } = await startPublished(dialect, flowBundle("log-shop")));
    supervisor = await loginAs(api.url, "supervisor");
  });
  afterAll(() => api?.stop());

  const log = async (id: string) => (await supervisor.get(`/api/access-log?application=${id}&limit=200`)).body.entries as Array<{ username: string; action: string; target: string | null }>;
  const complete = async (c: Client, appId: string, body: Record<string, unknown>) => {
    const task = (await c.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === appId);
    const r = await c.post(`/api/tasks/${task.id}/complete`, body);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.application.id).toBe(appId); // the answer carries the case
    return task.id as string;
  };

  it("records the case read with each completion and every staff read of a result", async () => {
    const id = (await applicant.post("/api/applications", { bundleKey: "log-shop", version: 1, answers: {}, data: VALID_DATA })).body.id as string;
    const accept = await complete(clerk, id, { action: "accept" });
    const approve = await complete(reviewer, id, { action: "approve", result: { document: "JY-001" } });
    const issue = await complete(clerk, id, { action: "results_issued", delivery: "online" });
    const entries = await log(id);
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ username: "clerk-samr", action: "view_case", target: `task:${accept}` }),
      expect.objectContaining({ username: "reviewer-samr", action: "view_case", target: `task:${approve}` }),
      expect.objectContaining({ username: "clerk-samr", action: "view_case", target: `task:${issue}` }),
    ]));

    const before = (await log(id)).length;
    expect((await applicant.get(`/api/applications/${id}/results/0`)).status).toBe(200);
    expect((await log(id)).length).toBe(before);
    expect((await reviewer.get(`/api/applications/${id}/results/0`)).status).toBe(200);
    const after = await log(id);
    expect(after.length).toBe(before + 1);
    expect(after).toContainEqual(expect.objectContaining({ username: "reviewer-samr", action: "view_file", target: "result:0" }));
  });
});
