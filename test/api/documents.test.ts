// Formal documents (文书) over real HTTP on both dialects: each kind is offered when the case reaches it, issued
// once with a number of its department, kind and Beijing year (no gaps or duplicates under concurrency), rendered as
// an A4 page and as a PDF whose extracted text names the case, the applicant, the materials and Beijing dates.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PDFParse } from "pdf-parse";
import { DIALECTS } from "../helpers/db.js";
import { Client, loginAs, startApi, type ApiServer } from "../helpers/api.js";
import { VALID_DATA } from "../fixtures/bundle.js";
import { flowBundle } from "../fixtures/flow.js";
import { cnDate, cnSealDate } from "../../server/documents/format.js";

/** The text of a PDF, without the line breaks and spaces the layout puts between characters. */
async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, "");
  } finally {
    await parser.destroy();
  }
}

async function fetchBytes(c: Client, path: string): Promise<{ status: number; type: string | null; bytes: ArrayBuffer }> {
  const res = await fetch(c.base + path, { headers: { cookie: c.cookie } });
  const out = { status: res.status, type: res.headers.get("content-type"), bytes: await res.arrayBuffer() };
  // YIJIAN_DOC_OUT=folder keeps every PDF fetched, to be looked at as images (pdftoppm).
  const dir = process.env.YIJIAN_DOC_OUT;
  if (dir && out.type === "application/pdf") writeFileSync(join(dir, `${path.split("/")[3]}.pdf`), Buffer.from(out.bytes));
  return out;
}

describe.each(DIALECTS)("formal documents on %s", (dialect) => {
  let api: ApiServer;
  let applicant: Client;
  let clerk: Client;
  let reviewer: Client;
  const taskOf = async (c: Client, id: string) => (await c.get("/api/tasks/inbox")).body.tasks.find((t: { applicationId: string }) => t.applicationId === id) as { id: string };
  const submit = async () => {
    const sub = await applicant.post("/api/applications", { bundleKey: "doc-shop", version: 1, answers: {}, data: VALID_DATA });
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    return sub.body as { id: string; caseNo: string };
  };
  const act = async (c: Client, id: string, action: Record<string, unknown>) => {
    const r = await c.post(`/api/tasks/${(await taskOf(c, id)).id}/complete`, action);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  };
  const issue = (c: Client, id: string, kind: string, ref?: string) => c.post(`/api/applications/${id}/documents`, { kind, ...(ref ? { ref } : {}) });

  beforeAll(async () => {
    api = await startApi(dialect);
    const bundle = flowBundle("doc-shop") as { items: Array<Record<string, unknown>> };
    bundle.items[0]!.materials = [{ id: "floorplan", material_name: "经营场所平面图", necessity: "非必要", source_type: "10", originals: 1, copies: 2, notes: "标明尺寸" }];
    bundle.items[0]!.place = "朝阳区政务服务中心二层综合窗口";
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", bundle)).status).toBe(201);
    expect((await (await loginAs(api.url, "admin")).post("/api/bundles/doc-shop/publish", {})).status).toBe(201);
    // the same one-thing whose first item is a 行政确认 (not a 行政许可), on its own basis
    const confirm = flowBundle("doc-confirm") as { items: Array<Record<string, unknown>> };
    Object.assign(confirm.items[0]!, { task_type: "07", by_law: "《个体工商户登记管理办法》第八条" });
    expect((await (await loginAs(api.url, "designer")).post("/api/bundles", confirm)).status).toBe(201);
    expect((await (await loginAs(api.url, "admin")).post("/api/bundles/doc-confirm/publish", {})).status).toBe(201);
    [applicant, clerk, reviewer] = await Promise.all([loginAs(api.url, "zhangsan"), loginAs(api.url, "clerk-samr"), loginAs(api.url, "reviewer-samr")]);
  });
  afterAll(() => api?.stop());

  it("offers each document when the case reaches it, and says why not before", async () => {
    const c = await submit();
    const before = (await clerk.get(`/api/applications/${c.id}/documents`)).body.documents as Array<{ kind: string; pending: string[]; why?: string }>;
    expect(before.find((d) => d.kind === "notice_once")!.pending).toEqual(["case"]);
    expect(before.find((d) => d.kind === "acceptance")).toMatchObject({ pending: [], why: "案件尚未受理" });
    const early = await issue(clerk, c.id, "acceptance");
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/现在不能出具「受理通知书」：案件尚未受理/);
    expect((await issue(clerk, c.id, "no-such-kind")).status).toBe(404);
    expect((await clerk.post(`/api/applications/${c.id}/documents`, { kind: 3 })).status).toBe(400);
    await act(clerk, c.id, { action: "accept" });
    const after = (await clerk.get(`/api/applications/${c.id}/documents`)).body.documents as Array<{ kind: string; pending: string[] }>;
    expect(after.find((d) => d.kind === "acceptance")!.pending).toEqual(["case"]);
  });

  it("issues the acceptance notice once, numbered, and renders it as A4 HTML and as a PDF with the case's facts", async () => {
    const c = await submit();
    await act(clerk, c.id, { action: "accept" });
    const first = await issue(clerk, c.id, "acceptance");
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.docNo).toMatch(/^市场监督管理局受〔\d{4}〕\d+号$/);
    const again = await issue(clerk, c.id, "acceptance");
    expect(again.status).toBe(200);
    expect(again.body.docNo).toBe(first.body.docNo);
    expect((await issue(applicant, c.id, "acceptance")).status).toBe(403);
    expect((await issue(await loginAs(api.url, "clerk-tax"), c.id, "acceptance")).status).toBe(404);

    const html = await clerk.get(`/api/documents/${first.body.id}/html`);
    expect(html.status).toBe(200);
    expect(html.body).toContain("<h1>受理通知书</h1>");
    expect(html.body).toContain(first.body.docNo);
    expect(html.body).toContain(c.caseNo);
    expect(html.body).toMatch(/<svg[^>]+aria-label="办件/);

    const pdf = await fetchBytes(applicant, `/api/documents/${first.body.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe("application/pdf");
    const text = await pdfText(pdf.bytes);
    for (const want of ["受理通知书", first.body.docNo, c.caseNo, "张三", "测试开店（流程）", "决定予以受理", "收件清单", cnSealDate(first.body.issuedAt), cnDate(new Date())]) expect(text).toContain(want);
    expect(text).toContain("110105********002X");
    expect(text).not.toContain("11010519491231002X");
    expect((await fetchBytes(await loginAs(api.url, "qiye"), `/api/documents/${first.body.id}/pdf`)).status).toBe(404);
  });

  it("cites in the acceptance notice the basis that fits each item's type and one promised limit, the items' own labelled apart (tryout #23)", async () => {
    const noticeText = async (key: string, answers: Record<string, unknown>, data: Record<string, unknown>) => {
      const sub = await applicant.post("/api/applications", { bundleKey: key, version: 1, answers, data });
      expect(sub.status, JSON.stringify(sub.body)).toBe(201);
      await act(clerk, sub.body.id, { action: "accept" });
      const doc = await issue(clerk, sub.body.id, "acceptance");
      expect(doc.status, JSON.stringify(doc.body)).toBe(201);
      return pdfText((await fetchBytes(clerk, `/api/documents/${doc.body.id}/pdf`)).bytes);
    };
    // a 行政许可 alone: 行政许可法, and the one-thing's promised limit once
    const licence = await noticeText("doc-shop", {}, VALID_DATA);
    expect(licence).toContain("申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，本机关决定予以受理");
    expect(licence).toContain("（本件承诺时限10个工作日，法定时限20个工作日；");
    expect(licence.match(/承诺时限/g)).toHaveLength(1);
    // a 行政确认 alone: its own basis, no 行政许可法
    const confirmed = await noticeText("doc-confirm", {}, VALID_DATA);
    expect(confirmed).toContain("根据《个体工商户登记管理办法》第八条的规定，本机关决定予以受理");
    expect(confirmed).not.toContain("行政许可法");
    // a 行政许可 with another item (其他行政权力) of a shorter promised limit: each on its basis, the item's limit labelled as its own
    const both = await noticeText("doc-shop", { has_sign: true }, { ...VALID_DATA, sign: { signText: "张记" } });
    expect(both).toContain("其中「食品经营许可」根据《中华人民共和国行政许可法》第三十二条第一款第（五）项的规定，「户外招牌设置」根据《城市市容和环境卫生管理条例》的规定");
    expect(both).toContain("（本件承诺时限10个工作日，法定时限20个工作日；");
    expect(both).toContain("各事项自身公布的承诺时限：户外招牌设置5个工作日，本件并联办理，以本件承诺时限为准。");
  });

  it("lists every deficiency in the correction notice and the reason and remedy in the refusal", async () => {
    const c = await submit();
    await act(clerk, c.id, { action: "return_for_correction", deficiencies: [
      { kind: "field", ref: "/shopName", label: "店铺名称", reason: "与营业执照名称不一致" },
      { kind: "material", ref: "licence/floorplan", label: "经营场所平面图", reason: "缺少尺寸标注" },
    ] });
    const offers = (await clerk.get(`/api/applications/${c.id}/documents`)).body.documents as Array<{ kind: string; pending: string[] }>;
    const ref = offers.find((d) => d.kind === "correction")!.pending[0]!;
    const notice = await issue(clerk, c.id, "correction", ref);
    expect(notice.status, JSON.stringify(notice.body)).toBe(201);
    const text = await pdfText((await fetchBytes(clerk, `/api/documents/${notice.body.id}/pdf`)).bytes);
    for (const want of ["补正材料通知书", "店铺名称", "与营业执照名称不一致", "经营场所平面图", "缺少尺寸标注", "一次性告知", c.caseNo]) expect(text).toContain(want);

    const r = await submit();
    await act(clerk, r.id, { action: "reject", reason: "申请事项不属于本机关职权范围" });
    const refusal = await issue(clerk, r.id, "refusal");
    expect(refusal.status, JSON.stringify(refusal.body)).toBe(201);
    const rt = await pdfText((await fetchBytes(clerk, `/api/documents/${refusal.body.id}/pdf`)).bytes);
    for (const want of ["不予受理通知书", "申请事项不属于本机关职权范围", "六十日内", "行政复议", "六个月内", "行政诉讼"]) expect(rt).toContain(want);
    expect((await issue(clerk, r.id, "decision")).status).toBe(409);
  });

  it("issues the licensing decision granted with its results, or refused with the reason and remedy", async () => {
    const ok = await submit();
    await act(clerk, ok.id, { action: "accept" });
    await act(reviewer, ok.id, { action: "approve", result: { name: "食品经营许可证", document: "JY11105000012345" } });
    await act(clerk, ok.id, { action: "results_issued", delivery: "window" });
    const granted = await issue(reviewer, ok.id, "decision");
    expect(granted.status, JSON.stringify(granted.body)).toBe(201);
    const gt = await pdfText((await fetchBytes(applicant, `/api/documents/${granted.body.id}/pdf`)).bytes);
    for (const want of ["准予行政许可决定书", "决定准予行政许可", "食品经营许可证", "JY11105000012345", ok.caseNo]) expect(gt).toContain(want);

    const no = await submit();
    await act(clerk, no.id, { action: "accept" });
    await act(reviewer, no.id, { action: "reject", reason: "经营场所不符合食品安全要求" });
    const refused = await issue(reviewer, no.id, "decision");
    expect(refused.status, JSON.stringify(refused.body)).toBe(201);
    const nt = await pdfText((await fetchBytes(reviewer, `/api/documents/${refused.body.id}/pdf`)).bytes);
    for (const want of ["不予行政许可决定书", "经营场所不符合食品安全要求", "行政复议", "行政诉讼"]) expect(nt).toContain(want);
  });

  it("numbers concurrent issues of one department and kind without gaps or duplicates", async () => {
    const cases: Array<{ id: string }> = [];
    for (let i = 0; i < 12; i++) cases.push(await submit()); // the issues below race, not the submissions
    const results = await Promise.all([...cases, ...cases.slice(0, 4)].map((c) => issue(clerk, c.id, "notice_once")));
    for (const r of results) expect([200, 201], JSON.stringify(r.body)).toContain(r.status);
    const byCase = new Map<string, string>();
    for (const r of results) {
      const prev = byCase.get(r.body.id);
      if (prev) expect(r.body.docNo).toBe(prev);
      byCase.set(r.body.id, r.body.docNo);
    }
    const serials = [...new Set(results.map((r) => r.body.docNo as string))].map((n) => Number(/〕(\d+)号$/.exec(n)![1])).sort((a, b) => a - b);
    expect(serials).toHaveLength(12);
    expect(serials).toEqual(Array.from({ length: 12 }, (_, i) => serials[0]! + i));
    const text = await pdfText((await fetchBytes(clerk, `/api/documents/${results[0]!.body.id}/pdf`)).bytes);
    for (const want of ["一次性告知书", "办理事项", "食品经营许可", "申请材料", "经营场所平面图", "原件1份，复印件2份", "标明尺寸", "承诺时限", "10个工作日", "朝阳区政务服务中心二层综合窗口"]) expect(text).toContain(want);
  });
});
