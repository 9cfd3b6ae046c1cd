// Each department reads its own item's form filled with the applicant's data (GET /api/applications/:id/items), in
// its own keys, sections and wording of choices; only its own items, only in cases it handles, masked like the case;
// errors say what is wrong in the asker's language; the data follows a correction. And a review of an item that
// does not apply to the case is skipped, the audit saying why. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationView, CaseItemDataView, CaseItemsView, TaskView } from "../../spec/api.js";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { departmentFormsBundle, SHOP_WITH_SIGN } from "../fixtures/department-forms.js";

const KEY = "dept-shop";

describe.each(DIALECTS)("each department's own item data on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client, clerk: Client, samr: Client, urban: Client, tax: Client;
  const taskOf = async (c: Client, appId: string): Promise<TaskView | undefined> => ((await c.get("/api/tasks/inbox")).body.tasks as TaskView[]).find((t) => t.applicationId === appId && t.status === "open");
  const submit = async (answers: Record<string, unknown>, data: Record<string, unknown>): Promise<ApplicationView> => {
    const r = await applicant.post("/api/applications", { bundleKey: KEY, version: 1, answers, data });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const accept = async (id: string) => expect((await clerk.post(`/api/tasks/${(await taskOf(clerk, id))!.id}/complete`, { action: "accept" })).status).toBe(200);

  beforeAll(async () => {
    api = await startApi(dialect);
    const designer = await loginAs(api.url, "designer");
    expect((await designer.post("/api/bundles", departmentFormsBundle(KEY))).status).toBe(201);
    const published = await (await loginAs(api.url, "admin")).post(`/api/bundles/${KEY}/publish`, {});
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    [applicant, clerk, samr, urban, tax] = await Promise.all((["zhangsan", "clerk-samr", "reviewer-samr", "reviewer-urban", "reviewer-tax"] as const).map((u) => loginAs(api.url, u))) as [Client, Client, Client, Client, Client];
  });
  afterAll(() => api?.stop());

  it("gives each department its own item's form with the applicant's data in its own keys, sections and words", async () => {
    const app = await submit({ has_sign: true }, SHOP_WITH_SIGN);
    const desk = await clerk.get(`/api/applications/${app.id}/items`);
    expect(desk.status, JSON.stringify(desk.body)).toBe(200);
    const view = desk.body as CaseItemsView;
    expect(view).toMatchObject({ applicationId: app.id, caseNo: app.caseNo, department: "samr" });
    expect(view.items.map((i) => i.item)).toEqual(["licence"]);
    const licence = view.items[0]!;
    expect(licence).toMatchObject({ name: "食品经营许可", department: "samr", deptName: "市场监督管理局", applies: true, bundleKey: KEY, version: 1 });
    // the form is the item's own, with its own labels
    expect((licence.form.schema as any).properties.dianpu.properties.mingcheng.title).toBe("店铺名称");
    // 男 in the smart form is 男性 in samr's form; the ID number is masked as in the case view, listed with the case's field
    expect(licence.data).toEqual({ dianpu: { mingcheng: "张记面馆", mianji: 45 }, fuzeren: { xb: "男性", sfzh: "110***********002X" } });
    expect(licence.masked).toEqual([{ pointer: "/fuzeren/sfzh", casePointer: "/idNumber", label: "负责人 / 公民身份号码", element: expect.any(String) }]);
    // the case's field is what a reveal names, and it gives the real value
    const shown = await clerk.post(`/api/applications/${app.id}/reveal`, { pointers: [licence.masked[0]!.casePointer], reason: "核对负责人身份" });
    expect(shown.status, JSON.stringify(shown.body)).toBe(200);
    expect(shown.body.values).toEqual({ "/idNumber": "11010519491231002X" });
    // one item alone, by id or by case number, is the same view
    expect((await clerk.get(`/api/applications/${app.id}/items/licence`)).body).toEqual(licence);
    expect((await clerk.get(`/api/applications/${app.caseNo}/items/licence`)).body).toEqual(licence);

    // urban has no task before acceptance: the case is not found for it; after, it reads its own item only
    expect((await urban.get(`/api/applications/${app.id}/items`)).status).toBe(404);
    await accept(app.id);
    const sign = (await urban.get(`/api/applications/${app.id}/items`)).body as CaseItemsView;
    expect(sign.items.map((i) => [i.item, i.applies, i.data])).toEqual([["sign", true, { zhaopai: "张记面馆 since 1998", lxdh: "13800138000" }]]);
    expect((sign.items[0]!.form.schema as any).properties.zhaopai.title).toBe("招牌内容");
    // the reads are in the access log like reading the case
    const log = await (await loginAs(api.url, "supervisor")).get(`/api/access-log?application=${app.id}`);
    expect(log.body.entries.filter((e: { target: string }) => e.target === "item:sign").map((e: { username: string }) => e.username)).toEqual(["reviewer-urban"]);
  });

  it("shows the receiving department the form of the item a task transferred to it is about (tryout 10 #22)", async () => {
    const app = await submit({ has_sign: true }, SHOP_WITH_SIGN);
    await accept(app.id);
    // before the transfer urban reads only its own item, and samr's is refused
    expect(((await urban.get(`/api/applications/${app.id}/items`)).body as CaseItemsView).items.map((i) => i.item)).toEqual(["sign"]);
    expect((await urban.get(`/api/applications/${app.id}/items/licence`)).status).toBe(403);
    const review = (await taskOf(samr, app.id))!;
    expect(review.name).toBe("食品经营许可审核");
    const moved = await samr.post(`/api/tasks/${review.id}/complete`, { action: "transfer", to: { department: "urban" }, reason: "职责调整，由城管部门审核" });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const view = (await urban.get(`/api/applications/${app.id}/items`)).body as CaseItemsView;
    expect(view.items.map((i) => [i.item, i.viaTask])).toEqual([["licence", "食品经营许可审核"], ["sign", undefined]]);
    const licence = view.items.find((i) => i.item === "licence")!;
    expect(licence).toMatchObject({ department: "samr", applies: true, data: { dianpu: { mingcheng: "张记面馆", mianji: 45 }, fuzeren: { xb: "男性", sfzh: "110***********002X" } } });
    expect((await urban.get(`/api/applications/${app.id}/items/licence`)).body).toEqual(licence);
    // the other departments' reading is unchanged: tax still reads nothing of this case
    expect((await tax.get(`/api/applications/${app.id}/items`)).status).toBe(404);
  });

  it("refuses another department's item, an unknown item and a case the department does not handle, in the asker's language", async () => {
    const app = await submit({ has_sign: true }, SHOP_WITH_SIGN);
    await accept(app.id);
    const other = await urban.get(`/api/applications/${app.id}/items/licence`);
    expect(other.status).toBe(403);
    expect(other.body.error).toMatchObject({ code: "forbidden", message: "事项「食品经营许可」由市场监督管理局办理，只有该部门的人员可以查看它的表单数据" });
    const otherEn = await urban.req("GET", `/api/applications/${app.id}/items/licence`, undefined, { "accept-language": "en-GB,en;q=0.9" });
    expect(otherEn.body.error.message).toBe('The item "食品经营许可" is handled by 市场监督管理局; only that department\'s staff may read its form data');
    const unknown = await samr.get(`/api/applications/${app.id}/items/seal`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe("本案没有事项「seal」；本部门在本案的事项：licence（食品经营许可）");
    const unknownEn = await samr.req("GET", `/api/applications/${app.id}/items/seal`, undefined, { "accept-language": "en" });
    expect(unknownEn.body.error.message).toBe('This case has no item "seal"; your department\'s items in it: licence (食品经营许可)');
    // a department without a task in the case, and the applicant, learn nothing
    for (const [c, status] of [[tax, 404], [applicant, 403]] as const) {
      expect((await c.get(`/api/applications/${app.id}/items`)).status).toBe(status);
      expect((await c.get(`/api/applications/${app.id}/items/licence`)).status).toBe(status);
    }
    const missing = await samr.req("GET", "/api/applications/no-such-case/items", undefined, { "accept-language": "en" });
    expect([missing.status, missing.body.error.message]).toEqual([404, "This application was not found"]);
  });

  it("lets a supervisor read every department's item data of any case, masked and logged, and change nothing", async () => {
    const app = await submit({ has_sign: true }, SHOP_WITH_SIGN);
    const supervisor = await loginAs(api.url, "supervisor");
    const all = await supervisor.get(`/api/applications/${app.caseNo}/items`);
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    const view = all.body as CaseItemsView;
    expect(view.department).toBeUndefined();
    expect(view.items.map((i) => [i.item, i.department])).toEqual([["licence", "samr"], ["sign", "urban"]]);
    // what the department itself reads, masked the same
    expect(view.items[0]).toEqual((await clerk.get(`/api/applications/${app.id}/items/licence`)).body);
    const sign = await supervisor.get(`/api/applications/${app.id}/items/sign`);
    expect([sign.status, sign.body.data]).toEqual([200, { zhaopai: "张记面馆 since 1998", lxdh: "13800138000" }]);
    const unknown = await supervisor.get(`/api/applications/${app.id}/items/seal`);
    expect([unknown.status, unknown.body.error.message]).toEqual([404, "本案没有事项「seal」；本案的事项：licence（食品经营许可）、sign（户外招牌设置）"]);
    // reading only: the supervisor cannot act on the case's task
    const task = (await taskOf(clerk, app.id))!;
    expect((await supervisor.post(`/api/tasks/${task.id}/complete`, { action: "accept" })).status).toBe(403);
    const log = await supervisor.get(`/api/access-log?application=${app.id}`);
    expect(log.body.entries.filter((e: { username: string }) => e.username === "supervisor").map((e: { target: string }) => e.target).sort()).toEqual(["item:licence", "item:sign", "item:sign"]);
  });

  it("follows a correction: the item data is what the case says now", async () => {
    const app = await submit({ has_sign: true }, SHOP_WITH_SIGN);
    const task = (await taskOf(clerk, app.id))!;
    const back = await clerk.post(`/api/tasks/${task.id}/complete`, { action: "return_for_correction", deficiencies: [{ kind: "field", ref: "/sex", reason: "性别与身份证不符" }] });
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    const fixed = await applicant.post(`/api/applications/${app.id}/events`, { type: "applicant_corrected", data: { ...SHOP_WITH_SIGN, sex: "女" } });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    const licence = (await clerk.get(`/api/applications/${app.id}/items/licence`)).body as CaseItemDataView;
    expect((licence.data.fuzeren as Record<string, unknown>).xb).toBe("女性");
  });

  it("skips the review of an item that does not apply, saying why, and completes the case without that department", async () => {
    const app = await submit({ has_sign: false }, { ...SHOP_WITH_SIGN, sign: undefined });
    await accept(app.id);
    expect(await taskOf(urban, app.id)).toBeUndefined();
    const review = (await taskOf(samr, app.id))!;
    expect(review.name).toBe("食品经营许可审核");
    const view = (await samr.get(`/api/applications/${app.id}`)).body as ApplicationView;
    expect(view.tasks.map((t) => t.department)).toEqual(["samr", "samr"]);
    const skipped = view.timeline.filter((e) => e.kind === "step_skipped");
    expect(skipped.map((e) => e.message)).toEqual(["「招牌设置审核」已跳过：事项「户外招牌设置」不适用于本案（「是否设置户外招牌」须为“是”，实为“否”），无需办理"]);
    expect((await samr.post(`/api/tasks/${review.id}/complete`, { action: "approve" })).status).toBe(200);
    expect((await applicant.get(`/api/applications/${app.id}`)).body.status).toBe("completed");
    // the department of the item that does not apply never handled the case, so it cannot read it
    expect((await urban.get(`/api/applications/${app.id}/items`)).status).toBe(404);
  });
});
