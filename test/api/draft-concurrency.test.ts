// Two designers editing one one-thing draft (tryout 10 #43): a save names the revision it was based on (If-Match, the
// `revision` GET gave); a save based on an older revision is refused with 409 naming who saved and when in Beijing
// time, and nothing is written; a save naming no revision is refused with 428.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle } from "../fixtures/bundle.js";

const KEY = "two-editors";
const PATH = `/api/bundles/${KEY}/draft`;
const ifMatch = (rev: string) => ({ "if-match": `"${rev}"` });

describe.each(DIALECTS)("two designers saving one draft on %s", (dialect) => {
  let api: ApiServer;
  let a: Client;
  let b: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    [a, b] = [await loginAs(api.url, "designer"), await loginAs(api.url, "admin")];
    expect((await a.post("/api/bundles", fixtureBundle(KEY))).status).toBe(201);
  });
  afterAll(() => api?.stop());

  it("refuses the stale save of the second with 409 naming who saved and when, and writes nothing", async () => {
    const loadedA = (await a.get(PATH)).body;
    const loadedB = (await b.get(PATH)).body;
    expect(loadedA.revision).toBe(loadedB.revision);
    expect(loadedA.revision).toBe(loadedA.updatedAt);

    const savedA = await a.req("PUT", PATH, { ...loadedA.spec, summary: "甲写的摘要" }, ifMatch(loadedA.revision));
    expect(savedA.status, JSON.stringify(savedA.body)).toBe(200);
    expect(savedA.body.revision).not.toBe(loadedA.revision);
    expect(savedA.headers.get("etag")).toBe(`"${savedA.body.revision}"`);

    const stale = await b.req("PUT", PATH, { ...loadedB.spec, summary: "乙写的摘要" }, ifMatch(loadedB.revision));
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("draft_changed");
    expect(stale.body.error.message).toMatch(/^草稿已被 事项设计员 于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} 修改，请重新载入后再保存$/);
    expect(stale.body.error.details).toMatchObject({ revision: savedA.body.revision, updatedBy: "designer", updatedByName: "事项设计员" });
    const en = await b.req("PUT", PATH, { ...loadedB.spec, summary: "乙写的摘要" }, { ...ifMatch(loadedB.revision), "accept-language": "en" });
    expect(en.status).toBe(409);
    expect(en.body.error.message).toMatch(/^The draft was changed by 事项设计员 at \d{1,2} \w{3} \d{4} \d{2}:\d{2} \(Beijing time\): reload it before saving$/);

    const after = (await b.get(PATH)).body;
    expect(after.spec.summary).toBe("甲写的摘要");
    expect(after.revision).toBe(savedA.body.revision);
  });

  it("accepts the save of the second once based on the new revision (reloaded, or overwriting knowingly)", async () => {
    const current = (await b.get(PATH)).body;
    const saved = await b.req("PUT", PATH, { ...current.spec, summary: "乙重新载入后写的" }, ifMatch(current.revision));
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await a.get(PATH)).body.spec.summary).toBe("乙重新载入后写的");
    // two saves in a row, each on the revision the previous answered, never collide even within one millisecond
    const again = await b.req("PUT", PATH, { ...current.spec, summary: "再存一次" }, ifMatch(saved.body.revision));
    expect(again.status).toBe(200);
    expect(again.body.revision > saved.body.revision).toBe(true);
  });

  it("refuses a save naming no revision with 428 and says what to send", async () => {
    const before = (await a.get(PATH)).body;
    const r = await a.put(PATH, { ...before.spec, summary: "没有说明基于哪一版" });
    expect(r.status).toBe(428);
    expect(r.body.error.code).toBe("revision_required");
    expect(r.body.error.message).toContain("If-Match");
    expect((await a.get(PATH)).body.spec.summary).toBe(before.spec.summary);
  });
});
