// The item catalogue on both dialects: the seeded catalogue (template items published as version 1, the 1,135 district
// items as drafts without forms), ownership (the owning department's designer edits, another department's designer and
// a designer without a department are refused with a reason, admins edit any), versioning (published versions never
// change), search (pinyin initials, 实施编码, department, filters, facets, paging) and the public service guides.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import fc from "fast-check";
import { districtDepartments, readDistrictItems, seedCatalogue } from "../../server/catalogue/seed.js";
import { createLogger } from "../../server/log.js";
import { TEMPLATES_DIR } from "../../templates/load.js";
import { nameInitials } from "../../spec/catalogue/pinyin.js";
import { fullDraft } from "../helpers/catalogue.js";

const DISTRICT = readDistrictItems();
const DEPT_ID = new Map(districtDepartments(DISTRICT).map((d) => [d.name, d.id]));
const idOf = (code: string) => `ga-${code.toLowerCase()}`;

describe.each(DIALECTS)("item catalogue on %s", (dialect) => {
  let api: ApiServer;
  let admin: Client, samr: Client, psb: Client, designer: Client, anon: Client, applicant: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    [admin, samr, psb, designer, applicant] = await Promise.all(["admin", "designer-samr", "designer-psb", "designer", "zhangsan"].map((u) => loginAs(api.url, u))) as [Client, Client, Client, Client, Client];
    anon = new Client(api.url);
  });
  afterAll(() => api?.stop());

  it("seeds the district's 1,135 items as drafts without forms next to the published template items", async () => {
    const district = await designer.get("/api/items?origin=seed-district&pageSize=1");
    expect(district.status).toBe(200);
    expect(district.body.total).toBe(DISTRICT.length);
    expect(district.body.items[0]).toMatchObject({ origin: "seed-district", hasForm: false, latestVersion: null });
    const templates = await designer.get("/api/items?origin=template&pageSize=100");
    expect(templates.body.total).toBeGreaterThan(20);
    expect(templates.body.items.every((e: { latestVersion: number; hasForm: boolean }) => e.latestVersion === 1 && e.hasForm)).toBe(true);
    const company = templates.body.items.find((e: { id: string }) => e.id === "company-registration");
    expect(company.usedBy.map((u: { key: string }) => u.key)).toContain("qiye-kaiban");
    // the district's 34 departments: the 10 the registry already has (区人社局 is 人力资源和社会保障局, templates/
    // departments.json aliases) keep the registry's id and name, the other 24 joined as ga-<initials>; each real
    // department appears once
    const depts = (await anon.get("/api/departments")).body.departments as Array<{ id: string; name: string }>;
    expect(depts.filter((d) => d.id.startsWith("ga-"))).toHaveLength(24);
    expect(depts).toContainEqual(expect.objectContaining({ id: "ga-qjxj", name: "区经信局" }));
    expect(depts.filter((d) => d.name === "人力资源和社会保障局" || d.name === "区人社局")).toEqual([expect.objectContaining({ id: "hrss", name: "人力资源和社会保障局" })]);
    expect(new Set(depts.map((d) => d.name)).size).toBe(depts.length);
  });

  it("lets only the owning department's designers and admins edit, with a clear reason otherwise", async () => {
    const created = await samr.post("/api/items", fullDraft("ceshi-xuke", "samr"));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ entry: { id: "ceshi-xuke", department: "samr", deptName: "市场监督管理局", latestVersion: null }, permissions: { edit: true } });
    const other = await psb.put("/api/items/ceshi-xuke/draft", fullDraft("ceshi-xuke", "samr", { task_name: "改名" }));
    expect(other.status).toBe(403);
    expect(other.body.error.message).toContain("市场监督管理局");
    const noDept = await designer.put("/api/items/ceshi-xuke/draft", fullDraft("ceshi-xuke", "samr"));
    expect(noDept.status).toBe(403);
    expect(noDept.body.error.message).toContain("未归属任何部门");
    expect((await designer.post("/api/items/ceshi-xuke/publish", { changeSummary: "x" })).status).toBe(403);
    expect((await psb.post("/api/items", fullDraft("psb-for-samr", "samr"))).status).toBe(403);
    // a designer cannot hand an item to another department
    expect((await samr.put("/api/items/ceshi-xuke/draft", fullDraft("ceshi-xuke", "psb"))).status).toBe(403);
    // the others still read it, and see why they cannot edit
    const read = await psb.get("/api/items/ceshi-xuke");
    expect(read.status).toBe(200);
    expect(read.body.permissions).toMatchObject({ edit: false, reason: expect.stringContaining("市场监督管理局") });
    expect((await admin.put("/api/items/ceshi-xuke/draft", fullDraft("ceshi-xuke", "samr", { task_name: "管理员改的名称" }))).status).toBe(200);
    expect((await applicant.get("/api/items")).status).toBe(403);
    expect((await anon.get("/api/items")).status).toBe(401);
  });

  it("publishes immutable versions: v1, edit the draft, v2, and v1 is unchanged", async () => {
    await samr.post("/api/items", fullDraft("banben-ceshi", "samr"));
    const v1 = await samr.post("/api/items/banben-ceshi/publish", { changeSummary: "首次发布" });
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({ id: "banben-ceshi", version: 1 });
    const again = await samr.post("/api/items/banben-ceshi/publish", { changeSummary: "没改" });
    expect(again.status).toBe(409);
    const materials = [{ id: "shenqingbiao", material_name: "申请表（新版）", necessity: "必要", source_type: "10", copies: 2 }];
    expect((await samr.put("/api/items/banben-ceshi/draft", fullDraft("banben-ceshi", "samr", { materials, promise_day: 3 }))).status).toBe(200);
    const v2 = await admin.post("/api/items/banben-ceshi/publish", { changeSummary: "材料改版" });
    expect(v2.body.version).toBe(2);
    const old = await designer.get("/api/items/banben-ceshi/versions/1");
    expect(old.body.spec).toMatchObject({ version: 1, promise_day: 5, materials: [{ material_name: "申请表", copies: 1 }] });
    const now = await designer.get("/api/items/banben-ceshi/versions/2");
    expect(now.body).toMatchObject({ version: 2, changeSummary: "材料改版", spec: { version: 2, promise_day: 3, materials: [{ material_name: "申请表（新版）" }] } });
    const view = await designer.get("/api/items/banben-ceshi");
    expect(view.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(view.body.entry).toMatchObject({ latestVersion: 2, unpublishedChanges: false });
    expect((await designer.get("/api/items/banben-ceshi/versions/3")).status).toBe(404);
    // the public guide shows the latest version
    const guide = await anon.get("/api/guides/items/banben-ceshi");
    expect(guide.body).toMatchObject({ version: 2, item: { promise_day: 3 }, departmentName: "市场监督管理局" });
  });

  it("an item's public guide lists the published one-things that use it, and none for an item no one-thing uses", async () => {
    const g = await anon.get("/api/guides/items/company-registration");
    expect(g.status).toBe(200);
    expect(g.body.usedIn).toEqual(expect.arrayContaining([expect.objectContaining({ key: "qiye-kaiban", title: "企业开办一件事" })]));
    const unused = await anon.get("/api/guides/items/banben-ceshi");
    expect(unused.body.usedIn).toEqual([]);
  });

  it("refuses to publish an incomplete item, naming every missing element by pointer in Chinese, and writes nothing", async () => {
    const district = (await designer.get("/api/items?origin=seed-district&department=ga-qjxj")).body.items[0];
    const econ = await loginAs(api.url, "admin");
    const r = await econ.post(`/api/items/${district.id}/publish`, { changeSummary: "试发布" });
    expect(r.status).toBe(400);
    const pointers = r.body.error.details.map((d: { pointer: string }) => d.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/by_law", "/anticipate_day", "/promise_day", "/project_type", "/serve_type", "/handle_type", "/form"]));
    expect(r.body.error.details).toContainEqual({ pointer: "/by_law", message: expect.stringContaining("设定依据") });
    expect(r.body.error.details).toContainEqual({ pointer: "/serve_type", message: expect.stringContaining("服务对象") });
    expect((await designer.get(`/api/items/${district.id}`)).body.versions).toEqual([]);
  });

  it("answers bad drafts and bad queries with 400 naming the pointer", async () => {
    const bad = await samr.post("/api/items", { id: "Bad Id", task_name: "", department: "samr" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { pointer: string }) => d.pointer)).toEqual(expect.arrayContaining(["/id", "/task_name"]));
    const unknownDept = await admin.post("/api/items", { id: "wu-bumen", task_name: "无部门", department: "nowhere" });
    expect(unknownDept.status).toBe(400);
    expect(unknownDept.body.error.details).toEqual([{ pointer: "/department", message: expect.stringContaining("nowhere") }]);
    const renamed = await samr.put("/api/items/ceshi-xuke/draft", fullDraft("other-id", "samr"));
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.details[0].pointer).toBe("/id");
    const code = DISTRICT[0]!.itemCode;
    const dup = await admin.post("/api/items", { id: "dup-code", task_name: "重复编码", department: "samr", task_code: code });
    expect(dup.status).toBe(409);
    expect(dup.body.error.details[0].pointer).toBe("/task_code");
    const q = await designer.get("/api/items?task_type=99&pageSize=500&page=0&nope=1");
    expect(q.status).toBe(400);
    expect(q.body.error.details.map((d: { pointer: string }) => d.pointer).sort()).toEqual(["/nope", "/page", "/pageSize", "/task_type"]);
    // each problem in the request's language: Chinese by default, English when asked
    const nope = (body: { error: { details: Array<{ pointer: string; message: string }> } }) => body.error.details.find((d) => d.pointer === "/nope")?.message;
    expect(nope(q.body)).toBe("不认识的查询参数「nope」");
    expect(nope((await designer.req("GET", "/api/items?nope=1", undefined, { "accept-language": "en" })).body)).toBe('Unknown query parameter "nope"');
    expect((await anon.get("/api/guides/items?usedBy=qiye-kaiban")).status).toBe(400);
    // LIKE wildcards typed by a user are plain characters
    for (const w of ["%", "_", "\\"]) {
      const expected = DISTRICT.filter((i) => [i.name, i.itemCode, i.department].some((t) => t.includes(w))).length;
      expect((await designer.get(`/api/items?origin=seed-district&q=${encodeURIComponent(w)}`)).body.total).toBe(expected);
    }
    const noPub = await samr.post("/api/items/ceshi-xuke/publish", {});
    expect(noPub.status).toBe(400);
    expect(noPub.body.error.details[0].pointer).toBe("/changeSummary");
  });

  it("finds district items by pinyin initials, 实施编码 fragment and department name", async () => {
    const target = DISTRICT.find((i) => i.name === "适龄儿童、少年因身体状况需要延缓入学或者休学审批")!;
    const byInitials = await designer.get(`/api/items?q=${nameInitials(target.name)}`);
    expect(byInitials.body.items.map((e: { id: string }) => e.id)).toContain(idOf(target.itemCode));
    const byCode = await designer.get(`/api/items?q=${encodeURIComponent(target.itemCode.slice(0, 14).toLowerCase())}`);
    expect(byCode.body.items.map((e: { code: string }) => e.code)).toContain(target.itemCode);
    expect(byCode.body.items.every((e: { code: string }) => e.code.toLowerCase().includes(target.itemCode.slice(0, 14).toLowerCase()))).toBe(true);
    const byDept = await designer.get(`/api/items?q=${encodeURIComponent("区教科体局")}&pageSize=100`);
    expect(byDept.body.total).toBe(DISTRICT.filter((i) => i.department === "区教科体局").length);
    // two terms must both match: a name word and a department
    const both = await designer.get(`/api/items?q=${encodeURIComponent("许可 区交通运输局")}&pageSize=100`);
    expect(both.body.total).toBe(DISTRICT.filter((i) => i.department === "区交通运输局" && i.name.includes("许可")).length);
  });

  it("filters by department and 事项类型, with facet counts that match the filtered totals", async () => {
    const hr = DEPT_ID.get("区人社局")!;
    expect(hr).toBe("hrss");
    const r = await designer.get(`/api/items?department=${hr}&origin=seed-district`);
    expect(r.body.total).toBe(DISTRICT.filter((i) => i.department === "区人社局").length);
    expect(r.body.labels.department[hr]).toBe("人力资源和社会保障局");
    expect(r.body.items[0]).toMatchObject({ department: "hrss", deptName: "区人社局" });
    // the registry department's designer owns the district's items of it; another department's may not edit them
    const hrss = await loginAs(api.url, "designer-hrss");
    const one = (await hrss.get(`/api/items/${r.body.items[0].id}`)).body;
    expect(one.permissions).toEqual({ edit: true });
    expect((await hrss.put(`/api/items/${one.entry.id}/draft`, { ...one.draft, limit_num: "无" })).status).toBe(200);
    expect((await samr.put(`/api/items/${one.entry.id}/draft`, one.draft)).status).toBe(403);
    const licences = await designer.get("/api/items?task_type=01&origin=seed-district");
    expect(licences.body.total).toBe(DISTRICT.filter((i) => i.taskType === "1").length);
    // each department's facet count is what filtering on it gives
    for (const f of licences.body.facets.department.slice(0, 5)) {
      const one = await designer.get(`/api/items?task_type=01&origin=seed-district&department=${f.value}`);
      expect(one.body.total).toBe(f.count);
    }
    const none = await designer.get("/api/items?origin=seed-district&hasForm=1");
    expect(none.body.total).toBe(0);
    const used = await designer.get("/api/items?usedBy=qiye-kaiban");
    expect(used.body.items.map((e: { id: string }) => e.id)).toEqual(expect.arrayContaining(["company-registration", "seal-filing", "tax-info"]));
    expect(used.body.items.every((e: { usedBy: Array<{ key: string }> }) => e.usedBy.some((u) => u.key === "qiye-kaiban"))).toBe(true);
  });

  it("pages over the seeded district items covering every match exactly once", async () => {
    const filters = fc.constantFrom("origin=seed-district", "origin=seed-district&task_type=20", `department=${DEPT_ID.get("区行政审批局")}`, "q=%E7%99%BB%E8%AE%B0&origin=seed-district");
    await fc.assert(fc.asyncProperty(filters, fc.integer({ min: 37, max: 100 }), fc.constantFrom("name", "code", "updated"), async (f, size, sort) => {
      const first = await designer.get(`/api/items?${f}&pageSize=${size}&sort=${sort}`);
      const ids: string[] = [];
      for (let p = 1; p <= first.body.pages; p++) ids.push(...(await designer.get(`/api/items?${f}&pageSize=${size}&sort=${sort}&page=${p}`)).body.items.map((e: { id: string }) => e.id));
      expect(ids.length).toBe(first.body.total);
      expect(new Set(ids).size).toBe(ids.length);
      expect((await designer.get(`/api/items?${f}&pageSize=${size}&page=${first.body.pages + 1}`)).body.items).toEqual([]);
    }), { numRuns: 4 });
    const all = await designer.get("/api/items?q=%E7%99%BB%E8%AE%B0&origin=seed-district&pageSize=1");
    expect(all.body.total).toBe(DISTRICT.filter((i) => i.name.includes("登记") || i.department.includes("登记")).length);
  });

  it("publishes a situation's own guide, and the public list shows only published items", async () => {
    const draft = fullDraft("qingxing-ceshi", "samr", {
      task_name: "情形测试登记",
      situations: [{ id: "fen", title: "设立分公司", promise_day: 2, materials: [{ id: "zong", material_name: "总公司营业执照", necessity: "必要", source_type: "20" }] }],
    });
    expect((await samr.post("/api/items", draft)).status).toBe(201);
    expect((await anon.get("/api/guides/items/qingxing-ceshi")).status).toBe(404);
    expect((await samr.post("/api/items/qingxing-ceshi/publish", { changeSummary: "首次发布" })).status).toBe(201);
    const g = await anon.get("/api/guides/items/qingxing-ceshi/situations/fen");
    expect(g.status).toBe(200);
    expect(g.body.effective).toMatchObject({ promise_day: 2, materials: [{ id: "shenqingbiao" }, { id: "zong" }] });
    expect((await anon.get("/api/guides/items/qingxing-ceshi/situations/none")).status).toBe(404);
    const list = await anon.get(`/api/guides/items?q=${encodeURIComponent("情形测试")}`);
    expect(list.body.items).toEqual([expect.objectContaining({ id: "qingxing-ceshi", version: 1, situations: [{ id: "fen", title: "设立分公司" }] })]);
    // a district draft is never in the public list
    expect((await anon.get(`/api/guides/items?department=${DEPT_ID.get("区交通运输局")}`)).body.total).toBe(0);
  });

  it("seeds idempotently: a restart adds nothing and keeps what staff changed", async () => {
    const item = DISTRICT[5]!;
    const id = idOf(item.itemCode);
    const view = (await admin.get(`/api/items/${id}`)).body;
    expect(view.draft).toMatchObject({ task_name: item.name, task_code: item.itemCode, task_type: item.taskType.padStart(2, "0"), dept_name: item.department });
    expect((await admin.put(`/api/items/${id}/draft`, { ...view.draft, by_law: "《某条例》" })).status).toBe(200);
    const before = (await designer.get("/api/items?pageSize=1")).body.total;
    expect(await seedCatalogue(api.tdb.db, createLogger(true), new Date(), TEMPLATES_DIR)).toEqual({ published: 0, district: 0 });
    expect((await designer.get("/api/items?pageSize=1")).body.total).toBe(before);
    expect((await admin.get(`/api/items/${id}`)).body.draft.by_law).toBe("《某条例》");
    expect((await designer.get("/api/items/company-registration")).body.versions).toHaveLength(1);
  });

  it("takes one of two simultaneous publishes and refuses the other, leaving consecutive versions", async () => {
    await samr.post("/api/items", fullDraft("bingfa-ceshi", "samr"));
    const [a, b] = await Promise.all([samr.post("/api/items/bingfa-ceshi/publish", { changeSummary: "甲" }), admin.post("/api/items/bingfa-ceshi/publish", { changeSummary: "乙" })]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const versions = (await designer.get("/api/items/bingfa-ceshi/versions")).body.versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1]);
    expect((await designer.get("/api/items/bingfa-ceshi")).body.entry.latestVersion).toBe(1);
  });
});
