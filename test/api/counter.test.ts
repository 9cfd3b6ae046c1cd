// Assisted filing at the counter (帮办代办) over real HTTP on both dialects: a clerk of the lead department identifies
// a walk-in applicant against the e-licence provider, files the case as theirs with the applicant's on-screen
// signature (or a one-time code), the case records who filed it, for whom and how it was confirmed; the applicant sees
// it as their own and nobody else does; a wrong identity is refused; an online draft is taken over by its code; an
// agent filing for a company must supply the authorisation letter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { PDFParse } from "pdf-parse";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { tinyPdf, tinyPng } from "../helpers/files.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { idCheckChar, usccCheckChar } from "../../spec/dictionary/validators.js";
import { hashPassword } from "../../server/auth/password.js";
import { createSession, insertUser } from "../../server/store/users.js";
import { SESSION_COOKIE } from "../../server/routes/auth.js";
import { DEMO_USCC } from "../../server/seed.js";

const SIGNATURE = `data:image/png;base64,${tinyPng().toString("base64")}`;
const ZHANGSAN = { idNumber: "11010519491231002X", name: "张三" };
// A walk-in applicant with no online account: only the identity platform knows her.
const LISI = { idNumber: "11010119900307122" + idCheckChar("11010119900307122"), name: "李四" };
const NEW_USCC = "91110108MA02XYKW0" + usccCheckChar("91110108MA02XYKW0");

describe.each(DIALECTS)("counter filing on %s", (dialect) => {
  let api: ApiServer;
  let clerk: Client;
  let zhangsan: Client;
  let qiye: Client;
  const start = (c: Client, body: Record<string, unknown>) => c.post("/api/counter/sessions", body);
  const submit = (c: Client, sid: string, body: Record<string, unknown> = {}) =>
    c.post(`/api/counter/sessions/${sid}/submit`, { answers: {}, data: VALID_DATA, confirmation: { method: "signature", signature: SIGNATURE }, ...body });
  const upload = async (c: Client, sid: string, material: string, bytes: Buffer, type: string, name: string) => {
    const res = await fetch(`${c.base}/api/counter/sessions/${sid}/attachments?material=${encodeURIComponent(material)}`, {
      method: "POST", body: new Uint8Array(bytes), headers: { "x-requested-with": "yijian", "content-type": type, "x-file-name": encodeURIComponent(name), cookie: c.cookie },
    });
    return { status: res.status, body: await res.json() as Record<string, unknown> };
  };
  /** A logged-in client of an account that has no password (created at the counter): a session opened server-side. */
  const sessionOf = async (userId: string) => {
    const c = new Client(api.url);
    c.cookie = `${SESSION_COOKIE}=${await createSession(api.tdb.db, userId, new Date(), 3600_000, null)}`;
    return c;
  };

  beforeAll(async () => {
    api = await startApi(dialect);
    const designer = await loginAs(api.url, "designer");
    const admin = await loginAs(api.url, "admin");
    for (const [key, audience] of [["counter-shop", "person"], ["counter-co", "enterprise"]] as const) {
      expect((await designer.post("/api/bundles", { ...flowBundle(key), audience })).status).toBe(201);
      expect((await admin.post(`/api/bundles/${key}/publish`, {})).status).toBe(201);
    }
    // The local identity platform's records (an operator loads them; the seed holds the demo applicants').
    const now = new Date().toISOString();
    await api.tdb.db.run(sql`INSERT INTO licences (id, holder_id, type, title, fields, issued_at) VALUES ('lic-lisi', ${LISI.idNumber}, 'resident_id', '居民身份证', ${JSON.stringify({ name: "李四", idNumber: LISI.idNumber, gender: "女", birthDate: "1990-03-07", address: "北京市东城区示例胡同 2 号" })}, ${now})`);
    await api.tdb.db.run(sql`INSERT INTO licences (id, holder_id, type, title, fields, issued_at) VALUES ('lic-newco', ${NEW_USCC}, 'business_licence', '营业执照', ${JSON.stringify({ name: "北京新开张科技有限公司", uscc: NEW_USCC, legal_representative: "王五" })}, ${now})`);
    // A second clerk of the lead department, whose failed attempts the rate limit counts apart.
    await insertUser(api.tdb.db, { username: "clerk2-samr", displayName: "市场监督管理局窗口受理员二", passwordHash: await hashPassword("Clerk#2026"), roles: ["clerk"], department: "samr" }, new Date());
    [clerk, zhangsan, qiye] = await Promise.all([loginAs(api.url, "clerk-samr"), loginAs(api.url, "zhangsan"), loginAs(api.url, "qiye")]);
  });
  afterAll(() => api?.stop());

  it("files for an existing applicant with their signature: the audit says who, for whom and how; the applicant sees it, another does not", async () => {
    const s = await start(clerk, { bundleKey: "counter-shop", visitor: ZHANGSAN });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(s.body.session).toMatchObject({ bundleKey: "counter-shop", applicant: { displayName: "张三", party: "person", idNumber: "110105********002X", accountCreated: false }, visitor: { role: "self" }, needsAuthorisation: false, phone: "138****8000" });
    const sid = s.body.session.id as string;
    // The same prefill the applicant gets in the portal (the profile's locked name).
    const prefill = await clerk.get(`/api/counter/sessions/${sid}/prefill`);
    expect(prefill.body).toEqual((await zhangsan.get("/api/prefill/counter-shop")).body);
    expect(prefill.body.fields).toContainEqual(expect.objectContaining({ pointer: "/applicantName", value: "张三", editable: false }));
    // Another clerk cannot use this session.
    expect((await (await new Client(api.url).login("clerk2-samr", "Clerk#2026")).get(`/api/counter/sessions/${sid}`)).status).toBe(404);
    const filed = await submit(clerk, sid, { data: { ...VALID_DATA, applicantName: "张三" } });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = filed.body.application.id as string;
    expect(filed.body.application.caseNo).toMatch(/^SAMR-\d{8}-\d{4}$/);
    expect(filed.body.filing).toMatchObject({ filedBy: "市场监督管理局窗口受理员", department: "samr", party: "person", role: "self", confirmation: "signature", signature: SIGNATURE, visitor: { name: "张三", idNumber: "110105********002X" } });
    expect(filed.body.filing.contentSha256).toMatch(/^[0-9a-f]{64}$/);
    const row = await api.tdb.db.get<{ applicant_id: string }>(sql`SELECT applicant_id FROM applications WHERE id = ${id}`);
    const owner = await api.tdb.db.get<{ id: string }>(sql`SELECT id FROM users WHERE username = 'zhangsan'`);
    expect(row!.applicant_id).toBe(owner!.id);
    const events = await api.tdb.db.all<{ kind: string; actor_name: string; department: string | null; message: string }>(sql`SELECT kind, actor_name, department, message FROM events WHERE application_id = ${id} AND kind = 'counter_filed'`);
    expect(events).toEqual([expect.objectContaining({ actor_name: "市场监督管理局窗口受理员", department: "samr", message: expect.stringContaining("代张三提交申请（申请人手写签名确认）") })]);
    // 我的办件: the applicant's own case; another applicant neither lists nor opens it.
    expect((await zhangsan.get("/api/applications")).body.applications.map((a: { id: string }) => a.id)).toContain(id);
    const own = await zhangsan.get(`/api/applications/${id}`);
    expect(own.status).toBe(200);
    expect(own.body.timeline.map((e: { kind: string }) => e.kind)).toContain("counter_filed"); // the applicant is told how it came in
    expect((await zhangsan.get(`/api/counter/filings/${id}`)).body.filing).toMatchObject({ filedBy: "市场监督管理局窗口受理员", confirmation: "signature" });
    expect((await qiye.get("/api/applications")).body.applications.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await qiye.get(`/api/applications/${id}`)).status).toBe(404);
    expect((await qiye.get(`/api/counter/filings/${id}`)).status).toBe(404);
    // The session is spent; the acceptance task waits at the same front desk, and the receipt can be printed.
    expect((await submit(clerk, sid)).status).toBe(409);
    const task = (await clerk.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === id);
    expect((await clerk.post(`/api/tasks/${task.id}/complete`, { action: "accept" })).status).toBe(200);
    expect((await clerk.post(`/api/applications/${id}/documents`, { kind: "acceptance" })).status).toBe(201);
  });

  it("creates the account of a walk-in applicant with no online account, linked to her ID number, with no usable password", async () => {
    const s = await start(clerk, { bundleKey: "counter-shop", visitor: { ...LISI, mobile: "13912345678" } });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(s.body.session.applicant).toMatchObject({ displayName: "李四", accountCreated: true });
    expect(s.body.session.phone).toBe("139****5678");
    const filed = await submit(clerk, s.body.session.id, { data: { ...VALID_DATA, applicantName: "李四" } });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const user = (await api.tdb.db.get<{ id: string; username: string; password_hash: string; profile: string }>(sql`SELECT id, username, password_hash, profile FROM users WHERE id = (SELECT user_id FROM applicant_identities WHERE holder_id = ${LISI.idNumber})`))!;
    expect(JSON.parse(user.profile)).toMatchObject({ name: "李四", idNumber: LISI.idNumber, mobile: "13912345678", address: "北京市东城区示例胡同 2 号" });
    expect((await new Client(api.url).post("/api/auth/login", { username: user.username, password: user.password_hash })).status).toBe(401);
    const lisi = await sessionOf(user.id);
    expect((await lisi.get("/api/applications")).body.applications.map((a: { id: string }) => a.id)).toEqual([filed.body.application.id]);
    // The next visit finds the same account (one ID number, one account).
    const again = await start(clerk, { bundleKey: "counter-shop", visitor: LISI });
    expect(again.body.session.applicant.accountCreated).toBe(false);
    expect((await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM users WHERE display_name = '李四'`))!.n).toBe(1);
  });

  it("refuses a wrong name, an ID number the platform does not hold, a malformed one and a bad signature, each in Chinese at its field", async () => {
    const wrongName = await start(clerk, { bundleKey: "counter-shop", visitor: { ...ZHANGSAN, name: "张叁" } });
    expect(wrongName.status).toBe(400);
    expect(wrongName.body.error).toMatchObject({ code: "identity_mismatch", message: expect.stringContaining("姓名与公民身份号码不一致") });
    expect(wrongName.body.error.details[0].pointer).toBe("/visitor/name");
    const unknownId = "11010119850101001";
    const unknown = await start(clerk, { bundleKey: "counter-shop", visitor: { idNumber: unknownId + idCheckChar(unknownId), name: "赵六" } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]).toMatchObject({ pointer: "/visitor/idNumber", message: expect.stringContaining("没有该公民身份号码的记录") });
    const malformed = await start(clerk, { bundleKey: "counter-shop", visitor: { idNumber: "110105194912310021", name: "" } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.map((p: { pointer: string }) => p.pointer)).toEqual(["/visitor/idNumber", "/visitor/name"]);
    expect(malformed.body.error.details[0].message).toContain("校验码错误");
    const tooLong = await start(clerk, { bundleKey: "counter-shop", visitor: { idNumber: "11010519491231002X1", name: "张三" } });
    expect(tooLong.body.error.details).toEqual([expect.objectContaining({ pointer: "/visitor/idNumber", message: "公民身份号码为 18 位" })]);
    const s = await start(clerk, { bundleKey: "counter-shop", visitor: ZHANGSAN });
    const unsigned = await submit(clerk, s.body.session.id, { data: { shopName: "" }, confirmation: { method: "signature", signature: "data:image/png;base64,AAAA" } });
    expect(unsigned.status).toBe(400);
    const pointers = unsigned.body.error.details.map((p: { pointer: string }) => p.pointer);
    expect(pointers).toContain("/confirmation/signature");
    expect(pointers).toContain("/data/shopName"); // the form's problems come in the same 400
    expect((await api.tdb.db.get<{ n: number }>(sql`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM counter_filings WHERE session_id = ${s.body.session.id}`))!.n).toBe(0);
  });

  it("lets only the lead department's front desk file, and holds a clerk back after repeated failed identifications", async () => {
    const urban = await start(await loginAs(api.url, "clerk-urban"), { bundleKey: "counter-shop", visitor: ZHANGSAN });
    expect(urban.status).toBe(403);
    expect(urban.body.error.message).toContain("只有牵头部门（市场监督管理局）的窗口受理员可以代办");
    expect((await start(await loginAs(api.url, "reviewer-samr"), { bundleKey: "counter-shop", visitor: ZHANGSAN })).status).toBe(403);
    expect((await start(zhangsan, { bundleKey: "counter-shop", visitor: ZHANGSAN })).status).toBe(403);
    const clerk2 = await new Client(api.url).login("clerk2-samr", "Clerk#2026");
    for (let i = 0; i < 10; i++) expect((await start(clerk2, { bundleKey: "counter-shop", visitor: { ...ZHANGSAN, name: `张${i}` } })).status).toBe(400);
    const held = await start(clerk2, { bundleKey: "counter-shop", visitor: ZHANGSAN });
    expect(held.status).toBe(429);
    expect(held.body.error.message).toContain("身份核验失败次数过多");
  });

  it("takes over the applicant's online draft by the code they show, only for its owner and only once", async () => {
    expect((await zhangsan.put("/api/drafts/counter-shop", { version: 1, answers: { has_sign: false }, data: { shopName: "张记面馆", area: 30 } })).status).toBe(200);
    const made = await zhangsan.post("/api/counter/draft-codes", { bundleKey: "counter-shop" });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.code).toMatch(/^[34679ACDEFGHJKMNPQRTUVWXY]{6}$/);
    expect((await qiye.post("/api/counter/draft-codes", { bundleKey: "counter-shop" })).status).toBe(404); // no draft of theirs
    const notHers = await start(clerk, { draftCode: made.body.code, visitor: LISI });
    expect(notHers.status).toBe(400);
    expect(notHers.body.error.message).toContain("该草稿码不属于这位申请人");
    const s = await start(clerk, { draftCode: made.body.code.toLowerCase(), visitor: ZHANGSAN });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(s.body.session).toMatchObject({ bundleKey: "counter-shop", draftTakenOver: true });
    expect(s.body.draft).toMatchObject({ version: 1, answers: { has_sign: false }, data: { shopName: "张记面馆", area: 30 } });
    expect((await start(clerk, { draftCode: made.body.code, visitor: ZHANGSAN })).body.error.message).toContain("已被使用");
    const filed = await submit(clerk, s.body.session.id, { answers: { has_sign: false }, data: { ...VALID_DATA, ...s.body.draft.data, applicantName: "张三" } });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body.filing.draftTakenOver).toBe(true);
    expect((await zhangsan.get("/api/drafts/counter-shop")).status).toBe(404); // the draft became the case
    const clerk2 = await new Client(api.url).login("clerk2-samr", "Clerk#2026");
    await api.tdb.db.run(sql`DELETE FROM rate_limits`);
    for (let i = 0; i < 10; i++) expect((await start(clerk2, { draftCode: "AAAAAA", visitor: ZHANGSAN, bundleKey: "counter-shop" })).status).toBe(400);
    expect((await start(clerk2, { draftCode: "AAAAAA", visitor: ZHANGSAN, bundleKey: "counter-shop" })).status).toBe(429);
  });

  it("confirms by a one-time code sent to the applicant's phone, bound to exactly the content filed", async () => {
    const s = await start(clerk, { bundleKey: "counter-shop", visitor: ZHANGSAN });
    const sid = s.body.session.id as string;
    const content = { answers: {}, data: { ...VALID_DATA, applicantName: "张三" }, materials: { attachments: [], deferred: [] } };
    const sent = await clerk.post(`/api/counter/sessions/${sid}/otp`, content);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toMatchObject({ phone: "138****8000", challengeId: expect.any(String) });
    expect((await clerk.post(`/api/counter/sessions/${sid}/otp`, content)).status).toBe(429); // one a minute
    const sms = (await api.tdb.db.get<{ phone: string; body: string; notification_id: string }>(sql`SELECT s.phone, s.body, s.notification_id FROM sms_messages s JOIN notifications n ON n.id = s.notification_id WHERE n.event = 'one_time_code' ORDER BY s.created_at DESC LIMIT 1`))!;
    expect(sms.phone).toBe("13800138000");
    expect(sms.body).toMatch(/^【一件】您正在政务服务中心窗口办理「测试开店（流程）」，确认提交的验证码为 \d{6}/);
    const code = /验证码为 (\d{6})/.exec(sms.body)![1]!;
    const inbox = (await zhangsan.get("/api/notifications")).body;
    expect(JSON.stringify(inbox)).not.toContain(code); // the inbox says a code was sent, never the code
    const confirm = (c: string) => ({ method: "otp", challengeId: sent.body.challengeId, code: c });
    const wrong = await submit(clerk, sid, { ...content, confirmation: confirm(code === "000000" ? "111111" : "000000") });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]).toMatchObject({ pointer: "/confirmation/code", message: "验证码不正确，还可再试 4 次" });
    const changed = await submit(clerk, sid, { ...content, data: { ...content.data, area: 99 }, confirmation: confirm(code) });
    expect(changed.status).toBe(409);
    expect(changed.body.error.message).toContain("内容已修改");
    const filed = await submit(clerk, sid, { ...content, confirmation: confirm(code) });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body.filing).toMatchObject({ confirmation: "otp", confirmedPhone: "138****8000" });
    expect(filed.body.filing.signature).toBeUndefined();
    const again = await start(clerk, { bundleKey: "counter-shop", visitor: ZHANGSAN });
    expect((await submit(clerk, again.body.session.id, { ...content, confirmation: confirm(code) })).status).toBe(400); // bound to its session
  });

  it("lets an agent file for a person who authorised them: the case is the principal's and needs the letter", async () => {
    const same = await start(clerk, { bundleKey: "counter-shop", visitor: ZHANGSAN, principal: ZHANGSAN });
    expect(same.body.error.details[0].pointer).toBe("/principal/idNumber");
    const wrong = await start(clerk, { bundleKey: "counter-shop", visitor: LISI, principal: { ...ZHANGSAN, name: "张叁" } });
    expect(wrong.body.error.details[0]).toMatchObject({ pointer: "/principal/name", message: expect.stringContaining("姓名与公民身份号码不一致") });
    const s = await start(clerk, { bundleKey: "counter-shop", visitor: LISI, principal: ZHANGSAN });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(s.body.session).toMatchObject({ applicant: { displayName: "张三", party: "person" }, visitor: { name: "李四", role: "agent" }, needsAuthorisation: true, phone: "138****8000" });
    const sid = s.body.session.id as string;
    const data = { ...VALID_DATA, applicantName: "张三" };
    const without = await submit(clerk, sid, { data });
    expect(without.body.error.details[0].message).toContain("须上传委托人签名的授权委托书");
    expect((await upload(clerk, sid, "counter/authorisation", tinyPng(), "image/png", "委托书.png")).status).toBe(201);
    const filed = await submit(clerk, sid, { data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    expect(filed.body.filing).toMatchObject({ role: "agent", visitor: { name: "李四" } });
    expect((await zhangsan.get("/api/applications")).body.applications.map((a: { id: string }) => a.id)).toContain(filed.body.application.id);
  });

  it("lets an agent file for a company only with the authorisation letter; its legal representative needs none", async () => {
    const personForCompany = await start(clerk, { bundleKey: "counter-co", visitor: LISI });
    expect(personForCompany.status).toBe(400);
    expect(personForCompany.body.error.details[0].pointer).toBe("/company");
    const wrongCo = await start(clerk, { bundleKey: "counter-co", visitor: LISI, company: { uscc: DEMO_USCC, name: "北京示例餐馆" } });
    expect(wrongCo.body.error.details[0]).toMatchObject({ pointer: "/company/name", message: expect.stringContaining("企业名称与营业执照不一致") });
    const s = await start(clerk, { bundleKey: "counter-co", visitor: LISI, company: { uscc: DEMO_USCC, name: "北京示例餐饮有限公司" } });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(s.body.session).toMatchObject({ applicant: { displayName: "北京示例餐饮有限公司", party: "company", idNumber: DEMO_USCC, accountCreated: false }, visitor: { name: "李四", role: "agent" }, needsAuthorisation: true });
    const sid = s.body.session.id as string;
    const data = { ...VALID_DATA, applicantName: "北京示例餐饮有限公司" };
    const without = await submit(clerk, sid, { data });
    expect(without.status).toBe(400);
    expect(without.body.error.details).toEqual([expect.objectContaining({ pointer: "/materials/required/counter~1authorisation", field: "授权委托书", message: expect.stringContaining("须上传企业出具的授权委托书") })]);
    expect((await upload(clerk, sid, "counter/authorisation", Buffer.from("<html>"), "application/pdf", "委托书.pdf")).status).toBe(415);
    const letter = await upload(clerk, sid, "counter/authorisation", tinyPdf(), "application/pdf", "授权委托书.pdf");
    expect(letter.status, JSON.stringify(letter.body)).toBe(201);
    expect((await clerk.get(`/api/counter/sessions/${sid}/attachments`)).body.attachments.map((a: { material: string }) => a.material)).toEqual(["counter/authorisation"]);
    const filed = await submit(clerk, sid, { data });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = filed.body.application.id as string;
    expect(filed.body.filing).toMatchObject({ party: "company", role: "agent", visitor: { name: "李四", idNumber: expect.stringMatching(/^110101\*+/) }, authorisation: { url: `/api/counter/filings/${id}/authorisation` } });
    expect((await qiye.get("/api/applications")).body.applications.map((a: { id: string }) => a.id)).toContain(id);
    expect((await zhangsan.get(`/api/applications/${id}`)).status).toBe(404);
    const pdf = await fetch(`${api.url}${filed.body.filing.authorisation.url}`, { headers: { cookie: qiye.cookie } });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    // The receipt lists the letter among the materials received.
    const task = (await clerk.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === id);
    expect((await clerk.post(`/api/tasks/${task.id}/complete`, { action: "accept" })).status).toBe(200);
    const receipt = await clerk.post(`/api/applications/${id}/documents`, { kind: "acceptance" });
    const parser = new PDFParse({ data: new Uint8Array(await (await fetch(`${api.url}/api/documents/${receipt.body.id}/pdf`, { headers: { cookie: clerk.cookie } })).arrayBuffer()) });
    const text = (await parser.getText()).text.replace(/\s+/g, "");
    await parser.destroy();
    expect(text).toContain("授权委托书授权委托书.pdf");
    expect(text).toContain("北京示例餐饮有限公司");
    // A new company's legal representative in person: the company's account is created, no letter is needed.
    const rep = await start(clerk, { bundleKey: "counter-co", visitor: { idNumber: LISI.idNumber, name: "李四" }, company: { uscc: NEW_USCC, name: "北京新开张科技有限公司" } });
    expect(rep.status, JSON.stringify(rep.body)).toBe(201);
    expect(rep.body.session.visitor.role).toBe("agent"); // 李四 is not 王五, its registered legal representative
    const legal = await start(clerk, { bundleKey: "counter-co", visitor: ZHANGSAN, company: { uscc: DEMO_USCC, name: "北京示例餐饮有限公司" } });
    expect(legal.body.session).toMatchObject({ visitor: { role: "legal_rep" }, needsAuthorisation: false });
    expect((await submit(clerk, legal.body.session.id, { data })).status).toBe(201);
  });

  it("refuses to file on a version a newer one has replaced since the session started, as the portal does (tryout 10 #49)", async () => {
    const [designer, admin] = [await loginAs(api.url, "designer"), await loginAs(api.url, "admin")];
    expect((await designer.post("/api/bundles", { ...flowBundle("counter-new"), audience: "person" })).status).toBe(201);
    expect((await admin.post("/api/bundles/counter-new/publish", {})).status).toBe(201);
    const s = await start(clerk, { bundleKey: "counter-new", visitor: ZHANGSAN });
    expect(s.status).toBe(201);
    expect((await designer.saveDraft("counter-new", { ...flowBundle("counter-new"), audience: "person", summary: "第二版" })).status).toBe(200);
    expect((await admin.post("/api/bundles/counter-new/publish", { changeSummary: "第二版" })).body.version).toBe(2);
    const stale = await submit(clerk, s.body.session.id);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "version_superseded", message: "该一件事已更新到版本 2，请刷新后按新版本填写", details: { currentVersion: 2 } });
  });
});
