// Issue 14: a refusal answers with a stable code and its message in one language — Chinese by default, English when
// the request's Accept-Language asks for it — never both glued together, its details in the same language. One
// refusal of each area on both dialects: the catalogue, a route's query check, a security guard and the hand-over.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fullDraft } from "../helpers/catalogue.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";

const CJK = /[\u3400-\u9fff]/;

interface Refusal { status: number; code: string; zh: string; en: string; details?: { zh: unknown; en: unknown } }

/** Sends the same refused request without and with Accept-Language: en and checks each answer keeps to its language. */
async function refusesInOneLanguage(send: (headers: Record<string, string>) => Promise<{ status: number; body: any }>, want: Refusal): Promise<void> {
  const zh = await send({});
  expect(zh.status, JSON.stringify(zh.body)).toBe(want.status);
  expect(zh.body.error).toMatchObject({ code: want.code, message: want.zh });
  const en = await send({ "accept-language": "en-GB,en;q=0.9,zh-CN;q=0.5" });
  expect(en.status, JSON.stringify(en.body)).toBe(want.status);
  expect(en.body.error).toMatchObject({ code: want.code, message: want.en });
  expect(en.body.error.message).not.toMatch(CJK);
  if (want.details) {
    expect(zh.body.error.details).toEqual(want.details.zh);
    expect(en.body.error.details).toEqual(want.details.en);
  }
}

describe.each(DIALECTS)("refusals in one language on %s", (dialect) => {
  let api: ApiServer;
  let admin: Client, samr: Client, applicant: Client, clerk: Client;
  let caseId: string;

  beforeAll(async () => {
    api = await startApi(dialect);
    [admin, samr, applicant, clerk] = await Promise.all(["admin", "designer-samr", "zhangsan", "clerk-samr"].map((u) => loginAs(api.url, u))) as [Client, Client, Client, Client];
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", flowBundle("one-lang"))).status).toBe(201);
    expect((await admin.post("/api/bundles/one-lang/publish", {})).status).toBe(201);
    const sub = await applicant.post("/api/applications", { bundleKey: "one-lang", version: 1, answers: {}, data: VALID_DATA, delivery: { method: "window" } });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    caseId = sub.body.id as string;
  });
  afterAll(() => api?.stop());

  it("catalogue: a reserved item id and publishing an unchanged draft", async () => {
    await refusesInOneLanguage((h) => samr.req("POST", "/api/items", fullDraft("export", "samr"), h), {
      status: 400, code: "invalid_request", zh: "事项标识不可用", en: "This item id cannot be used",
      details: {
        zh: [{ pointer: "/id", message: "「export」是保留字，不能作为事项标识" }],
        en: [{ pointer: "/id", message: "\"export\" is a reserved word and cannot be an item id" }],
      },
    });
    expect((await samr.post("/api/items", fullDraft("one-lang-item", "samr"))).status).toBe(201);
    expect((await samr.post("/api/items/one-lang-item/publish", { changeSummary: "首次发布" })).status).toBe(201);
    await refusesInOneLanguage((h) => samr.req("POST", "/api/items/one-lang-item/publish", { changeSummary: "再次发布" }, h), {
      status: 409, code: "conflict", zh: "草稿与已发布的版本 1 相同，无需发布", en: "The draft is the same as published version 1: there is nothing to publish",
    });
  });

  it("routes: an inbox filter outside its values", async () => {
    await refusesInOneLanguage((h) => clerk.req("GET", "/api/tasks/inbox?status=maybe", undefined, h), {
      status: 400, code: "invalid_request", zh: "查询条件不合法", en: "The query parameters are not valid",
      details: {
        zh: [{ pointer: "/status", field: "status", message: "状态应为 open / done 之一，不是「maybe」" }],
        en: [{ pointer: "/status", field: "status", message: "The status must be one of open / done, not \"maybe\"" }],
      },
    });
  });

  it("security: a system event sent to a task by a person", async () => {
    const task = ((await clerk.get("/api/tasks/inbox")).body.tasks as Array<{ id: string; applicationId: string }>).find((t) => t.applicationId === caseId)!;
    await refusesInOneLanguage((h) => clerk.req("POST", `/api/tasks/${task.id}/complete`, { action: "timer_fired" }, h), {
      status: 400, code: "invalid_request",
      zh: "「timer_fired」不是办件操作，系统事件不能由人员提交", en: "\"timer_fired\" is not a task action: system events are never accepted from a person",
    });
  });

  it("results hand-over: a missing recipient (a zod check) and results not issued yet", async () => {
    await refusesInOneLanguage((h) => clerk.req("POST", `/api/applications/${caseId}/handover`, { recipientName: " " }, h), {
      status: 400, code: "invalid_request", zh: "请求内容不合法", en: "The request body is not valid",
      details: { zh: [{ pointer: "/recipientName", message: "请填写签收人姓名" }], en: [{ pointer: "/recipientName", message: "Enter the recipient's name" }] },
    });
    await refusesInOneLanguage((h) => clerk.req("POST", `/api/applications/${caseId}/handover`, { recipientName: "张三" }, h), {
      status: 409, code: "not_available", zh: "结果尚未出件，不能登记", en: "The results have not been issued yet, so nothing can be recorded",
    });
  });

  it("form data (issue 10): each field problem names the field by its label and says what is wrong, in the asker's language", async () => {
    const bad = { bundleKey: "one-lang", version: 1, answers: {}, data: { shopName: "张记面馆", mobile: "abc", area: "大" }, delivery: { method: "window" } };
    await refusesInOneLanguage((h) => applicant.req("POST", "/api/applications", bad, h), {
      status: 400, code: "invalid_submission", zh: "申请有 2 处需要修改", en: "The application has 2 problems to fix",
      details: {
        zh: [
          { pointer: "/data/mobile", field: "联系电话", code: "pattern", message: "联系电话格式不正确" },
          { pointer: "/data/area", field: "经营面积", code: "type", message: "「经营面积」（/data/area）应为数字，收到的是文字「大」" },
        ],
        en: [
          { pointer: "/data/mobile", field: "联系电话", code: "pattern", message: "联系电话 has the wrong format" },
          { pointer: "/data/area", field: "经营面积", code: "type", message: '"经营面积" (/data/area) must be a number; got the text "大"' },
        ],
      },
    });
  });

  it("request bodies (issue 10): a zod problem names the field, never zod's English", async () => {
    await refusesInOneLanguage((h) => applicant.req("POST", "/api/applications", { bundleKey: "one-lang", version: "1", data: VALID_DATA }, h), {
      status: 400, code: "invalid_request", zh: "请求内容不合法", en: "The request body is not valid",
      details: { zh: [{ pointer: "/version", message: "版本应为数字" }], en: [{ pointer: "/version", message: "Version must be a number" }] },
    });
  });
});
