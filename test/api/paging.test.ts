// Paged lists over real HTTP on a real database: the inbox, handled tasks, the applicant's cases and supervision
// return at most one page (≤ 50 rows) per request and walk every row exactly once by cursor, in order; counts come
// with the first page; search and filters narrow the list; bad paging or filter parameters are a 400 naming the
// parameter; late decisions show in the overdue history, the closed-case statistics and the CSV export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClosedStatsView, InboxView, MyApplicationsView, OverdueHistoryView, SupervisionView, TaskView } from "../../spec/api.js";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";

const CST = (local: string) => new Date(`${local}+08:00`);
const CASES = 62;

/** Every page of a list, following nextCursor, with the size of each page. */
async function walk<T>(c: Client, path: string, key: string): Promise<{ rows: T[]; sizes: number[] }> {
  const rows: T[] = [];
  const sizes: number[] = [];
  let cursor: string | undefined;
  do {
    const r = await c.get(`${path}${path.includes("?") ? "&" : "?"}${cursor ? `cursor=${cursor}` : ""}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    rows.push(...(r.body[key] as T[]));
    sizes.push((r.body[key] as T[]).length);
    cursor = r.body.nextCursor;
  } while (cursor);
  return { rows, sizes };
}

describe.each(DIALECTS)("paged lists on %s", (dialect) => {
  let api: ApiServer;
  let at = CST("2026-03-02T10:00:00");
  const clock = { now: () => at };
  const as = (u: string) => loginAs(api.url, u);
  const ids: string[] = [];
  let otherId = "";

  beforeAll(async () => {
    api = await startApi(dialect, { clock });
    const designer = await as("designer");
    const admin = await as("admin");
    for (const doc of [fixtureBundle("test-shop"), fixtureBundle("other-shop", "另一件事")]) {
      expect((await designer.post("/api/bundles", doc)).status).toBe(201);
      expect((await admin.post(`/api/bundles/${doc.key}/publish`, { changeSummary: "测试" })).status).toBe(201);
    }
    const zhangsan = await as("zhangsan");
    for (let i = 0; i < CASES; i++) {
      at = new Date(CST("2026-03-02T10:00:00").getTime() + i * 60_000);
      const r = await zhangsan.post("/api/applications", { bundleKey: "test-shop", version: 1, answers: {}, data: { ...VALID_DATA, shopName: `店铺${i}` } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      ids.push(r.body.id);
    }
    const other = await (await as("qiye")).post("/api/applications", { bundleKey: "other-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    otherId = other.body.id;
  }, 240_000);
  afterAll(() => api?.stop());

  it("pages the open inbox 50 at a time, most urgent first, every task once, with counts", async () => {
    const reviewer = await as("reviewer-samr");
    const first = (await reviewer.get("/api/tasks/inbox")).body as InboxView;
    expect(first.tasks).toHaveLength(50);
    expect(first.counts).toEqual({ open: CASES + 1, done: 0 });
    const { rows, sizes } = await walk<TaskView>(reviewer, "/api/tasks/inbox", "tasks");
    expect(sizes).toEqual([50, CASES + 1 - 50]);
    expect(new Set(rows.map((t) => t.applicationId))).toEqual(new Set([...ids, otherId]));
    const keys = rows.map((t) => `${t.dueAt}|${t.createdAt}`);
    expect(keys).toEqual([...keys].sort());
    const small = await walk<TaskView>(reviewer, "/api/tasks/inbox?limit=7", "tasks");
    expect(small.sizes.every((n) => n <= 7)).toBe(true);
    expect(small.rows.map((t) => t.id)).toEqual(rows.map((t) => t.id));
  });

  it("searches by case number and by applicant, and filters by one-thing", async () => {
    const reviewer = await as("reviewer-samr");
    const byCase = (await reviewer.get(`/api/tasks/inbox?q=${ids[5]}`)).body as InboxView;
    expect(byCase.tasks.map((t) => t.applicationId)).toEqual([ids[5]]);
    const caseNo = (await (await as("zhangsan")).get(`/api/applications/${ids[6]}`)).body.caseNo as string | undefined;
    if (caseNo) expect(((await reviewer.get(`/api/tasks/inbox?q=${encodeURIComponent(caseNo)}`)).body as InboxView).tasks.map((t) => t.applicationId)).toEqual([ids[6]]);
    const byName = await walk<TaskView>(reviewer, `/api/tasks/inbox?q=${encodeURIComponent("北京示例餐饮有限公司")}`, "tasks");
    expect(byName.rows.map((t) => t.applicationId)).toEqual([otherId]);
    expect(((await reviewer.get("/api/tasks/inbox?bundle=other-shop")).body as InboxView).tasks.map((t) => t.applicationId)).toEqual([otherId]);
    expect(((await reviewer.get("/api/tasks/inbox?q=nobody-at-all")).body as InboxView).tasks).toEqual([]);
  });

  it("finds a case by its number in lower case or by a part of it, and by the applicant's surname (tryout 10 #48)", async () => {
    const reviewer = await as("reviewer-samr");
    const caseNo = (await (await as("zhangsan")).get(`/api/applications/${ids[6]}`)).body.caseNo as string;
    const search = async (q: string) => (await walk<TaskView>(reviewer, `/api/tasks/inbox?q=${encodeURIComponent(q)}`, "tasks")).rows;
    expect((await search(caseNo.toLowerCase())).map((t) => t.applicationId)).toEqual([ids[6]]);
    const tail = caseNo.slice(-4);
    const byTail = await search(tail);
    expect(byTail.map((t) => t.applicationId)).toContain(ids[6]);
    expect(byTail.every((t) => (t.caseNo ?? "").includes(tail))).toBe(true);
    const done = await walk<TaskView>(reviewer, `/api/tasks/inbox?status=done&q=${encodeURIComponent(caseNo.toLowerCase())}`, "tasks");
    expect(done.rows).toEqual([]);
    expect(new Set((await search("张")).map((t) => t.applicationId))).toEqual(new Set(ids));
    expect((await search("示例餐饮")).map((t) => t.applicationId)).toEqual([otherId]);
    // LIKE's wildcards are text like any other: nobody's number or name holds them
    expect(await search("%")).toEqual([]);
    expect(await search("_")).toEqual([]);
  });

  it("names each task and supervised case by its readable case number, never its internal id", async () => {
    const caseNo = (await (await as("zhangsan")).get(`/api/applications/${ids[3]}`)).body.caseNo as string;
    expect(caseNo).toMatch(/^[A-Z]+-\d{8}-\d{4}$/);
    const inbox = await walk<TaskView>(await as("reviewer-samr"), "/api/tasks/inbox", "tasks");
    expect(inbox.rows.find((t) => t.applicationId === ids[3])?.caseNo).toBe(caseNo);
    expect(inbox.rows.every((t) => /^[A-Z]+-\d{8}-\d{4}$/.test(t.caseNo ?? ""))).toBe(true);
    const supervised = await walk<SupervisionView["items"][number]>(await as("supervisor"), "/api/supervision", "items");
    expect(supervised.rows.find((i) => i.applicationId === ids[3])?.caseNo).toBe(caseNo);
    const csv = String((await (await as("supervisor")).get("/api/supervision/export?kind=open")).body);
    expect(csv).toContain(`${caseNo},测试开店`);
    expect(csv).not.toContain(ids[3]);
  });

  it("refuses bad paging and filter parameters with a 400 naming each", async () => {
    const reviewer = await as("reviewer-samr");
    for (const [query, field] of [["limit=51", "limit"], ["limit=0", "limit"], ["cursor=bm90LWEtY3Vyc29y", "cursor"], ["status=maybe", "status"], ["sla=late", "sla"], ["dueFrom=2026-02-30", "dueFrom"], ["status=done&sla=overdue", "sla"]]) {
      const r = await reviewer.get(`/api/tasks/inbox?${query}`);
      expect(r.status, query).toBe(400);
      expect(r.body.error.details.map((p: { field: string }) => p.field), query).toContain(field);
    }
    expect((await (await as("zhangsan")).get("/api/applications?limit=500")).status).toBe(400);
    expect((await (await as("supervisor")).get("/api/supervision?cursor=xyz")).status).toBe(400);
  });

  it("pages the applicant's cases newest first, 20 by default, and lists their drafts", async () => {
    const zhangsan = await as("zhangsan");
    const { rows, sizes } = await walk<MyApplicationsView["applications"][number]>(zhangsan, "/api/applications", "applications");
    expect(sizes).toEqual([20, 20, 20, 2]);
    expect(rows.map((a) => a.id)).toEqual([...ids].reverse());
    expect(rows[0]).toMatchObject({ bundleKey: "test-shop", bundleTitle: "测试开店", status: "in_review" });
    expect(((await zhangsan.get("/api/applications?limit=50")).body as MyApplicationsView).applications).toHaveLength(50);
    expect((await zhangsan.put("/api/drafts/other-shop", { version: 1, answers: {}, data: { shopName: "草稿店" } })).status).toBe(200);
    const drafts = (await zhangsan.get("/api/drafts")).body.drafts;
    expect(drafts).toEqual([expect.objectContaining({ bundleKey: "other-shop", bundleTitle: "另一件事", version: 1 })]);
  });

  it("pages supervision with totals from the summary; late decisions show in history, statistics and export", async () => {
    const supervisor = await as("supervisor");
    const view = (await supervisor.get("/api/supervision?limit=25")).body as SupervisionView;
    expect(view.items).toHaveLength(25);
    expect(view.total).toBe(CASES + 1);
    expect(view.truncated).toBe(true);
    const all = await walk<SupervisionView["items"][number]>(supervisor, "/api/supervision?limit=25", "items");
    expect(all.rows).toHaveLength(CASES + 1);
    // Four weeks later (past the 10 promised working days) two cases are decided: late.
    at = CST("2026-03-30T10:00:00");
    const overdue = (await (await as("supervisor")).get("/api/supervision?sla=overdue")).body as SupervisionView;
    expect(overdue.total).toBe(CASES + 1);
    expect(overdue.summary.find((s) => s.department === "samr")).toMatchObject({ open: CASES + 1, overdue: CASES + 1 });
    const reviewer = await as("reviewer-samr");
    const page = ((await reviewer.get("/api/tasks/inbox?limit=2")).body as InboxView).tasks;
    for (const task of page) expect((await reviewer.post(`/api/tasks/${task.id}/complete`, { action: "approve", comment: "同意" })).status).toBe(200);
    const done = (await reviewer.get("/api/tasks/inbox?status=done")).body as InboxView;
    expect(done.tasks.map((t) => t.id).sort()).toEqual(page.map((t) => t.id).sort());
    expect(done.counts).toEqual({ open: CASES - 1, done: 2 });
    const history = (await (await as("supervisor")).get("/api/supervision/overdue")).body as OverdueHistoryView;
    expect(history.items.map((i) => i.taskId).sort()).toEqual(page.map((t) => t.id).sort());
    expect(history.items[0]!.overdueWorkingDays).toBeGreaterThan(5);
    expect(history.items[0]!.completedBy).toBe("市场监督管理局审核员");
    const stats = (await (await as("supervisor")).get("/api/supervision/stats?from=2026-03-01&to=2026-03-31")).body as ClosedStatsView;
    expect(stats.rows.find((r) => r.department === "samr")).toMatchObject({ closed: 2, late: 2, onTimeRate: 0 });
    expect(stats.totals).toMatchObject({ closed: 2, late: 2 });
    const csv = await (await as("supervisor")).get("/api/supervision/export?kind=overdue");
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = String(csv.body).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("办件编号,一件事,部门,环节,承诺期限,办结时间,超期工作日,办理人");
    expect(lines).toHaveLength(3);
    const open = String((await (await as("supervisor")).get("/api/supervision/export?kind=open")).body).trim().split("\r\n");
    expect(open).toHaveLength(CASES - 1 + 1);
    expect((await (await as("supervisor")).get("/api/supervision/export?kind=everything")).status).toBe(400);
  });
});
