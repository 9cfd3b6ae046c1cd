// One-time codes (server/otp) and the kiosk's identity login over real HTTP on both dialects: a code is sent for a
// purpose and a subject through the notification interface (the log-only SMS record holds the exact text, the inbox
// never the code), stored hashed, valid 5 minutes, 5 tries, verified once, throttled per subject and per terminal;
// a code of one purpose or subject opens nothing else. The case-status lookup shows a case by its number without
// login and without anything personal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { idCheckChar } from "../../spec/dictionary/validators.js";
import { issueCode, verifyCode } from "../../server/otp/codes.js";

const ZHANGSAN_ID = "11010519491231002X";
const NOBODY = "11010119850101001" + idCheckChar("11010119850101001");

describe.each(DIALECTS)("one-time codes and kiosk login on %s", (dialect) => {
  let api: ApiServer;
  let offset = 0;
  const clock = { now: () => new Date(Date.now() + offset) };
  const latestSms = async () => (await api.tdb.db.get<{ phone: string; body: string }>(sql`SELECT s.phone, s.body FROM sms_messages s JOIN notifications n ON n.id = s.notification_id WHERE n.event = 'one_time_code' ORDER BY s.created_at DESC, s.id DESC LIMIT 1`))!;
  const codeOf = (body: string) => /验证码为 (\d{6})/.exec(body)![1]!;
  const send = (c: Client, body: Record<string, unknown>) => c.post("/api/kiosk/otp", body);
  const fresh = async () => { offset += 11 * 60_000; await api.tdb.db.run(sql`DELETE FROM rate_limits`); };

  beforeAll(async () => {
    api = await startApi(dialect, { clock });
  });
  afterAll(() => api?.stop());

  it("logs in by ID number and the code sent to the account's phone, once, for a short session", async () => {
    const kiosk = new Client(api.url);
    const sent = await send(kiosk, { idNumber: ZHANGSAN_ID.toLowerCase() });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(sent.body).toMatchObject({ phone: "138****8000", challengeId: expect.stringMatching(/^otp_/) });
    const sms = await latestSms();
    expect(sms.phone).toBe("13800138000");
    expect(sms.body).toMatch(/^【一件】您正在政务服务中心自助终端登录，验证码为 \d{6}，5 分钟内有效。/);
    const code = codeOf(sms.body);
    const row = (await api.tdb.db.get<{ code_hash: string; subject: string }>(sql`SELECT code_hash, subject FROM one_time_codes WHERE id = ${sent.body.challengeId}`))!;
    expect(row.code_hash).not.toContain(code);
    expect(row.subject).toMatch(/^[0-9a-f]{64}$/); // the ID number itself is not stored with the code
    const login = (c: string) => kiosk.post("/api/kiosk/login", { idNumber: ZHANGSAN_ID, challengeId: sent.body.challengeId, code: c });
    const wrong = await login(code === "000000" ? "111111" : "000000");
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0]).toMatchObject({ pointer: "/code", message: "验证码不正确，还可再试 4 次" });
    expect((await kiosk.get("/api/auth/me")).status).toBe(401);
    const ok = await login(code);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.user).toMatchObject({ username: "zhangsan", displayName: "张三" });
    expect((await kiosk.get("/api/auth/me")).body.user.username).toBe("zhangsan");
    expect((await kiosk.get("/api/applications")).status).toBe(200);
    const session = (await api.tdb.db.get<{ created_at: string; expires_at: string }>(sql`SELECT created_at, expires_at FROM sessions ORDER BY created_at DESC LIMIT 1`))!;
    expect(Date.parse(session.expires_at) - Date.parse(session.created_at)).toBe(30 * 60_000);
    const replay = await new Client(api.url).post("/api/kiosk/login", { idNumber: ZHANGSAN_ID, challengeId: sent.body.challengeId, code });
    expect(replay.status).toBe(409);
    expect(replay.body.error.message).toContain("已使用");
    const inbox = (await (await loginAs(api.url, "zhangsan")).get("/api/notifications")).body;
    expect(JSON.stringify(inbox)).toContain("自助终端登录验证码");
    expect(JSON.stringify(inbox)).not.toContain(code);
  });

  it("expires a code after 5 minutes and refuses it after 5 wrong tries, even when right", async () => {
    await fresh();
    const kiosk = new Client(api.url);
    const sent = await send(kiosk, { idNumber: ZHANGSAN_ID });
    const code = codeOf((await latestSms()).body);
    offset += 5 * 60_000 + 1000;
    const late = await kiosk.post("/api/kiosk/login", { idNumber: ZHANGSAN_ID, challengeId: sent.body.challengeId, code });
    expect(late.status).toBe(400);
    expect(late.body.error.message).toContain("已过期");
    const again = await send(kiosk, { idNumber: ZHANGSAN_ID });
    const code2 = codeOf((await latestSms()).body);
    const bad = code2 === "123456" ? "654321" : "123456";
    for (let i = 0; i < 4; i++) expect((await kiosk.post("/api/kiosk/login", { idNumber: ZHANGSAN_ID, challengeId: again.body.challengeId, code: bad })).status).toBe(400);
    expect((await kiosk.post("/api/kiosk/login", { idNumber: ZHANGSAN_ID, challengeId: again.body.challengeId, code: bad })).status).toBe(429);
    expect((await kiosk.post("/api/kiosk/login", { idNumber: ZHANGSAN_ID, challengeId: again.body.challengeId, code: code2 })).status).toBe(429);
  });

  it("throttles sends: one a minute and five per ten minutes per ID number, and a terminal's requests", async () => {
    await fresh();
    const kiosk = new Client(api.url);
    expect((await send(kiosk, { idNumber: ZHANGSAN_ID })).status).toBe(201);
    const soon = await send(kiosk, { idNumber: ZHANGSAN_ID });
    expect(soon.status).toBe(429);
    expect(soon.body.error.message).toContain("1 分钟后");
    for (let i = 0; i < 4; i++) {
      offset += 61_000;
      expect((await send(kiosk, { idNumber: ZHANGSAN_ID })).status).toBe(201);
    }
    offset += 61_000;
    const many = await send(kiosk, { idNumber: ZHANGSAN_ID });
    expect(many.status).toBe(429);
    expect(many.body.error.message).toContain("10 分钟后");
    // The terminal is held back after 30 requests of any kind (unknown numbers included).
    await fresh();
    for (let i = 0; i < 30; i++) expect((await send(kiosk, { idNumber: NOBODY })).status).toBe(400);
    expect((await send(kiosk, { idNumber: ZHANGSAN_ID })).status).toBe(429);
  });

  it("says what is wrong with the ID number, in the user's language, and checks a card's name", async () => {
    await fresh();
    const kiosk = new Client(api.url);
    const malformed = await send(kiosk, { idNumber: "110105194912310021" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details[0]).toMatchObject({ pointer: "/idNumber", message: expect.stringContaining("校验码") });
    const unknown = await send(kiosk, { idNumber: NOBODY });
    expect(unknown.body.error.details[0]).toMatchObject({ pointer: "/idNumber", message: expect.stringContaining("人工窗口") });
    const en = await kiosk.req("POST", "/api/kiosk/otp", { idNumber: NOBODY }, { "accept-language": "en" });
    expect(en.body.error.message).toBe("No account with a mobile number holds this ID number: go to a staffed desk or register online");
    const card = await send(kiosk, { idNumber: ZHANGSAN_ID, name: "张叁" });
    expect(card.status).toBe(400);
    expect(card.body.error.details[0]).toMatchObject({ pointer: "/name", message: expect.stringContaining("姓名与公民身份号码不一致") });
    expect((await send(kiosk, { idNumber: ZHANGSAN_ID, name: "张三" })).status).toBe(201);
  });

  it("binds a code to its purpose and subject: one sent for something else opens nothing", async () => {
    await fresh();
    const user = (await api.tdb.db.get<{ id: string }>(sql`SELECT id FROM users WHERE username = 'zhangsan'`))!;
    const sent = await issueCode(api.tdb.db, clock, { purpose: "counter_confirm:s1", subject: { kind: "user", value: user.id }, userId: user.id, phone: "13800138000", context: "digest", text: (c) => `验证码为 ${c}`, inbox: { title: "t", body: "b" } });
    const code = codeOf((await latestSms()).body);
    const login = await new Client(api.url).post("/api/kiosk/login", { idNumber: ZHANGSAN_ID, challengeId: sent.challengeId, code });
    expect(login.status).toBe(400);
    expect(login.body.error.message).toContain("验证码无效");
    await expect(verifyCode(api.tdb.db, clock, sent.challengeId, code, { purpose: "counter_confirm:s1", subject: { kind: "user", value: "someone-else" }, context: "digest" })).rejects.toThrow();
    await expect(verifyCode(api.tdb.db, clock, sent.challengeId, code, { purpose: "counter_confirm:s1", subject: { kind: "user", value: user.id }, context: "digest" })).resolves.toEqual({ userId: user.id });
  });

  it("shows a case's status by its number without login, and nothing personal", async () => {
    const designer = await loginAs(api.url, "designer");
    const admin = await loginAs(api.url, "admin");
    expect((await designer.post("/api/bundles", flowBundle("kiosk-shop"))).status).toBe(201);
    expect((await admin.post("/api/bundles/kiosk-shop/publish", {})).status).toBe(201);
    const zhangsan = await loginAs(api.url, "zhangsan");
    const app = await zhangsan.post("/api/applications", { bundleKey: "kiosk-shop", version: 1, answers: {}, data: { ...VALID_DATA, applicantName: "张三" } });
    expect(app.status, JSON.stringify(app.body)).toBe(201);
    const anon = new Client(api.url);
    const found = await anon.get(`/api/kiosk/cases/${app.body.caseNo.toLowerCase()}`);
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.case).toMatchObject({ caseNo: app.body.caseNo, bundleTitle: "测试开店（流程）", status: app.body.status, current: [expect.objectContaining({ department: "市场监督管理局" })] });
    expect(Object.keys(found.body.case).sort()).toEqual(["bundleTitle", "caseNo", "current", "status", "submittedAt", "updatedAt"]);
    const text = JSON.stringify(found.body);
    for (const secret of ["张三", ZHANGSAN_ID, app.body.id, String(VALID_DATA.shopName)]) expect(text).not.toContain(secret);
    expect((await anon.get("/api/kiosk/cases/SAMR-20000101-9999")).status).toBe(404);
    const bad = await anon.get("/api/kiosk/cases/not-a-number");
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].pointer).toBe("/caseNo");
  });
});
