// Electronic supervision (全程电子监察) over real HTTP on a real database: cases submitted on known working days are
// seen two weeks later as overdue (by whole working days, promised and statutory), due soon and on time, exactly as
// the department inbox colours them; the per-department summary counts every open task; filters narrow the list
// only; applicants and department staff are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SupervisionItem, SupervisionView } from "../../spec/api.js";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { withReviewFlow } from "../fixtures/review-flow.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";

// Asia/Shanghai is UTC+8; March 2026 has no public holiday, so working days are Monday to Friday.
const CST = (local: string) => new Date(`${local}+08:00`);

describe.each(DIALECTS)("supervision view on %s", (dialect) => {
  let api: ApiServer;
  let at = CST("2026-03-02T10:00:00");
  const clock = { now: () => at };
  /** Sessions expire on the server's clock, so every step logs in afresh at the current instant. */
  const as = (username: string) => loginAs(api.url, username);
  const submit = async (bundleKey: string) => {
    const res = await (await as("zhangsan")).post("/api/applications", { bundleKey, version: 1, answers: {}, data: VALID_DATA });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  const ids: Record<"overdue" | "accepted" | "dueSoon" | "onTime" | "urban", string> = { overdue: "", accepted: "", dueSoon: "", onTime: "", urban: "" };
  let view: SupervisionView;

  beforeAll(async () => {
    api = await startApi(dialect, { clock });
    const designer = await as("designer");
    const admin = await as("admin");
    for (const doc of [flowBundle("flow-shop"), withReviewFlow({ ...fixtureBundle("urban-shop", "测试招牌（城管牵头）"), lead: "urban", cooperating: ["samr"] })]) {
      const created = await designer.post("/api/bundles", doc);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect((await admin.post(`/api/bundles/${doc.key}/publish`, { changeSummary: "测试" })).status).toBe(201);
    }
    // Monday 2 March: two cases; one is accepted at once, which starts the case clock (10 / 20 working days).
    ids.overdue = await submit("flow-shop");
    ids.accepted = await submit("flow-shop");
    const clerk = await as("clerk-samr");
    const acceptance = (await clerk.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === ids.accepted);
    expect((await clerk.post(`/api/tasks/${acceptance.id}/complete`, { action: "accept" })).status).toBe(200);
    // Friday 13 March and Monday 16 March.
    at = CST("2026-03-13T10:00:00");
    ids.dueSoon = await submit("flow-shop");
    at = CST("2026-03-16T10:00:00");
    ids.onTime = await submit("flow-shop");
    ids.urban = await submit("urban-shop");
    const res = await (await as("supervisor")).get("/api/supervision");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    view = res.body;
  });
  afterAll(() => api?.stop());

  const itemOf = (v: SupervisionView, appId: string): SupervisionItem => {
    const found = v.items.find((i) => i.applicationId === appId);
    expect(found, `case ${appId} listed`).toBeDefined();
    return found!;
  };

  it("puts every open task in its SLA bucket, with working days overdue and the statutory and case deadlines", () => {
    const overdue = itemOf(view, ids.overdue);
    expect(overdue).toMatchObject({
      department: "samr", role: "clerk", node: "acceptance", bundleTitle: "测试开店（流程）", applicant: "张三", applicationStatus: "in_review",
      dueAt: CST("2026-03-04T17:30:00").toISOString(), sla: "overdue",
      // working days after Wed 4 March up to Mon 16 March: 5, 6, 9, 10, 11, 12, 13, 16
      overdueWorkingDays: 8,
      statutoryDueAt: CST("2026-03-09T17:30:00").toISOString(), statutorySla: "overdue", casePaused: false,
    });
    const review = itemOf(view, ids.accepted);
    expect(review).toMatchObject({
      department: "samr", role: "reviewer", node: "review", sla: "overdue", overdueWorkingDays: 8,
      caseDueAt: CST("2026-03-16T17:30:00").toISOString(), caseSla: "due_soon", caseStatutoryDueAt: CST("2026-03-30T17:30:00").toISOString(),
    });
    expect(itemOf(view, ids.dueSoon)).toMatchObject({ sla: "due_soon", overdueWorkingDays: 0, dueAt: CST("2026-03-17T17:30:00").toISOString() });
    expect(itemOf(view, ids.onTime)).toMatchObject({ sla: "on_time", overdueWorkingDays: 0, statutorySla: "on_time" });
    const urban = itemOf(view, ids.urban);
    expect(urban).toMatchObject({ department: "urban", role: "reviewer", sla: "on_time", overdueWorkingDays: 0 });
    // its review's statutory limit: 20 working days after Monday 16 March, over the 清明 holiday (4–6 April)
    expect(urban).toMatchObject({ statutoryDueAt: CST("2026-04-14T17:30:00").toISOString(), statutorySla: "on_time" });
    expect(view.generatedAt).toBe(CST("2026-03-16T10:00:00").toISOString());
  });

  it("lists the most overdue first", () => {
    expect(view.items.map((i) => i.applicationId)).toEqual([ids.overdue, ids.accepted, ids.dueSoon, ids.onTime, ids.urban]);
    expect(view).toMatchObject({ total: 5, truncated: false });
  });

  it("agrees with the department inbox on every task's SLA state", async () => {
    const inbox = [...(await (await as("clerk-samr")).get("/api/tasks/inbox")).body.tasks, ...(await (await as("reviewer-samr")).get("/api/tasks/inbox")).body.tasks];
    expect(inbox.length).toBe(4);
    for (const t of inbox) expect(view.items.find((i) => i.taskId === t.id)?.sla).toBe(t.sla);
  });

  it("summarises open, due-soon and overdue tasks per department, every department included", () => {
    const samr = view.summary.find((s) => s.department === "samr");
    const urban = view.summary.find((s) => s.department === "urban");
    expect(samr).toMatchObject({ name: "市场监督管理局", open: 4, dueSoon: 1, overdue: 2 });
    expect(urban).toMatchObject({ open: 1, dueSoon: 0, overdue: 0 });
    expect(view.summary[0]!.department).toBe("samr");
    expect(view.summary.find((s) => s.department === "tax")).toMatchObject({ open: 0, dueSoon: 0, overdue: 0 });
    expect(view.totals).toEqual({ open: 5, dueSoon: 1, overdue: 2 });
  });

  it("filters the list by SLA state and by department, never the summary", async () => {
    const supervisor = await as("supervisor");
    const overdue = (await supervisor.get("/api/supervision?sla=overdue")).body as SupervisionView;
    expect(overdue.items.map((i) => i.applicationId)).toEqual([ids.overdue, ids.accepted]);
    expect(overdue.filters).toEqual({ sla: "overdue" });
    expect(overdue.totals).toEqual(view.totals);
    const urban = (await supervisor.get("/api/supervision?department=urban")).body as SupervisionView;
    expect(urban.items.map((i) => i.applicationId)).toEqual([ids.urban]);
    expect(urban.summary).toEqual(view.summary);
    expect((await supervisor.get("/api/supervision?department=samr&sla=due_soon")).body.items.map((i: SupervisionItem) => i.applicationId)).toEqual([ids.dueSoon]);
    expect((await supervisor.get("/api/supervision?department=urban&sla=overdue")).body).toMatchObject({ items: [], total: 0 });
  });

  it("refuses unknown filter values with where the problem is", async () => {
    const res = await (await as("supervisor")).get("/api/supervision?sla=late&department=nowhere");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_request");
    expect(res.body.error.details.map((p: { pointer: string }) => p.pointer).sort()).toEqual(["/department", "/sla"]);
  });

  it("lets admins supervise too, and lets supervisors read any case without acting on it", async () => {
    expect((await (await as("admin")).get("/api/supervision")).body.totals).toEqual(view.totals);
    const supervisor = await as("supervisor");
    const detail = await supervisor.get(`/api/supervision/cases/${ids.overdue}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: ids.overdue, applicant: "张三", status: "in_review" });
    expect(detail.body.tasks.length).toBeGreaterThan(0);
    for (const t of detail.body.tasks) expect(t.allowedActions).toEqual([]);
    expect(detail.body.caseActions).toBeUndefined();
    expect((await supervisor.get("/api/supervision/cases/nope")).status).toBe(404);
  });

  it("refuses applicants, department staff and anonymous callers", async () => {
    for (const path of ["/api/supervision", `/api/supervision/cases/${ids.overdue}`]) {
      expect((await new Client(api.url).get(path)).status).toBe(401);
      for (const username of ["zhangsan", "reviewer-samr", "clerk-samr", "designer"]) {
        const res = await (await as(username)).get(path);
        expect(res.status, `${username} ${path}`).toBe(403);
        expect(res.body.error.code).toBe("forbidden");
      }
    }
  });
});
