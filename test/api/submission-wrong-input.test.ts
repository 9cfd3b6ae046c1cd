// Tryout 9, #21, over real HTTP on SQLite and PostgreSQL: a submission with a wrong guide answer AND wrong form data
// AND a missing material gets all three kinds of problem in ONE 400 (the form and the materials were skipped while an
// answer was wrong); a value of the wrong JSON type names its field by label and pointer and says in words what was
// expected and what came; a wrong answer says what it must be; a refusal for a role names the role in words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { flowBundle } from "../fixtures/flow.js";

type Detail = { pointer: string; code: string; message: string; field?: string };
const EN = { "accept-language": "en" };

function bundle() {
  const b = flowBundle("wrong-shop") as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
  b.items[0] = { ...b.items[0], materials: [{ id: "plan", material_name: "经营场所平面图", necessity: "必要", source_type: "10", accept: ["image/png"] }] };
  return b;
}

describe.each(DIALECTS)("wrong input on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    const [designer, admin] = [await loginAs(api.url, "designer"), await loginAs(api.url, "admin")];
    expect((await designer.post("/api/bundles", bundle())).status).toBe(201);
    expect((await admin.post("/api/bundles/wrong-shop/publish", {})).status).toBe(201);
    applicant = await loginAs(api.url, "zhangsan");
  });
  afterAll(() => api?.stop());

  const wrong = { bundleKey: "wrong-shop", version: 1, answers: { has_sign: "yes" }, data: { shopName: 123, mobile: "13800138000", area: "四十五" } };

  it("answers the answer's, the form's and the materials' problems in one 400, naming fields and expected types", async () => {
    const r = await applicant.post("/api/applications", wrong);
    expect(r.status).toBe(400);
    const details = r.body.error.details as Detail[];
    expect(details.map((d) => [d.pointer, d.code])).toEqual([
      ["/answers/has_sign", "not_an_option"],
      ["/data/shopName", "type"],
      ["/data/area", "type"],
      ["/materials/required/licence~1plan", "material_missing"],
    ]);
    expect(details[0]!.message).toBe("「是否设置户外招牌」的回答不在可选范围内，应为是或否（true 或 false）");
    expect(details[1]).toMatchObject({ field: "店铺名称", message: "「店铺名称」（/data/shopName）应为文字，收到的是数字 123" });
    expect(details[2]).toMatchObject({ field: "经营面积", message: "「经营面积」（/data/area）应为数字，收到的是文字「四十五」" });
    expect(r.body.error.message).toBe("申请有 4 处需要修改");
    expect(await api.tdb.db.all(sql`SELECT id FROM applications`)).toEqual([]);
  });

  it("says the same in English when asked", async () => {
    const r = await applicant.req("POST", "/api/applications", wrong, EN);
    expect((r.body.error.details as Detail[]).map((d) => d.message)).toEqual([
      'The answer to "是否设置户外招牌" is not one of its options: it must be true or false',
      '"店铺名称" (/data/shopName) must be text; got the number 123',
      '"经营面积" (/data/area) must be a number; got the text "四十五"',
      'Upload the required material "经营场所平面图" (食品经营许可)',
    ]);
  });

  it("names the body's parts and their expected types in words (no 'record')", async () => {
    const r = await applicant.post("/api/applications", { bundleKey: "wrong-shop", version: 1, answers: [], data: 5 });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([
      { pointer: "/answers", message: "引导问题的回答应为一组属性（JSON 对象）" },
      { pointer: "/data", message: "表单数据应为一组属性（JSON 对象）" },
    ]);
  });

  it("refuses a route to the wrong role naming the roles in words, in the asker's language", async () => {
    const zh = await applicant.get("/api/bundles");
    expect(zh.status).toBe(403);
    expect(zh.body.error.message).toBe("此操作仅限事项设计人员或系统管理员使用");
    expect((await applicant.req("GET", "/api/bundles", undefined, EN)).body.error.message).toBe("Only an item designer or an administrator can do this");
    expect((await applicant.get("/api/tasks/inbox")).body.error.message).toBe("此操作仅限窗口受理人员或审核人员使用");
  });
});
