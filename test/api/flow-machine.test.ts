// Bundles with a flow run on the spec/flow state machine through the same routes: acceptance by the front desk,
// a correction round trip with the applicant, review, results at the one exit — every effect (tasks, timers,
// audit events) stored with the state; racing decisions have one winner; timers fire through the sweeper.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client, openTask } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { Sweeper } from "../../server/workers/sweeper.js";
import { flowEngine } from "../../server/flow/engine.js";

const silent = { info() {}, warn() {}, error() {} };
const DAY = 86_400_000;

describe.each(DIALECTS)("state-machine flow on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let reviewer: Client;
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset) };
  beforeAll(async () => {
    api = await startApi(dialect, { clock });
    const created = await (await loginAs(api.url, "designer")).post("/api/bundles", flowBundle());
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    await (await loginAs(api.url, "admin")).post("/api/bundles/flow-shop/publish", {});
    applicant = await loginAs(api.url, "zhangsan");
    clerk = await loginAs(api.url, "clerk-samr");
    reviewer = await loginAs(api.url, "reviewer-samr");
  });
  afterAll(() => api?.stop());


  it("runs acceptance → correction → review → results and ends completed", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "flow-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    expect(sub.body.status).toBe("in_review");
    const id = sub.body.id as string;
    expect((await reviewer.get("/api/tasks/inbox")).body.tasks.some((t: { applicationId: string }) => t.applicationId === id)).toBe(false);
    const accept = await openTask(clerk, id);
    expect(accept).toMatchObject({ role: "clerk", department: "samr" });
    expect(accept.allowedActions).toEqual(expect.arrayContaining(["claim", "accept", "reject", "return_for_correction"]));

    const bad = await clerk.post(`/api/tasks/${accept.id}/complete`, { action: "return_for_correction", deficiencies: [] });
    expect(bad.status).toBe(400);
    const ret = await clerk.post(`/api/tasks/${accept.id}/complete`, { action: "return_for_correction", deficiencies: [{ kind: "field", ref: "/area", label: "经营面积", reason: "面积与租赁合同不符" }] });
    expect(ret.status, JSON.stringify(ret.body)).toBe(200);
    expect(ret.body.application.status).toBe("correction_requested");
    const mine = await applicant.get(`/api/applications/${id}`);
    expect(mine.body.caseActions).toEqual(["applicant_corrected"]);
    const invalid = await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected", data: { ...VALID_DATA, area: 0 } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details[0].pointer).toBe("/data/area");
    const fixed = await applicant.post(`/api/applications/${id}/events`, { type: "applicant_corrected", data: { ...VALID_DATA, area: 60 } });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body).toMatchObject({ status: "in_review", data: { area: 60 } });

    const again = await openTask(clerk, id);
    expect(again.id).not.toBe(accept.id);
    expect((await clerk.post(`/api/tasks/${again.id}/complete`, { action: "accept" })).status).toBe(200);
    const review = await openTask(reviewer, id);
    expect(review.allowedActions).toEqual(expect.arrayContaining(["approve", "reject"]));
    const [r1, r2] = await Promise.all([
      reviewer.post(`/api/tasks/${review.id}/complete`, { action: "approve", result: { document: "JY11105000012345" } }),
      (await loginAs(api.url, "reviewer-samr")).post(`/api/tasks/${review.id}/complete`, { action: "reject", reason: "不符合" }),
    ]);
    expect([r1.status, r2.status].sort()).toEqual([200, 409]);
    const app1 = (await applicant.get(`/api/applications/${id}`)).body;
    if (r2.status === 200) {
      expect(app1.status).toBe("rejected");
      return;
    }
    const results = await openTask(clerk, id);
    expect(results.allowedActions).toContain("results_issued");
    const done = await clerk.post(`/api/tasks/${results.id}/complete`, { action: "results_issued", delivery: "post" });
    expect(done.body.application.status).toBe("completed");
    const final = (await applicant.get(`/api/applications/${id}`)).body;
    const kinds = final.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds[0]).toBe("submitted");
    expect(kinds).toEqual(expect.arrayContaining(["correction_requested", "corrected", "accepted", "case_completed"]));
    expect(final.tasks.every((t: { status: string }) => t.status === "done")).toBe(true);
    const pending = await api.tdb.db.all(sql`SELECT t.id FROM timers t JOIN flow_instances i ON i.id = t.instance_id WHERE i.application_id = ${id} AND t.fired_at IS NULL AND t.cancelled_at IS NULL`);
    expect(pending).toEqual([]);
    expect((await applicant.post(`/api/applications/${id}/rating`, { score: 5 })).status).toBe(201);
  });

  it("fires the case's timers through the sweeper, once", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "flow-shop", version: 1, answers: {}, data: VALID_DATA });
    const accept = await openTask(clerk, sub.body.id);
    await clerk.post(`/api/tasks/${accept.id}/complete`, { action: "accept" });
    const scheduled = await api.tdb.db.all<{ id: string }>(sql`SELECT t.id FROM timers t JOIN flow_instances i ON i.id = t.instance_id WHERE i.application_id = ${sub.body.id} AND t.cancelled_at IS NULL`);
    expect(scheduled.length).toBeGreaterThan(0);
    offset = 60 * DAY;
    const sweeper = new Sweeper({ db: api.tdb.db, flow: flowEngine, clock, log: silent, intervalMs: 1000 });
    const { fired } = await sweeper.sweepOnce();
    expect(fired).toBeGreaterThan(0);
    expect((await sweeper.sweepOnce()).fired).toBe(0);
    clerk = await loginAs(api.url, "clerk-samr"); // the old sessions expired 60 days ago
    const kinds = (await clerk.get(`/api/applications/${sub.body.id}`)).body.timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["case_overdue"]));
    expect(kinds.filter((k: string) => k === "case_overdue")).toHaveLength(1);
    applicant = await loginAs(api.url, "zhangsan"); // the departments' clock is not in the applicant's timeline
    expect((await applicant.get(`/api/applications/${sub.body.id}`)).body.timeline.map((e: { kind: string }) => e.kind)).not.toContain("case_overdue");
    offset = 0;
  });

  it("keeps the answers and data once, in the application row; the stored flow state carries no copy", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "flow-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(sub.status).toBe(201);
    const row = await api.tdb.db.get<{ state: string }>(sql`SELECT state FROM flow_instances WHERE application_id = ${sub.body.id}`);
    const state = JSON.parse(row!.state) as { data: unknown; answers: unknown };
    expect(state.data).toEqual({});
    expect(state.answers).toEqual({});
    expect((await applicant.get(`/api/applications/${sub.body.id}`)).body.data).toEqual(VALID_DATA);
  });
});

describe("a flow that cannot run", () => {
  it("is imported as a draft with its problems under /flow, and refused at publish with them", async () => {
    const api = await startApi("sqlite");
    try {
      const broken = flowBundle("broken-flow") as { flow: { edges: unknown[] } };
      broken.flow.edges = broken.flow.edges.slice(1); // start no longer leads anywhere
      const designer = await loginAs(api.url, "designer");
      const r = await designer.post("/api/bundles", broken);
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.problems.length).toBeGreaterThan(0);
      for (const d of r.body.problems) expect(d.pointer).toMatch(/^\/flow/);
      expect((await designer.get("/api/bundles/broken-flow/draft")).body.spec.flow.edges).toEqual(broken.flow.edges);
      const pub = await (await loginAs(api.url, "admin")).post("/api/bundles/broken-flow/publish", {});
      expect(pub.status).toBe(400);
      expect(pub.body.error.code).toBe("invalid_spec");
      expect(pub.body.error.details.length).toBeGreaterThan(0);
      for (const d of pub.body.error.details) expect(d.pointer).toMatch(/^\/flow/);
    } finally {
      await api.stop();
    }
  });

  it("is refused at publish when an item's department has no step, naming the item in the author's language (tryout 8, issue 15)", async () => {
    const api = await startApi("sqlite");
    try {
      const doc = flowBundle("undecided-flow") as { flow: { nodes: Array<{ id: string }>; edges: Array<{ id: string; source: string; target: string }> } };
      // the urban item's gateway and review are taken out: the samr review leads straight to the one exit
      doc.flow.nodes = doc.flow.nodes.filter((n) => !n.id.endsWith("-sign"));
      doc.flow.edges = [...doc.flow.edges.filter((e) => !e.id.includes("sign")), { id: "e3", source: "review", target: "results" }];
      const designer = await loginAs(api.url, "designer");
      expect((await designer.post("/api/bundles", doc)).status).toBe(201); // a draft may still lack the step
      const admin = await loginAs(api.url, "admin");
      const zh = await admin.post("/api/bundles/undecided-flow/publish", {});
      expect(zh.status).toBe(400);
      const detail = zh.body.error.details.find((d: { pointer: string }) => d.pointer === "/flow/nodes");
      expect(detail.message).toContain("事项「户外招牌设置」没有审批环节");
      const en = await admin.req("POST", "/api/bundles/undecided-flow/publish", {}, { "accept-language": "en" });
      expect(en.body.error.details.find((d: { pointer: string }) => d.pointer === "/flow/nodes").message).toContain('No step decides the item "户外招牌设置"');
      expect((await fetch(`${api.url}/api/catalog/undecided-flow`)).status).toBe(404);
    } finally {
      await api.stop();
    }
  });

  it("fails loudly when a published version's flow no longer compiles: no case is filed on another engine", async () => {
    const api = await startApi("sqlite");
    try {
      expect((await (await loginAs(api.url, "designer")).post("/api/bundles", flowBundle("skew-flow"))).status).toBe(201);
      expect((await (await loginAs(api.url, "admin")).post("/api/bundles/skew-flow/publish", {})).status).toBe(201);
      // A broken database or a version skew: the stored flow loses the edge out of its start.
      const row = await api.tdb.db.get<{ spec: string }>(sql`SELECT spec FROM bundle_versions WHERE key = 'skew-flow' AND version = 1`);
      const spec = JSON.parse(row!.spec) as { flow: { edges: unknown[] } };
      spec.flow.edges = spec.flow.edges.slice(1);
      await api.tdb.db.run(sql`UPDATE bundle_versions SET spec = ${JSON.stringify(spec)} WHERE key = 'skew-flow' AND version = 1`);
      const applicant = await loginAs(api.url, "zhangsan");
      const sub = await applicant.post("/api/applications", { bundleKey: "skew-flow", version: 1, answers: {}, data: VALID_DATA });
      expect(sub.status).toBe(500);
      expect(sub.body.error.code).toBe("internal");
      const mine = await applicant.get("/api/applications");
      expect((mine.body.applications ?? []).filter((a: { bundleKey: string }) => a.bundleKey === "skew-flow")).toEqual([]);
    } finally {
      await api.stop();
    }
  });
});
