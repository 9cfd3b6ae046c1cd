// Personal data (issue 13): sensitive elements (ID numbers, bank accounts, ID copies) are masked in every case view
// staff get; revealing one takes an explicit request with a reason; every staff read of a case, every file download
// by someone else and every reveal is in the access log, which supervisors (not clerks) query and export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DIALECTS } from "../helpers/db.js";
import { loginAs, startApi, type ApiServer, type Client } from "../helpers/api.js";
import { deficiencyBundle } from "../fixtures/deficiency.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { tinyPdf } from "../helpers/files.js";
import { maskData, maskValue } from "../../server/security/masking.js";

const ID = "11010519491231002X";
const ACCOUNT = "6222020200112233445";

describe("masking", () => {
  it("masks fields standing for sensitive elements by key or title, at any depth", () => {
    const schema = { type: "object", properties: {
      zjhm: { type: "string", title: "证件号码" }, name: { type: "string", title: "姓名" },
      bank: { type: "object", properties: { acct: { type: "string", title: "银行账号" } } },
      people: { type: "array", items: { type: "object", properties: { idNumber: { type: "string" } } } },
    } };
    const { data, masked } = maskData(schema, { zjhm: ID, name: "张三", bank: { acct: ACCOUNT }, people: [{ idNumber: ID }] });
    expect(data).toEqual({ zjhm: "110***********002X", name: "张三", bank: { acct: "622************3445" }, people: [{ idNumber: "110***********002X" }] });
    expect(masked.map((m) => m.pointer)).toEqual(["/zjhm", "/bank/acct", "/people/0/idNumber"]);
    expect(maskValue("data:image/png;base64,AAAA")).toMatch(/^data:text\/plain;name=/);
    expect(maskValue(3200)).toBeNull();
  });

  it("masks a department's own wording of a sensitive datum: a table's 成员身份证号, an ID pattern, a bank account format (tryout 10 #21)", () => {
    const schema = { type: "object", properties: {
      jtcy: { type: "array", title: "家庭成员", items: { type: "object", properties: {
        cyxm: { type: "string", title: "成员姓名" }, cysfzh: { type: "string", title: "成员身份证号" }, gx: { type: "string", title: "与申请人关系" },
      } } },
      a07: { type: "string", title: "证件", pattern: "^[0-9]{17}[0-9Xx]$" },
      f3: { type: "string", title: "扣款账户", format: "cn-bank-account" },
      fddbr: { type: "object", title: "法定代表人", properties: { zh: { type: "string", title: "法定代表人身份证件号码" }, dh: { type: "string", title: "联系电话" } } },
    } };
    const { data, masked } = maskData(schema, { jtcy: [{ cyxm: "李四", cysfzh: "110105198001010016", gx: "配偶" }], a07: ID, f3: ACCOUNT, fddbr: { zh: ID, dh: "13800138000" } });
    expect(data).toEqual({ jtcy: [{ cyxm: "李四", cysfzh: "110***********0016", gx: "配偶" }], a07: "110***********002X", f3: "622************3445", fddbr: { zh: "110***********002X", dh: "13800138000" } });
    expect(masked.map((m) => [m.pointer, m.label])).toEqual([
      ["/jtcy/0/cysfzh", "家庭成员 / 第 1 行 / 成员身份证号"], ["/a07", "证件"], ["/f3", "扣款账户"], ["/fddbr/zh", "法定代表人 / 法定代表人身份证件号码"],
    ]);
  });
});

describe.each(DIALECTS)("masking and the access log on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let supervisor: Client;
  let id: string;
  beforeAll(async () => {
    api = await startApi(dialect);
    const b = deficiencyBundle("pii-shop") as { form: { schema: { properties: Record<string, unknown> } } };
    b.form.schema.properties.idNumber = { type: "string", title: "身份证号" };
    b.form.schema.properties.accountNumber = { type: "string", title: "银行账号" };
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", b)).status).toBe(201);
    expect([200, 201]).toContain((await (await loginAs(api.url, "admin")).post("/api/bundles/pii-shop/publish", {})).status);
    applicant = await loginAs(api.url, "zhangsan");
    clerk = await loginAs(api.url, "clerk-samr");
    supervisor = await loginAs(api.url, "supervisor");
    const sub = await applicant.post("/api/applications", { bundleKey: "pii-shop", version: 1, answers: {}, data: { ...VALID_DATA, idNumber: ID, accountNumber: ACCOUNT }, materials: { deferred: [{ material: "licence/lease", signedName: "张三", agreed: true }] } });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    id = sub.body.id;
  });
  afterAll(() => api?.stop());
  const log = () => api.tdb.db.all<{ username: string; action: string; target: string | null; reason: string | null }>(sql`SELECT username, action, target, reason FROM access_log WHERE application_id = ${id} ORDER BY at, id`);

  it("shows the applicant their own data in full, unlogged; staff and supervisors see it masked, logged", async () => {
    const own = await applicant.get(`/api/applications/${id}`);
    expect(own.body.data.idNumber).toBe(ID);
    expect(own.body.masked).toBeUndefined();
    const staff = await clerk.get(`/api/applications/${id}`);
    expect(staff.body.data).toMatchObject({ idNumber: "110***********002X", accountNumber: "622************3445", shopName: VALID_DATA.shopName });
    expect(staff.body.masked.map((m: { pointer: string }) => m.pointer).sort()).toEqual(["/accountNumber", "/idNumber"]);
    expect(JSON.stringify(staff.body)).not.toContain(ID);
    const sv = await supervisor.get(`/api/supervision/cases/${id}`);
    expect(JSON.stringify(sv.body)).not.toContain(ID);
    expect(await log()).toEqual([
      { username: "clerk-samr", action: "view_case", target: null, reason: null },
      { username: "supervisor", action: "view_case", target: null, reason: null },
    ]);
  });

  it("reveals a masked field only with a reason, only to who may see the case, and records it", async () => {
    const before = (await log()).length;
    expect((await clerk.post(`/api/applications/${id}/reveal`, { pointers: ["/idNumber"] })).status).toBe(400);
    expect((await clerk.post(`/api/applications/${id}/reveal`, { pointers: ["/idNumber"], reason: " " })).status).toBe(400);
    const notMasked = await clerk.post(`/api/applications/${id}/reveal`, { pointers: ["/shopName"], reason: "核对" });
    expect(notMasked.status).toBe(400);
    expect(notMasked.body.error.details[0].pointer).toBe("/pointers/0");
    expect((await (await loginAs(api.url, "clerk-tax")).post(`/api/applications/${id}/reveal`, { pointers: ["/idNumber"], reason: "核对身份" })).status).toBe(404);
    expect((await applicant.post(`/api/applications/${id}/reveal`, { pointers: ["/idNumber"], reason: "x" })).status).toBe(403);
    expect((await log()).length).toBe(before);
    const ok = await clerk.post(`/api/applications/${id}/reveal`, { pointers: ["/idNumber"], reason: "核对身份证件原件" });
    expect(ok.status).toBe(200);
    expect(ok.body.values).toEqual({ "/idNumber": ID });
    expect((await log()).at(-1)).toEqual({ username: "clerk-samr", action: "reveal", target: "/idNumber", reason: "核对身份证件原件" });
  });

  it("records file downloads by staff, not by the owner", async () => {
    const res = await fetch(`${api.url}/api/applications/${id}/attachments?material=${encodeURIComponent("licence/lease")}`, { method: "POST", body: new Uint8Array(tinyPdf()), headers: { "x-requested-with": "yijian", "content-type": "application/pdf", "x-file-name": "lease.pdf", cookie: applicant.cookie } });
    const file = (await res.json()) as { id: string; url: string };
    const before = (await log()).length;
    expect((await applicant.get(file.url)).status).toBe(200);
    expect((await log()).length).toBe(before);
    expect((await clerk.get(file.url)).status).toBe(200);
    expect((await log()).at(-1)).toMatchObject({ username: "clerk-samr", action: "view_file", target: file.id });
  });

  it("lets supervisors, not clerks, query and export the log", async () => {
    expect((await clerk.get("/api/access-log")).status).toBe(403);
    const all = await supervisor.get(`/api/access-log?application=${id}`);
    expect(all.status).toBe(200);
    expect(all.body.total).toBe((await log()).length);
    expect(all.body.entries[0]).toMatchObject({ applicationId: id });
    const reveals = await supervisor.get(`/api/access-log?application=${id}&action=reveal`);
    expect(reveals.body.entries).toEqual([expect.objectContaining({ username: "clerk-samr", target: "/idNumber", reason: "核对身份证件原件" })]);
    const paged = await supervisor.get(`/api/access-log?application=${id}&limit=1`);
    expect(paged.body.entries).toHaveLength(1);
    const next = await supervisor.get(`/api/access-log?application=${id}&limit=1&cursor=${paged.body.nextCursor}`);
    expect(next.body.entries[0].at <= paged.body.entries[0].at).toBe(true);
    expect((await supervisor.get("/api/access-log?from=2026-13-01")).status).toBe(400);
    const csv = await fetch(`${api.url}/api/access-log/export?application=${id}`, { headers: { cookie: supervisor.cookie } });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.startsWith("时间（北京时间）,用户")).toBe(true);
    expect(text).toContain("查看敏感信息");
    expect(text.trim().split("\r\n")).toHaveLength(1 + (await log()).length);
  });
});
