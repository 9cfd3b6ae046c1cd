// Field kinds on the server, both dialects: a submission is checked with the kinds' rules (exact ID message,
// region to the county or the street, no future birth date, derived dates), a forged computed value and a broken table constraint are
// refused with their pointers and nothing is stored, and the valid data goes through unchanged.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { fieldsBundle, validFieldsData, VALID_ID } from "../fixtures/fields-bundle.js";

describe.each(DIALECTS)("field kinds at submit on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  const submit = (data: Record<string, unknown>) => applicant.post("/api/applications", { bundleKey: "test-fields", version: 1, answers: {}, data });
  const details = (r: { body: { error: { details: Array<{ pointer: string; message: string }> } } }) =>
    Object.fromEntries(r.body.error.details.map((d) => [d.pointer, d.message]));
  beforeAll(async () => {
    api = await startApi(dialect);
    const designer = await loginAs(api.url, "designer");
    expect((await designer.post("/api/bundles", fieldsBundle())).status).toBe(201);
    const admin = await loginAs(api.url, "admin");
    expect((await admin.post("/api/bundles/test-fields/publish", { changeSummary: "首次发布" })).status).toBe(201);
    applicant = await loginAs(api.url, "zhangsan");
  });
  afterAll(() => api?.stop());

  it("refuses a forged computed total and a broken table constraint with their pointers", async () => {
    const forged = validFieldsData();
    (forged.company as Record<string, unknown>).total = 120;
    const r1 = await submit(forged);
    expect(r1.status).toBe(400);
    expect(details(r1)).toEqual({ "/data/company/total": "「出资比例合计（%）」由规则计算，应为 100，提交的是 120" });

    const broken = validFieldsData();
    (broken.company as Record<string, unknown>).shareholders = [{ name: "甲", ratio: 60 }, { name: "乙", ratio: 30 }];
    (broken.company as Record<string, unknown>).total = 90;
    const r2 = await submit(broken);
    expect(r2.status).toBe(400);
    expect(details(r2)).toEqual({ "/data/company/shareholders": "出资比例合计应为 100%" });
    expect((await applicant.get("/api/applications")).body.applications ?? []).toEqual([]);
  });

  it("says exactly what is wrong with an ID number, a region and a birth date", async () => {
    const bad = validFieldsData();
    const person = bad.person as Record<string, unknown>;
    person.idNumber = VALID_ID.slice(0, 17) + (VALID_ID[17] === "0" ? "1" : "0");
    person.region = "110000";
    person.babyBirth = "2999-01-01";
    person.street = "511602999";
    (bad.company as Record<string, unknown>).capital = 1.23456789;
    (bad.company as Record<string, unknown>).termEnd = "2050-01-15";
    const r = await submit(bad);
    expect(r.status).toBe(400);
    expect(details(r)).toEqual({
      "/data/person/idNumber": "校验位不正确，请核对号码",
      "/data/person/region": "请继续选择地市和区县",
      "/data/person/babyBirth": expect.stringMatching(/^不能晚于今天（\d{4}年\d{1,2}月\d{1,2}日）$/),
      "/data/company/capital": "最多 6 位小数",
      "/data/person/street": "地区码无效：511602999 不是现行行政区划代码，请从列表中选择",
      "/data/company/termEnd": "「营业期限至」由规则计算，应为 \"2046-01-15\"，提交的是 \"2050-01-15\"",
    });
    const wrongSex = validFieldsData();
    (wrongSex.person as Record<string, unknown>).sex = "女";
    expect(details(await submit(wrongSex))).toEqual({ "/data/person/sex": "性别与证件号码不一致（号码显示为男）" });
  });

  it("accepts valid data as sent", async () => {
    const r = await submit(validFieldsData());
    expect(r.status).toBe(201);
    expect(r.body.data).toEqual(validFieldsData());
  });
});
