// A staff action the flow refuses is answered in one language: Chinese by default, English with Accept-Language: en,
// never the two glued together — the refusal itself and the problems it lists.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, openTask, startPublished, type ApiServer } from "../helpers/api.js";
import { hashPassword } from "../../server/auth/password.js";
import { insertUser } from "../../server/store/users.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";

const EN = { "accept-language": "en" };
const HAN = /[\u4e00-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{3,}/;

describe.each(DIALECTS)("flow refusals in the request's language on %s", (dialect) => {
  let api: ApiServer;
  let clerk: Client;
  let clerk2: Client;
  let taskId: string;
  beforeAll(async () => {
    const setup = await startPublished(dialect, flowBundle());
    api = setup.api;
    clerk = setup.clerk;
    const sub = await setup.applicant.post("/api/applications", { bundleKey: "flow-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    await insertUser(api.tdb.db, { username: "clerk2-samr", displayName: "市场监督管理局窗口受理员二", passwordHash: await hashPassword("Clerk#2026"), roles: ["clerk"], department: "samr" }, new Date());
    clerk2 = await new Client(api.url).login("clerk2-samr", "Clerk#2026");
    taskId = (await openTask(clerk, sub.body.id as string)).id as string;
    expect((await clerk.post(`/api/tasks/${taskId}/complete`, { action: "claim" })).status).toBe(200);
  });
  afterAll(() => api?.stop());

  it("refuses claiming a task someone else claimed: Chinese only by default, English only when asked", async () => {
    const zh = await clerk2.post(`/api/tasks/${taskId}/complete`, { action: "claim" });
    expect(zh.status).toBe(409);
    expect(zh.body.error.message).toBe("任务已被其他人签收");
    const en = await clerk2.req("POST", `/api/tasks/${taskId}/complete`, { action: "claim" }, EN);
    expect(en.status).toBe(409);
    expect(en.body.error.message).toBe("The task has already been claimed by someone else");
    expect(en.body.error.message).not.toMatch(HAN);
  });

  it("lists an event's problems in one language too (a correction notice with nothing to correct)", async () => {
    const body = { action: "return_for_correction", deficiencies: [] };
    const zh = await clerk.post(`/api/tasks/${taskId}/complete`, body);
    expect(zh.status).toBe(400);
    expect(zh.body.error.message).toBe("事件格式不正确");
    expect(zh.body.error.details).toContainEqual(expect.objectContaining({ pointer: "/deficiencies", message: "补正通知必须列出全部需补正的内容" }));
    const en = await clerk.req("POST", `/api/tasks/${taskId}/complete`, body, EN);
    expect(en.status).toBe(400);
    expect(en.body.error.message).toBe("The event is not well formed");
    expect(en.body.error.details).toContainEqual(expect.objectContaining({ pointer: "/deficiencies", message: "A correction notice must list every deficiency" }));
    for (const d of zh.body.error.details as Array<{ message: string }>) expect(d.message).not.toMatch(LATIN_WORD);
    for (const d of en.body.error.details as Array<{ message: string }>) expect(d.message).not.toMatch(HAN);
  });
});
