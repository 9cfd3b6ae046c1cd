// One submission over real HTTP (SQLite and PostgreSQL): every required material enforced (uploaded, held as an
// e-licence, or promised under 容缺), every problem of every kind in ONE 400 in the client's language with stable
// codes, the readable case number, the delivery address for 邮寄, withdrawal before acceptance, and prefill that
// maps each registry value to the right role and applies only where the situation makes it true.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { fixtureBundle, VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { tinyPng } from "../helpers/files.js";
import { beijingDate } from "../../server/store/case-numbers.js";

const PNG = tinyPng();
const ADDRESS = { recipient: "张三", phone: "13800138000", region: "北京市朝阳区", detail: "示例路 1 号 2 单元 301", postalCode: "100020" };

/** The flow fixture with a required self-supplied material, a 容缺 one, an e-licence one and a paper original. */
function bundleWithMaterials(key: string) {
  const b = flowBundle(key) as { items: Array<Record<string, unknown>> } & Record<string, unknown>;
  b.items[0] = {
    ...b.items[0],
    materials: [
      { id: "plan", material_name: "经营场所平面图", necessity: "必要", source_type: "10", accept: ["image/png"] },
      { id: "lease", material_name: "场地租赁合同", necessity: "容缺后补", source_type: "10", deferral_days: 3 },
      { id: "idcard", material_name: "经营者身份证", necessity: "必要", source_type: "20", licence_type: "resident_id_card" },
      { id: "original", material_name: "健康证明原件", necessity: "必要", source_type: "10", material_form: "纸质" },
      { id: "photo", material_name: "门头照片", necessity: "非必要", source_type: "10" },
    ],
  };
  return b;
}

/** A company bundle: a legal representative section filled from the legal representative's record, and a credit
 * code that only an existing company has. */
function companyBundle() {
  const b = fixtureBundle("co-shop", "测试企业变更") as Record<string, any>;
  b.audience = "enterprise";
  b.guide = { questions: [{ id: "newco", title: "是否新设立企业", type: "boolean" }], applicability: {} };
  b.form.schema.properties.legalRep = { type: "object", title: "法定代表人", properties: { name: { type: "string", title: "姓名" }, idNumber: { type: "string", title: "身份证号" } } };
  b.form.schema.properties.uscc = { type: "string", title: "统一社会信用代码" };
  b.form.prefill = {
    "/properties/applicantName": { source: "profile", key: "name", editable: false },
    "/properties/legalRep/properties/name": { source: "profile", key: "name", editable: false, subject: "legalRep" },
    "/properties/legalRep/properties/idNumber": { source: "profile", key: "idNumber", editable: false, subject: "legalRep" },
    "/properties/uscc": { source: "licence", key: "business_licence.uscc", editable: false, when: { "==": [{ var: "answers.newco" }, false] } },
  };
  return b;
}

async function upload(c: Client, key: string, material: string) {
  const res = await fetch(`${c.base}/api/attachments?bundleKey=${key}&version=1&material=${encodeURIComponent(material)}`, {
    method: "POST", body: new Uint8Array(PNG), headers: { "x-requested-with": "yijian", "content-type": "image/png", "x-file-name": "a.png", cookie: c.cookie },
  });
  return ((await res.json()) as { id: string }).id;
}

describe.each(DIALECTS)("submission on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  beforeAll(async () => {
    api = await startApi(dialect);
    const designer = await loginAs(api.url, "designer");
    const admin = await loginAs(api.url, "admin");
    for (const doc of [bundleWithMaterials("mat-shop"), flowBundle("wd-shop"), fixtureBundle("plain-shop"), companyBundle()]) {
      expect((await designer.post("/api/bundles", doc)).status).toBe(201);
      expect((await admin.post(`/api/bundles/${doc.key}/publish`, {})).status).toBe(201);
    }
    applicant = await loginAs(api.url, "zhangsan");
    clerk = await loginAs(api.url, "clerk-samr");
  });
  afterAll(() => api?.stop());

  it("answers every problem of every kind in one 400 — locked prefill, form, materials, address — and stores nothing", async () => {
    const r = await applicant.post("/api/applications", {
      bundleKey: "mat-shop", version: 1, answers: {}, data: { shopName: "张", mobile: "123", area: 45, applicantName: "王五" },
      delivery: { method: "post", address: { ...ADDRESS, postalCode: "12", detail: "" } },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("invalid_submission");
    const byPointer = Object.fromEntries(r.body.error.details.map((p: { pointer: string; code: string }) => [p.pointer, p.code]));
    expect(byPointer).toEqual({
      "/data/applicantName": "prefill_locked",
      "/data/shopName": "minLength",
      "/data/mobile": "pattern",
      "/materials/required/licence~1plan": "material_missing",
      "/materials/required/licence~1lease": "material_missing_deferrable",
      "/delivery/address/detail": "postal_address_missing",
      "/delivery/address/postalCode": "postal_address_invalid",
    });
    expect(r.body.error.message).toBe(`申请有 ${r.body.error.details.length} 处需要修改`);
    // a locked value names its field by label and says where the value comes from, never a profile key
    expect(r.body.error.details.find((p: { code: string }) => p.code === "prefill_locked")).toMatchObject({ field: "申请人姓名", message: "「申请人姓名」取自您的实名信息，不可修改" });
    // Neither the e-licence (the government holds it), the paper original (checked at the window) nor the optional photo is asked for.
    expect(JSON.stringify(r.body)).not.toMatch(/经营者身份证|健康证明原件|门头照片/);
    expect(await api.tdb.db.all(sql`SELECT id FROM applications`)).toEqual([]);
  });

  it("speaks the client's language: English messages only, when Accept-Language asks for them", async () => {
    const r = await applicant.req("POST", "/api/applications", { bundleKey: "mat-shop", version: 1, answers: {}, data: VALID_DATA }, { "accept-language": "en-GB,en;q=0.9,zh-CN;q=0.5" });
    expect(r.status).toBe(400);
    expect(r.body.error.message).toBe("The application has 2 problems to fix");
    // The words are English; only the names of the materials (data of the one-thing) stay as published.
    expect(r.body.error.details.map((p: { message: string }) => p.message)).toEqual([
      "Upload the required material \"经营场所平面图\" (食品经营许可)",
      "Upload \"场地租赁合同\" (食品经营许可), or sign the promise to supply it later",
    ]);
    const zh = await applicant.req("POST", "/api/applications", { bundleKey: "mat-shop", version: 1, answers: {}, data: VALID_DATA }, { "accept-language": "zh-CN,zh;q=0.9,en;q=0.8" });
    expect(zh.body.error.details[0].message).toBe("请上传必要材料「经营场所平面图」（食品经营许可）");
    expect(zh.body.error.message).not.toMatch(/[a-z]{3}/i);
  });

  it("accepts required materials uploaded or promised, numbers the case per lead department and day, keeps the address", async () => {
    const plan = await upload(applicant, "mat-shop", "licence/plan");
    const sub = await applicant.post("/api/applications", {
      bundleKey: "mat-shop", version: 1, answers: {}, data: VALID_DATA, delivery: { method: "post", address: ADDRESS },
      materials: { attachments: [plan], deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] },
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const day = beijingDate(new Date());
    expect(sub.body.caseNo).toBe(`SAMR-${day}-0001`);
    expect(sub.body.delivery).toEqual({ method: "post", address: ADDRESS });
    const again = await applicant.post("/api/applications", { bundleKey: "plain-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(again.body.caseNo).toBe(`SAMR-${day}-0002`);
    // The case number finds the case as the id does.
    const byNo = await applicant.get(`/api/applications/${sub.body.caseNo}`);
    expect(byNo.status).toBe(200);
    expect(byNo.body.id).toBe(sub.body.id);
  });

  it("lets the applicant withdraw before acceptance (the flow ends, the desk's task goes), never after", async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "wd-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(sub.body.caseActions).toContain("withdraw");
    const inInbox = async (id: string) => (await clerk.get("/api/tasks/inbox")).body.tasks.some((t: { applicationId: string }) => t.applicationId === id);
    expect(await inInbox(sub.body.id)).toBe(true);
    const w = await applicant.post(`/api/applications/${sub.body.id}/withdraw`, { reason: "信息填错，重新申请" });
    expect(w.status, JSON.stringify(w.body)).toBe(200);
    expect(w.body.status).toBe("withdrawn");
    expect(w.body.caseActions).toEqual([]);
    expect(w.body.timeline.at(-1)).toMatchObject({ kind: "case_withdrawn", message: "申请人撤回申请：信息填错，重新申请" });
    expect(await inInbox(sub.body.id)).toBe(false);
    const twice = await applicant.post(`/api/applications/${sub.body.id}/withdraw`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("withdraw_not_allowed");

    // Accepted at the desk: no withdrawal any more, in either language.
    const accepted = await applicant.post("/api/applications", { bundleKey: "wd-shop", version: 1, answers: {}, data: VALID_DATA });
    const task = (await clerk.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === accepted.body.id);
    expect((await clerk.post(`/api/tasks/${task.id}/complete`, { action: "accept" })).status).toBe(200);
    const late = await applicant.req("POST", `/api/applications/${accepted.body.id}/withdraw`, {}, { "accept-language": "en" });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/^The application has been accepted/);
    expect((await applicant.get(`/api/applications/${accepted.body.id}`)).body.status).toBe("in_review");

    // Someone else's case is not found; the single-review engine withdraws too.
    const other = await loginAs(api.url, "qiye");
    expect((await other.post(`/api/applications/${accepted.body.id}/withdraw`, {})).status).toBe(404);
    const simple = await applicant.post("/api/applications", { bundleKey: "plain-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(simple.body.caseActions).toEqual(["withdraw"]);
    const ws = await applicant.post(`/api/applications/${simple.body.id}/withdraw`, {});
    expect(ws.body.status).toBe("withdrawn");
    expect((await (await loginAs(api.url, "reviewer-samr")).get("/api/tasks/inbox")).body.tasks.some((t: { applicationId: string }) => t.applicationId === simple.body.id)).toBe(false);
  });

  it("prefills each role from the right record and only where the situation makes it true", async () => {
    const company = await loginAs(api.url, "qiye");
    const existing = await company.get("/api/prefill/co-shop?a.newco=false");
    expect(existing.body.data).toEqual({ applicantName: "北京示例餐饮有限公司", legalRep: { name: "张三", idNumber: "11010519491231002X" }, uscc: "91110105MA01ABCD26" });
    // A new company has no credit code yet.
    const fresh = await company.get("/api/prefill/co-shop?a.newco=true");
    expect(fresh.body.data.uscc).toBeUndefined();
    expect(fresh.body.data.legalRep).toEqual({ name: "张三", idNumber: "11010519491231002X" });
    // A person opening a company is only suggested as its legal representative: editable, never locked.
    const person = await applicant.get("/api/prefill/co-shop?a.newco=true");
    expect(person.body.fields).toContainEqual({ pointer: "/legalRep/name", value: "张三", source: "profile", origin: "name", editable: true });
    const other = await applicant.post("/api/applications", { bundleKey: "co-shop", version: 1, answers: { newco: true }, data: { ...VALID_DATA, applicantName: "张三", legalRep: { name: "李四" } } });
    expect(other.status, JSON.stringify(other.body)).toBe(201);
    // The company's locked legal representative cannot be changed.
    const locked = await company.post("/api/applications", { bundleKey: "co-shop", version: 1, answers: { newco: false }, data: { ...VALID_DATA, applicantName: "北京示例餐饮有限公司", legalRep: { name: "北京示例餐饮有限公司" } } });
    expect(locked.status).toBe(400);
    expect(locked.body.error.details).toEqual([expect.objectContaining({ pointer: "/data/legalRep/name", code: "prefill_locked" })]);
    const lockedEn = await company.req("POST", "/api/applications", { bundleKey: "co-shop", version: 1, answers: { newco: false }, data: { ...VALID_DATA, applicantName: "北京示例餐饮有限公司", legalRep: { name: "北京示例餐饮有限公司" } } }, { "accept-language": "en" });
    expect(lockedEn.body.error.details[0].message).toMatch(/^".+" comes from your verified identity and cannot be changed$/);
  });
});
