// The server validates a submission against the form as the guide situates it (tryout 8, issue 1), on SQLite and
// PostgreSQL: a section only an item that does not apply provides is not required — nor stored when sent — and is
// required as soon as the item applies. The bundle has no field rule at all: the merge's provenance and the guide's
// applicability decide, as in the tryout's 公积金提取 with its 租赁住房备案登记表.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { provenanceOnlyBundle, provenanceTableBundle } from "../fixtures/situated.js";

const KEY = "rent-shop";
const TABLE = "rent-sign-table";

describe.each(DIALECTS)("the form follows its items' applicability on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    const designer = await loginAs(api.url, "designer");
    const admin = await loginAs(api.url, "admin");
    for (const [key, doc] of [[KEY, provenanceOnlyBundle(KEY)], [TABLE, provenanceTableBundle(TABLE)]] as const) {
      expect((await designer.post("/api/bundles", doc)).status).toBe(201);
      const published = await admin.post(`/api/bundles/${key}/publish`, {});
      expect(published.status, JSON.stringify(published.body)).toBe(201);
    }
    applicant = await loginAs(api.url, "zhangsan");
  });
  afterAll(() => api?.stop());

  it("accepts a submission without the section of the item that does not apply, and drops what was typed into it", async () => {
    const without = await applicant.post("/api/applications", { bundleKey: KEY, version: 1, answers: { has_sign: false }, data: VALID_DATA });
    expect(without.status, JSON.stringify(without.body)).toBe(201);
    expect(without.body.data).toEqual(VALID_DATA);
    const typed = await applicant.post("/api/applications", { bundleKey: KEY, version: 1, answers: { has_sign: false }, data: { ...VALID_DATA, sign: { signText: "张记" } } });
    expect(typed.status).toBe(201);
    expect(typed.body.data).toEqual(VALID_DATA);
  });

  it("requires the item's fields once it applies, naming them", async () => {
    const missing = await applicant.post("/api/applications", { bundleKey: KEY, version: 1, answers: { has_sign: true }, data: { ...VALID_DATA, sign: {} } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { pointer: string; field: string }) => [d.pointer, d.field])).toEqual([["/data/sign/signText", "招牌 / 招牌文字"]]);
    const noSection = await applicant.post("/api/applications", { bundleKey: KEY, version: 1, answers: { has_sign: true }, data: VALID_DATA });
    expect(noSection.status).toBe(400);
    expect(noSection.body.error.details.map((d: { pointer: string }) => d.pointer)).toEqual(["/data/sign"]);
    const filled = await applicant.post("/api/applications", { bundleKey: KEY, version: 1, answers: { has_sign: true }, data: { ...VALID_DATA, sign: { signText: "张记" } } });
    expect(filled.status, JSON.stringify(filled.body)).toBe(201);
    expect(filled.body.data).toEqual({ ...VALID_DATA, sign: { signText: "张记" } });
  });

  it("does not ask for the table of an item that does not apply, and asks for it, row by row, once it applies (tryout #12)", async () => {
    const rows = [{ place: "东墙", size: "3m×1m" }];
    const without = await applicant.post("/api/applications", { bundleKey: TABLE, version: 1, answers: { has_sign: false }, data: { ...VALID_DATA, sign: { panels: [{ place: "东墙" }] } } });
    expect(without.status, JSON.stringify(without.body)).toBe(201);
    expect(without.body.data).toEqual(VALID_DATA);
    const missing = await applicant.post("/api/applications", { bundleKey: TABLE, version: 1, answers: { has_sign: true }, data: { ...VALID_DATA, sign: { signText: "张记", panels: [{ place: "东墙" }] } } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.map((d: { pointer: string }) => d.pointer)).toEqual(["/data/sign/panels/0/size"]);
    const none = await applicant.post("/api/applications", { bundleKey: TABLE, version: 1, answers: { has_sign: true }, data: { ...VALID_DATA, sign: { signText: "张记" } } });
    expect(none.body.error.details.map((d: { pointer: string }) => d.pointer)).toEqual(["/data/sign/panels"]);
    const filled = await applicant.post("/api/applications", { bundleKey: TABLE, version: 1, answers: { has_sign: true }, data: { ...VALID_DATA, sign: { signText: "张记", panels: rows } } });
    expect(filled.status, JSON.stringify(filled.body)).toBe(201);
    expect(filled.body.data.sign).toEqual({ signText: "张记", panels: rows });
  });
});
